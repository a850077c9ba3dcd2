import Foundation

/// Plain text as news sites and scrapers save it: an optional kicker line
/// (`CHINA / DIPLOMACY`), a headline, a date line, photo captions, then body paragraphs.
public struct PlainTextFormat: ArticleFormat {
  public init() {}

  public func accepts(path: String, text: String) -> Bool { true }

  public func article(path: String, text: String) -> Article {
    var article = Article(path: path, text: text, blocks: [])
    article.blocks = Self.layout(article.storage, in: TextRange(0, article.scalars.count))
    Self.fillMetadata(&article)
    return article
  }

  /// Gives each paragraph of `range` its role. Shared with formats that wrap plain text.
  static func layout(_ text: ScalarText, in range: TextRange) -> [Article.Block] {
    let paragraphs = ParagraphGrouper.paragraphs(LineSplitter.lines(text.scalars, in: range))
    // Only short paragraphs can be captions, section lines, headlines or date lines: long
    // ones are body text and are never copied or hashed here.
    let short = 400
    var counts: [String: Int] = [:]
    for p in paragraphs where p.length < short { counts[text.string(p.start, p.end), default: 0] += 1 }
    var blocks: [Article.Block] = []
    var sawHeadline = false
    var sawBody = false
    for (i, p) in paragraphs.enumerated() {
      guard p.length < short else {
        // A long paragraph is body text, unless it says it is a caption (`Photo: …`).
        let caption = isCaption(text.string(p.start, p.start + 16), repeats: 0)
        if !caption { sawBody = true }
        blocks.append(Article.Block(range: p, role: caption ? .caption : .body))
        continue
      }
      let t = text.string(p.start, p.end)
      var role = Article.Block.Role.body
      if !sawBody && !sawHeadline && i == 0 && isSectionLine(t) && paragraphs.count > 2 {
        role = .section
      } else if !sawBody && !sawHeadline && isHeadlineCandidate(t) && paragraphs.count > 1 {
        role = .headline
        sawHeadline = true
      } else if !sawBody && i < 6 && (DateLineParser.isIntroduced(t) || DateLineParser.parse(t) != nil) {
        role = .dateline
      } else if isCaption(t, repeats: counts[t, default: 0]) {
        role = .caption
      } else {
        sawBody = true
      }
      blocks.append(Article.Block(range: p, role: role))
    }
    return blocks
  }

  static func fillMetadata(_ article: inout Article) {
    for block in article.blocks where block.role == .section || block.role == .headline || block.role == .dateline {
      let t = article.substring(block.range)
      switch block.role {
      case .section where article.section == nil: article.section = t
      case .headline where article.title == nil: article.title = t
      case .dateline where article.dateText == nil:
        article.dateText = t
        article.date = DateLineParser.parse(t)
      default: break
      }
    }
  }

  /// An all-capitals kicker such as `CHINA / DIPLOMACY` (no-break spaces included).
  static func isSectionLine(_ t: String) -> Bool {
    guard t.count <= 60, t.contains(where: \.isLetter) else { return false }
    return !t.contains(where: \.isLowercase) && !t.hasSuffix(".")
  }

  static func isHeadlineCandidate(_ t: String) -> Bool {
    t.count <= 300 && !DateLineParser.isIntroduced(t)
  }

  /// Photo captions: printed twice (pages repeat them under the photo and in the
  /// gallery) or introduced as such.
  static func isCaption(_ t: String, repeats: Int) -> Bool {
    if repeats > 1 && t.count < 400 { return true }
    let lower = t.prefix(8).lowercased()
    return ["photo:", "image:", "caption:", "(photo", "[photo"].contains { lower.hasPrefix($0) }
  }
}

extension PlainTextFormat {
  /// An article from parts another format extracted (a page, a record, a feed item): the
  /// text is laid out as headline, `Published:` line and body paragraphs, so every format
  /// reads the same way in the reader and offsets refer to this text.
  public static func compose(path: String, title: String?, dateText: String?, date: Date? = nil, body: String,
                             metadata: [String: String?] = [:]) -> Article {
    var header: [String] = []
    if let title, !title.isEmpty { header.append(title) }
    if let dateText { header.append("Published: " + dateText) }
    let text = (header.isEmpty ? "" : header.joined(separator: "\n") + "\n\n") + body
    var article = PlainTextFormat().article(path: path, text: text.isEmpty ? " " : text)
    article.title = title ?? article.title
    if let dateText {
      article.dateText = dateText
      article.date = date ?? article.date ?? DateLineParser.parse(dateText)
    }
    for (key, value) in metadata {
      if let value, !value.isEmpty { article.metadata[key] = value }
    }
    return article
  }
}

extension PlainTextFormat {
  /// A date as ISO 8601 in UTC, without a formatter per call.
  public static func isoDate(_ date: Date) -> String { CivilDate.iso(date) }
}
