import Foundation
import HearsayTestSupport
import Testing

/// The real reader in a real terminal: tmux runs the built binary (through the project's
/// own `TerminalDriver`), keys are typed and the screen is read back.
/// Whether the terminal tests can run here: under CI they always run, and fail when they cannot.
enum TerminalTests {
  static let run = ProcessInfo.processInfo.environment["CI"] == "true" || TerminalDriver.available
}

@Suite(.serialized, .enabled(if: TerminalTests.run, "tmux is missing"))
struct TerminalReaderTests {
  struct Screen {
    var status: Int32
    var text: String
    var ansi: String
    /// The driver's account of how the program ended.
    var stderr: String
    /// What the program itself wrote to stderr (kept off the screen).
    var programStderr: String
  }

  /// Runs the reader with `args` (or `command`, a whole shell command line) and types `keys`.
  /// Its cache, state and configuration live under `home` (kept across calls, for restarts)
  /// or a directory of the call's own — never the user's.
  static func drive(_ keys: String, cols: Int = 120, rows: Int = 32, args: String = "", command: String? = nil, env: [String] = [],
                    home: URL? = nil, term: String? = nil, wait: Double = 0.15, expectExit: Bool = false) throws -> Screen? {
    guard TerminalDriver.available else {
      if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("tmux is missing") }
      return nil
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-tui-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let base = home ?? dir
    let own = ["CACHE", "STATE", "CONFIG"].map { "XDG_\($0)_HOME=\(base.appendingPathComponent($0.lowercased()).path)" }
    var driver = TerminalDriver(cols: cols, rows: rows, wait: wait, env: own + env, expectExit: expectExit)
    if let term { driver.term = term }
    let r = try driver.run(command ?? "\(CLITests.binary.path) \(args)", keys: keys, in: PackageRoot.url)
    return Screen(status: r.status, text: r.text, ansi: r.ansi, stderr: r.log, programStderr: r.programStderr)
  }

  @Test func opensTheSampleCollectionAndAnArticle() throws {
    guard let s = try Self.drive("sleep:0.6 j Enter") else { return }
    #expect(s.status == 0, "\(s.stderr)")
    #expect(s.text.contains("Quotes (7)"))
    #expect(s.text.contains("Senate panel questions forecaster"))
    #expect(s.ansi.contains("\u{1B}["), "quotes are highlighted")
  }

  @Test func jumpsFromSpeakerToSpeakerAndSearches() throws {
    guard let s = try Self.drive("] } lit:/bridge Enter", args: "Resources/articles/01-harbour-bridge-vote.txt") else { return }
    #expect(s.status == 0, "\(s.stderr)")
    #expect(s.text.contains("quote 6/13"), "} moved to Tomas Lindqvist's first quote")
    #expect(s.text.contains("/bridge 3/3"), "the search starts from where the reader is")
  }

  @Test func resizeKeepsItDrawingAndTinyTerminalsSaySo() throws {
    guard let s = try Self.drive("resize:60x20 sleep:0.3 resize:200x50 sleep:0.3 resize:20x5 sleep:0.6 j sleep:0.3", args: "Resources/articles/01-harbour-bridge-vote.txt") else { return }
    #expect(s.status == 0, "\(s.stderr)")
    #expect(s.text.contains("terminal too small"))
  }

  @Test func quitsAndRestoresTheTerminal() throws {
    guard let s = try Self.drive("sleep:0.3 Enter q q", args: "Resources/articles", expectExit: true) else { return }
    #expect(s.status == 0, "the reader exits 0 after q (back) and q (quit): \(s.stderr)")
  }

  @Test func ctrlCQuitsCleanly() throws {
    guard let s = try Self.drive("j C-c", args: "Resources/articles/01-harbour-bridge-vote.txt", expectExit: true) else { return }
    // As a key (0) or as SIGINT (5: status 130 / signal 2, after the handler restored the terminal).
    #expect(s.status == 0 || s.status == 5, "Ctrl-C leaves the reader: \(s.stderr)")
    #expect(s.status == 0 || s.stderr.contains("130") || s.stderr.contains("INT"), "\(s.stderr)")
  }

  @Test func helpOverlayListsTheKeys() throws {
    guard let s = try Self.drive("?", args: "Resources/articles/09-nyt-style-quotes.txt") else { return }
    #expect(s.text.contains("Next change of speaker"))
    #expect(s.text.contains("Ctrl-d"))
  }

  @Test func monochromeModeUsesNoColours() throws {
    guard let s = try Self.drive("", args: "Resources/articles/09-nyt-style-quotes.txt", env: ["NO_COLOR=1"]) else { return }
    #expect(s.ansi.range(of: "\u{1B}\\[(3[0-7]|38;5)", options: .regularExpression) == nil, "no foreground colours under NO_COLOR")
    #expect(s.ansi.contains("\u{1B}[1m") || s.ansi.contains(";1m"), "statements still bold")
  }
}

extension TerminalReaderTests {
  @Test func mouseClickSelectsAQuoteInTheRealTerminal() throws {
    guard let s = try Self.drive("click:70,5", cols: 120, rows: 32, args: "--mouse Resources/articles/01-harbour-bridge-vote.txt") else { return }
    #expect(s.status == 0, "\(s.stderr)")
    #expect(s.text.contains("quote 3/13"), "the click on the third quote selected it")
  }
}

