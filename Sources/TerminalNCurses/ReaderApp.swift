import Foundation
import HearsayCore
import ReaderUI

/// The interactive reader: paints the library from a directory scan at once, parses the
/// articles in the background to fill in their counts, and runs the input loop.
public final class ReaderApp {
  private let paths: [String]
  private let monochrome: Bool
  private let startInArticle: Bool
  private let mouse: Bool
  private let loader: ArticleLoader
  private let collection: (any CollectionQueries)?
  private let indexProgress = Locked<(done: Int, total: Int, finished: Bool)>((0, 0, false))
  private let finished = Mailbox()

  public init(paths: [String], loader: ArticleLoader, collection: (any CollectionQueries)? = nil, monochrome: Bool, mouse: Bool,
              startInArticle: Bool) {
    self.collection = collection
    self.loader = loader
    self.mouse = mouse
    self.paths = paths
    self.monochrome = monochrome
    self.startInArticle = startInArticle
  }

  /// Runs until the user quits. The terminal is restored on every way out.
  public func run() {
    let terminal = Terminal(monochrome: monochrome, mouse: mouse)
    defer { terminal.restore() }
    let renderer = Renderer(theme: Theme(monochrome: monochrome || terminal.colors == 0, colors: terminal.colors))
    // Dataset files list their records as they are read, in the background.
    // Paint first: the head of the first screenful of files is read now, the rest show their
    // file names until the background parse reaches them.
    let files = paths.filter { loader.collection(for: $0) == nil }
    let initial = files.enumerated().map { i, path in
      i < 200 ? Self.quickEntry(path, loader: loader) : LibraryEntry(path: path, title: URL(fileURLWithPath: path).lastPathComponent)
    }
    var state = ReaderState(size: terminal.size, library: LibraryState(entries: initial))
    // With an index, its update parses the collection once and fills the library;
    // without one, the articles are parsed here for their counts.
    if collection != nil { startIndexing() } else { startBackgroundParsing() }
    if startInArticle, let first = paths.first { state.requestedArticle = first }
    while !state.wantsQuit {
      mergeFinished(into: &state)
      if let path = state.requestedArticle { open(path, in: &state) }
      if let request = state.collectionRequest { serve(request, in: &state) }
      let progress = indexProgress.withLock { $0 }
      state.collection.indexing = progress.finished || progress.total == 0 ? nil : (progress.done, progress.total)
      // Resize events can coalesce in a storm: trust the terminal's size, not the last event.
      if terminal.size != state.size { state.resize(to: terminal.size) }
      terminal.present(renderer.render(state))
      switch terminal.next(timeoutMs: 200) {
      case .key(let key): state.handle(key)
      case .resize(let size): state.resize(to: size)
      case .mouse(let event): state.handle(event)
      case .timeout: break
      case .hangup: return
      }
    }
  }

  private func open(_ path: String, in state: inout ReaderState) {
    state.requestedArticle = nil
    do throws(ArticleLoadError) {
      state.show(Pipeline.standard.analyse(try loader.load(path: path)))
    } catch {
      state.message = error.description
    }
  }

  private func startIndexing() {
    guard let collection else { return }
    let progress = indexProgress
    DispatchQueue(label: "hearsay.index", qos: .utility).async { [finished] in
      try? collection.update { done, total in progress.withLock { $0 = (done, total, false) } }
      for entry in (try? collection.entries()) ?? [] { finished.post(entry) }
      progress.withLock { $0.finished = true }
    }
  }

  /// Answers the speakers view and collection searches from the index.
  private func serve(_ request: CollectionRequest, in state: inout ReaderState) {
    guard let collection else {
      state.collectionRequest = nil
      state.screen = .library
      state.message = "the collection index needs a folder (open a directory)"
      return
    }
    do {
      switch request {
      case .speakers: state.show(speakers: try collection.speakers())
      case .quotes(let name):
        state.show(results: try collection.quotes(matching: "speaker:\"\(name)\""), title: "quotes by \(name)", fromSpeakers: true)
      case .search(let query): state.show(results: try collection.quotes(matching: query), title: "search: \(query)", fromSpeakers: false)
      }
    } catch {
      state.collectionRequest = nil
      state.message = "index: \(error)"
    }
  }

  private func mergeFinished(into state: inout ReaderState) {
    let arrived = finished.take()
    guard !arrived.isEmpty else { return }
    // One assignment per tick: the library re-sorts once, not once per article.
    var entries = state.library.entries
    var position: [String: Int] = [:]
    for (i, e) in entries.enumerated() { position[e.path] = i }
    for entry in arrived {
      if let i = position[entry.path] {
        entries[i] = entry
      } else {
        position[entry.path] = entries.count
        entries.append(entry)
      }
    }
    state.library.entries = entries
  }

  private func startBackgroundParsing() {
    let paths = self.paths
    let loader = self.loader
    let queue = DispatchQueue(label: "hearsay.parse", qos: .utility)
    queue.async { [finished] in
      for path in paths {
        guard let collection = loader.collection(for: path) else { continue }
        try? collection.forEach(path: path) { record in
          if case .success(let article) = record.result { finished.post(LibraryEntry(Pipeline.standard.analyse(article))) }
          return true
        }
      }
      for path in paths where loader.collection(for: path) == nil {
        let entry: LibraryEntry
        do throws(ArticleLoadError) {
          entry = LibraryEntry(Pipeline.standard.analyse(try loader.load(path: path)))
        } catch {
          entry = LibraryEntry(path: path, title: URL(fileURLWithPath: path).lastPathComponent, problem: error.description)
        }
        finished.post(entry)
      }
    }
  }

  /// A first library row from the file's head (title, section, date), before any parsing.
  static func quickEntry(_ path: String, loader: ArticleLoader) -> LibraryEntry {
    let name = URL(fileURLWithPath: path).lastPathComponent
    guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.read(upToCount: 4096), !data.isEmpty,
      let head = try? loader.parse(bytes: [UInt8](data), path: path)
    else {
      return LibraryEntry(path: path, title: name)
    }
    try? handle.close()
    return LibraryEntry(path: path, title: head.title ?? name, section: head.section, dateText: head.dateText, date: head.date)
  }
}

/// Library entries parsed in the background, waiting for the input loop to take them.
final class Mailbox: Sendable {
  private let entries = Locked<[LibraryEntry]>([])

  func post(_ entry: LibraryEntry) { entries.withLock { $0.append(entry) } }

  func take() -> [LibraryEntry] {
    entries.withLock { list in
      defer { list.removeAll() }
      return list
    }
  }
}
