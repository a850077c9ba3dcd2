import ArgumentParser
import Foundation
import HearsayCore
import HearsayFormats

/// The articles named on the command line, loaded and analysed a window at a time so that
/// a dataset of 100,000 records is never held whole. Each file or record that fails is
/// reported on stderr and the rest go on; any failure makes the exit status 1.
struct ArticleInputs {
  let paths: [String]
  let fieldMap: String?
  /// Threads analysing at once; results still come out in input order.
  var jobs = 1
  /// The articles analysed, by their place in the input order (each plain file and each
  /// dataset record is one): the others are read past, neither analysed nor reported. A
  /// contained run's process starts past the articles its predecessor finished.
  var positions: Range<Int> = 0..<Int.max
  /// Articles analysed together (32 per thread unless told).
  var windowSize: Int?
  /// Told of each window before it is analysed and of each article as it is given out.
  var observer: (any WindowObserver)?
  /// One job per core. Asked once: each asking reads the cgroup's CPU quota files, and the
  /// argument parser makes a command several times over.
  static let cores = ProcessInfo.processInfo.activeProcessorCount

  /// Calls `body` with each analysis in order, on this thread.
  func forEach(_ body: (ArticleAnalysis) throws -> Void) throws {
    try map({ $0 }, body)
  }

  /// Analyses each article and hands it to `transform` on up to `jobs` threads, and gives
  /// the results to `consume` in input order, on this thread. Files are loaded on the
  /// worker threads too; a dataset file's records are read here, in order.
  func map<T>(_ transform: @escaping @Sendable (consuming ArticleAnalysis) throws -> T, _ consume: (T) throws -> Void) throws {
    var failures = 0
    var loader = ArticleLoader.standard
    if let fieldMap {
      do { try loader.fieldMap.apply(fieldMap) } catch {
        Output.warn(error.description)
        throw ExitCode(1)
      }
    }
    let named = Set(paths)
    var notArticles: [String] = []
    // A stream's results go out record by record: a window of one.
    let streams = paths.contains(Self.standardInput)
    var window = Window(jobs: jobs, size: streams ? 1 : windowSize, loader: loader, transform: transform)
    func drain() throws {
      let start = window.start
      observer?.willAnalyse(from: start, labels: window.labels)
      for (i, result) in window.run().enumerated() {
        switch result {
        case .success(let value):
          try consume(value)
          observer?.gaveOut(start + i, produced: true)
        case .failure(let error as ArticleLoadError):
          failures += 1
          Output.warn(error.description)
          observer?.gaveOut(start + i, produced: false)
        case .failure(let error): throw error
        }
      }
    }
    /// The place of the next article in the input order.
    var position = 0
    /// Reports a record that could not be read, unless it comes before the articles wanted
    /// (a contained run's earlier process reported it).
    func warn(_ message: String) {
      if position >= positions.lowerBound { Output.warn(message) }
    }
    /// A record read from a stream or a dataset: false, with the error kept, stops the reading.
    var pending: Error?
    func take(_ article: Article) -> Bool {
      defer { position += 1 }
      guard positions.contains(position) else { return position < positions.lowerBound }
      window.add(.article(article), at: position)
      guard window.isFull else { return true }
      do { try drain() } catch { pending = error }
      return pending == nil
    }
    for path in ArticleLoader.expand(paths: paths.filter { $0 != Self.standardInput }) + paths.filter({ $0 == Self.standardInput }) {
      if position >= positions.upperBound { break }
      if path == Self.standardInput {
        do {
          try StandardInput.forEach(loader: loader) { result in
            switch result {
            case .success(let article): return take(article)
            case .failure(let error):
              failures += 1
              warn(error.description)
            }
            return true
          }
        } catch {
          failures += 1
          Output.warn(error.description)
        }
        if let pending { throw pending }
        continue
      }
      // A dataset's records are read here, in order, as the index and the reader read them;
      // a plain file is loaded on a worker thread with its window.
      if let collection = loader.collection(for: path) {
        var bad = 0
        do {
          try loader.forEachArticle(in: path, collection: collection) { result in
            switch result {
            case .success(let article): return take(article)
            case .failure(let error):
              failures += 1
              bad += 1
              if bad <= Self.messagesPerFile { warn(error.description) }
            }
            return true
          }
        } catch .notArticles(let file, _) where !named.contains(path) {
          // A settings file or a pretty-printed document in the folder: not an article, not a failure.
          notArticles.append(file)
        } catch {
          failures += 1
          Output.warn(error.description)
        }
        if bad > Self.messagesPerFile { warn("\(path): and \(bad - Self.messagesPerFile) more records skipped") }
        if let pending { throw pending }
        continue
      }
      defer { position += 1 }
      guard positions.contains(position) else { continue }
      window.add(.file(path), at: position)
      if window.isFull { try drain() }
    }
    if !window.isEmpty { try drain() }
    // (Told once, by the run that reads to the end: a contained run's earlier processes stop.)
    if let first = notArticles.first, positions.upperBound == Int.max {
      Output.warn("skipped \(notArticles.count) JSON file\(notArticles.count == 1 ? "" : "s") that hold no articles (\(first)\(notArticles.count > 1 ? ", …" : ""))")
    }
    if failures > 0 { throw ExitCode(1) }
  }

