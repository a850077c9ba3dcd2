import Foundation
import HearsayTestSupport
import Testing

/// The reading workflow in a real terminal: state kept across restarts, starring, export,
/// the clipboard (the OSC 52 bytes themselves), the configuration, the mouse, and other
/// programs started without a shell.
@Suite(.serialized, .enabled(if: TerminalTests.run, "tmux is missing"))
struct TerminalWorkflowTests {
  let scratch: ScratchDirectory
  var home: URL { scratch.url }
  let bridge = PackageRoot.samples + "/01-harbour-bridge-vote.txt"

  init() throws {
    scratch = try ScratchDirectory("home")
    try FileManager.default.createDirectory(at: home.appendingPathComponent("config/hearsay"), withIntermediateDirectories: true)
  }

  func configure(_ text: String) throws {
    try Data(text.utf8).write(to: home.appendingPathComponent("config/hearsay/config"))
  }

  /// A stand-in for an editor or browser: writes each argument it got on a line of `log`.
  func recorder(_ name: String, log: URL) throws -> URL {
    let script = home.appendingPathComponent(name)
    try Data("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '\(log.path)'\n".utf8).write(to: script)
    chmod(script.path, 0o755)
    return script
  }

  @Test func starsReadMarksAndPlacesSurviveARestart() throws {
    guard let first = try TerminalReaderTests.drive("sleep:0.8 G Enter ] ] * sleep:0.2 q q", args: "Resources/articles", home: home, expectExit: true) else { return }
    #expect(first.status == 0, "\(first.stderr)")
    let second = try #require(try TerminalReaderTests.drive("sleep:0.8 * until:★", args: "Resources/articles", home: home))
    #expect(second.text.contains("Starred quotes — 1"), "\(second.text)")
    #expect(second.text.contains("★"))
    let third = try #require(try TerminalReaderTests.drive("sleep:0.8 Enter until:quote", args: "Resources/articles", home: home))
    #expect(third.text.contains("quote 3/"), "the article reopens on the quote selected last time: \(third.text)")
    let state = try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("state/hearsay").path).filter { $0.hasSuffix(".json") }
    #expect(state.count == 1)
    let mode = try FileManager.default.attributesOfItem(atPath: home.appendingPathComponent("state/hearsay/" + state[0]).path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  /// Killed with SIGTERM or SIGHUP right after moving (once the article is on screen, and
  /// as soon as the move shows: under load a fixed pause was sometimes too short), the
  /// reader saves its place first: the next run opens on the same quote (it used to reopen
  /// on the first: the place was saved only on an idle tick, and the article opened before
  /// the state had loaded).
  @Test(arguments: ["TERM", "HUP"])
  func aStopSignalKeepsTheQuoteAndLine(_ signal: String) throws {
    let b = CLITests.binary.path
    let state = home.appendingPathComponent("state").path
    let script = """
      S=hearsay-place-$$; T="tmux -L $S -f /dev/null"
      $T new-session -d -x 100 -y 30 "env TERM=tmux-256color XDG_STATE_HOME=\(state) \(b) \(bridge); echo \\$? > \(home.path)/status; sleep 3"
      for i in $(seq 60); do $T capture-pane -p -t 0 2>/dev/null | grep -q 'quote 1/' && break; sleep 0.2; done
      $T send-keys ']' ']' ']' ']'
      for i in $(seq 500); do $T capture-pane -p -t 0 2>/dev/null | grep -q 'quote 5/' && break; sleep 0.01; done
      pkill -\(signal) -f '^\(b) \(bridge)$'
      sleep 1; $T kill-server
      """
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/bash")
    p.arguments = ["-c", script]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    let status = try String(contentsOf: home.appendingPathComponent("status"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(status == String(128 + (signal == "TERM" ? 15 : 1)), "it dies of the signal, after saving")
    let again = try #require(try TerminalReaderTests.drive("sleep:0.8", args: bridge, home: home))
    #expect(again.text.contains("quote 5/13"), "\(again.text)")
  }

  /// A collection whose index cannot be made still reads, and the status line says why
  /// search and the speakers view are missing (it used to say nothing).
  @Test func aCollectionWithoutItsIndexSaysSo() throws {
    guard let screen = try TerminalReaderTests.drive("sleep:1", args: "Resources/articles", env: ["XDG_CACHE_HOME=/dev/null/cache"], home: home) else { return }
    #expect(screen.text.contains("no collection index (/dev/null/cache: Not a directory)"), "\(screen.text)")
    #expect(screen.text.contains("Harbour bridge"), "the library is there")
  }

  /// An indexed folder opens on its index's newest articles (before the folder is even
  /// scanned), then lists the folder as it is now: a file deleted since the index was made
  /// leaves the library, and the counts stay.
  @Test func anIndexedFolderOpensFromItsIndexAndDropsWhatWasDeleted() throws {
    let folder = home.appendingPathComponent("collection")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in ["01-harbour-bridge-vote.txt", "02-water-board-british.txt", "03-summit-guillemets.txt"] {
      try FileManager.default.copyItem(atPath: PackageRoot.samples + "/" + name, toPath: folder.appendingPathComponent(name).path)
    }
    let indexed = try CLITests.run(["index", folder.path], environment: ["XDG_CACHE_HOME": home.appendingPathComponent("cache").path])
    #expect(indexed.status == 0, "\(indexed.stderr)")
    try FileManager.default.removeItem(at: folder.appendingPathComponent("02-water-board-british.txt"))
    guard let screen = try TerminalReaderTests.drive("until:1/2", args: folder.path, home: home) else { return }
    #expect(screen.text.contains("Hearsay — 2 articles"), "\(screen.text)")
    #expect(!screen.text.contains("Water board"), "the deleted article is gone: \(screen.text)")
    #expect(screen.text.contains("Harbour bridge repairs"))
  }

  /// A key typed right behind Escape (or Alt-x, which is Esc then x) is read next, not
  /// lost: Esc closes the search prompt and `]` still moves to the next quote.
  @Test func aKeyRightAfterEscapeIsNotLost() throws {
    guard let screen = try TerminalReaderTests.drive("sleep:0.8 / sleep:0.3 lit:\u{1B}] sleep:0.5", args: bridge, home: home, wait: 0) else { return }
    #expect(screen.text.contains("quote 2/13"), "\(screen.text)")
    #expect(!screen.text.contains("/▏"), "the prompt is closed")
  }

  @Test func exportWritesTheFileNamedAndNeverIntoTheCollection() throws {
    let out = home.appendingPathComponent("bridge.md")
    guard let s = try TerminalReaderTests.drive("x C-u lit:\(out.path) sleep:1 Enter sleep:1", args: bridge, home: home) else { return }
    #expect(s.text.contains("exported 13 quotes to \(out.path) (markdown)"), "\(s.text)")
    let markdown = try String(contentsOf: out, encoding: .utf8)
    #expect(markdown.hasPrefix("# Quotes — Harbour bridge repairs delayed again"))
    #expect(markdown.contains("— **Alicia Brandt**, Deputy mayor · 2026-03-12"))
    let inside = PackageRoot.samples + "/exported.md"
    let refused = try #require(try TerminalReaderTests.drive("x C-u lit:\(inside) sleep:1 Enter sleep:1", args: bridge, home: home))
    #expect(refused.text.contains("not exporting into the collection"), "\(refused.text)")
    #expect(!FileManager.default.fileExists(atPath: inside))
  }

  @Test func yankSendsTheQuoteToTheTerminalAsOSC52() throws {
    let typescript = home.appendingPathComponent("typescript")
    let snapshot = home.appendingPathComponent("copied.txt")
    // `script` records every byte the reader writes to its terminal. The reader is quit at
    // the end: `script` outlives a killed tmux, and would keep the reader running.
    let command = "script -qfc '\(CLITests.binary.path) \(bridge)' \(typescript.path)"
    guard try TerminalReaderTests.drive("] ] y sleep:0.5 snap:\(snapshot.path) q q sleep:0.5", command: command, home: home) != nil else { return }
    let screen = try String(contentsOf: snapshot, encoding: .utf8)
    #expect(screen.contains("copied the quote (terminal"), "\(screen)")
    let bytes = try String(decoding: Data(contentsOf: typescript), as: UTF8.self)
    let start = try #require(bytes.range(of: "\u{1B}]52;c;"))
    let end = try #require(bytes[start.upperBound...].firstIndex(of: "\u{07}"))
    let payload = try #require(Data(base64Encoded: String(bytes[start.upperBound..<end])))
    let copied = String(decoding: payload, as: UTF8.self)
    #expect(copied.hasPrefix("“We are making sure"))
    #expect(copied.contains("— Alicia Brandt, Deputy mayor"))
  }

  @Test func configurationErrorsAreShownWithTheirLineAndTheRestApplies() throws {
    try configure("bind reader J next-quote\nsett mouse on\ncolor statement purple\n")
    guard let s = try TerminalReaderTests.drive("J J", args: bridge, home: home) else { return }
    #expect(s.text.contains("quote 3/13"), "J was bound to next-quote: \(s.text)")
    #expect(s.programStderr.contains("config/hearsay/config:2: unknown command “sett”"), "\(s.programStderr)")
    #expect(s.programStderr.contains("config/hearsay/config:3: “purple” is not a colour"))
  }

  @Test func theMouseIsTurnedOnByTheConfiguration() throws {
    try configure("set mouse on\n")
    guard let s = try TerminalReaderTests.drive("click:70,5", args: bridge, home: home) else { return }
    #expect(s.text.contains("quote 3/13"), "the click on the third quote selected it: \(s.text)")
    try configure("set mouse off\n")
    let off = try #require(try TerminalReaderTests.drive("click:70,5", args: bridge, home: home))
    #expect(off.stderr.contains("has not enabled mouse reporting"), "without `set mouse on` the terminal keeps its own selection")
  }

  @Test func theEditorGetsTheFileAndLineAsArgumentsNotAShellLine() throws {
    let log = home.appendingPathComponent("editor.log")
    let editor = try recorder("editor", log: log)
    guard let s = try TerminalReaderTests.drive("until:quote ] ] e until:back", args: bridge, env: ["VISUAL=\(editor.path)"], home: home) else { return }
    #expect(s.text.contains("back from"), "\(s.text)")
    let args = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
    let text = try String(contentsOfFile: bridge, encoding: .utf8)
    let line = text[..<text.range(of: "We are making sure")!.lowerBound].filter { $0 == "\n" }.count + 1
    #expect(args == ["+\(line)", bridge])
  }

  @Test func aHostileURLReachesTheBrowserAsOneArgumentAndRunsNothing() throws {
    let pwned = home.appendingPathComponent("pwned")
    let url = "https://example.com/a;touch \(pwned.path);`touch \(pwned.path)`$(touch \(pwned.path))"
    let article = home.appendingPathComponent("hostile.md")
    try Data("""
      ---
      title: A hostile link
      date: 2026-05-01
      url: '\(url)'
      ---

      "We checked every link," the editor said.
      """.utf8).write(to: article)
    let log = home.appendingPathComponent("browser.log")
    let browser = try recorder("browser", log: log)
    guard let s = try TerminalReaderTests.drive("o sleep:0.5", args: article.path, env: ["BROWSER=\(browser.path)"], home: home) else { return }
    #expect(s.text.contains("opened with"), "\(s.text)")
    #expect(try String(contentsOf: log, encoding: .utf8) == url + "\n")
    #expect(!FileManager.default.fileExists(atPath: pwned.path), "nothing in the URL was run")
  }
}
