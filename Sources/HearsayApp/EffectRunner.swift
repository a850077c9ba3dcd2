import Foundation
import HearsayCore
import HearsayState
import ReaderUI
import TerminalNCurses

/// Carries out what the reader asked for outside itself — the clipboard, the editor, the
/// browser, an export file — and says how it went in one line for the status bar.
struct EffectRunner {
  let terminal: Terminal
  let collection: (any CollectionQueries)?
  /// Folders exports must not go into: the collection is never written to.
  let protectedRoots: [String]
  let environment = ProcessInfo.processInfo.environment

  // MARK: - Clipboard

  /// OSC 52 always (it works over SSH and inside tmux); a local clipboard tool as well when
  /// a display is there to receive it.
  func copy(_ text: String, what: String) -> String {
    terminal.writeControl(Clipboard.osc52(text, insideTmux: environment["TMUX"] != nil))
    var via = ["terminal"]
    for tool in Clipboard.tools(environment: environment) where ExternalProgram.exists(tool[0]) {
      if (try? ExternalProgram.run(tool, input: Data(text.utf8))) == 0 {
        via.append(tool[0])
        break
      }
    }
    return "copied the \(what) (\(via.joined(separator: " + ")))"
  }

  // MARK: - Editor and browser

  func edit(_ path: String, offset: Int?, text: String?) -> String {
    let file = RecordPath.file(of: path)
    let line = SourceLine.find(in: file, quote: text, offset: offset)
    let editor = (environment["VISUAL"].flatMap(Self.words) ?? environment["EDITOR"].flatMap(Self.words)) ?? ["vi"]
    do {
      let status = try terminal.suspend { try ExternalProgram.run(editor + ["+\(line)", file]) }
      return status == 0 ? "back from \(editor[0])" : "\(editor[0]) exited with status \(status)"
    } catch {
      return "cannot open the editor: \(error) (set $VISUAL or $EDITOR)"
    }
  }

  func browse(_ url: String) -> String {
    for command in Browser.commands(for: url, environment: environment) where ExternalProgram.exists(command[0]) {
      do {
        let status = try terminal.suspend { try ExternalProgram.run(command) }
        if status == 0 { return "opened with \(command[0])" }
      } catch {
        continue
      }
    }
    return "no browser could open it (set $BROWSER, or install xdg-open)"
  }

  /// `$VISUAL` may carry options (`code -w`): words split on spaces, never run by a shell.
  static func words(_ s: String) -> [String]? {
    let w = s.split(whereSeparator: \.isWhitespace).map(String.init)
    return w.isEmpty ? nil : w
  }

  // MARK: - Export

  /// A file name ending in `!` overwrites, as in vi.
  func export(_ job: ExportJob) -> String {
    var name = job.fileName
    let overwrite = name.hasSuffix("!")
    if overwrite { name.removeLast() }
    let quotes: [ExportedQuote]
    switch job.scope {
    case .quotes(let q): quotes = q
    case .speaker(let id):
      guard let collection else { return "a speaker's quotes across the collection need its index" }
      do { quotes = try collection.quotes(bySpeaker: id, limit: 1_000_000).map(\.quote) } catch { return "index: \(error)" }
    }
    do {
      let written = try ExportFile.write(quotes, heading: job.heading, to: name, overwrite: overwrite, protectedRoots: protectedRoots)
      return "exported \(quotes.count) quote\(quotes.count == 1 ? "" : "s") to \(written.url.path) (\(written.format.rawValue))"
    } catch ExportFile.Problem.exists(let path) {
      return "\(path) exists — end the name with ! to overwrite it"
    } catch {
      return error.description
    }
  }
}

/// OSC 52 and the clipboard programs of X11 and Wayland.
enum Clipboard {
  /// `ESC ] 52 ; c ; base64 BEL`; inside tmux also wrapped for passthrough, in case
  /// tmux's `set-clipboard` is off but `allow-passthrough` is on.
  static func osc52(_ text: String, insideTmux: Bool) -> String {
    let payload = Data(text.utf8).base64EncodedString()
    let plain = "\u{1B}]52;c;\(payload)\u{07}"
    guard insideTmux else { return plain }
    return plain + "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;\(payload)\u{07}\u{1B}\\"
  }

  static func tools(environment: [String: String]) -> [[String]] {
    var tools: [[String]] = []
    if environment["WAYLAND_DISPLAY"] != nil { tools.append(["wl-copy"]) }
    if environment["DISPLAY"] != nil { tools += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]] }
    return tools
  }
}

/// Which program opens a URL: each entry of `$BROWSER` (colon-separated, `%s` for the
/// URL), then `xdg-open`, then `open`. The URL is always one argument.
enum Browser {
  static func commands(for url: String, environment: [String: String]) -> [[String]] {
    var commands: [[String]] = []
    for entry in (environment["BROWSER"] ?? "").split(separator: ":") {
      guard var words = EffectRunner.words(String(entry)) else { continue }
      if words.contains(where: { $0.contains("%s") }) {
        words = words.map { $0.replacingOccurrences(of: "%s", with: url) }
      } else {
        words.append(url)
      }
      commands.append(words)
    }
    return commands + [["xdg-open", url], ["open", url]]
  }
}

/// Paths of records inside a dataset file: `feeds.jsonl#12` lives in `feeds.jsonl`.
enum RecordPath {
  static func file(of path: String) -> String {
    guard let hash = path.lastIndex(of: "#"), !FileManager.default.fileExists(atPath: path) else { return path }
    return String(path[..<hash])
  }
}

/// The line of a source file where a quote is, for the editor's `+LINE`.
enum SourceLine {
  static func find(in file: String, quote: String?, offset: Int?) -> Int {
    guard let data = FileManager.default.contents(atPath: file), data.count < 64 << 20 else { return 1 }
    let text = String(decoding: data, as: UTF8.self)
    // The quote's opening words, found in the file as written (formats may reflow it).
    if let quote, let head = quote.split(whereSeparator: \.isNewline).first {
      let probe = String(head.prefix(40))
      if !probe.isEmpty, let range = text.range(of: probe) {
        return text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
      }
    }
    guard let offset else { return 1 }
    var line = 1
    for (i, s) in text.unicodeScalars.enumerated() {
      if i >= offset { break }
      if s == "\n" { line += 1 }
    }
    return line
  }
}