  /// Messages about one dataset file's bad records before the rest are only counted.
  static let messagesPerFile = 3

  /// The path that means standard input.
  static let standardInput = "-"

  /// Articles waiting to be analysed together: enough per thread (32) that one long article
  /// holds up little and the threads rarely wait at a window's end (8 per thread left a
  /// quarter of two cores idle), few enough that memory stays bounded by the window.
  struct Window<T> {
    enum Item: Sendable {
      case file(String)
      case article(Article)
    }

    let jobs: Int
    /// Articles a window holds before it runs: 32 per thread unless told.
    let size: Int
    let loader: ArticleLoader
    let transform: @Sendable (consuming ArticleAnalysis) throws -> T
    private var items: [Item] = []
    /// The place in the input order of the first article waiting.
    private(set) var start = 0

    init(jobs: Int, size: Int? = nil, loader: ArticleLoader, transform: @escaping @Sendable (consuming ArticleAnalysis) throws -> T) {
      self.jobs = max(1, jobs)
      self.size = size ?? self.jobs * 32
      self.loader = loader
      self.transform = transform
    }

    var isFull: Bool { items.count >= size }
    var isEmpty: Bool { items.isEmpty }

    /// Adds the article at `position` in the input order (the one after the last added).
    mutating func add(_ item: Item, at position: Int) {
      if items.isEmpty { start = position }
      items.append(item)
    }

    /// What names each waiting article: its file's path, or its record's.
    var labels: [String] {
      items.map {
        switch $0 {
        case .file(let path): path
        case .article(let a): a.path
        }
      }
    }

    /// Loads, analyses and transforms the waiting articles; their results in order.
    mutating func run() -> [Result<T, Error>] {
      defer { items.removeAll(keepingCapacity: true) }
      let (items, loader, transform) = (self.items, self.loader, self.transform)
      // No local keeps the article: `transform` may let the analysis (and its text) go
      // before it is done.
      let article: @Sendable (Int) throws -> Article = { i in
        switch items[i] {
        case .article(let a): a
        case .file(let path): try loader.load(path: path)
        }
      }
      let work: @Sendable (Int) -> Result<T, Error> = { i in Result { try transform(Pipeline.standard.analyse(article(i))) } }
      guard jobs > 1, items.count > 1 else { return items.indices.map(work) }
      // One slot per article, each written by one thread only.
      let results = Locked([Result<T, Error>?](repeating: nil, count: items.count))
      DispatchQueue.concurrentPerform(iterations: items.count) { i in
        let result = work(i)
        results.withLock { $0[i] = result }
      }
      return results.withLock { $0.map { $0! } }
    }
  }
}

