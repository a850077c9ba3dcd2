import Foundation
import HearsayTestSupport
import Testing
@testable import ReaderUI
import HearsayCore

/// Key sequences against rendered screens, at the sizes people use.
struct ReaderScreenTests {
  @Test(arguments: [40, 80, 120, 200])
  func libraryListsEveryArticleAndOpensTheSelectedOne(width: Int) throws {
    var h = try ReaderHarness(size: Size(width: width, height: 24))
    #expect(h.lines[0].hasPrefix("Hearsay — 14 articles"))
    #expect(h.screen.contains("Senate panel"))
    h.type("j <Enter>")
    #expect(h.state.screen == .reader)
    #expect(h.screen.contains("Senate panel questions forecaster"))
    #expect(h.lines.last?.contains("quote 1/7") == true)
  }

  /// An indexed collection's first screen is its newest articles from the index: the
  /// header counts every article the index holds, not the rows asked for.
  @Test func aFirstScreenFromTheIndexCountsTheWholeCollection() {
    let rows = (0..<3).map { LibraryEntry(path: "/c/\($0).txt", title: "Story \($0)", quoteCount: 4, speakerCount: 2) }
    let state = ReaderState(size: Size(width: 80, height: 12), library: LibraryState(firstScreen: rows, of: 99_792))
    let lines = Renderer(theme: Theme(monochrome: true, colors: 0)).render(state).text.components(separatedBy: "\n")
    #expect(lines[0].hasPrefix("Hearsay — 99792 articles"), "\(lines[0])")
    #expect(lines[2].contains("Story 0") && lines[2].hasSuffix("4   2"), "\(lines[2])")
  }

  @Test func wideTerminalShowsThreePanesSideBySide() throws {
    let h = try ReaderHarness(article: "09-nyt-style-quotes.txt", size: Size(width: 200, height: 30))
    let top = h.lines[0]
    #expect(top.contains("Article") && top.contains("Quotes (7)") && top.contains("Sources (2)"))
    #expect(h.screen.contains("Ruth Alvarez"))
    #expect(h.state.layout.arrangement == .columns)
  }

  @Test func narrowTerminalShowsOnePaneWithTabs() throws {
    var h = try ReaderHarness(article: "09-nyt-style-quotes.txt", size: Size(width: 40, height: 20))
    #expect(h.lines[0].contains("1 Article") && h.lines[0].contains("2 Quotes"))
    h.type("2")
    #expect(h.lines[1].contains("Quotes (7)"))
    h.type("<Tab>")
    #expect(h.lines[1].contains("Sources (2)"))
  }

  @Test func tooSmallTerminalSaysSo() throws {
    let h = try ReaderHarness(article: "09-nyt-style-quotes.txt", size: Size(width: 20, height: 5))
    #expect(h.screen.contains("terminal too small"))
    #expect(h.screen.contains("(20×5)"))
    let tiny = try ReaderHarness(article: "09-nyt-style-quotes.txt", size: Size(width: 1, height: 1))
    #expect(tiny.grid.size == Size(width: 1, height: 1))
  }

  @Test func quoteKeysWalkTheQuotesAndCountsRepeatThem() throws {
    var h = try ReaderHarness(article: "01-harbour-bridge-vote.txt", size: Size(width: 120, height: 30))
    h.type("]")
    #expect(h.state.open?.selectedQuote == 1)
    h.type("3]")
    #expect(h.state.open?.selectedQuote == 4)
    #expect(h.state.open?.focus == .article, "a count must not leave the focus on pane 3")
    h.type("[")
    #expect(h.state.open?.selectedQuote == 3)
    h.type("''")
    #expect(h.state.open?.selectedQuote == 4)
  }

