import Foundation

/// Reads articles from disk into `Article`s. Formats plug in through `ArticleFormat`
/// so that the reader, the index and the CLI all load files the same way.
public struct ArticleLoader: Sendable {
  /// Largest single article read whole; anything bigger is refused with a message rather
  /// than risking the user's memory.
  public var byteLimit: Int
  public var formats: [any ArticleFormat]
  /// Which fields of dataset records (JSON Lines, JSON arrays) hold what.
  public var fieldMap = RecordFile.FieldMap()
  /// Collections beyond datasets, from other modules (newsboat's cache).
  public var extraCollections: [any ArticleCollection] = []

  /// Files that hold many articles, in the order they are tried.
  public var collections: [any ArticleCollection] { [RecordCollection(map: fieldMap)] + extraCollections }

  /// The collection kind a file is, if it is one.
  public func collection(for path: String) -> (any ArticleCollection)? {
    collections.first { $0.contains(path: path) }
  }

  public init(byteLimit: Int = 512 * 1024 * 1024,
              formats: [any ArticleFormat] = [MarkdownFormat(), PlainTextFormat()]) {
    self.byteLimit = byteLimit
    self.formats = formats
  }

  /// File name endings that are articles when a directory is expanded.
  public static let articleExtensions: Set<String> = Set(["txt", "md", "markdown", "text", "html", "htm", "xhtml"])
    .union(RecordFile.extensions).union(["db"])

  /// Every article a file holds — a dataset's records in order, or the one article of any
  /// other file — each as the article or why it could not be read, until `body` returns
  /// false. The one way the index and the reader walk a file; what a failure means is the
  /// caller's. Throws only for the file as a whole (a dataset it cannot open, or one that
  /// holds no articles: `notArticles`).
  public func forEachArticle(in path: String, _ body: (Result<Article, ArticleLoadError>) -> Bool) throws(ArticleLoadError) {
    try forEachArticle(in: path, collection: collection(for: path), body)
  }

  /// The same, for a caller that has asked `collection(for:)` already (for a newsboat
  /// cache, the question opens the database).
  public func forEachArticle(in path: String, collection: (any ArticleCollection)?,
                             _ body: (Result<Article, ArticleLoadError>) -> Bool) throws(ArticleLoadError) {
    if let collection {
      try collection.forEach(path: path) { body($0.result) }
      return
    }
    do throws(ArticleLoadError) {
      _ = body(.success(try load(path: path)))
    } catch {
      _ = body(.failure(error))
    }
  }

  /// The articles the first 4 KB of each file make (title, section, date for a list before
  /// any parsing), read on every core; nil where a file could not be read.
  public func heads(of paths: [String]) -> [Article?] {
    let read = Locked([Article?](repeating: nil, count: paths.count))
    DispatchQueue.concurrentPerform(iterations: paths.count) { i in
      guard let data = try? RegularFile.handle(paths[i]).read(upToCount: 4096), !data.isEmpty,
        let head = try? parse(bytes: [UInt8](data), path: paths[i])
      else { return }
      read.withLock { $0[i] = head }
    }
    return read.withLock { $0 }
  }

  public func load(path: String) throws(ArticleLoadError) -> Article {
    // `data.jsonl#12`, `cache.db#345`: one article of a collection file.
    if let hash = path.lastIndex(of: "#") {
      let file = String(path[..<hash])
      if let collection = collection(for: file) { return try collection.article(id: String(path[path.index(after: hash)...]), in: file) }
    }
    return try parse(bytes: try Self.read(path, limit: byteLimit), path: path)
  }