/// Told by `ArticleInputs.map` of its windows, as a contained run's process tells its parent.
protocol WindowObserver {
  /// The waiting articles, from place `start` in the input order, are about to be analysed.
  func willAnalyse(from start: Int, labels: [String])
  /// The article at `position` has been given out (`produced`), or reported as unreadable.
  func gaveOut(_ position: Int, produced: Bool)
}

enum Output {
  static func warn(_ message: String) {
    FileHandle.standardError.write(Data(("hearsay: " + TextEscaping.visible(message) + "\n").utf8))
  }

  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

  static func write(_ s: String) { write(Array(s.utf8)) }

  static func write(_ bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
  }
}

/// Where output bytes go: standard output, or a contained run's pipe to its parent.
protocol ByteSink: AnyObject {
  func write(_ bytes: [UInt8])
}

/// Standard output in large writes (a write per article was a system call each), flushed
/// at each article on a terminal, or when `eager` (a stream's results go out as they come).
final class BufferedOutput: ByteSink {
  private var buffer: [UInt8] = []
  private let eager: Bool
  private static let size = 1 << 16

  init(eager: Bool = false) { self.eager = eager || Output.stdoutIsTerminal }

  func write(_ s: String) { write(Array(s.utf8)) }

  /// A chunk larger than the buffer goes out as it is, after what is buffered, uncopied.
  func write(_ bytes: [UInt8]) {
    if bytes.count >= Self.size {
      flush()
      Self.writeAll(bytes)
      return
    }
    buffer.append(contentsOf: bytes)
    if eager || buffer.count >= Self.size { flush() }
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    Self.writeAll(buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Every byte to standard output (or `fd`), through short writes and interruptions.
  /// Output that cannot be written stops the program (a closed pipe's SIGPIPE has done so
  /// already, unless a parent ignores it).
  static func writeAll(_ bytes: [UInt8], to fd: Int32 = STDOUT_FILENO) {
    bytes.withUnsafeBytes { raw in
      var done = 0
      while done < raw.count {
        let n = Foundation.write(fd, raw.baseAddress! + done, raw.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          exit(1)
        }
        done += n
      }
    }
  }
}

/// Articles from standard input, for `hearsay quotes -` as a filter in a pipeline (GNU
/// parallel, Hadoop Streaming, Spark's `RDD.pipe`): JSON Lines records (any dataset shape
/// the loader reads) when it starts with `{` or `[`, else one plain-text article. Records
/// are read as they arrive, so memory stays that of one record.
enum StandardInput {
  static let name = "stdin"

  static func forEach(loader: ArticleLoader, _ body: (Result<Article, ArticleLoadError>) -> Bool) throws(ArticleLoadError) {
    var first = try read()
    let opening = first.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
    guard opening == UInt8(ascii: "{") || opening == UInt8(ascii: "[") else {
      // Plain text: the whole stream is the article.
      var bytes = first
      while true {
        let more = try read()
        if more.isEmpty { break }
        bytes += more
        if bytes.count > loader.byteLimit { throw .tooLarge(path: name, bytes: bytes.count, limit: loader.byteLimit) }
      }
      guard !bytes.isEmpty else { return }
      _ = body(Result { () throws(ArticleLoadError) in try loader.parse(bytes: bytes, path: name) })
      return
    }
    try RecordFile.forEachRecord(named: name, map: loader.fieldMap, read: { () throws(ArticleLoadError) -> [UInt8] in
      defer { first = [] }
      return first.isEmpty ? try read() : first
    }) { record in body(record.result) }
  }

  /// What standard input has now (waiting for at least a byte), empty at its end.
  private static func read() throws(ArticleLoadError) -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if n >= 0 { return Array(buffer[..<n]) }
      if errno != EINTR { throw .unreadable(path: name, reason: String(cString: strerror(errno))) }
    }
  }
}
