import Foundation
import GRDB
import HearsayCore

/// A search as the user types it: free words, `"phrases"`, and fields —
/// `speaker:"Zheng Jian"`, `outlet:Xinhua`, `kind:direct`, `after:2026-01-01`, `before:…`.
public struct SearchQuery: Equatable, Sendable {
  public var terms: [String] = []
  public var phrases: [String] = []
  public var speaker: String?
  public var outlet: String?
  public var kind: String?
  public var after: Date?
  public var before: Date?

  public init(_ text: String) {
    var rest = Substring(text)
    while let c = rest.first {
      if c.isWhitespace { rest = rest.dropFirst(); continue }
      var field: String?
      if let colon = rest.firstIndex(of: ":"), let space = rest.firstIndex(where: \.isWhitespace) ?? Optional(rest.endIndex), colon < space,
        ["speaker", "outlet", "kind", "after", "before"].contains(rest[..<colon].lowercased())
      {
        field = rest[..<colon].lowercased()
        rest = rest[rest.index(after: colon)...]
      }
      var value: String
      if rest.first == "\"" {
        let body = rest.dropFirst()
        let close = body.firstIndex(of: "\"") ?? body.endIndex
        value = String(body[..<close])
        rest = close < body.endIndex ? body[body.index(after: close)...] : body[close...]
        if field == nil { phrases.append(value); continue }
      } else {
        let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
        value = String(rest[..<end])
        rest = rest[end...]
      }
      switch field {
      case "speaker": speaker = value
      case "outlet": outlet = value
      case "kind": kind = value.lowercased()
      case "after": after = DateLineParser.parse(value)
      case "before": before = DateLineParser.parse(value)
      default: if !value.isEmpty { terms.append(value) }
      }
    }
  }

  /// The FTS5 expression for the text parts, each quoted so user text is never syntax.
  var match: String? {
    let parts = (terms + phrases).map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }
}

/// One quote found by a search, with where to open it.
public struct SearchHit: Sendable, Encodable {
  public var path: String
  public var title: String?
  /// The date line as printed.
  public var date: String?
  public var speaker: String?
  public var via: String?
  public var kind: String
  public var text: String
  /// The matching words in context, each match between `SearchHit.matchStart` and
  /// `SearchHit.matchEnd` (control characters no article text can hold once loaded).
  public var markedSnippet: String
  /// The same with the matches in [brackets], for text and JSON output.
  public var snippet: String {
    markedSnippet.replacingOccurrences(of: String(Self.matchStart), with: "[").replacingOccurrences(of: String(Self.matchEnd), with: "]")
  }
  public static let matchStart: Character = "\u{2}"
  public static let matchEnd: Character = "\u{3}"
  public var start: Int
  public var end: Int
  var speakerKind: String?
  var role: String?
  var outlet: String?
  var url: String?
  var isoDate: String?

  enum CodingKeys: String, CodingKey { case path, title, date, speaker, via, kind, text, snippet, start, end }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(path, forKey: .path)
    try c.encodeIfPresent(title, forKey: .title)
    try c.encodeIfPresent(date, forKey: .date)
    try c.encodeIfPresent(speaker, forKey: .speaker)
    try c.encodeIfPresent(via, forKey: .via)
    try c.encode(kind, forKey: .kind)
    try c.encode(text, forKey: .text)
    try c.encode(snippet, forKey: .snippet)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
  }

  /// The hit as a quote to star, copy or export.
  public var quote: ExportedQuote {
    ExportedQuote(text: text, speaker: speaker, speakerKind: speakerKind, role: role, via: via, kind: kind, title: title,
                  outlet: outlet, date: isoDate ?? date, url: url, path: path, start: start, end: end)
  }
}

/// An indexed article, for the library list.
public struct IndexedArticle: Sendable {
  public var path: String
  public var title: String?
  public var section: String?
  public var dateText: String?
  public var date: Date?
  public var quotes: Int
  public var speakers: Int
}

extension IndexedArticle {
  static let columns = "path, title, section, date_text, date, quote_count, speaker_count"

