import Foundation
import HearsayCore
import HearsayFormats
import HearsayState
import HearsayTestSupport
@testable import ReaderUI

/// Drives the reader state with keys, as a user would, carries out its outbox with fake
/// services, and renders the screen as text.
struct ReaderHarness {
  var state: ReaderState
  let renderer: Renderer
  var services = FakeServices()
  /// What the reader asked of the index, and the outside effects it had carried out.
  var asked: [String] { services.log.withLock(\.asked) }
  var performed: [Effect] { services.log.withLock(\.performed) }
  var saves: Int { services.log.withLock(\.saves) }


  static func analysis(_ name: String) throws -> ArticleAnalysis {
    Pipeline.standard.analyse(try ArticleLoader.standard.load(path: PackageRoot.samples + "/" + name))
  }

  /// The library of all sample articles, with counts, at a given size.
  init(size: Size, monochrome: Bool = false) throws {
    let entries = try ArticleLoader.expand(paths: [PackageRoot.samples]).map { LibraryEntry(Pipeline.standard.analyse(try ArticleLoader.standard.load(path: $0))) }
    state = ReaderState(size: size, library: LibraryState(entries: entries))
    renderer = Renderer(theme: Theme(monochrome: monochrome, colors: 256))
  }

  /// Straight into one article.
  init(article name: String, size: Size, monochrome: Bool = false) throws {
    try self.init(size: size, monochrome: monochrome)
    state.show(try Self.analysis(name))
  }

  /// Types keys in the keymap's notation: `"j j <Tab> 3] /bridge<Enter>"` — tokens are
  /// separated by spaces; `<Space>` types a space.
  mutating func type(_ notation: String) {
    for token in notation.split(separator: " ") {
      for key in Key.parseSequence(String(token)) ?? [] { state.handle(key) }
      runOutbox()
    }
  }

  /// Carries out what the reader posted, as the app does between keys.
  mutating func runOutbox() { _ = state.runOutbox(with: &services) }

  /// The index's speakers from now on, shown as the app shows them.
  mutating func indexShows(speakers rows: [CollectionSpeakerRow]) {
    services.log.withLock { $0.speakers = rows }
    state.show(speakers: rows)
  }

  var grid: CellGrid { renderer.render(state) }
  var screen: String { grid.text }
  var lines: [String] { screen.components(separatedBy: "\n") }
}

/// The reader's services for tests: articles analysed from disk, an index that answers with
/// the speakers a test gave it (no quotes) and notes what it was asked, and the clipboard, editor, browser and exports only
/// noted.
struct FakeServices: ReaderServices {
  struct Log {
    var asked: [String] = []
    var performed: [Effect] = []
    var saves = 0
    /// What the index answers for the speakers view.
    var speakers: [CollectionSpeakerRow] = []
  }
  let log = Locked(Log())
  var configuredCorrections: [SpeakerCorrection] = []
  var collection: (any CollectionQueries)? { FakeIndex(log: log) }

  func analyse(path: String) throws(ArticleLoadError) -> ArticleAnalysis { Pipeline.standard.analyse(try ArticleLoader.standard.load(path: path)) }
  func copy(_ text: ClipboardText, what: String) -> String { noted(.copy(text, what: what)) }
  func edit(path: String, offset: Int?, text: String?) -> String { noted(.edit(path: path, offset: offset, text: text)) }
  func browse(_ url: String) -> String { noted(.browse(url)) }
  func export(_ job: ExportJob) -> String { noted(.export(job)) }
  mutating func save(_ memory: ReadingState) -> SaveOutcome {
    log.withLock { $0.saves += 1 }
    return .saved(memory)
  }

  private func noted(_ effect: Effect) -> String {
    log.withLock { $0.performed.append(effect) }
    return "done"
  }
}

struct FakeIndex: CollectionQueries {
  let log: Locked<FakeServices.Log>
  func update(progress: @escaping @Sendable (Int, Int) -> Void) throws {}
  func correctSpeakers(_ corrections: [SpeakerCorrection]) throws -> [String] { [] }
  func speakers() throws -> (rows: [CollectionSpeakerRow], span: (first: String, last: String)?) {
    log.withLock {
      $0.asked.append("speakers")
      return ($0.speakers, nil)
    }
  }
  func entries() throws -> [LibraryEntry] { [] }
  func quotes(matching query: String, limit: Int) throws -> [CollectionQuoteRow] {
    log.withLock { $0.asked.append("search \(query)") }
    return []
  }
  func quotes(bySpeaker id: String, limit: Int) throws -> [CollectionQuoteRow] {
    log.withLock { $0.asked.append("quotes by \(id)") }
    return []
  }
}
