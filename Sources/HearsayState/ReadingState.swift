import Foundation
import HearsayCore

/// What the reader remembers about a collection between runs: which articles were read
/// and where, starred quotes, marks and search history. Articles are keyed by absolute
/// path (`PathName.absolute`).
public struct ReadingState: Codable, Sendable, Equatable {
  public static let version = 1

  public var version = ReadingState.version
  public var articles: [String: ArticlePlace] = [:]
  /// Oldest first.
  public var starred: [StarredQuote] = []
  /// Upper-case marks, which name a place in any article (`mA` … `'A`).
  public var marks: [String: CollectionMark] = [:]
  /// Searches and filters typed, oldest first, without repeats.
  public var history: [String] = []
  /// The article highlighted in the library, and the one open, when the reader quit:
  /// the next run starts there.
  public var selectedArticle: String?
  public var openArticle: String?
  /// Who is who, as the user corrected it in the speakers view, oldest first (applied
  /// after the configuration's `speaker` lines).
  public var speakerCorrections: [SpeakerCorrection] = []

  public static let historyLimit = 200

  public init() {}

  enum CodingKeys: String, CodingKey {
    case version, articles, starred, marks, history, selectedArticle, openArticle, speakerCorrections
  }

  /// A state saved before a field existed still loads, with that field empty.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    version = try c.decodeIfPresent(Int.self, forKey: .version) ?? Self.version
    articles = try c.decodeIfPresent([String: ArticlePlace].self, forKey: .articles) ?? [:]
    starred = try c.decodeIfPresent([StarredQuote].self, forKey: .starred) ?? []
    marks = try c.decodeIfPresent([String: CollectionMark].self, forKey: .marks) ?? [:]
    history = try c.decodeIfPresent([String].self, forKey: .history) ?? []
    selectedArticle = try c.decodeIfPresent(String.self, forKey: .selectedArticle)
    openArticle = try c.decodeIfPresent(String.self, forKey: .openArticle)
    speakerCorrections = try c.decodeIfPresent([SpeakerCorrection].self, forKey: .speakerCorrections) ?? []
  }

  public mutating func remember(search text: String) {
    guard !text.isEmpty else { return }
    history.removeAll { $0 == text }
    history.append(text)
    if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
  }

  public func isStarred(path: String, start: Int, end: Int) -> Bool {
    starred.contains { $0.quote.path == path && $0.quote.start == start && $0.quote.end == end }
  }

  /// Stars a quote, or unstars it if it was starred; returns whether it is starred now.
  @discardableResult
  public mutating func toggleStar(_ quote: ExportedQuote, at date: Date = Date()) -> Bool {
    if let i = starred.firstIndex(where: { $0.quote.path == quote.path && $0.quote.start == quote.start && $0.quote.end == quote.end }) {
      starred.remove(at: i)
      return false
    }
    starred.append(StarredQuote(quote: quote, starredAt: date))
    return true
  }
}

/// One article's remembered place. Offsets are code points into the article's text, so
/// they survive re-wrapping at another terminal width.
public struct ArticlePlace: Codable, Sendable, Equatable {
  public var read = false
  /// The first character of the top line of the article pane.
  public var offset = 0
  /// The start offset of the selected quote (a quote's index may change when the parser does).
  public var quoteStart: Int?
  /// Lower-case marks: letter → offset in this article.
  public var marks: [String: Int] = [:]
  public init(read: Bool = false, offset: Int = 0, quoteStart: Int? = nil, marks: [String: Int] = [:]) {
    self.read = read
    self.offset = offset
    self.quoteStart = quoteStart
    self.marks = marks
  }

  // Defaults are left out of the file: a collection of 100,000 read articles is a state
  // file of `{"read":true}`s, not of empty mark tables.
  enum CodingKeys: String, CodingKey { case read, offset, quoteStart, marks }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    read = try c.decodeIfPresent(Bool.self, forKey: .read) ?? false
    offset = try c.decodeIfPresent(Int.self, forKey: .offset) ?? 0
    quoteStart = try c.decodeIfPresent(Int.self, forKey: .quoteStart)
    marks = try c.decodeIfPresent([String: Int].self, forKey: .marks) ?? [:]
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    if read { try c.encode(read, forKey: .read) }
    if offset != 0 { try c.encode(offset, forKey: .offset) }
    try c.encodeIfPresent(quoteStart, forKey: .quoteStart)
    if !marks.isEmpty { try c.encode(marks, forKey: .marks) }
  }
}

public struct CollectionMark: Codable, Sendable, Equatable {
  public var path: String
  public var offset: Int
  public init(path: String, offset: Int) {
    self.path = path
    self.offset = offset
  }
}

public struct StarredQuote: Codable, Sendable, Equatable {
  public var quote: ExportedQuote
  public var starredAt: Date
  public init(quote: ExportedQuote, starredAt: Date) {
    self.quote = quote
    self.starredAt = starredAt
  }
}