  /// `2` then `3` focuses the quotes, then the sources: a pane digit after a pane digit
  /// is another focus, not the second digit of a count (issue: `23` then `j` scrolled 23 lines).
  @Test func paneDigitsInARowEachFocusTheirPane() throws {
    var h = try ReaderHarness(article: "01-harbour-bridge-vote.txt", size: Size(width: 120, height: 30))
    h.type("2 3")
    #expect(h.state.open?.focus == .sources)
    #expect(h.state.pendingCount == "3")
    h.type("1")
    #expect(h.state.open?.focus == .article)
    h.type("j")
    #expect(h.state.open?.focus == .article)
    h.type("15]")
    #expect(h.state.open?.selectedQuote != nil, "a count that starts past the pane digits still counts")
  }

  /// Which digits focus a pane comes from the keymap: unbound, `2` is only a count.
  @Test func paneDigitsFollowTheKeymap() throws {
    var h = try ReaderHarness(article: "01-harbour-bridge-vote.txt", size: Size(width: 120, height: 30))
    h.state.keymap = ConfigFile.parse("unbind reader 2\nbind reader 9 focus-quotes", file: "config").keymap
    h.state.open?.focus = .sources
    h.type("2j")
    #expect(h.state.open?.focus == .sources)
    #expect(h.state.open?.selectedSource == 2, "2j moves two sources down")
    h.type("9")
    #expect(h.state.open?.focus == .quotes)
  }

  @Test func speakerKeysJumpBetweenSpeakers() throws {
    var h = try ReaderHarness(article: "01-harbour-bridge-vote.txt", size: Size(width: 120, height: 30))
    let a = h.state.open!.analysis
    func speaker() -> String? { h.state.open?.selectedQuote.flatMap { a.quotes[$0].speaker }.map { a.speakers[$0].name } }
    h.type("]")
    #expect(speaker() == "Alicia Brandt")
    h.type("}")
    #expect(speaker() == "Tomas Lindqvist")
    h.type(".")
    #expect(speaker() == "Tomas Lindqvist")
    h.type("{")
    #expect(speaker() == "Alicia Brandt")
    h.type("s Natar <Enter>")
    #expect(speaker() == "Priya Natarajan")
    #expect(h.screen.contains("Priya Natarajan"))
  }

  @Test func searchHighlightsEveryMatchAndCountsThem() throws {
    var h = try ReaderHarness(article: "01-harbour-bridge-vote.txt", size: Size(width: 120, height: 40))
    h.type("/bridge <Enter>")
    let search = try #require(h.state.open?.search)
    #expect(search.matches.count == 3)
    #expect(h.lines.last?.contains("/bridge 1/3") == true)
    h.type("n")
    #expect(h.lines.last?.contains("/bridge 2/3") == true)
    let grid = h.grid
    let hits = (0..<grid.size.height).flatMap { y in (0..<grid.size.width).filter { grid[$0, y].style.background == .yellow || grid[$0, y].style.background == .green } }
    #expect(hits.count >= 12, "matches are highlighted in the article")
  }

  @Test func sourcesPaneFiltersTheQuotesBySpeaker() throws {
    var h = try ReaderHarness(article: "01-harbour-bridge-vote.txt", size: Size(width: 120, height: 40))
    h.type("3 j <Enter>")
    let o = try #require(h.state.open)
    let filtered = try #require(o.speakerFilter)
    #expect(o.listedQuotes.allSatisfy { o.analysis.quotes[$0].speaker == filtered })
    #expect(h.screen.contains("Quotes (\(o.listedQuotes.count)) · \(o.analysis.speakers[filtered].name)"))
    h.type("<Esc>")
    #expect(h.state.open?.speakerFilter == nil)
  }

  @Test func relayedSpeakerIsShownWithItsOutlet() throws {
    let h = try ReaderHarness(article: "07-relayed-analysts.txt", size: Size(width: 200, height: 40))
    #expect(h.screen.contains("Lena Novak via Radio Meridian"))
    #expect(h.screen.contains("via Radio Meridian"))
  }