  /// The file's bytes, read with plain system calls (one open, one fstat, reads): a
  /// collection of 100,000 files pays for each `FileManager` call 100,000 times. Read,
  /// never mapped: a file truncated while mapped would crash the reader (SIGBUS). The read
  /// stops one byte past the limit, so a file that grows meanwhile is still refused.
  static func read(_ path: String, limit: Int) throws(ArticleLoadError) -> [UInt8] {
    let (fd, size) = try RegularFile.open(path)
    defer { close(fd) }
    if size > limit { throw .tooLarge(path: path, bytes: size, limit: limit) }
    var bytes = [UInt8](repeating: 0, count: min(limit + 1, max(size, 0) + 1))
    var count = 0
    while true {
      if count == bytes.count {
        guard count <= limit else { break }
        bytes.append(contentsOf: repeatElement(0, count: min(limit + 1 - count, max(count, 4096))))
      }
      let n = bytes.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + count, $0.count - count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path: path, reason: String(cString: strerror(errno)))
      }
      if n == 0 { break }
      count += n
    }
    if count > limit { throw .tooLarge(path: path, bytes: count, limit: limit) }
    bytes.removeSubrange(count...)
    return bytes
  }

  /// Parses bytes already in memory (tests, stdin, other containers).
  public func parse(bytes: [UInt8], path: String) throws(ArticleLoadError) -> Article {
    if bytes.isEmpty { throw .empty(path: path) }
    if TextDecoding.looksBinary(bytes) { throw .binary(path: path) }
    let decoded = TextDecoding.decode(bytes)
    let text = decoded.text
    if text.unicodeScalars.allSatisfy({ $0.isSpaceOrNewline }) { throw .empty(path: path) }
    let format = formats.first { $0.accepts(path: path, text: text) } ?? PlainTextFormat()
    var article = format.article(path: path, text: text)
    article.diagnostics.insert(contentsOf: decoded.diagnostics, at: 0)
    return article
  }

  /// Expands directories into the article files under them, sorted, so a collection
  /// path and a list of files behave alike.
  public static func expand(paths: [String]) -> [String] {
    var out: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        walk(path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path, into: &out)
      } else {
        out.append(path)
      }
    }
    return out
  }

  /// The first `count` article files under `directory`, in `expand`'s order, and how many
  /// there are in all: a first screen's worth, found without sorting every name of a large
  /// folder (the smallest names are kept as they come; 100,000 sorted names took longer
  /// than a first screen should).
  public static func firstFiles(under directory: String, count: Int) -> (files: [String], total: Int) {
    let directory = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
    let entries = listing(directory)
    var total = 0, folders: [String: [String]] = [:]
    for e in entries {
      guard e.folder else {
        total += 1
        continue
      }
      let inside = firstFiles(under: directory + "/" + e.key.dropLast(), count: count)
      total += inside.total
      folders[e.key] = inside.files
    }
    var files: [String] = []
    for e in smallest(count, of: entries) where files.count < count {
      if e.folder { files += folders[e.key, default: []].prefix(count - files.count) } else { files.append(directory + "/" + e.key) }
    }
    return (files, total)
  }

  /// The `count` entries with the smallest keys, sorted.
  private static func smallest(_ count: Int, of entries: [(key: String, folder: Bool)]) -> [(key: String, folder: Bool)] {
    var kept: [(key: String, folder: Bool)] = []
    for e in entries where kept.count < count || e.key < kept[kept.count - 1].key {
      kept.insert(e, at: kept.partitionPoint { $0.key < e.key })
      if kept.count > count { kept.removeLast() }
    }
    return kept
  }

  /// Lists article files under a directory, in path order: each folder's names are sorted
  /// (a folder's as `name/`, so the order is the full paths' order) rather than the full
  /// paths, whose shared prefix every comparison would walk again.
  private static func walk(_ directory: String, into files: inout [String]) {
    for e in listing(directory).sorted(by: { $0.key < $1.key }) {
      if e.folder { walk(directory + "/" + e.key.dropLast(), into: &files) } else { files.append(directory + "/" + e.key) }
    }
  }

  /// A folder's article files and folders (as `name/`), unsorted, with `readdir`, which
  /// tells files from folders without a `stat` per entry: a folder of 100,000 articles
  /// lists in a fraction of what `FileManager`'s enumerator takes. Symbolic links to
  /// folders are not followed (no loops); names that are not UTF-8 come through repaired,
  /// so loading them reports the file.
  private static func listing(_ directory: String) -> [(key: String, folder: Bool)] {
    guard let dir = opendir(directory) else { return [] }
    defer { closedir(dir) }
    var entries: [(key: String, folder: Bool)] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name == "." || name == ".." || name.hasPrefix(".") { continue }
      var type = Int32(entry.pointee.d_type)
      if type == Int32(DT_UNKNOWN) {
        var info = stat()
        guard lstat(directory + "/" + name, &info) == 0 else { continue }
        type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : Int32(DT_REG)
      }
      if type == Int32(DT_DIR) {
        entries.append((name + "/", true))
      } else if let dot = name.lastIndex(of: "."), articleExtensions.contains(name[name.index(after: dot)...].lowercased()) {
        entries.append((name, false))
      }
    }
    return entries
  }
}

/// A file format the loader understands: it decides whether it applies, then lays the
/// text out into blocks with roles and metadata.
public protocol ArticleFormat: Sendable {
  func accepts(path: String, text: String) -> Bool
  func article(path: String, text: String) -> Article
}
