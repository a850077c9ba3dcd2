import Foundation

/// Recognises the date lines news pages print (`Published: Feb 05, 2026 11:52 PM`,
/// `2026-02-05`, `5 February 2026`) and parses them; the printed text is kept by the
/// caller because a parsed date loses the page's own style.
public enum DateLineParser {
  /// Words that introduce a date line.
  static let prefixes = ["published:", "updated:", "posted:", "date:", "published", "updated", "posted", "发布时间：", "发布时间:"]

  static let formats = [
    "MMM dd, yyyy hh:mm a", "MMM d, yyyy h:mm a", "MMM dd, yyyy", "MMM d, yyyy",
    "MMMM d, yyyy h:mm a", "MMMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd'T'HH:mm:ssXXXXX",
    "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy/MM/dd", "EEEE, MMMM d, yyyy",
    "EEE, dd MMM yyyy HH:mm:ss Z", "MMM. d, yyyy", "yyyy年M月d日",
  ]

  /// Built once: a `DateFormatter` is costly to make, and is not thread-safe, hence the lock.
  private static let formatters = Locked(formats.map { format in
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = format
    return f
  })

  /// Strips an introducing word and parses what remains; nil when it is not a date.
  public static func parse(_ line: String) -> Date? {
    // A date line is short: a paragraph of body text is rejected without reading it.
    // Scalar by scalar: grapheme breaking cost more than the rest of the parse.
    guard line.utf8.count <= 160, line.unicodeScalars.contains(where: isDigit) else { return nil }
    var rest = trimmed(Substring(line).unicodeScalars)
    if let p = prefixes.first(where: { Self.opens(Substring(rest), with: $0) }) {
      rest = trimmed(rest.dropFirst(p.unicodeScalars.count))
    }
    guard rest.count >= 6, rest.count <= 40, rest.contains(where: isDigit) else { return nil }
    let text = String(Substring(rest))
    if let fast = CivilDate.parse(text) { return fast }
    // The formats read ASCII and the CJK date signs only; anything else is no date of theirs,
    // and Foundation's parser stops the program on some (a combining mark after a digit).
    guard rest.allSatisfy({ $0.isASCII || Self.cjkDateSigns.contains($0) }) else { return nil }
    // Only the formats that start the way the text does (a digit or a word).
    let numeric = rest.first.map(isDigit) == true
    return formatters.withLock { list in
      for f in list where (f.dateFormat.first == "y" || f.dateFormat.first == "d") == numeric {
        if let d = f.date(from: text) { return d }
      }
      return nil
    }
  }

  private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.isDigit }
  /// The signs of `yyyy年M月d日`.
  private static let cjkDateSigns: Set<Unicode.Scalar> = ["年", "月", "日"]

  /// Spaces and tabs off both ends.
  static func trimmed(_ s: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView {
    let isBlank: (Unicode.Scalar) -> Bool = { $0.isSpaceOrNewline }
    guard let first = s.firstIndex(where: { !isBlank($0) }), let last = s.lastIndex(where: { !isBlank($0) }) else { return s[s.endIndex...] }
    return s[first...last]
  }

  /// True when the line is introduced as a date even if the date itself is odd.
  static func isIntroduced(_ line: String) -> Bool {
    introducers.contains { opens(Substring(line), with: $0) }
  }

  /// Whether `text` opens with `prefix` (lowercase), capitals read as lowercase: bytes
  /// compared in place (lowercasing a copy and `hasPrefix` were most of a short line's cost).
  private static func opens(_ text: Substring, with prefix: String) -> Bool {
    var bytes = text.utf8.makeIterator()
    for b in prefix.utf8 {
      guard let c = bytes.next(), (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) == b else { return false }
    }
    return true
  }

  /// The prefixes that end in a colon (`Published:`, `发布时间：` with its full-width one).
  private static let introducers = prefixes.filter { $0.hasSuffix(":") || $0.hasSuffix("：") }
}
