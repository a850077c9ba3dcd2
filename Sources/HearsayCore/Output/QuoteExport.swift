import Foundation

/// Writes quotes for people and programs: Markdown ready to paste into a story, JSON, or
/// CSV. The same three formats serve an article's quotes, a speaker's quotes across the
/// collection and the starred quotes, from the reader and from `hearsay export`.
public enum QuoteExport {
  public enum Format: String, CaseIterable, Sendable {
    case markdown, json, csv

    /// The format a file name asks for (`.md`, `.markdown`, `.json`, `.csv`); nil for any
    /// other name, which is refused rather than written as Markdown under a wrong name.
    public init?(fileName: String) {
      switch PathName.lowercasedExtension(fileName) {
      case "md", "markdown": self = .markdown
      case "json": self = .json
      case "csv": self = .csv
      default: return nil
      }
    }

    /// The extensions a file name may end with, for messages.
    public static let extensions = ".md, .json or .csv"
  }

  public static func render(_ quotes: [ExportedQuote], as format: Format, heading: String) -> String {
    switch format {
    case .markdown: return markdown(quotes, heading: heading)
    case .json: return json(quotes)
    case .csv: return csv(quotes)
    }
  }

  /// A heading, then per quote a block quote and a line saying who, in what role, where
  /// and when, with a link to the article.
  public static func markdown(_ quotes: [ExportedQuote], heading: String) -> String {
    var out = "# \(escapeMarkdown(heading))\n"
    for q in quotes {
      out += "\n> " + escapeMarkdown(q.printed).replacingOccurrences(of: "\n", with: "\n> ") + "\n>\n"
      var line = "> — **\(escapeMarkdown(q.speaker ?? "Unattributed"))**"
      if let role = q.role { line += ", \(escapeMarkdown(role))" }
      if let via = q.via { line += ", via \(escapeMarkdown(via))" }
      var whereWhen: [String] = []
      if let outlet = q.outlet { whereWhen.append("*\(escapeMarkdown(outlet))*") }
      if let date = q.date { whereWhen.append(date) }
      let title = escapeMarkdown(q.title ?? URL(fileURLWithPath: q.path).lastPathComponent)
      whereWhen.append("[\(title)](\(linkTarget(safeSource(q))))")
      out += line + " · " + whereWhen.joined(separator: " · ") + "\n"
    }
    if quotes.isEmpty { out += "\nNo quotes.\n" }
    return out
  }

  public static func json(_ quotes: [ExportedQuote]) -> String {
    ((try? JSONText.pretty(quotes, keys: .convertToSnakeCase)) ?? "[]") + "\n"
  }

  public static let csvHeader = ["speaker", "speaker_kind", "role", "via", "kind", "text", "title", "outlet", "date", "url", "path", "start", "end"]

  public static func csv(_ quotes: [ExportedQuote]) -> String {
    var out = csvHeader.joined(separator: ",") + "\n"
    for q in quotes {
      let row = [q.speaker, q.speakerKind, q.role, q.via, q.kind, q.text, q.title, q.outlet, q.date, q.url, q.path,
                 String(q.start), String(q.end)]
      out += row.map { CSVField.quoted($0 ?? "") }.joined(separator: ",") + "\n"
    }
    return out
  }

  /// Markdown punctuation in article text is shown, not obeyed (`*`, `_`, `[`, `<`…);
  /// control characters are made visible.
  static func escapeMarkdown(_ s: String) -> String {
    var out = ""
    for c in TextEscaping.visible(s, singleLine: false) {
      if "\\`*_[]<>#|".contains(c) { out.append("\\") }
      out.append(c)
    }
    return out
  }

  /// The link a Markdown viewer may follow: the article's URL when it is http(s), else its
  /// file — a `javascript:` or `data:` URL from an article's metadata is never a link.
  static func safeSource(_ q: ExportedQuote) -> String {
    guard let url = q.url, let colon = url.firstIndex(of: ":") else { return q.path }
    return ["http", "https"].contains(url[..<colon].lowercased()) ? url : q.path
  }

  /// A URL or path usable inside `(…)`: only RFC 3986's unreserved and reserved ASCII
  /// characters (and `%`) stay; everything else — controls, spaces, parentheses, angle
  /// brackets, backslashes, non-ASCII and bidi overrides — is percent-encoded as UTF-8.
  static func linkTarget(_ s: String) -> String {
    var out = ""
    for byte in s.utf8 {
      if linkSafe.contains(byte) {
        out.append(Character(Unicode.Scalar(byte)))
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count < 2 ? "0" : "") + hex
      }
    }
    return out
  }

  private static let linkSafe = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'*+,;=%".utf8)
}

/// RFC 4180 fields for every CSV Hearsay writes.
public enum CSVField {
  /// Quoted when needed; a leading `=`, `+`, `-`, `@`, tab or carriage return is prefixed
  /// so spreadsheets do not run it; controls and bidi overrides are made visible (CSV has
  /// no escapes of its own, and a CSV file is as often printed as opened).
  public static func quoted(_ s: String) -> String {
    var v = TextEscaping.visible(s)
    if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { v = "'" + v }
    // Bytes, not characters: a character walk split graphemes and was most of CSV's cost
    // (and `\r\n`, one character, was neither a return nor a newline to it).
    guard v.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return v }
    var out: [UInt8] = [0x22]
    out.reserveCapacity(v.utf8.count + 8)
    for b in v.utf8 {
      out.append(b)
      if b == 0x22 { out.append(b) }
    }
    out.append(0x22)
    return String(decoding: out, as: UTF8.self)
  }
}