  @Test func resizeKeepsTheReadingPosition() throws {
    var h = try ReaderHarness(article: "05-council-speech-multiparagraph.txt", size: Size(width: 200, height: 20))
    h.type("1 <C-d>")
    let anchor = try #require(h.state.open?.anchor)
    let text = h.state.open!.analysis.article.substring(TextRange(anchor, anchor + 20))
    h.state.resize(to: Size(width: 80, height: 20))
    h.state.resize(to: Size(width: 200, height: 20))
    let after = try #require(h.state.open?.anchor)
    #expect(after <= anchor && anchor - after < 200, "the top line still holds the same words")
    #expect(h.screen.contains(text.split(separator: " ").first.map(String.init) ?? ""))
  }

  @Test func quotesAreColouredBySpeakerAndMonochromeStillDistinguishesForms() throws {
    let colour = try ReaderHarness(article: "11-partial-quotes-terms.txt", size: Size(width: 120, height: 30))
    let mono = try ReaderHarness(article: "11-partial-quotes-terms.txt", size: Size(width: 120, height: 30), monochrome: true)
    func styles(_ h: ReaderHarness) -> Set<Style> {
      let g = h.grid
      let r = PaneGeometry.articleText(h.state.layout.article!)
      return Set((r.y..<r.maxY).flatMap { y in (r.x..<r.maxX).map { g[$0, y].style } })
    }
    #expect(styles(colour).contains { $0.foreground != nil })
    let monoStyles = styles(mono)
    #expect(monoStyles.allSatisfy { $0.foreground == nil && $0.background == nil })
    #expect(monoStyles.contains { $0.underline }, "partial quotes are underlined")
    #expect(monoStyles.contains { $0.bold }, "statements are bold")
  }

  @Test func wideCharactersAndHostileTextNeverMisalignThePane() throws {
    var grid = CellGrid(size: Size(width: 10, height: 1))
    let end = grid.put("漢字\u{1B}[31mab", x: 0, y: 0)
    #expect(grid.text == "漢字␛[31mab".prefix(9).description || grid.text.hasPrefix("漢字␛"))
    #expect(end <= 10)
    #expect(grid[1, 0].isContinuation)
    #expect(!grid.text.contains("\u{1B}"))
  }

  /// Format controls (bidi overrides, U+2060, U+FEFF) are zero-width but break graphemes:
  /// after a space or a letter they once crashed the wrapper, and the reader with it.
  @Test(arguments: [" \u{202E}gnp.exe", "a\u{2066}b\u{2069}", "x \u{FEFF}\u{2060}y", "\u{301}\u{202E}\u{200D}"])
  func formatControlsWrapWithoutCrashing(_ hostile: String) throws {
    let text = "Mayor Ana Lima said:\n\n\"We will\(hostile) rebuild the bridge.\"\n"
    let a = try ArticleLoader.standard.parse(bytes: Array(text.utf8), path: "/tmp/bidi.txt")
    let layout = ArticleLayout(article: a, width: 12)
    #expect(layout.lines.count > 2)
    var h = try ReaderHarness(size: Size(width: 70, height: 20))
    h.state.show(Pipeline.standard.analyse(a))
    #expect(!h.screen.unicodeScalars.contains { TextEscaping.isUnsafe($0) })
  }
}

