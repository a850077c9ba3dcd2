import HearsayCore
import HearsayState

/// The three panes of the reader.
public enum Pane: String, CaseIterable, Sendable {
  case article, quotes, sources
  var context: Context {
    switch self {
    case .article: return .article
    case .quotes: return .quotes
    case .sources: return .sources
    }
  }
}

/// A line of input being typed in the status line.
public enum Prompt: Equatable, Sendable {
  case search(String)
  case speaker(String)
  case filter(String)
  /// A query over the whole collection's index.
  case collectionSearch(String)
  /// The file to export to; the job says what goes in it.
  case export(String, ExportJob)
  /// A speaker's new name.
  case renameSpeaker(String, CollectionSpeakerRow)

  public var text: String {
    switch self {
    case .search(let t), .speaker(let t), .filter(let t), .collectionSearch(let t), .export(let t, _), .renameSpeaker(let t, _): return t
    }
  }
  func with(_ text: String) -> Prompt {
    switch self {
    case .search: return .search(text)
    case .speaker: return .speaker(text)
    case .filter: return .filter(text)
    case .collectionSearch: return .collectionSearch(text)
    case .export(_, let job): return .export(text, job)
    case .renameSpeaker(_, let row): return .renameSpeaker(text, row)
    }
  }
  /// Whether ↑ and ↓ recall earlier entries (searches and filters, not file names).
  var usesHistory: Bool {
    switch self {
    case .search, .filter, .collectionSearch: return true
    case .speaker, .export, .renameSpeaker: return false
    }
  }
}

/// Search matches in the open article, and which one is current.
public struct SearchState: Equatable, Sendable {
  public var query: String
  public var matches: [TextRange]
  public var current: Int?
}

/// Everything about the open article: the analysis, where the user is, what is selected.
public struct OpenArticle: Sendable {
  public var analysis: ArticleAnalysis
  public var layout: ArticleLayout
  public var focus: Pane = .article
  /// Code-point offset at the top of the article pane: survives re-wrapping.
  public var anchor = 0
  public var selectedQuote: Int?
  public var quotesOffset = 0
  public var selectedSource = 0
  public var sourcesOffset = 0
  /// Speaker whose quotes alone the quotes pane lists.
  public var speakerFilter: Int?
  public var search: SearchState?
  /// Where the user was before each jump, for `''`.
  public var jumps: [(anchor: Int, quote: Int?)] = []
  /// Speakers in the sources pane, most quoted first.
  public let sources: [Int]
  /// A colour slot per speaker, in order of first quote.
  public let colorSlots: [Int: Int]
  /// Per speaker: who relayed their quotes, and how many quotes they relayed for others.
  public let relays: [Int: [String]]
  public let relayedCount: [Int: Int]
  public let quoteCounts: [Int]

  public init(_ analysis: ArticleAnalysis, width: Int) {
    self.analysis = analysis
    layout = ArticleLayout(article: analysis.article, width: width)
    let counts = analysis.quoteCounts
    let relayers = Set(analysis.quotes.compactMap(\.via))
    sources = analysis.speakers.indices.filter { counts[$0] > 0 || relayers.contains($0) }
      .sorted { (counts[$0], -$0) > (counts[$1], -$1) }
    var slots: [Int: Int] = [:]
    for q in analysis.quotes { if let s = q.speaker, slots[s] == nil { slots[s] = slots.count } }
    colorSlots = slots
    var relays: [Int: Set<String>] = [:]
    var relayed: [Int: Int] = [:]
    for q in analysis.quotes {
      guard let via = q.via else { continue }
      relayed[via, default: 0] += 1
      if let s = q.speaker { relays[s, default: []].insert(analysis.speakers[via].name) }
    }
    self.relays = relays.mapValues { $0.sorted() }
    relayedCount = relayed
    quoteCounts = counts
    selectedQuote = analysis.quotes.isEmpty ? nil : 0
  }

  /// Indices of the quotes the quotes pane lists.
  public var listedQuotes: [Int] {
    guard let f = speakerFilter else { return Array(analysis.quotes.indices) }
    return analysis.quotes.indices.filter { analysis.quotes[$0].speaker == f }
  }
}

/// The whole reader: which screen, the library, the open article, prompts and overlays.
public struct ReaderState: Sendable {
  public enum Screen: Sendable { case library, reader, speakers, results }

  /// Where to put an article once it is open.
  public enum Arrival: Equatable, Sendable {
    /// At the quote holding (or following) this offset, selected: a search hit, a starred quote.
    case quote(at: Int)
    /// With this offset on the top line: a mark, a remembered place.
    case line(at: Int)
  }

  public var size: Size
  public internal(set) var screen: Screen = .library
  /// The screens `q` goes back to, the latest last: a view stack, as in mutt and tig.
  public internal(set) var behind: [Screen] = []
  /// `hearsay FILE`: the article is the whole session, so the library of that one file is
  /// never behind it, and leaving the article quits (as `less FILE` does).
  public var standalone = false
  public var library: LibraryState
  public var open: OpenArticle?
  public var prompt: Prompt?
  public var showHelp = false
  public var helpOffset = 0
  public var pendingKeys: [Key] = []
  public var pendingCount = ""
  var focusBeforeCount: Pane?
  public var message: String?
  /// Where to put the article at once it is open (a quote found across the collection, a mark).
  public var arrival: Arrival?
  /// Collection-wide speakers and search results, from the index.
  public var collection = CollectionViews()

  /// The live key bindings (defaults plus the configuration's).
  public var keymap = Keymap()
  public var settings = ReaderSettings()
  /// What is remembered between runs; a change posts `.save`.
  public var memory = ReadingState()
  /// What the reducer asked for outside the state, in order (see `Effect`).
  public internal(set) var outbox: [Effect] = []
  /// Which earlier entry ↑ recalled into the prompt.
  var historyCursor: Int?

  public init(size: Size, library: LibraryState) {
    self.size = size
    self.library = library
  }

  public var context: Context {
    switch screen {
    case .library: return .library
    case .speakers, .results: return .lists
    case .reader: return open?.focus.context ?? .article
    }
  }

  func layout(focus: Pane) -> ReaderLayout { ReaderLayout.compute(size, focus: focus, ratio: settings.paneRatio) }

  /// The article's wrap width: its pane's, or less when `text-width` says so.
  var articleWrapWidth: Int {
    let pane = layout(focus: .article).article.map { PaneGeometry.articleText($0).width } ?? size.width
    return max(1, settings.textWidth > 0 ? min(pane, settings.textWidth) : pane)
  }

  public var layout: ReaderLayout { ReaderLayout.compute(size, focus: open?.focus ?? .article, ratio: settings.paneRatio) }
}
