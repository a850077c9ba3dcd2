import HearsayTestSupport
import Testing
@testable import ReaderUI

/// The keymap is one table: bindings, multi-key sequences and the help overlay come from it.
struct KeymapTests {
  @Test func everyActionHasARowAndEveryRowParses() {
    for action in Action.allCases {
      #expect(Keymap.table.contains { $0.action == action }, "\(action) has no row")
    }
    for row in Keymap.table {
      for notation in row.keys { #expect(Key.parseSequence(notation) != nil, "\(notation) does not parse") }
      #expect(!row.help.isEmpty)
    }
  }

  @Test func noTwoActionsShareAKeyInOneContext() {
    let keymap = Keymap()
    for context in Context.allCases {
      var seen: [[Key]: Action] = [:]
      for b in keymap.bindings where b.context == context {
        if let other = seen[b.keys] { Issue.record("\(b.keys) is bound to \(other) and \(b.action) in \(context)") }
        seen[b.keys] = b.action
      }
    }
  }

  @Test func multiKeySequencesWaitForTheirSecondKey() {
    let keymap = Keymap()
    #expect(keymap.match([.character("g")], in: .article) == .pending)
    #expect(keymap.match([.character("g"), .character("g")], in: .article) == .action(.top))
    #expect(keymap.match([.character("'"), .character("'")], in: .quotes) == .action(.jumpBack))
    #expect(keymap.match([.control("d")], in: .article) == .action(.halfPageDown))
    #expect(keymap.match([.down], in: .library) == .action(.moveDown))
    #expect(keymap.match([.character("/")], in: .library) == .action(.filter))
    #expect(keymap.match([.character("/")], in: .article) == .action(.search))
    #expect(keymap.match([.character("X")], in: .article) == .none)
    #expect(keymap.match([.character("m")], in: .article) == .pending)
    #expect(keymap.match([.character("m"), .character("a")], in: .article) == .withLetter(.setMark, "a"))
    #expect(keymap.match([.character("'")], in: .article) == .pending)
    #expect(keymap.match([.character("'"), .character("Q")], in: .library) == .withLetter(.jumpToMark, "Q"))
    #expect(keymap.match([.character("*")], in: .library) == .action(.starred))
    #expect(keymap.match([.character("*")], in: .quotes) == .action(.star))
  }

  @Test func helpOverlayIsGeneratedFromTheTable() throws {
    var h = try ReaderHarness(article: "01-harbour-bridge-vote.txt", size: Size(width: 100, height: 70))
    h.type("?")
    let screen = h.screen
    for row in Keymap.table where row.contexts.contains(.article) {
      #expect(screen.contains(row.help.prefix(60)), "help overlay lacks “\(row.help)”")
    }
    #expect(screen.contains("Ctrl-d"))
    #expect(screen.contains("m{letter}"))
    h.type("<Esc>")
    #expect(!h.screen.contains("Esc closes"))
  }

  @Test func helpThatDoesNotFitScrolls() throws {
    var h = try ReaderHarness(article: "01-harbour-bridge-vote.txt", size: Size(width: 100, height: 20))
    h.type("?")
    #expect(h.screen.contains("j/k scroll"))
    #expect(!h.screen.contains("Show or hide this help"))
    h.type("<Space> <Space> <Space> <Space> <Space>")
    #expect(h.screen.contains("Show or hide this help"))
    #expect(h.state.showHelp)
  }

  /// The help overlay has its own keymap context: its keys are rebound like any other,
  /// and so is quitting at once.
  @Test func theHelpOverlayFollowsTheKeymap() throws {
    var h = try ReaderHarness(article: "01-harbour-bridge-vote.txt", size: Size(width: 100, height: 20))
    h.state.keymap = ConfigFile.parse("bind help J move-down\nunbind all,help <C-c>\nbind all,help <C-x> quit-now", file: "config").keymap
    h.type("? J J")
    #expect(h.state.showHelp && h.state.helpOffset == 2)
    h.type("<C-c>")
    #expect(!h.state.quitting, "Ctrl-c was unbound")
    h.type("? <C-x>")
    #expect(h.state.quitting)
  }
}

/// The README's key table is the keymap table, word for word.
struct ReadmeKeyTableTests {
  @Test func readmeShowsTheLiveKeyTable() throws {
    let readme = try String(contentsOf: PackageRoot.url.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains(KeyTable.markdown()), "run `hearsay keys` and paste it into the README")
  }
}
