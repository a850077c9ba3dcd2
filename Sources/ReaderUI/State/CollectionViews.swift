/// A speaker across the whole collection, as the speakers view lists it.
public struct CollectionSpeakerRow: Sendable, Hashable {
  public var name: String
  public var kind: String
  public var quotes: Int
  public var articles: Int
  public init(name: String, kind: String, quotes: Int, articles: Int) {
    self.name = name
    self.kind = kind
    self.quotes = quotes
    self.articles = articles
  }
}

/// One quote found across the collection: where it is and what to show.
public struct CollectionQuoteRow: Sendable, Hashable {
  public var path: String
  public var title: String
  public var date: String
  public var speaker: String
  public var snippet: String
  public var start: Int
  public init(path: String, title: String, date: String, speaker: String, snippet: String, start: Int) {
    self.path = path
    self.title = title
    self.date = date
    self.speaker = speaker
    self.snippet = snippet
    self.start = start
  }
}

/// The collection-wide views: every speaker (filter as you type), and a list of quotes
/// (a speaker's, or a search's). The reader app fills them from the index on request.
public struct CollectionViews: Sendable {
  public var speakers: [CollectionSpeakerRow] = []
  public var speakerFilter = ""
  public var selectedSpeaker = 0
  public var results: [CollectionQuoteRow] = []
  public var resultsTitle = ""
  public var selectedResult = 0
  /// Whether Esc goes back to the speakers view (the results are one speaker's quotes).
  public var resultsFromSpeakers = false
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
  case quotes(bySpeaker: String)
  case search(String)
}

/// What the reader needs from a collection's index; the app supplies it, so the UI layer
/// stays free of storage.
public protocol CollectionQueries: Sendable {
  /// Brings the index up to date, reporting (done, total) as files are parsed.
  func update(progress: @escaping @Sendable (Int, Int) -> Void) throws
  func speakers() throws -> [CollectionSpeakerRow]
  /// Every indexed article with its counts, for the library.
  func entries() throws -> [LibraryEntry]
  func quotes(matching query: String) throws -> [CollectionQuoteRow]
}
