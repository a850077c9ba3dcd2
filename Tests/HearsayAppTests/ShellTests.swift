import CNCurses
import Foundation
import ReaderUI
import Testing
@testable import HearsayApp
@testable import TerminalNCurses

/// The shell's pure parts, tested without a terminal: key decoding, the clipboard's OSC 52
/// framing, the browser's command lines, record paths and the editor's source line.
struct ShellTests {
  @Test(arguments: [(UInt32(9), Key.tab), (10, .enter), (13, .enter), (8, .backspace), (127, .backspace),
                    (3, .control("c")), (4, .control("d")), (0x6A, .character("j")), (0xE9, .character("é"))])
  func aCharacterCodeIsItsKey(_ code: UInt32, _ key: Key) {
    #expect(KeyDecoder.character(Unicode.Scalar(code)!) == key)
  }

  @Test func cursesKeyCodesAreTheirKeys() {
    #expect(KeyDecoder.special(KEY_UP) == .up)
    #expect(KeyDecoder.special(KEY_NPAGE) == .pageDown)
    #expect(KeyDecoder.special(KEY_BTAB) == .backTab)
    #expect(KeyDecoder.special(cn_key_f(5)) == .function(5))
    #expect(KeyDecoder.special(KEY_MOUSE) == nil)
  }

  /// The text travels base64-encoded, so nothing in it can end the sequence early; inside
  /// tmux a passthrough copy follows, its ESC doubled.
  @Test func osc52FramesTheTextAsBase64() {
    #expect(Clipboard.osc52("hi\u{07}", insideTmux: false) == "\u{1B}]52;c;aGkH\u{07}")
    #expect(Clipboard.osc52("hi", insideTmux: true) == "\u{1B}]52;c;aGk=\u{07}\u{1B}Ptmux;\u{1B}\u{1B}]52;c;aGk=\u{07}\u{1B}\\")
  }

  @Test func clipboardProgramsFollowTheDisplay() {
    #expect(Clipboard.tools(environment: [:]).isEmpty)
    #expect(Clipboard.tools(environment: ["WAYLAND_DISPLAY": "wayland-0"]) == [["wl-copy"]])
    #expect(Clipboard.tools(environment: ["DISPLAY": ":0"]).map { $0[0] } == ["xclip", "xsel"])
  }

  /// Each `$BROWSER` entry in turn, `%s` replaced or the URL appended; the URL is always
  /// one argument, whatever it holds.
  @Test func theBrowserGetsTheURLAsOneArgument() {
    let url = "https://example.org/a b;rm -rf ~"
    #expect(Browser.commands(for: url, environment: ["BROWSER": "firefox --new-tab:lynx -dump %s"]) == [
      ["firefox", "--new-tab", url], ["lynx", "-dump", url], ["xdg-open", url], ["open", url],
    ])
    #expect(Browser.commands(for: url, environment: [:]) == [["xdg-open", url], ["open", url]])
  }

  @Test func aRecordPathNamesItsDatasetFile() throws {
    #expect(RecordPath.file(of: "/nowhere/feeds.jsonl#12") == "/nowhere/feeds.jsonl")
    #expect(RecordPath.file(of: "/nowhere/story.txt") == "/nowhere/story.txt")
    // A file whose own name holds `#` is that file.
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-shell-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let odd = dir.appendingPathComponent("issue#3.txt")
    try Data("x".utf8).write(to: odd)
    #expect(RecordPath.file(of: odd.path) == odd.path)
  }

  /// The editor opens at the quote's line: found by its opening words as the file writes
  /// them, else by its offset, else line 1.
  @Test func theSourceLineIsTheQuotesLine() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-shell-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("a.txt"), file = url.path
    try Data("Title\n\nFirst line.\n“The bridge will close,” she said.\n".utf8).write(to: url)
    #expect(SourceLine.find(in: file, quote: "The bridge will close", offset: nil) == 4)
    #expect(SourceLine.find(in: file, quote: nil, offset: 8) == 3)
    #expect(SourceLine.find(in: file, quote: "not there", offset: nil) == 1)
    #expect(SourceLine.find(in: dir.appendingPathComponent("missing.txt").path, quote: "x", offset: 3) == 1)
  }
}