/// Terminals disagree on how wide a joined emoji (👩‍🔬), a variation-selected symbol (❤️)
/// or a skin tone is drawn, and ncurses keeps at most five code points a cell: a cluster
/// counted 2 cells and drawn 4 shifted the panes beside it, and a longer one left debris.
/// The grid draws what every terminal agrees on, and counts what it draws.
struct GraphemeClusterTests {
  static let hard: [(String, Int, String)] = [
    ("\u{1F469}\u{200D}\u{1F52C}", 4, "a ZWJ sequence is drawn as its parts, without the joiner"),
    ("\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}", 3, "a flag sequence with a variation selector"),
    ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}", 8, "seven code points, more than a cell holds"),
    ("\u{1F44D}\u{1F3FD}", 4, "a skin tone stands as its own square"),
    ("\u{1F1FA}\u{1F1F8}", 2, "regional indicators are a cell each"),
    ("e\u{301}", 1, "a combining accent sits on its letter"),
    ("e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308}", 1, "a run of marks is cut to what a cell holds"),
    ("\u{2764}\u{FE0F}", 1, "a variation selector is not sent"),
    ("1\u{FE0F}\u{20E3}", 1, "a keycap"),
    ("\u{6F22}", 2, "an ideograph"),
  ]

  @Test(arguments: hard.indices)
  func aHardClusterIsDrawnInTheCellsItIsCounted(_ i: Int) {
    let (cluster, width, why) = Self.hard[i]
    let text = "A" + cluster + "B"
    var grid = CellGrid(size: Size(width: 20, height: 1))
    let end = grid.put(text, x: 0, y: 0)
    #expect(end == width + 2, "\(why)")
    #expect(CellWidth.of(text) == width + 2, "counted as drawn: \(why)")
    #expect(grid[0, 0].character == "A" && grid[width + 1, 0].character == "B", "\(why)")
    for cell in grid.cells {
      #expect(cell.character.unicodeScalars.count <= 5, "a cell ncurses can hold: \(why)")
      #expect(!cell.character.unicodeScalars.contains { $0.value == 0x200D || (0xFE00...0xFE0F).contains($0.value) }, "\(why)")
    }
  }

  @Test func theArticleIsWrappedByTheWidthsItIsDrawnIn() throws {
    let line = Self.hard.map(\.0).joined(separator: " ")
    let text = "Clusters\n\n" + String(repeating: line + " ", count: 4) + "\n"
    let article = try ArticleLoader.standard.parse(bytes: Array(text.utf8), path: "/tmp/clusters.txt")
    for width in [7, 12, 30] {
      let layout = ArticleLayout(article: article, width: width)
      for l in layout.lines {
        let shown = article.substring(TextRange(l.start, l.end))
        var grid = CellGrid(size: Size(width: 40, height: 1))
        #expect(grid.put(shown, x: 0, y: 0) == CellWidth.of(shown))
        #expect(CellWidth.of(shown) <= width, "\(shown.debugDescription) at width \(width)")
      }
    }
  }
}

/// Mouse: clicks focus and select, the wheel scrolls the pane under the pointer.
struct MouseTests {
  @Test func clickSelectsAQuoteAndWheelScrollsTheArticle() throws {
    var h = try ReaderHarness(article: "01-harbour-bridge-vote.txt", size: Size(width: 120, height: 40))
    let quotes = try #require(h.state.layout.quotes)
    h.state.handle(MouseEvent(x: quotes.x + 2, y: quotes.y + 1 + 2 * PaneGeometry.rowsPerQuote, kind: .click))
    #expect(h.state.open?.focus == .quotes)
    #expect(h.state.open?.selectedQuote == 2)
    let article = try #require(h.state.layout.article)
    let before = h.state.open!.anchor
    h.state.handle(MouseEvent(x: article.x + 2, y: article.y + 10, kind: .wheelDown))
    #expect(h.state.open?.focus == .article)
    #expect(h.state.open!.anchor != before)
  }

  @Test func clickOnTheSelectedLibraryRowOpensIt() throws {
    var h = try ReaderHarness(size: Size(width: 100, height: 30))
    let area = PaneGeometry.library(h.state.size)
    h.state.handle(MouseEvent(x: 5, y: area.y + 1, kind: .click))
    #expect(h.state.library.selected == 1)
    h.state.handle(MouseEvent(x: 5, y: area.y + 1, kind: .click))
    h.runOutbox()
    #expect(h.state.screen == .reader)
  }
}

/// Resizing while a prompt is open keeps the prompt and what was typed.
struct PromptResizeTests {
  @Test func resizeWhileTypingASearchKeepsThePrompt() throws {
    var h = try ReaderHarness(article: "01-harbour-bridge-vote.txt", size: Size(width: 120, height: 30))
    h.type("/brid")
    for size in [Size(width: 40, height: 10), Size(width: 3, height: 2), Size(width: 200, height: 60), Size(width: 80, height: 24)] {
      h.state.resize(to: size)
      _ = h.grid
    }
    #expect(h.state.prompt == .search("brid"))
    #expect(h.lines.last?.contains("/brid") == true)
    h.type("ge <Enter>")
    #expect(h.state.open?.search?.matches.count == 3)
  }
}

