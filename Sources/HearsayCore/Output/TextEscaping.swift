/// Makes text from articles safe to print on a terminal: control characters, escape
/// sequences and bidi overrides become visible `\u{…}`-style placeholders, so an
/// article can never move the cursor, set the title or write the clipboard.
public enum TextEscaping {
  public static func isUnsafe(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x20 { return v != 0x0A && v != 0x09 }
    if v == 0x7F || (0x80...0x9F).contains(v) { return true }
    if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F { return true }
    return false
  }

  /// Escapes unsafe code points as `\x1b`-style text; newlines stay unless `singleLine`.
  public static func visible(_ s: String, singleLine: Bool = false) -> String {
    guard s.unicodeScalars.contains(where: { isUnsafe($0) || (singleLine && ($0 == "\n" || $0 == "\t")) }) else { return s }
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars {
      if isUnsafe(c) || (singleLine && (c == "\n" || c == "\t")) {
        let hex = String(c.value, radix: 16)
        let text = c.value <= 0xFF ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{" + hex + "}"
        out.append(contentsOf: text.unicodeScalars)
      } else {
        out.append(c)
      }
    }
    return String(out)
  }
}
