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
    guard line.contains(where: \.isNumber) else { return nil }
    var rest = line.trimmingCharacters(in: .whitespaces)
    let lower = rest.lowercased()
    for p in prefixes where lower.hasPrefix(p) {
      rest = String(rest.dropFirst(p.count)).trimmingCharacters(in: .whitespaces)
      break
    }
    guard rest.count >= 6, rest.count <= 40, rest.contains(where: \.isNumber) else { return nil }
    if let fast = CivilDate.parse(rest) { return fast }
    // Only the formats that start the way the text does (a digit or a word).
    let numeric = rest.first?.isNumber == true
    return formatters.withLock { list in
      for f in list where (f.dateFormat.first == "y" || f.dateFormat.first == "d") == numeric {
        if let d = f.date(from: rest) { return d }
      }
      return nil
    }
  }

  /// True when the line is introduced as a date even if the date itself is odd.
  static func isIntroduced(_ line: String) -> Bool {
    let lower = line.lowercased()
    return prefixes.contains { $0.hasSuffix(":") && lower.hasPrefix($0) }
  }
}