/// The collection-wide screens, fed as the app feeds them from the index.
struct CollectionViewTests {
  @Test func speakersViewFiltersListsQuotesAndOpensTheArticleAtTheQuote() throws {
    var h = try ReaderHarness(size: Size(width: 100, height: 30))
    h.type("S")
    #expect(h.asked.last == "speakers")
    h.indexShows(speakers: [CollectionSpeakerRow(name: "Margaret Okafor", kind: "person", quotes: 7, articles: 1),
                            CollectionSpeakerRow(id: "alicia-brandt", name: "Alicia Brandt", kind: "person", quotes: 6, articles: 1)])
    #expect(h.screen.contains("Speakers — 2 of 2"))
    h.type("/bra <Enter>")
    #expect(h.state.collection.visibleSpeakers.map(\.name) == ["Alicia Brandt"])
    h.type("<Enter>")
    #expect(h.asked.last == "quotes by alicia-brandt", "the row asks by its id")
    let path = PackageRoot.samples + "/01-harbour-bridge-vote.txt"
    let quote = ExportedQuote(text: "but a rushed repair", speaker: "Alicia Brandt", speakerKind: "person", role: nil, via: nil, kind: "direct",
                              title: "Harbour bridge", outlet: nil, date: "2026-03-12", url: nil, path: path, start: 1248, end: 1267)
    h.state.show(results: [CollectionQuoteRow(quote: quote, snippet: "but a rushed \u{2}repair\u{3}")], listing: .speaker("Alicia Brandt"))
    #expect(h.screen.contains("Alicia Brandt: but a rushed repair"))
    // The match is highlighted, the words around it are not (the row is not selected: move off it first).
    h.state.collection.selectedResult = 1
    let row = try #require(h.lines.firstIndex { $0.contains("but a rushed repair") })
    let highlighted = (0..<h.grid.size.width).filter { h.grid[$0, row].style.background == .yellow }.map { String(h.grid[$0, row].character) }.joined()
    #expect(highlighted == "repair")
    h.state.collection.selectedResult = 0
    h.type("<Enter>")
    #expect(h.state.screen == .reader)
    let selected = try #require(h.state.open?.selectedQuote)
    #expect(h.state.open!.analysis.article.substring(h.state.open!.analysis.quotes[selected].content).hasPrefix("but a rushed repair"))
    // `q` goes back one screen at a time: the quotes, the speakers, the library, then quits.
    for screen in [ReaderState.Screen.results, .speakers, .library] {
      h.type("q")
      #expect(h.state.screen == screen)
      #expect(!h.state.quitting)
    }
    h.type("q")
    #expect(h.state.quitting)
  }

  /// The user's word on who is who: `m` marks a row and `m` on another makes them one,
  /// `U` splits a row into its names, `R` renames; each is kept in the reading state and
  /// asks for the speakers again, relinked.
  @Test func speakersAreCorrectedFromTheSpeakersView() throws {
    var h = try ReaderHarness(size: Size(width: 100, height: 30))
    h.type("S")
    h.indexShows(speakers: [CollectionSpeakerRow(id: "barack-obama", name: "Barack Obama", kind: "person", quotes: 9, articles: 4),
                            CollectionSpeakerRow(id: "obama", name: "Obama", kind: "person", aliases: ["Pres. Obama"], quotes: 7, articles: 3)])
    #expect(h.screen.contains("Obama [person]  also Pres. Obama"))
    #expect(h.screen.contains("q back · m merge · R rename"), "the status line says how to correct a row")
    h.type("m")
    #expect(h.state.collection.markedSpeaker == "barack-obama")
    #expect(h.lines.contains { $0.contains("● Barack Obama") }, "the marked row shows it")
    h.type("j m")
    #expect(h.state.memory.speakerCorrections == [.merge(["barack-obama", "obama"])])
    #expect(h.asked.last == "speakers")
    #expect(h.saves > 0)
    h.indexShows(speakers: [CollectionSpeakerRow(id: "barack-obama", name: "Barack Obama", kind: "person", aliases: ["Obama"], quotes: 16, articles: 7)])
    h.type("U")
    #expect(h.state.memory.speakerCorrections.last == .split("barack-obama"))
    h.type("R <C-u> President<Space>Obama <Enter>")
    #expect(h.state.memory.speakerCorrections.last == .rename("barack-obama", to: "President Obama"))
    // Elsewhere the keys say where they work.
    h.state.show(results: [], listing: .speaker("Barack Obama"))
    h.type("m")
    #expect(h.state.message?.contains("speakers view") == true)
  }

