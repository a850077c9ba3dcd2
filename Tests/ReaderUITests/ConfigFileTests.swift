import Foundation
import HearsayCore
import Testing
@testable import ReaderUI

/// The configuration file: each command, errors by file and line with the rest still
/// loaded, and `--dump-config` reading back as exactly the defaults.
struct ConfigFileTests {
  /// `speaker` lines correct who is who; a malformed one is reported by line.
  @Test func speakerCorrectionsAreReadInOrder() {
    let config = ConfigFile.parse("""
      speaker merge "Barack Obama" Obama "Pres. Obama"
      speaker split Clinton
      speaker rename "Donald J. Trump" "Donald Trump"
      speaker merge Obama
      """, file: "config")
    #expect(config.speakerCorrections == [.merge(["Barack Obama", "Obama", "Pres. Obama"]), .split("Clinton"), .rename("Donald J. Trump", to: "Donald Trump")])
    #expect(config.problems.map(\.line) == [4])
  }

  @Test func settingsBindingsAndColoursApply() {
    let config = ConfigFile.parse("""
      # my setup
      set mouse on
      set text-width 72
      set pane-ratio 2:1:1
      set collection "~/news archive"
      bind reader J next-quote
      bind library <C-n> move-down
      unbind library o
      color statement speaker default bold underline
      color search-hit black 214
      color speakers 39 red
      mono term italic
      """, file: "config")
    #expect(config.problems.isEmpty, "\(config.problems)")
    #expect(config.settings.mouse)
    #expect(config.settings.textWidth == 72)
    #expect(config.settings.paneRatio == PaneRatio(article: 2, quotes: 1, sources: 1))
    #expect(config.settings.collection?.hasSuffix("/news archive") == true)
    #expect(config.keymap.match([.character("J")], in: .quotes) == .action(.nextQuote))
    #expect(config.keymap.match([.control("n")], in: .library) == .action(.moveDown))
    #expect(config.keymap.match([.character("o")], in: .library) == .none)
    #expect(config.keymap.match([.character("o")], in: .article) == .action(.browse), "unbinding in one context leaves the others")
    var theme = config.theme
    theme.colors = 256
    #expect(theme.quote(.statement, slot: 0) == Style(foreground: .palette(39), bold: true, underline: true))
    #expect(theme.quote(.statement, slot: 1) == Style(foreground: .red, bold: true, underline: true))
    #expect(theme.searchHit == Style(foreground: .black, background: .palette(214)))
    var mono = config.theme
    mono.monochrome = true
    #expect(mono.term == Style(italic: true))
  }

  @Test(arguments: [
    ("sett mouse on", "unknown command “sett”"),
    ("set mouse maybe", "mouse is on or off"),
    ("set text-width 5", "text-width is 0"),
    ("set pane-ratio 1:2", "pane-ratio is three positive numbers"),
    ("set colour blue", "unknown setting “colour”"),
    ("bind readr j move-down", "unknown context “readr”"),
    ("bind reader <C-dd> move-down", "cannot read the keys"),
    ("bind reader j jump-around", "unknown action “jump-around”"),
    ("unbind library Z", "“Z” is not bound"),
    ("color statment red", "unknown element “statment”"),
    ("color statement purple", "“purple” is not a colour"),
    ("color statement red default blink", "unknown attribute “blink”"),
    ("mono term sparkly", "unknown attribute “sparkly”"),
    ("set collection \"unclosed", "a quote is not closed"),
  ])
  func eachMistakeIsReportedWithItsLineAndTheRestStillLoads(_ line: String, _ message: String) {
    let config = ConfigFile.parse("set text-width 80\n\(line)\nset mouse on\n", file: "/home/me/.config/hearsay/config")
    #expect(config.problems.count == 1)
    let problem = config.problems.first
    #expect(problem?.line == 2)
    #expect(problem?.description.hasPrefix("/home/me/.config/hearsay/config:2: ") == true)
    #expect(problem?.message.contains(message) == true, "\(problem?.message ?? "")")
    #expect(config.settings.textWidth == 80 && config.settings.mouse, "the lines around the mistake still apply")
  }

