import HearsayCore

/// Text and CSV renderings of quote reports.
enum QuoteTable {
  static func text(_ report: ArticleReport, explain: Bool) -> [UInt8] {
    var bytes: [UInt8] = []
    writeText(report.article, report.quotes, explain: explain, chunk: .max) { bytes = $0 }
    return bytes
  }

  /// An article's heading and quotes, handed to `sink` about `chunk` bytes at a time.
  static func writeText(_ article: ArticleReport.ArticleInfo, _ quotes: some Sequence<ArticleReport.QuoteInfo>,
                        explain: Bool, chunk: Int = 1 << 20, to sink: ([UInt8]) -> Void) {
    let title = article.title.map { " — " + $0 } ?? ""
    var out = TextEscaping.visible(article.path + title, singleLine: true) + "\n"
    var none = true
    for (i, q) in quotes.enumerated() {
      none = false
      var who = q.speaker ?? "(unknown)"
      if let via = q.via { who += " via \(via)" }
      let marks = q.kind == "direct" && q.form == "statement" ? "“\(q.text)”" : q.text
      out += "  [\(i + 1)] \(TextEscaping.visible(who, singleLine: true)): \(TextEscaping.visible(marks, singleLine: true))\n"
      if explain {
        let cue = q.cue.map { " cue “\($0)”" } ?? ""
        let mention = q.speaker_mention.map { " mention “\($0)”" } ?? ""
        out += "      \(q.kind)/\(q.form) \(q.start)-\(q.end) rule \(q.rule) (\(q.confidence))\(TextEscaping.visible(cue + mention, singleLine: true))\n"
      }
      if out.utf8.count >= chunk {
        sink(Array(out.utf8))
        out = ""
      }
    }
    if none { out += "  (no quotes)\n" }
    sink(Array(out.utf8))
  }

  static let csvHeader = ["path", "start", "end", "kind", "form", "speaker", "speaker_kind", "via", "cue", "rule", "confidence", "text"]

  /// The report's rows as bytes (a long article's rows are larger than the article: no
  /// `String` of them all is made on the way out).
  static func csvRows(_ r: ArticleReport) -> [UInt8] {
    var rows: [UInt8] = []
    writeCSVRows(path: r.article.path, r.quotes, chunk: .max) { rows = $0 }
    return rows
  }

  /// The rows of an article's quotes, handed to `sink` about `chunk` bytes at a time (and
  /// the rest at the end).
  static func writeCSVRows(path: String, _ quotes: some Sequence<ArticleReport.QuoteInfo>, chunk: Int = 1 << 20,
                           to sink: ([UInt8]) -> Void) {
    var out: [UInt8] = []
    for q in quotes {
      let row = [path, String(q.start), String(q.end), q.kind, q.form, q.speaker ?? "", q.speaker_kind ?? "",
                 q.via ?? "", q.cue ?? "", q.rule, String(q.confidence), q.text]
      for (i, field) in row.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        out.append(contentsOf: CSVField.quoted(field).utf8)
      }
      out.append(UInt8(ascii: "\n"))
      if out.count >= chunk {
        sink(out)
        out.removeAll(keepingCapacity: true)
      }
    }
    if !out.isEmpty { sink(out) }
  }
}