  /// Going round (speakers, their quotes, the speakers again) goes back to the screen
  /// behind, never piling up the stack.
  @Test func goingRoundTheScreensKeepsTheStackShort() throws {
    var h = try ReaderHarness(size: Size(width: 100, height: 30))
    let row = [CollectionSpeakerRow(name: "Alicia Brandt", kind: "person", quotes: 6, articles: 1)]
    for _ in 0..<3 {
      h.type("S")
      h.indexShows(speakers: row)
      h.type("<Enter>")
      h.state.show(results: [], listing: .speaker("Alicia Brandt"))
    }
    #expect(h.state.behind == [.library, .speakers])
    h.type("h h")
    #expect(h.state.screen == .library)
  }

  /// `hearsay FILE`: the article is the session; `q` quits, as `less FILE` does.
  @Test func aLoneArticleQuitsOnQ() throws {
    var h = try ReaderHarness(size: Size(width: 100, height: 30))
    h.state.standalone = true
    h.state.show(try ReaderHarness.analysis("01-harbour-bridge-vote.txt"))
    h.type("q")
    #expect(h.state.quitting)
  }

  @Test func colonSearchesTheCollectionAndEscGoesBack() throws {
    var h = try ReaderHarness(size: Size(width: 100, height: 30))
    h.type(": red <Space> line <Enter>")
    #expect(h.asked.last == "search red line")
    h.state.show(results: [], listing: .search("red line"))
    #expect(h.screen.contains("no quotes match"))
    h.type("q")
    #expect(h.state.screen == .library)
  }
}

/// The library's first screen reads the head of each file: a named pipe among them once
/// left the reader on a blank screen that ignored `q`.
struct LibraryScanTests {
  @Test func aNamedPipeDoesNotStopTheLibraryFromOpening() throws {
    let fm = FileManager.default
    let dir = fm.temporaryDirectory.appendingPathComponent("hearsay-fifo-\(UUID())")
    try fm.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? fm.removeItem(at: dir) }
    try fm.copyItem(atPath: PackageRoot.samples + "/01-harbour-bridge-vote.txt", toPath: dir.appendingPathComponent("a.txt").path)
    #expect(mkfifo(dir.appendingPathComponent("b.txt").path, 0o600) == 0)
    let paths = ArticleLoader.expand(paths: [dir.path])
    let done = DispatchSemaphore(value: 0)
    let library = Locked<LibraryState?>(nil)
    Thread.detachNewThread {
      library.withLock { $0 = LibraryState(scanning: paths, loader: .standard) }
      done.signal()
    }
    try #require(done.wait(timeout: .now() + 10) == .success, "the scan still waits on the pipe")
    let entries = try #require(library.withLock { $0 }).entries
    #expect(entries.map(\.title).contains { $0.hasPrefix("Harbour bridge repairs delayed") }, "\(entries.map(\.title))")
    #expect(throws: ArticleLoadError.notRegular(path: paths[1], kind: "a named pipe")) { try ArticleLoader.standard.load(path: paths[1]) }
  }
}
