/// What a configuration file can set besides keys and colours.
public struct ReaderSettings: Equatable, Sendable {
  /// Mouse reporting (wheel, clicks); off by default so the terminal's own selection works.
  public var mouse = false
  /// The widest the article's text is wrapped, in cells; 0 means the pane's width.
  public var textWidth = 0
  /// Shares of the width for article, quotes and sources in the three-column layout.
  public var paneRatio = PaneRatio(article: 50, quotes: 30, sources: 20)
  /// The collection `hearsay` opens without a PATH.
  public var collection: String?
  /// Show the minimap of quotes along the article pane's edge.
  public var minimap = true

  public init() {}
}

/// Relative widths; any positive numbers (`50:30:20`, `2:1:1`).
public struct PaneRatio: Equatable, Sendable {
  public var article: Int
  public var quotes: Int
  public var sources: Int
  public init(article: Int, quotes: Int, sources: Int) {
    self.article = article
    self.quotes = quotes
    self.sources = sources
  }
  public var notation: String { "\(article):\(quotes):\(sources)" }
}
