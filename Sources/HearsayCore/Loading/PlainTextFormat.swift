import Foundation

/// Plain text as news sites and scrapers save it: an optional kicker line
/// (`CHINA / DIPLOMACY`), a headline, a date line, photo captions, then body paragraphs.
public struct PlainTextFormat: ArticleFormat {
  public init() {}

  public func accepts(path: String, text: String) -> Bool { true }

  public func article(path: String, text: String) -> Article {
    var article = Article(path: path, text: text, blocks: [])
    article.blocks = Self.layout(article.storage, in: TextRange(0, article.storage.count))
    Self.fillMetadata(&article)
    return article
  }

  /// Gives each paragraph of `range` its role. Shared with formats that wrap plain text.
  static func layout(_ text: ScalarText, in range: TextRange) -> [Article.Block] {
    let paragraphs = ParagraphGrouper.paragraphs(LineSplitter.lines(text, in: range))
    // Only short paragraphs can be captions, section lines, headlines or date lines: long
    // ones are body text and are never copied or hashed here.
    let short = 400
    let repeats = repeatCounts(text, paragraphs, shorterThan: short)
    var blocks: [Article.Block] = []
    blocks.reserveCapacity(paragraphs.count)
    var sawHeadline = false
    var sawBody = false
    for (i, p) in paragraphs.enumerated() {
      // Past the header only captions can stand out from body text: nothing is copied.
      guard p.length < short, !sawBody else {
        // A long paragraph is body text, unless it says it is a caption (`Photo: …`).
        let caption = repeats[i] > 1 || (mayOpenCaption(text.scalar(at: p.start)) && isCaption(text.string(p.start, p.start + longestIntroducer), repeats: 0))
        let credit = !caption && p.length <= longestCredit && isCredit(text.string(p.start, p.end))
        if !caption && !credit { sawBody = true }
        blocks.append(Article.Block(range: p, role: caption ? .caption : credit ? .credit : .body))
        continue
      }
      let t = text.string(p.start, p.end)
      var role = Article.Block.Role.body
      if !sawHeadline && i == 0 && isSectionLine(t) && paragraphs.count > 2 {
        role = .section
      } else if !sawHeadline && isHeadlineCandidate(t) && paragraphs.count > 1 {
        role = .headline
        sawHeadline = true
      } else if i < 6 && (DateLineParser.isIntroduced(t) || DateLineParser.parse(t) != nil) {
        role = .dateline
      } else if isCaption(t, repeats: repeats[i]) {
        role = .caption
      } else if p.length <= longestCredit && isCredit(t) {
        role = .credit
      } else {
        sawBody = true
      }
      blocks.append(Article.Block(range: p, role: role))
    }
    return blocks
  }

  /// How often each short paragraph occurs in the range (1 for long ones), by a hash of
  /// its code points rather than a copy of its text.
  private static func repeatCounts(_ text: ScalarText, _ paragraphs: [TextRange], shorterThan short: Int) -> [Int] {
    var counts = [Int](repeating: 1, count: paragraphs.count)
    // Sorted by length: only paragraphs that share their length with another can repeat,
    // and only those are hashed (then sorted by hash and counted in runs).
    let byLength = paragraphs.indices.filter { paragraphs[$0].length < short }.sorted { paragraphs[$0].length < paragraphs[$1].length }
    var i = 0
    while i < byLength.count {
      var j = i + 1
      while j < byLength.count, paragraphs[byLength[j]].length == paragraphs[byLength[i]].length { j += 1 }
      if j - i > 1 {
        let hashed = byLength[i..<j].map { (paragraph: $0, hash: hash(text, paragraphs[$0])) }.sorted { $0.hash < $1.hash }
        var k = 0
        while k < hashed.count {
          var l = k + 1
          while l < hashed.count, hashed[l].hash == hashed[k].hash { l += 1 }
          for m in k..<l { counts[hashed[m].paragraph] = l - k }
          k = l
        }
      }
      i = j
    }
    return counts
  }

  private static func hash(_ text: ScalarText, _ p: TextRange) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    text.forEachScalar(in: p) { _, s in hash = (hash ^ UInt64(s.value)) &* 0x100_0000_01b3 }
    return hash
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