  init(_ row: Row) {
    self.init(path: row[0], title: row[1], section: row[2], dateText: row[3],
              date: (row[4] as Double?).map { Date(timeIntervalSince1970: $0) }, quotes: row[5], speakers: row[6])
  }
}

/// A speaker across the whole collection: one person or body, whatever names the
/// articles gave it.
public struct CollectionSpeaker: Sendable, Encodable {
  /// Stable across updates (`SpeakerIdentity.Identity.id`).
  public var id: String
  /// The canonical name: the fullest well-formed one seen.
  public var name: String
  public var kind: String
  /// The other names it was seen under.
  public var aliases: [String]
  public var quotes: Int
  public var articles: Int
  public var roles: [String]
  public var first: String?
  public var last: String?
  /// Quotes per period over the collection's span (`CollectionIndex.timelineSpan`), oldest first.
  public var timeline: [Int]
}

extension CollectionIndex {
  /// Quotes matching `text`, newest first. Quote ids are ordered by date (`QuoteID`), so
  /// every query walks quotes from the newest and stops at `limit`: a common word among
  /// 100,000 articles costs no more than a rare one, and dates are a range of ids.
  public func search(_ text: String, limit: Int = 200) throws -> [SearchHit] {
    let query = SearchQuery(text)
    // `speaker:` names a collection speaker through any of its names; a name no speaker
    // has is looked for word by word in the speakers' names instead.
    let ids = try query.speaker.map { name in try read { try identities(for: name, in: $0) } }
    return try search(query, speakerIDs: ids?.nonEmpty, limit: limit)
  }

  /// Exactly one collection speaker's quotes, newest first — given its id, its name or any
  /// name it was seen under: `Obama` brings Barack Obama's, and `Hillary Clinton` never
  /// brings a headline's `Chris Christie Calls Hillary Clinton`.
  public func quotes(by speaker: String, limit: Int = 200) throws -> [SearchHit] {
    guard let id = try read({ try identities(for: speaker, in: $0) }).first else { return [] }
    return try search(SearchQuery(""), speakerIDs: [id], limit: limit)
  }

