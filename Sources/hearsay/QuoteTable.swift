import HearsayCore

/// Text and CSV renderings of quote reports.
enum QuoteTable {
  static func text(_ reports: [ArticleReport], explain: Bool) -> String {
    var out = ""
    for r in reports {
      let title = r.article.title.map { " — " + $0 } ?? ""
      out += TextEscaping.visible(r.article.path + title, singleLine: true) + "\n"
      for (i, q) in r.quotes.enumerated() {
        var who = q.speaker ?? "(unknown)"
        if let via = q.via { who += " via \(via)" }
        let marks = q.kind == "direct" && q.form == "statement" ? "“\(q.text)”" : q.text
        out += "  [\(i + 1)] \(TextEscaping.visible(who, singleLine: true)): \(TextEscaping.visible(marks, singleLine: true))\n"
        if explain {
          let cue = q.cue.map { " cue “\($0)”" } ?? ""
          let mention = q.speaker_mention.map { " mention “\($0)”" } ?? ""
          out += "      \(q.kind)/\(q.form) \(q.start)-\(q.end) rule \(q.rule) (\(q.confidence))\(TextEscaping.visible(cue + mention, singleLine: true))\n"
        }
      }
      if r.quotes.isEmpty { out += "  (no quotes)\n" }
    }
    return out
  }

  static let csvHeader = ["path", "start", "end", "kind", "form", "speaker", "speaker_kind", "via", "cue", "rule", "confidence", "text"]

  /// The report's rows as bytes (a long article's rows are larger than the article: no
  /// `String` of them all is made on the way out).
  static func csvRows(_ r: ArticleReport) -> [UInt8] {
    var out: [UInt8] = []
    for q in r.quotes {
      let row = [r.article.path, String(q.start), String(q.end), q.kind, q.form, q.speaker ?? "", q.speaker_kind ?? "",
                 q.via ?? "", q.cue ?? "", q.rule, String(q.confidence), q.text]
      for (i, field) in row.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        out.append(contentsOf: CSVField.quoted(field).utf8)
      }
      out.append(UInt8(ascii: "\n"))
    }
    return out
  }
}