extension TerminalReaderTests {
  @Test func dumbTerminalGetsTheQuotesAsTextAndAMessage() throws {
    guard let s = try Self.drive("sleep:0.3", args: "Resources/articles/09-nyt-style-quotes.txt; sleep 2", term: "dumb") else { return }
    #expect(s.text.contains("Ruth Alvarez"))
    #expect(s.programStderr.contains("cannot show the reader"), "\(s.programStderr)")
  }
}

extension TerminalReaderTests {
  /// A signal from outside (a closed window, `kill`) ends the reader with the terminal
  /// out of the alternate screen, as tmux's own flag reports.
  @Test func sigtermAndSighupLeaveTheTerminalRestored() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { return }
    for signal in ["TERM", "HUP"] {
      let b = CLITests.binary.path
      let m = PackageRoot.samples + "/09-nyt-style-quotes.txt"
      // The reader runs in the foreground of the pane's shell; a background job signals it.
      let script = """
        S=hearsay-sig-$$; T="tmux -L $S -f /dev/null"
        $T new-session -d -x 100 -y 30 bash --norc -c "(sleep 1.5; pkill -\(signal) -f '^\(b) \(m)$') & env TERM=tmux-256color \(b) \(m); sleep 2"
        sleep 1; echo "UP=$($T display -p '#{alternate_on}')"
        sleep 1.2; echo "DOWN=$($T display -p '#{alternate_on}')"
        $T kill-server
        """
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/bin/bash")
      p.arguments = ["-c", script]
      let out = Pipe()
      p.standardOutput = out
      p.standardError = FileHandle.nullDevice
      p.standardInput = FileHandle.nullDevice
      try p.run()
      p.waitUntilExit()
      let result = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      #expect(result.contains("UP=1"), "the reader is up: \(result)")
      #expect(result.contains("DOWN=0"), "SIG\(signal) left the alternate screen: \(result)")
    }
  }
}

extension TerminalReaderTests {
  @Test func plainCLocaleStillDrawsUnicode() throws {
    guard let s = try Self.drive("sleep:0.3", args: "Resources/articles/04-chinese-rail-corner.txt", env: ["LC_ALL=C"]) else { return }
    #expect(s.text.contains("地铁新线通车推迟"), "falls back to C.UTF-8: \(s.text.prefix(200))")
  }

  @Test func aTerminalWithoutColoursGetsTheMonochromeStyles() throws {
    guard let s = try Self.drive("sleep:0.3", args: "Resources/articles/09-nyt-style-quotes.txt", term: "vt100") else { return }
    #expect(s.text.contains("Quotes (7)"))
    #expect(s.ansi.range(of: "\u{1B}\\[(3[0-7]|38;5)", options: .regularExpression) == nil)
  }

  @Test func aResizeStormEndsOnTheRightLayout() throws {
    var keys = ""
    for i in 0..<25 { keys += i % 2 == 0 ? "resize:60x20 " : "resize:150x45 " }
    guard let s = try Self.drive(keys + "resize:130x40 sleep:0.8", args: "Resources/articles/09-nyt-style-quotes.txt", wait: 0.02) else { return }
    #expect(s.status == 0, "\(s.stderr)")
    #expect(s.text.components(separatedBy: "\n").first?.contains("Sources (2)") == true, "three columns at 130 wide")
  }
}

extension TerminalReaderTests {
  @Test func speakersViewAcrossTheCollection() throws {
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-tui-cache-\(UUID())")
    defer { try? FileManager.default.removeItem(at: cache) }
    guard let s = try Self.drive("sleep:1.2 S sleep:0.3 Enter sleep:0.3", args: "Resources/articles", env: ["XDG_CACHE_HOME=\(cache.path)"]) else { return }
    #expect(s.text.contains("Quotes by Alicia Brandt — 6"), "\(s.text)")
  }
}

extension TerminalReaderTests {
  /// Ctrl-Z from an interactive shell: the shell gets a sane terminal back, `fg` returns
  /// to the reader where it was, and keys work again.
  @Test func ctrlZSuspendsToTheShellAndFgComesBack() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-tstp-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let suspended = dir.appendingPathComponent("suspended.txt")
    let article = PackageRoot.samples + "/01-harbour-bridge-vote.txt"
    // An interactive shell with job control, its prompt on the screen.
    let keys = "lit:\(CLITests.binary.path) Space lit:\(article) Enter sleep:1 ] C-z sleep:0.5 snap:\(suspended.path) lit:fg Enter sleep:0.8 ]"
    guard let s = try Self.drive(keys, command: "exec 2>&1; exec bash --norc --noprofile -i", home: dir) else { return }
    let shell = try String(contentsOf: suspended, encoding: .utf8)
    #expect(shell.contains("Stopped"), "\(shell)")
    #expect(!shell.contains("Quotes (13)"), "the reader left the screen to the shell")
    #expect(s.text.contains("quote 3/13"), "fg brought the reader back on quote 2, and ] moved on: \(s.text)")
  }
}