  @Test func theDumpedDefaultsReadBackAsTheDefaults() {
    let config = ConfigFile.parse(DefaultConfig.text(), file: "dump")
    #expect(config.problems.isEmpty, "\(config.problems)")
    #expect(config.settings == ReaderSettings())
    #expect(config.keymap.bindings == Keymap().bindings)
    #expect(config.theme == Theme(monochrome: false))
    for action in Action.allCases { #expect(DefaultConfig.text().contains(" \(action.rawValue)\n"), "\(action) is not in the dump") }
  }

  @Test func rebindingShowsInTheHelpOverlayAndStatusHints() throws {
    var h = try ReaderHarness(size: Size(width: 120, height: 40))
    let config = ConfigFile.parse("bind library F filter\nunbind library /\n", file: "c")
    h.state.keymap = config.keymap
    #expect(h.lines.last?.contains("F filter") == true)
    h.type("?")
    #expect(h.lines.contains { $0.contains(" F ") && $0.contains("Filter as you type") })
    #expect(!h.lines.contains { $0.contains(" / ") && $0.contains("Filter as you type") })
    h.type("<Esc> F")
    #expect(h.state.prompt == .filter(""))
  }

  @Test func textWidthAndPaneRatioShapeTheReader() throws {
    var h = try ReaderHarness(article: "01-harbour-bridge-vote.txt", size: Size(width: 160, height: 40))
    let wide = try #require(h.state.layout.article).width
    h.state.settings = ConfigFile.parse("set text-width 40\nset pane-ratio 70:15:15", file: "c").settings
    h.state.resize(to: h.state.size)
    #expect(try #require(h.state.layout.article).width > wide)
    #expect(h.state.open!.layout.lines.allSatisfy { CellWidth.of(h.state.open!.analysis.article.substring(TextRange($0.start, $0.end))) <= 40 })
  }
}

/// The pictures: share bars, the minimap along the article, the speakers' timelines.
struct PictureTests {
  @Test func sparklinesScaleToTheLargestCount() {
    #expect(Sparkline.bars([0, 1, 4, 8]) == "·▁▄█")
    #expect(Sparkline.bars([3, 3]) == "██")
  }

  @Test func theMinimapColoursRowsByTheSpeakerQuotedThere() throws {
    let h = try ReaderHarness(article: "05-council-speech-multiparagraph.txt", size: Size(width: 120, height: 20))
    let o = try #require(h.state.open)
    let r = try #require(h.state.layout.article)
    let text = PaneGeometry.articleText(r)
    let grid = h.grid
    let column = (0..<text.height).map { grid[r.maxX - 1, text.y + $0] }
    let coloured = column.filter { $0.style.foreground != nil }
    #expect(!coloured.isEmpty, "quotes show in the minimap")
    #expect(column.contains { $0.character == "█" || $0.character == "┃" }, "the rows on screen are marked")
    let slots = Set(o.colorSlots.values)
    let theme = Theme(monochrome: false, colors: 256)
    #expect(coloured.allSatisfy { cell in slots.contains { theme.speakerColor($0) == cell.style.foreground } })
  }

  @Test func theSpeakersViewDrawsEachTimeline() throws {
    var h = try ReaderHarness(size: Size(width: 120, height: 30))
    h.state.show(speakers: [CollectionSpeakerRow(name: "Zheng Jian", kind: "person", quotes: 12, articles: 5, timeline: [0, 0, 4, 8] + Array(repeating: 0, count: 20)),
                            CollectionSpeakerRow(name: "David Meale", kind: "person", quotes: 2, articles: 2, timeline: [1, 1] + Array(repeating: 0, count: 22))],
                 span: ("2025-01-01", "2026-11-01"))
    #expect(h.screen.contains("2025-01-01 … 2026-11-01"))
    #expect(h.screen.contains("··▄█" + String(repeating: "·", count: 20) + "  Zheng Jian [person]"))
    #expect(h.screen.contains("██" + String(repeating: "·", count: 22) + "  David Meale [person]"))
  }
}
