import Foundation
import HearsayTestSupport
import HearsayCore
import HearsayState
import Testing
@testable import ReaderUI

/// What the reader remembers and hands to the outside world, driven by keys: read marks,
/// places, stars, marks, history, and the effects for clipboard, editor, browser, export.
struct ReadingWorkflowTests {
  static let bridge = PackageRoot.samples + "/01-harbour-bridge-vote.txt"

  /// A library with the bridge article selected.
  func libraryAtBridge(_ size: Size = Size(width: 120, height: 40)) throws -> ReaderHarness {
    var h = try ReaderHarness(size: size)
    h.state.library.sort = .title
    let i = try #require(h.state.library.visible.firstIndex { h.state.library.entries[$0].path == Self.bridge })
    h.state.library.selected = i
    return h
  }

  /// A returning user lands in the reader: its status line shows the keys that matter,
  /// `J`/`K` walk the library's order from inside it, and a key bound only elsewhere says where.
  @Test func theReaderShowsItsKeysAndWalksTheLibraryWithJK() throws {
    var h = try libraryAtBridge()
    let order = h.state.library.visible.map { h.state.library.entries[$0].path }
    let i = h.state.library.selected
    h.type("<Enter>")
    #expect(h.state.open?.analysis.article.path == Self.bridge)
    for hint in ["] next quote", "s speaker", "J next article", "? keys", "q back"] { #expect(h.lines.last?.contains(hint) == true, "\(hint)") }
    h.type("J")
    #expect(h.state.open?.analysis.article.path == order[i + 1])
    h.type("K K")
    #expect(h.state.open?.analysis.article.path == order[i - 1])
    h.type("G K")
    h.type("\(order.count)K")
    #expect(h.state.message == "first article")
    h.type("S")
    #expect(h.state.screen == .reader)
    #expect(h.state.message?.contains("every speaker in the collection") == true)
    #expect(h.state.message?.contains("library") == true)
  }

  @Test func openingMarksReadAndReopeningReturnsToTheSamePlaceAndQuote() throws {
    var h = try libraryAtBridge()
    #expect(h.screen.contains("● Harbour bridge"), "unread articles carry a dot")
    h.type("<Enter> 5] h")
    #expect(h.state.screen == .library)
    let place = try #require(h.state.memory.articles[Self.bridge])
    #expect(place.read)
    #expect(!h.screen.contains("● Harbour bridge"))
    #expect(h.saves > 0)

    // A new session with the saved memory, at another width: same words on top, same quote.
    var again = try libraryAtBridge(Size(width: 90, height: 30))
    again.state.memory = h.state.memory
    again.type("<Enter>")
    let o = try #require(again.state.open)
    #expect(o.analysis.quotes[try #require(o.selectedQuote)].content.start == place.quoteStart)
    #expect(o.anchor <= place.offset && place.offset - o.anchor < 120)
    #expect(o.selectedQuote == 5)
  }

  @Test func nTogglesReadInTheLibrary() throws {
    var h = try libraryAtBridge()
    h.type("N")
    #expect(h.state.isRead(Self.bridge))
    #expect(h.state.message == "marked read")
    h.type("N")
    #expect(!h.state.isRead(Self.bridge))
  }

  @Test func theSessionResumesOnTheArticleThatWasOpen() throws {
    var h = try libraryAtBridge()
    h.type("<Enter> ]]")
    h.state.rememberSession()
    var next = try ReaderHarness(size: Size(width: 120, height: 40))
    next.state.memory = h.state.memory
    next.state.resumeSession()
    #expect(next.state.outbox == [.open(path: Self.bridge)])
    #expect(next.state.library.entries[next.state.library.visible[next.state.library.selected]].path == Self.bridge)
  }

  @Test func aStarredQuoteIsListedAcrossTheCollectionAndUnstarredThere() throws {
    var h = try libraryAtBridge()
    h.type("<Enter> ]] *")
    #expect(h.state.memory.starred.count == 1)
    let starred = h.state.memory.starred[0].quote
    #expect(starred.speaker == "Alicia Brandt")
    #expect(h.screen.contains("★Alicia Brandt"))
    h.type("h *")
    #expect(h.state.screen == .results)
    #expect(h.screen.contains("Starred quotes — 1"))
    #expect(h.screen.contains("★ Alicia Brandt: We are making sure"))
    h.type("*")
    #expect(h.state.memory.starred.isEmpty)
    #expect(h.state.message == "unstarred")
    h.type("* <Enter>")
    #expect(h.state.screen == .reader, "Enter opens the article at the starred quote")
    #expect(h.state.open.map { $0.analysis.quotes[$0.selectedQuote!].content.start } == starred.start)
  }

  @Test func marksReturnToTheirPlaceAndCapitalMarksOpenTheirArticle() throws {
    var h = try libraryAtBridge()
    h.type("<Enter> 1 <C-d> ma")
    let marked = try #require(h.state.open?.anchor)
    h.type("gg")
    let top = try #require(h.state.open?.anchor)
    #expect(top != marked)
    h.type("'a")
    #expect(h.state.open?.anchor == marked)
    h.type("''")
    #expect(h.state.open?.anchor == top, "'' goes back from a mark jump")
    h.type("mQ h")
    #expect(h.state.memory.marks["Q"]?.path == Self.bridge)
    h.type("'Q")
    #expect(h.state.screen == .reader)
    #expect(h.state.open?.analysis.article.path == Self.bridge)
    h.type("'z")
    #expect(h.state.message == "mark z is not set")
  }

  /// `n` after a search that found nothing says what was not found, not that there was
  /// no search; before any search it says how to start one.
  @Test func nAfterAFailedSearchSaysWhatWasNotFound() throws {
    var h = try libraryAtBridge()
    h.type("<Enter> n")
    #expect(h.state.message == "no search — press / to search")
    h.type("/zzqx <Enter> n")
    #expect(h.state.message == "not found: zzqx")
  }

  @Test func upRecallsEarlierSearches() throws {
    var h = try libraryAtBridge()
    h.type("<Enter> /bridge <Enter> /corrosion <Enter> /")
    h.type("<Up>")
    #expect(h.state.prompt == .search("corrosion"))
    h.type("<Up>")
    #expect(h.state.prompt == .search("bridge"))
    h.type("<Down> <Down>")
    #expect(h.state.prompt == .search(""))
    #expect(h.state.memory.history.suffix(2) == ["bridge", "corrosion"])
  }

  /// Paste-jacking: a quote holding the end of a bracketed paste (`ESC [ 201 ~`), a newline
  /// and a command, or a bidi override, yanked and pasted into a shell must stay one inert line.
  @Test(arguments: ["\u{1B}[201~ rm -rf ~ \u{1B}[200~", "\u{1B}]52;c;cm0gLXJmIH4=\u{07}", "\u{202E}txt.exe\u{8}\u{9B}"])
  func yankedTextCarriesNoControlBytes(_ payload: String) throws {
    let text = "Mayor Ana Lima said: \"We will \(payload) rebuild the bridge.\"\n"
    let a = try ArticleLoader.standard.parse(bytes: Array(text.utf8), path: "/tmp/hostile.txt")
    var h = try ReaderHarness(size: Size(width: 100, height: 30))
    h.state.show(Pipeline.standard.analyse(a))
    h.type("]")
    for keys in ["y", "Y"] {
      h.type(keys)
      guard case .copy(let clip, _) = h.performed.last else { Issue.record("no copy effect for \(keys)"); return }
      #expect(!clip.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || TextEscaping.isUnsafe($0) },
              "\(keys) copied \(clip.text.debugDescription)")
    }
    guard case .copy(let clip, "path") = h.performed.last else { return }
    #expect(clip.text == "/tmp/hostile.txt")
  }

