import HearsayCore
import HearsayState
import Testing
@testable import ReaderUI

/// The one interpreter of the reader's outbox, the app's and the tests' alike.
struct OutboxTests {
  /// Services whose state file is not loaded until `ready`, and which have no index.
  struct Slow: ReaderServices {
    var ready = false
    var saved: [ReadingState] = []
    let collection: (any CollectionQueries)? = nil
    let configuredCorrections: [SpeakerCorrection] = []
    func analyse(path: String) throws(ArticleLoadError) -> ArticleAnalysis { throw .unreadable(path: path, reason: "gone") }
    func copy(_ text: ClipboardText, what: String) -> String { "copied" }
    func edit(path: String, offset: Int?, text: String?) -> String { "edited" }
    func browse(_ url: String) -> String { "browsed" }
    func export(_ job: ExportJob) -> String { "exported" }
    mutating func save(_ memory: ReadingState) -> SaveOutcome {
      guard ready else { return .later }
      saved.append(memory)
      return .saved(memory)
    }
  }

  @Test func aSaveWaitsForTheLoadedStateAndIsPostedOnce() throws {
    var h = try ReaderHarness(size: Size(width: 100, height: 30))
    var services = Slow()
    h.state.post(.save)
    h.state.post(.save)
    let first = h.state.runOutbox(with: &services)
    #expect(first)
    #expect(h.state.outbox == [.save], "kept for later, once")
    services.ready = true
    let second = h.state.runOutbox(with: &services)
    #expect(second)
    #expect(h.state.outbox.isEmpty)
    #expect(services.saved.count == 1)
  }

  @Test func theLatestOpenWinsAndAFailureIsSaid() throws {
    var h = try ReaderHarness(size: Size(width: 100, height: 30))
    var services = Slow()
    h.state.post(.open(path: "/nowhere/a.txt"))
    h.state.post(.open(path: "/nowhere/b.txt"))
    #expect(h.state.outbox == [.open(path: "/nowhere/b.txt")])
    _ = h.state.runOutbox(with: &services)
    #expect(h.state.message?.contains("b.txt") == true, "\(h.state.message ?? "no message")")
    #expect(h.state.screen == .library)
  }

  /// Without an index the speakers view goes back to the library, and a collection search
  /// from the library stays there: neither quits the reader.
  @Test(arguments: ["S", ":harbour<Enter>"])
  func aQueryWithoutAnIndexSaysWhyAndKeepsTheReader(_ keys: String) throws {
    var h = try ReaderHarness(size: Size(width: 100, height: 30))
    var services = Slow()
    for key in Key.parseSequence(keys) ?? [] { h.state.handle(key) }
    let goesOn = h.state.runOutbox(with: &services)
    #expect(goesOn)
    #expect(h.state.screen == .library)
    #expect(h.state.message?.contains("needs a folder") == true)
  }

  @Test func quittingStillCarriesOutWhatWasAsked() throws {
    var h = try ReaderHarness(size: Size(width: 100, height: 30))
    var services = Slow()
    h.state.post(.copy("x", what: "quote"))
    h.state.post(.quit)
    let goesOn = h.state.runOutbox(with: &services)
    #expect(!goesOn)
    #expect(h.state.message == "copied")
    #expect(h.state.quitting)
  }
}
