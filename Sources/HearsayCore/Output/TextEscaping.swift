/// Makes text from articles safe to print on a terminal: control characters, escape
/// sequences and bidi overrides become visible `\u{…}`-style placeholders, so an
/// article can never move the cursor, set the title or write the clipboard.
public enum TextEscaping {
  public static func isUnsafe(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x20 { return v != 0x0A && v != 0x09 }
    if v == 0x7F || (0x80...0x9F).contains(v) { return true }
    return isBidiControl(v)
  }

  /// Marks and overrides that reorder text on screen (U+061C, U+200E/F, U+202A–E, U+2066–9).
  static func isBidiControl(_ v: UInt32) -> Bool {
    v == 0x061C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
  }

  /// Escapes unsafe code points as `\x1b`-style text. Newlines stay unless `singleLine`,
  /// where a paragraph break (newlines, with the spaces round them) reads ` ¶ ` and a tab a
  /// space: a quote that runs on into the next paragraph stays on its one line.
  public static func visible(_ s: String, singleLine: Bool = false) -> String {
    guard s.unicodeScalars.contains(where: { isUnsafe($0) || (singleLine && ($0 == "\n" || $0 == "\t")) }) else { return s }
    var out = String.UnicodeScalarView()
    var paragraphBreak = false
    for c in s.unicodeScalars {
      if singleLine && c == "\n" {
        while out.last == " " { out.removeLast() }
        paragraphBreak = true
        continue
      }
      if paragraphBreak {
        if c == " " || c == "\t" { continue }
        if !out.isEmpty { out.append(contentsOf: " ¶ ".unicodeScalars) }
        paragraphBreak = false
      }
      if singleLine && c == "\t" {
        out.append(" ")
      } else if isUnsafe(c) {
        let hex = String(c.value, radix: 16)
        let text = c.value <= 0xFF ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{" + hex + "}"
        out.append(contentsOf: text.unicodeScalars)
      } else {
        out.append(c)
      }
    }
    return String(out)
  }

  /// Text for a clipboard, where a paste lands in a shell: every control (newlines and tabs
  /// too) becomes a space and bidi overrides are dropped, so a quote can neither end a
  /// bracketed paste nor run a line, nor show one command and hold another.
  public static func pasteSafe(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: { isUnsafe($0) || $0 == "\n" || $0 == "\t" || $0 == "\u{2028}" || $0 == "\u{2029}" })
    else { return s }
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars {
      if isBidiControl(c.value) { continue }
      if isUnsafe(c) || c == "\n" || c == "\t" || c == "\u{2028}" || c == "\u{2029}" {
        if out.last != " " { out.append(" ") }
      } else {
        out.append(c)
      }
    }
    return String(out)
  }
}