  @Test func yankEditBrowseAndExportBecomeEffects() throws {
    var h = try libraryAtBridge()
    h.type("<Enter> ]] y")
    guard case .copy(let clip, "quote") = h.performed.last else { Issue.record("no copy effect"); return }
    #expect(clip.text.hasPrefix("“We are making sure"))
    #expect(clip.text.contains("— Alicia Brandt, Deputy mayor (Harbour bridge"))
    h.type("Y")
    #expect(h.performed.last == .copy(ClipboardText(Self.bridge), what: "path"))
    h.type("e")
    guard case .edit(Self.bridge, let offset?, _) = h.performed.last else { Issue.record("no edit effect"); return }
    #expect(offset == h.state.open!.analysis.quotes[h.state.open!.selectedQuote!].content.start)
    h.type("o")
    #expect(h.state.message == "this article has no URL")
    h.type("x")
    guard case .export("", let job)? = h.state.prompt else { Issue.record("no empty export prompt"); return }
    h.type("out.csv")
    #expect(h.state.prompt == .export("out.csv", job), "typing replaces the suggestion, never appends to it")
    h.type("<Enter>")
    guard case .export(let written) = h.performed.last else { Issue.record("no export effect"); return }
    #expect(written.fileName == "out.csv")
    guard case .quotes(let quotes) = written.scope else { Issue.record("wrong scope"); return }
    #expect(quotes.count == h.state.open!.analysis.quotes.count)
  }

  /// The suggested name is a placeholder: shown dimmed, taken by Enter on nothing or by
  /// Tab to edit; a name Hearsay has no format for is refused and the prompt stays.
  @Test func theExportPromptSuggestsANameWithoutPrefillingIt() throws {
    var h = try libraryAtBridge()
    h.type("<Enter> x")
    guard case .export("", let job)? = h.state.prompt else { Issue.record("no empty export prompt"); return }
    #expect(job.fileName.hasPrefix("quotes-harbour-bridge-repairs") && job.fileName.hasSuffix(".md"))
    #expect(h.lines.last?.contains(job.fileName) == true, "the suggestion is shown")
    h.type("<Tab>")
    #expect(h.state.prompt == .export(job.fileName, job))
    h.type("<C-u> seed.txt <Enter>")
    #expect(h.state.prompt == .export("seed.txt", job), "an unknown format keeps the prompt open")
    #expect(h.state.message?.contains(".md, .json or .csv") == true)
    #expect(h.lines.last?.contains("not a format") == true)
    #expect(!h.performed.contains { if case .export = $0 { true } else { false } })
    h.type("<C-u> <Enter>")
    guard case .export(let written) = h.performed.last else { Issue.record("Enter on nothing takes the suggestion"); return }
    #expect(written.fileName == job.fileName)
  }

  @Test func exportingWithASpeakerFilterExportsTheirQuotesOnly() throws {
    var h = try libraryAtBridge()
    h.type("<Enter> 3 j <Enter> x")
    guard case .export(_, let job)? = h.state.prompt, case .quotes(let quotes) = job.scope else { Issue.record("no export prompt"); return }
    #expect(!quotes.isEmpty)
    #expect(Set(quotes.compactMap(\.speaker)).count == 1)
    #expect(job.heading.hasPrefix("Quotes by "))
  }

  @Test func onlyWebAddressesGoToTheBrowser() throws {
    var h = try libraryAtBridge()
    h.type("<Enter>")
    for (url, allowed) in [("https://example.com/a", true), ("javascript:alert(1)", false), ("file:///etc/passwd", false), ("data:text/html,x", false)] {
      h.state.outbox = []
      h.state.browse(url)
      #expect((h.state.outbox == [.browse(url)]) == allowed, "\(url)")
    }
  }
}