  /// An all-capitals kicker such as `CHINA / DIPLOMACY` (no-break spaces included), or one
  /// in a script with no capitals set off with a slash (`城市 / 交通`): a line of such a
  /// script has no lowercase letters either, and a headline is not a kicker.
  static func isSectionLine(_ t: String) -> Bool {
    let scalars = t.unicodeScalars
    guard scalars.count <= 60, scalars.contains(where: { $0.isLetter }) else { return false }
    return !scalars.contains(where: { $0.isLowercaseLetter }) && !t.hasSuffix(".")
      && (scalars.contains(where: { $0.isUppercaseLetter }) || scalars.contains("/"))
  }

  static func isHeadlineCandidate(_ t: String) -> Bool {
    t.unicodeScalars.count <= 300 && !DateLineParser.isIntroduced(t)
  }

  /// How a photo's caption, or a link to another story set in the text, is introduced:
  /// neither is the article's prose (`RELATED: Sea wall repairs delayed, council says`).
  private static let captionIntroducers = ["photo:", "image:", "caption:", "(photo", "[photo", "related:", "read more:", "see also:", "also read:", "read also:"]
  private static let longestIntroducer = captionIntroducers.map(\.count).max()!
  private static let captionInitials = captionIntroducers.map { $0.unicodeScalars.first! }

  /// Whether a paragraph starting with `c` could be introduced as a caption: most cannot,
  /// and are not copied to find out.
  private static func mayOpenCaption(_ c: Unicode.Scalar) -> Bool {
    captionInitials.contains(c.value < 0x80 && c.isUppercaseLetter ? Unicode.Scalar(c.value + 32)! : c)
  }

  /// Who took a photo and for whom, as a line of its own: `Dana Ruiz via Getty Images.`,
  /// `Omar Bell/Reuters`, `(AP Photo/Dana Ruiz)` — a capitalised name of four words at
  /// most, and an agency after `via` or a slash (or `AP Photo/` before it).
  static func isCredit(_ t: String) -> Bool {
    // (Most short paragraphs have no slash, `via` or `Photo by`, and are asked no more.)
    guard t.utf8.contains(UInt8(ascii: "/")) || containsVia(t) || t.prefix(9).lowercased() == "photo by " else { return false }
    var line = Substring(t.trimmingCharacters(in: .whitespaces))
    if line.hasPrefix("("), line.hasSuffix(")") { line = line.dropFirst().dropLast() }
    if line.hasSuffix(".") { line = line.dropLast() }
    let lower = line.lowercased()
    let credited: Substring
    if let opener = creditOpeners.first(where: { lower.hasPrefix($0) }) {
      credited = line.dropFirst(opener.count)
    } else if let ending = creditEndings.first(where: { lower.hasSuffix($0) }) {
      credited = line.dropLast(ending.count)
    } else {
      return false
    }
    let words = credited.split(separator: " ")
    return (1...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
  }
  /// Whether ` via ` is in `t`: five bytes read through a window, with nothing allocated.
  private static func containsVia(_ t: String) -> Bool {
    let via: UInt64 = 0x20_76_69_61_20
    var window: UInt64 = 0
    for byte in t.utf8 {
      window = (window << 8 | UInt64(byte)) & 0xFF_FF_FF_FF_FF
      if window == via { return true }
    }
    return false
  }

  /// The agencies a credit names last, lowercase, and what a credit may open with.
  private static let creditAgencies = [
    "getty images", "getty", "reuters", "ap", "afp", "epa", "epa-efe", "shutterstock", "alamy", "bloomberg", "pool",
    "xinhua", "zuma press", "sipa usa", "imagn", "usa today sports", "anadolu agency", "the associated press", "associated press",
    "afp/getty images",
  ]
  /// What a credit ends with: an agency after `via` or a slash, the longest first (`via
  /// AFP/Getty Images` before `/Getty Images`).
  private static let creditEndings = creditAgencies.flatMap { [" via " + $0, "/" + $0] }.sorted { $0.count > $1.count }
  private static let creditOpeners = ["ap photo/", "afp photo/", "reuters/", "photo by "]
  /// The longest line read as a credit: longer ones are not copied to find out.
  private static let longestCredit = 80

  /// Photo captions: printed twice (pages repeat them under the photo and in the
  /// gallery) or introduced as such; and links to other stories.
  static func isCaption(_ t: String, repeats: Int) -> Bool {
    if repeats > 1 && t.count < 400 { return true }
    let lower = t.prefix(longestIntroducer).lowercased()
    return captionIntroducers.contains { lower.hasPrefix($0) }
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
