import HearsayCore

/// A speaker across the whole collection, as the speakers view lists it.
public struct CollectionSpeakerRow: Sendable, Hashable {
  /// The collection speaker's id: what "quotes by" and exports ask the index for.
  public var id: String
  public var name: String
  public var kind: String
  /// The other names it was seen under.
  public var aliases: [String]
  public var quotes: Int
  public var articles: Int
  /// Quotes per period, oldest first, over the collection's whole span (the histogram).
  public var timeline: [Int]
  public init(id: String? = nil, name: String, kind: String, aliases: [String] = [], quotes: Int, articles: Int, timeline: [Int] = []) {
    self.id = id ?? name
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.quotes = quotes
    self.articles = articles
    self.timeline = timeline
  }
}

/// One quote in a list across the collection (a search's, a speaker's, the starred):
/// the quote with its attribution and source, and the words to show.
public struct CollectionQuoteRow: Sendable, Hashable {
  public var quote: ExportedQuote
  /// The matching words in context, each match between U+0002 and U+0003 (the index's
  /// markers, drawn highlighted); the quote's start otherwise.
  public var snippet: String
  public init(quote: ExportedQuote, snippet: String? = nil) {
    self.quote = quote
    self.snippet = snippet ?? String(quote.text.prefix(200))
  }
}

/// What a list of quotes across the collection is.
public enum QuoteListing: Equatable, Sendable {
  case search(String)
  case speaker(String)
  case starred

  public var title: String {
    switch self {
    case .search(let q): return "search: \(q)"
    case .speaker(let name): return "quotes by \(name)"
    case .starred: return "starred quotes"
    }
  }
}

/// The collection-wide views: every speaker (filter as you type), and a list of quotes
/// (a speaker's, or a search's). The reader app fills them from the index on request.
public struct CollectionViews: Sendable {
  public var speakers: [CollectionSpeakerRow] = []
  public var speakerFilter = ""
  public var selectedSpeaker = 0
  /// The speaker `m` marked, to merge with the next one `m` is pressed on (its id).
  public var markedSpeaker: String?
  public var results: [CollectionQuoteRow] = []
  public var listing = QuoteListing.starred
  public var selectedResult = 0
  /// The span the speakers' timelines cover, for the view's header (`2025-01 … 2026-11`).
  public var timelineSpan: (first: String, last: String)?
  /// Indexing progress for the status line, when it is running.
  public var indexing: (done: Int, total: Int)?

  public init() {}

  public var visibleSpeakers: [CollectionSpeakerRow] {
    let words = speakerFilter.lowercased().split(separator: " ")
    return speakers.filter { s in words.allSatisfy { s.name.lowercased().contains($0) } }
  }
}

/// What the reader asks the app to fetch from the index.
public enum CollectionRequest: Equatable, Sendable {
  case speakers
  case quotes(of: CollectionSpeakerRow)
  case search(String)
}

/// What the reader needs from a collection's index; the app supplies it, so the UI layer
/// stays free of storage.
public protocol CollectionQueries: Sendable {
  /// Brings the index up to date, reporting (done, total) as files are parsed.
  func update(progress: @escaping @Sendable (Int, Int) -> Void) throws
  /// Links the collection's speakers with the user's corrections (when they changed);
  /// returns a message for each that names nobody.
  func correctSpeakers(_ corrections: [SpeakerCorrection]) throws -> [String]
  /// Every speaker, most quoted first, with their timelines and the span those cover.
  func speakers() throws -> (rows: [CollectionSpeakerRow], span: (first: String, last: String)?)
  /// Every indexed article with its counts, for the library.
  func entries() throws -> [LibraryEntry]
  /// Quotes a search finds, newest first, at most `limit`.
  func quotes(matching query: String, limit: Int) throws -> [CollectionQuoteRow]
  /// Exactly one speaker's quotes (a row of the speakers view, by its id), newest first.
  func quotes(bySpeaker id: String, limit: Int) throws -> [CollectionQuoteRow]
}
