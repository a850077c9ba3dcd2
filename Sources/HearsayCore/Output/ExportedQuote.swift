import Foundation

/// A quote with everything a story needs to cite it, independent of the analysis it came
/// from: starred quotes keep one (the article may change or vanish), and every export —
/// an article's quotes, a speaker's across the collection, the starred ones — writes these.
public struct ExportedQuote: Codable, Sendable, Hashable {
  public var text: String
  public var speaker: String?
  public var speakerKind: String?
  /// The speaker's role or affiliation as the article gives it (`spokesperson of …`).
  public var role: String?
  /// The outlet or person that relayed it (`according to Xinhua`).
  public var via: String?
  /// `direct` or `indirect`.
  public var kind: String
  public var title: String?
  /// The publication the article comes from (front matter `source`, a page's site name).
  public var outlet: String?
  /// ISO date (`2026-01-05`) when the article's date line could be read.
  public var date: String?
  /// The article's URL when its metadata has one, else nil (the path is always kept).
  public var url: String?
  public var path: String
  public var start: Int
  public var end: Int

  public init(text: String, speaker: String?, speakerKind: String?, role: String?, via: String?, kind: String,
              title: String?, outlet: String?, date: String?, url: String?, path: String, start: Int, end: Int) {
    self.text = text
    self.speaker = speaker
    self.speakerKind = speakerKind
    self.role = role
    self.via = via
    self.kind = kind
    self.title = title
    self.outlet = outlet
    self.date = date
    self.url = url
    self.path = path
    self.start = start
    self.end = end
  }

  /// A quote of an analysed article.
  public init(_ q: Quote, in a: ArticleAnalysis) {
    let speaker = q.speaker.map { a.speakers[$0] }
    self.init(text: a.article.substring(q.content), speaker: speaker?.name, speakerKind: speaker?.kind.rawValue,
              role: speaker?.role, via: q.via.map { a.speakers[$0].name }, kind: q.kind.rawValue,
              title: a.article.title, outlet: a.article.metadata["source"], date: a.article.date.map { String(CivilDate.iso($0).prefix(10)) }, url: a.article.url,
              path: a.article.path, start: q.content.start, end: q.content.end)
  }

  /// Where a reader can find the article: its URL, or the file.
  public var source: String { url ?? path }

  /// The words as a story prints them: a quote in quotation marks; reported speech as it
  /// stands, with the marks of any words it quotes (`the call was "excellent."`).
  public var printed: String {
    let quotesItsOwnWords = text.unicodeScalars.contains { "\"“”«»„".unicodeScalars.contains($0) }
    return kind == "direct" && !quotesItsOwnWords ? "“\(text)”" : text
  }

  /// The quote and who said it on one line, as `y` copies it:
  /// `“…” — Zheng Jian, spokesperson, via Xinhua (Title, 2026-01-05)`.
  public var citation: String {
    let words = printed
    return words + " — " + attribution + (title.map { " (\($0)\(date.map { ", " + $0 } ?? ""))" } ?? date.map { " (\($0))" } ?? "")
  }

  /// `Zheng Jian, spokesperson, via Xinhua`.
  public var attribution: String {
    ([speaker ?? "unattributed", role].compactMap { $0 } + (via.map { ["via " + $0] } ?? [])).joined(separator: ", ")
  }
}

extension Article {
  /// The article's address on the web, from its metadata (front matter, HTML, feeds).
  public var url: String? {
    metadata["url"] ?? metadata["link"]
  }
}