  private func search(_ q: SearchQuery, speakerIDs: [String]?, limit: Int) throws -> [SearchHit] {
    var conditions: [String] = []
    var arguments: [(any DatabaseValueConvertible)?] = []
    if let speakerIDs {
      conditions.append("""
        EXISTS (SELECT 1 FROM speaker WHERE speaker.article_id = quote.article_id AND speaker.name = quote.speaker
                AND speaker.identity IN (\(speakerIDs.map { _ in "?" }.joined(separator: ", "))))
        """)
      arguments += speakerIDs
    }
    var match = q.match.map { [$0] } ?? []
    if let speaker = q.speaker, speakerIDs == nil {
      // The speaker column of the full-text index: every word of the name must be there.
      match += SpeakerDirectory.key(speaker).split(separator: " ").map { "speaker : \"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"" }
    }
    let id = match.isEmpty ? "quote.id" : "quote_fts.rowid"
    let joins = match.isEmpty ? "FROM quote JOIN article ON article.id = quote.article_id"
      : "FROM quote_fts JOIN quote ON quote.id = quote_fts.rowid JOIN article ON article.id = quote.article_id"
    if !match.isEmpty {
      conditions.append("quote_fts MATCH ?")
      arguments.append(match.joined(separator: " AND "))
    }
    if let outlet = q.outlet {
      conditions.append("(lower(coalesce(article.outlet, '')) LIKE ? OR lower(coalesce(quote.via, '')) LIKE ? OR lower(article.path) LIKE ?)")
      let like = "%\(outlet.lowercased())%"
      arguments += [like, like, like]
    }
    if let kind = q.kind {
      conditions.append("quote.kind = ?")
      arguments.append(kind)
    }
    if let after = q.after {
      conditions.append("\(id) >= ?")
      arguments.append(QuoteID.first(on: after))
    }
    if let before = q.before {
      conditions.append("\(id) >= ? AND \(id) < ?")
      arguments += [QuoteID.firstDated, QuoteID.first(on: before)]
    }
    let snippet = q.match == nil ? "substr(quote.text, 1, 160)" : "snippet(quote_fts, 0, char(2), char(3), '…', 16)"
    let sql = """
      SELECT article.path, article.title, article.date_text, quote.speaker, quote.via, quote.kind, quote.text,
             \(snippet) AS snippet, quote.start, quote."end", article.outlet, article.url, article.date,
             (SELECT coalesce(identity.kind, speaker.kind) || char(31) || coalesce(role, '') || char(31) || coalesce(identity.name, speaker.name)
              FROM speaker LEFT JOIN identity ON identity.id = speaker.identity
              WHERE speaker.article_id = quote.article_id AND speaker.name = quote.speaker LIMIT 1)
      \(joins) \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
      ORDER BY \(id) DESC LIMIT \(max(1, limit))
      """
    return try read { db in
      try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
        // The collection speaker's kind and canonical name, and the article's role for them.
        let who = (row[13] as String?)?.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init) ?? []
        let field = { (i: Int) in who.count > i && !who[i].isEmpty ? who[i] : nil }
        return SearchHit(path: row[0], title: row[1], date: row[2], speaker: field(2) ?? row[3], via: row[4], kind: row[5], text: row[6],
                         markedSnippet: row[7], start: row[8], end: row[9], speakerKind: field(0), role: field(1),
                         outlet: row[10], url: row[11], isoDate: (row[12] as Double?).map { String(PlainTextFormat.isoDate(Date(timeIntervalSince1970: $0)).prefix(10)) })
      }
    }
  }

  /// Every indexed article with its counts.
  public func articles() throws -> [IndexedArticle] {
    try read { db in try Row.fetchAll(db, sql: "SELECT \(IndexedArticle.columns) FROM article").map(IndexedArticle.init) }
  }

  /// The `limit` newest indexed articles (undated ones last, ties by path: the library's
  /// first screen) and how many there are in all — a few milliseconds where every article
  /// takes a tenth of a second at 100,000.
  public func newestArticles(limit: Int) throws -> (articles: [IndexedArticle], total: Int) {
    try read { db in
      let rows = try Row.fetchAll(db, sql: "SELECT \(IndexedArticle.columns) FROM article ORDER BY date DESC, path LIMIT ?", arguments: [limit])
      return (rows.map(IndexedArticle.init), try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0)
    }
  }

  /// How many periods a speaker's timeline has.
  public static let timelineBuckets = 24

  /// The first and last article dates (ISO), which the timelines span.
  public func timelineSpan() throws -> (first: String, last: String)? {
    try read { db in
      guard let row = try Row.fetchOne(db, sql: "SELECT min(date), max(date) FROM article WHERE date IS NOT NULL"),
        let lo = row[0] as Double?, let hi = row[1] as Double?
      else { return nil }
      func day(_ t: Double) -> String { String(PlainTextFormat.isoDate(Date(timeIntervalSince1970: t)).prefix(10)) }
      return (day(lo), day(hi))
    }
  }

  /// Every speaker in the collection, most quoted first: one entry per collection speaker
  /// (`SpeakerIdentity`), as the last linking summed them up — one small table read, however
  /// many quotes. While a first update has linked nothing yet, counted from the speaker rows.
  public func speakers() throws -> [CollectionSpeaker] {
    try read { db in
      let linked = try Row.fetchAll(db, sql: """
        SELECT id, name, kind, aliases, quotes, articles, first, last, roles, timeline FROM identity
        WHERE quotes > 0 ORDER BY quotes DESC, name
        """)
      guard !linked.isEmpty else { return try Self.countSpeakers(db) }
      func list(_ text: String, _ separator: Character) -> [String] { text.split(separator: separator).map(String.init) }
      return linked.map { row in
        CollectionSpeaker(id: row[0], name: row[1], kind: row[2], aliases: list(row[3], "\n"), quotes: row[4], articles: row[5],
                          roles: list(row[8], "\n"), first: row[6], last: row[7], timeline: list(row[9], ",").compactMap { Int($0) })
      }
    }
  }

  /// Every speaker counted from the speaker rows: what linking stores in `identity`. A row
  /// not linked yet counts by its own name.
  static func countSpeakers(_ db: Database) throws -> [CollectionSpeaker] {
    let timelines = try Self.timelines(db)
    let roles = try Self.rankedRoles(db)
    return try Row.fetchAll(db, sql: """
      SELECT \(Self.speakerID), coalesce(identity.name, max(speaker.name)), coalesce(identity.kind, max(speaker.kind)), identity.aliases,
             sum(speaker.quotes), count(DISTINCT speaker.article_id), min(article.date), max(article.date)
      FROM speaker JOIN article ON article.id = speaker.article_id LEFT JOIN identity ON identity.id = speaker.identity
      GROUP BY 1 ORDER BY sum(speaker.quotes) DESC, 2
      """).map { row in
      let id: String = row[0]
      let first = (row[6] as Double?).map { PlainTextFormat.isoDate(Date(timeIntervalSince1970: $0)) }
      let last = (row[7] as Double?).map { PlainTextFormat.isoDate(Date(timeIntervalSince1970: $0)) }
      return CollectionSpeaker(id: id, name: row[1], kind: row[2], aliases: (row[3] as String?)?.split(separator: "\n").map(String.init) ?? [],
                               quotes: row[4], articles: row[5], roles: roles[id] ?? [], first: first, last: last,
                               timeline: timelines[id] ?? [Int](repeating: 0, count: Self.timelineBuckets))
    }
  }

  /// A speaker row's collection speaker, or its own name while not yet linked.
  private static let speakerID = "coalesce(speaker.identity, speaker.key)"

  /// The most roles a collection speaker lists, and the most words one may have.
  public static let roleLimit = (count: 8, words: 12)

  /// Each collection speaker's roles, most often seen first; a role is a short noun
  /// phrase, so a longer one (a clause the article's parse took in) is left out.
  private static func rankedRoles(_ db: Database) throws -> [String: [String]] {
    var result: [String: [String]] = [:]
    let rows = try Row.fetchCursor(db, sql: """
      SELECT \(speakerID), role FROM speaker WHERE role IS NOT NULL AND role != ''
      GROUP BY 1, lower(role) ORDER BY 1, count(*) DESC, max(speaker.quotes) DESC, role
      """)
    while let row = try rows.next() {
      let role: String = row[1]
      guard role.split(whereSeparator: \.isWhitespace).count <= roleLimit.words else { continue }
      let id: String = row[0]
      if result[id, default: []].count < roleLimit.count { result[id, default: []].append(role) }
    }
    return result
  }

  /// Per collection speaker, quotes in each of `timelineBuckets` equal periods between the
  /// collection's first and last dated article: one grouped query, not one per speaker.
  private static func timelines(_ db: Database) throws -> [String: [Int]] {
    guard let span = try Row.fetchOne(db, sql: "SELECT min(date), max(date) FROM article WHERE date IS NOT NULL"),
      let lo = span[0] as Double?, let hi = span[1] as Double?
    else { return [:] }
    let n = timelineBuckets
    let width = max(1, (hi - lo) / Double(n))
    var result: [String: [Int]] = [:]
    let rows = try Row.fetchCursor(db, sql: """
      SELECT \(speakerID), min(\(n - 1), CAST((article.date - ?) / ? AS INTEGER)), sum(speaker.quotes)
      FROM speaker JOIN article ON article.id = speaker.article_id WHERE article.date IS NOT NULL
      GROUP BY 1, 2
      """, arguments: [lo, width])
    while let row = try rows.next() {
      let key: String = row[0]
      let bucket: Int = row[1]
      result[key, default: [Int](repeating: 0, count: n)][max(0, bucket)] += row[2] as Int
    }
    return result
  }
}
