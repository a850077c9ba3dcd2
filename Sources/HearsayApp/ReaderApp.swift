import Foundation
import HearsayCore
import HearsayState
import ReaderUI
import TerminalNCurses

/// The interactive reader: paints the library at once — a first screen (the index's newest
/// articles, or a large folder's first files) when the collection has an index, else a
/// directory scan — fills in the rest in the background (the scan, the index's counts or a
/// parse of every article), and runs the input loop.
public final class ReaderApp {
  /// Everything the reader is opened with.
  public struct Options {
    /// Article files, or folders to scan for them.
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
    /// What to paint first and how many articles there are — the index's newest, or the
    /// folder's first files while the index is empty — while `paths` are scanned in the
    /// background.
    public var firstScreen: (entries: [LibraryEntry], total: Int)?

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
  /// The saved session came in while the library was its first screen only: it is resumed
  /// once the whole list is in, so the article last selected can be found.
  private var resumeWhenListed = false

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
    var services = AppServices(loader: loader, collection: collection, configuredCorrections: config.speakerCorrections,
                               effects: EffectRunner(terminal: terminal, collection: collection, protectedRoots: options.protectedRoots),
                               store: options.store, adopted: options.store == nil)
    // Paint first: the first screen given, or a directory scan and the heads of the first
    // screenful; the rest and the counts follow from the background scan, parse or index.
    let files = options.firstScreen == nil ? ArticleLoader.expand(paths: paths) : []
    let library = options.firstScreen.map { LibraryState(firstScreen: $0.entries, of: $0.total) }
      ?? LibraryState(scanning: files, loader: loader)
    var state = ReaderState(size: terminal.size, library: library)
    state.keymap = config.keymap
    state.settings = config.settings
    let problems = config.problems.map(\.description) + options.notices
    if let first = problems.first { state.message = first + (problems.count > 1 ? " (and \(problems.count - 1) more)" : "") }
    if options.startInArticle, let first = paths.first {
      state.post(.open(path: first))
      state.standalone = true
    }
    // The reading state loads in the background once the first frame is up — unless the
    // first frame is an article, which opens where it was left.
    var stateLoad: StateLoad?
    if options.startInArticle, let store = options.store {
      stateLoad = StateLoad(store)
      adopt(stateLoad!.wait(), into: &state, services: &services)
    }
    var backgroundStarted = false
    defer {
      if !services.adopted, let store = options.store { adopt((stateLoad ?? StateLoad(store)).wait(), into: &state, services: &services) }
      // A session still waiting for the whole list is kept as it was loaded.
      if !resumeWhenListed { state.rememberSession() }
      _ = state.runOutbox(with: &services)
    }
    while true {
      if !services.adopted, let loaded = stateLoad?.take() { adopt(loaded, into: &state, services: &services) }
      mergeFinished(into: &state)
      guard state.runOutbox(with: &services) else { return }
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
        if collection != nil { startIndexing() } else { startBackgroundParsing(files) }
        backgroundStarted = true
      }
      switch terminal.next(timeoutMs: 200) {
      case .key(let key): state.handle(key)
      case .resize(let size): state.resize(to: size)
      case .mouse(let event): state.handle(event)
      case .timeout:
        // Idle: keep the place too, so even a killed reader reopens where it was.
        if services.adopted, !resumeWhenListed { state.rememberSession() }
      case .hangup: return
      }
    }
  }

  /// Takes in the saved reading state once it has loaded, keeping whatever the user did
  /// meanwhile, and resumes the last session if the user has not gone anywhere yet.
  private func adopt(_ loaded: (state: ReadingState, problem: String?), into state: inout ReaderState, services: inout AppServices) {
    let early = state.memory
    state.memory = ReadingState.merge(base: ReadingState(), ours: early, theirs: loaded.state)
    services.base = loaded.state
    services.adopted = true
    if state.memory != loaded.state { state.post(.save) }
    if let problem = loaded.problem { state.message = problem }
    if state.library.pendingTotal != nil { resumeWhenListed = true } else { resumeIfUntouched(&state) }
  }

  /// Goes back to where the last session was, unless the user has already gone somewhere.
  private func resumeIfUntouched(_ state: inout ReaderState) {
    let opening = state.outbox.contains { if case .open = $0 { true } else { false } }
    if state.screen == .library, state.library.selected == 0, !opening, !options.startInArticle { state.resumeSession() }
  }

  private func startIndexing() {
    guard let collection else { return }
    let progress = indexProgress
    let failure = indexFailure
    let listing = options.firstScreen.map { (paths: paths, shown: $0.entries, loader: loader) }
    DispatchQueue(label: "hearsay.index", qos: .utility).async { [finished] in
      do {
        if let listing {
          // The whole list behind the first screen — by name alone if the index cannot
          // answer: the library must not stay a first screen because the update failed.
          let scanned = ArticleLoader.expand(paths: listing.paths)
          let indexed = (try? collection.entries()) ?? []
          finished.replace(with: LibraryState.reconcile(scanned: scanned, indexed: indexed, shown: listing.shown, loader: listing.loader))
        }
        try collection.update { done, total in progress.withLock { $0 = (done, total, false) } }
        for entry in try collection.entries() { finished.post(entry) }
      } catch {
        failure.withLock { $0 = "index: \(error) — search and the speakers view show what was indexed before" }
      }
      progress.withLock { $0.finished = true }
    }
  }

  private func mergeFinished(into state: inout ReaderState) {
    let (whole, arrived) = finished.take()
    guard whole != nil || !arrived.isEmpty else { return }
    // One assignment per tick: the library re-sorts once, not once per article.
    var entries = whole ?? state.library.entries
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
    guard whole != nil else { return }
    state.library.pendingTotal = nil
    if resumeWhenListed {
      resumeWhenListed = false
      resumeIfUntouched(&state)
    }
  }

  private func startBackgroundParsing(_ paths: [String]) {
    let loader = self.loader
    let queue = DispatchQueue(label: "hearsay.parse", qos: .utility)
    queue.async { [finished] in
      for path in paths {
        // A dataset's bad record is the CLI's to report; a file that cannot be read, and a
        // dataset that cannot be opened, show in the library with the reason. A JSON file
        // that holds no articles (a settings file in the folder) is no article: left out.
        let collection = loader.collection(for: path)
        let isDataset = collection != nil
        do throws(ArticleLoadError) {
          try loader.forEachArticle(in: path, collection: collection) { result in
            switch result {
            case .success(let article): finished.post(LibraryEntry(Pipeline.standard.analyse(article)))
            case .failure(let error) where !isDataset: finished.post(LibraryEntry(path: path, title: PathName.last(path), problem: error.description))
            case .failure: break
            }
            return true
          }
        } catch .notArticles {
          continue
        } catch {
          finished.post(LibraryEntry(path: path, title: PathName.last(path), problem: error.description))
        }
      }
    }
  }
}

/// Library entries parsed in the background, waiting for the input loop to take them: a
/// whole new list (the scan behind a first screen) and single entries to merge into it.
final class Mailbox: Sendable {
  private let mail = Locked<(whole: [LibraryEntry]?, entries: [LibraryEntry])>((nil, []))

  func post(_ entry: LibraryEntry) { mail.withLock { $0.entries.append(entry) } }

  /// Replaces the library's list, and whatever was posted before it.
  func replace(with whole: [LibraryEntry]) { mail.withLock { $0 = (whole, []) } }

  func take() -> (whole: [LibraryEntry]?, entries: [LibraryEntry]) {
    mail.withLock { mail in
      defer { mail = (nil, []) }
      return mail
    }
  }
}
