import Foundation
import HearsayCore
import HearsayState
import ReaderUI

/// The interactive reader: paints the library from a directory scan at once, parses the
/// articles in the background to fill in their counts, and runs the input loop.
public final class ReaderApp {
  /// Everything the reader is opened with.
  public struct Options {
    public var paths: [String]
    public var loader: ArticleLoader
    public var collection: (any CollectionQueries)?
    public var monochrome = false
    public var startInArticle = false
    public var config = ReaderConfig()
    /// Where reading state is kept; nil keeps nothing between runs.
    public var store: StateStore?
    /// Folders never written to (exports go elsewhere).
    public var protectedRoots: [String] = []
    /// Said in the status line at start, after the configuration's problems (an index that
    /// could not be opened).
    public var notices: [String] = []

    public init(paths: [String], loader: ArticleLoader, collection: (any CollectionQueries)?) {
      self.paths = paths
      self.loader = loader
      self.collection = collection
    }
  }

  private let options: Options
  private var paths: [String] { options.paths }
  private var loader: ArticleLoader { options.loader }
  private var collection: (any CollectionQueries)? { options.collection }
  private let indexProgress = Locked<(done: Int, total: Int, finished: Bool)>((0, 0, false))
  /// Why the background index update failed, until the loop shows it.
  private let indexFailure = Locked<String?>(nil)
  private let finished = Mailbox()

  public init(_ options: Options) { self.options = options }

  /// Runs until the user quits. The terminal is restored on every way out, and the reading
  /// state is saved.
  public func run() {
    let config = options.config
    let terminal = Terminal(monochrome: options.monochrome, mouse: config.settings.mouse)
    defer { terminal.restore() }
    var theme = config.theme
    theme.monochrome = options.monochrome || terminal.colors == 0
    theme.colors = terminal.colors
    let renderer = Renderer(theme: theme)
    let effects = EffectRunner(terminal: terminal, collection: collection, protectedRoots: options.protectedRoots)
    // Paint first: the library comes from a directory scan and the heads of the first
    // screenful; counts follow from the background parse or the index.
    var state = ReaderState(size: terminal.size, library: LibraryState(scanning: paths, loader: loader))
    state.keymap = config.keymap
    state.settings = config.settings
    let problems = config.problems.map(\.description) + options.notices
    if let first = problems.first { state.message = first + (problems.count > 1 ? " (and \(problems.count - 1) more)" : "") }
    if options.startInArticle, let first = paths.first {
      state.requestedArticle = first
      state.standalone = true
    }
    var base = ReadingState()
    // The reading state loads in the background once the first frame is up — unless the
    // first frame is an article, which opens where it was left.
    var stateLoad: StateLoad?
    var adopted = options.store == nil
    if options.startInArticle, let store = options.store {
      stateLoad = StateLoad(store)
      adopt(stateLoad!.wait(), into: &state, base: &base)
      adopted = true
    }
    var backgroundStarted = false
    defer {
      if !adopted, let store = options.store { adopt((stateLoad ?? StateLoad(store)).wait(), into: &state, base: &base) }
      state.rememberSession()
      save(&state, since: &base)
    }
    while !state.wantsQuit {
      if !adopted, let loaded = stateLoad?.take() {
        adopt(loaded, into: &state, base: &base)
        adopted = true
      }
      mergeFinished(into: &state)
      if let path = state.requestedArticle { open(path, in: &state) }
      if let request = state.collectionRequest { serve(request, in: &state) }
      for effect in state.effects { state.message = effects.perform(effect) }
      state.effects.removeAll()
      // Until the saved state is in, nothing is remembered or saved: it would be taken for
      // a change made here and win over what the last session left.
      if adopted { save(&state, since: &base) }
      if let failure = indexFailure.withLock({ f in defer { f = nil }; return f }) { state.message = failure }
      let progress = indexProgress.withLock { $0 }
      state.collection.indexing = progress.finished || progress.total == 0 ? nil : (progress.done, progress.total)
      // Resize events can coalesce in a storm: trust the terminal's size, not the last event.
      if terminal.size != state.size { state.resize(to: terminal.size) }
      terminal.present(renderer.render(state))
      if !backgroundStarted {
        // After the first frame, so the cores paint it first. With an index, its update
        // parses the collection once and fills the library; without one, the articles are
        // parsed here for their counts.
        if stateLoad == nil { stateLoad = options.store.map(StateLoad.init) }
        if collection != nil { startIndexing() } else { startBackgroundParsing() }
        backgroundStarted = true
      }
      switch terminal.next(timeoutMs: 200) {
      case .key(let key): state.handle(key)
      case .resize(let size): state.resize(to: size)
      case .mouse(let event): state.handle(event)
      case .timeout:
        // Idle: keep the place too, so even a killed reader reopens where it was.
        if adopted { state.rememberSession() }
      case .hangup: return
      }
    }
  }

  /// Takes in the saved reading state once it has loaded, keeping whatever the user did
  /// meanwhile, and resumes the last session if the user has not gone anywhere yet.
  private func adopt(_ loaded: (state: ReadingState, problem: String?), into state: inout ReaderState, base: inout ReadingState) {
    let early = state.memory
    state.memory = ReadingState.merge(base: ReadingState(), ours: early, theirs: loaded.state)
    base = loaded.state
    if state.memory != base { state.memoryChanged = true }
    if let problem = loaded.problem { state.message = problem }
    let untouched = state.screen == .library && state.library.selected == 0 && state.requestedArticle == nil
    if untouched, !options.startInArticle { state.resumeSession() }
  }

  /// Writes the reading state when it changed, merged with what another reader saved
  /// meanwhile (and taking that in); a failure is reported, never fatal.
  private func save(_ state: inout ReaderState, since base: inout ReadingState) {
    guard state.memoryChanged, let store = options.store else { return }
    state.memoryChanged = false
    do {
      base = try store.save(state.memory, since: base)
      state.memory = base
    } catch {
      state.message = "could not save the reading state: \(error)"
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
    let failure = indexFailure
    DispatchQueue(label: "hearsay.index", qos: .utility).async { [finished] in
      do {
        try collection.update { done, total in progress.withLock { $0 = (done, total, false) } }
        for entry in try collection.entries() { finished.post(entry) }
      } catch {
        failure.withLock { $0 = "index: \(error) — search and the speakers view show what was indexed before" }
      }
      progress.withLock { $0.finished = true }
    }
  }

  /// Answers the speakers view and collection searches from the index.
  private func serve(_ request: CollectionRequest, in state: inout ReaderState) {
    guard let collection else {
      state.collectionRequest = nil
      state.goBack()
      state.message = "the collection index needs a folder (open a directory)"
      return
    }
    do {
      switch request {
      case .speakers:
        // The configuration's corrections, then the reader's: relinked only when they changed.
        let unapplied = try collection.correctSpeakers(options.config.speakerCorrections + state.memory.speakerCorrections)
        let speakers = try collection.speakers()
        state.show(speakers: speakers.rows, span: speakers.span)
        if let first = unapplied.first { state.message = first + (unapplied.count > 1 ? " (and \(unapplied.count - 1) more)" : "") }
      case .quotes(let speaker):
        state.show(results: try collection.quotes(bySpeaker: speaker.id, limit: 2000), listing: .speaker(speaker.name))
      case .search(let query): state.show(results: try collection.quotes(matching: query, limit: 500), listing: .search(query))
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
          entry = LibraryEntry(path: path, title: PathName.last(path), problem: error.description)
        }
        finished.post(entry)
      }
    }
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
