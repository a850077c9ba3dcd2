/// How many rows and entries the reader's panes show: all an open article's motions need
/// to know of the screen.
struct PaneSizes {
  var articleRows: Int
  var quoteSlots: Int
  var sourceSlots: Int
}

extension ReaderState {
  /// The panes' sizes on this screen; a hidden pane (a narrow terminal shows one at a
  /// time) is measured as it would be with the focus on it.
  var paneSizes: PaneSizes {
    let layout = self.layout
    return PaneSizes(
      articleRows: layout.article.map { PaneGeometry.articleText($0).height } ?? 1,
      quoteSlots: layout.quotes.map(PaneGeometry.quoteSlots) ?? self.layout(focus: .quotes).quotes.map(PaneGeometry.quoteSlots) ?? 1,
      sourceSlots: layout.sources.map(PaneGeometry.sourceSlots) ?? self.layout(focus: .sources).sources.map(PaneGeometry.sourceSlots) ?? 1)
  }
}

/// An open article's own motions, edited in place (`open?.scroll(…)`): scrolling the
/// focused pane, jumps to quotes, search steps, and keeping the selections in view.
extension OpenArticle {
  /// Scrolls the focused pane: lines of the article, or the quotes' or sources' selection.
  mutating func scroll(_ action: Action, count: Int, in sizes: PaneSizes) {
    switch focus {
    case .article:
      let rows = sizes.articleRows
      let i = layout.line(containing: anchor)
      let lastTop = max(0, layout.lines.count - rows)
      let delta: Int
      switch action {
      case .moveDown: delta = count
      case .moveUp: delta = -count
      case .halfPageDown: delta = count * max(1, rows / 2)
      case .halfPageUp: delta = -count * max(1, rows / 2)
      case .pageDown: delta = count * max(1, rows - 1)
      case .pageUp: delta = -count * max(1, rows - 1)
      case .top: delta = -i
      case .bottom: delta = lastTop - i
      default: delta = 0
      }
      anchor = layout.lines[max(0, min(max(lastTop, i), i + delta))].start
      if delta < 0 || action == .top { anchor = layout.lines[max(0, i + delta)].start }
    case .quotes:
      let listed = listedQuotes
      guard !listed.isEmpty else { break }
      let current = listed.firstIndex(of: selectedQuote ?? -1) ?? 0
      let next = ListMotion.target(from: current, action, count: count, page: sizes.quoteSlots, length: listed.count)
      selectedQuote = listed[next]
      anchor = anchorShowing(offset: analysis.quotes[listed[next]].content.start, rows: sizes.articleRows)
    case .sources:
      guard !sources.isEmpty else { break }
      selectedSource = ListMotion.target(from: selectedSource, action, count: count, page: sizes.sourceSlots, length: sources.count)
    }
    keepSelectionsVisible(in: sizes)
  }

  /// Selects a quote and scrolls the article to it, remembering where we were.
  mutating func jump(toQuote q: Int, in sizes: PaneSizes) {
    remember()
    selectedQuote = q
    if let f = speakerFilter, analysis.quotes[q].speaker != f { speakerFilter = nil }
    anchor = anchorShowing(offset: analysis.quotes[q].content.start, rows: sizes.articleRows)
    keepSelectionsVisible(in: sizes)
  }

  /// Puts `offset`'s line at the top, remembering where we were for `''`.
  mutating func jump(toLine offset: Int) {
    remember()
    anchor = lineStart(containing: min(offset, analysis.article.scalars.count))
  }

  /// Wraps the text to `width` (if it is not already), keeping the top line's place.
  mutating func rewrap(width: Int) {
    if width != layout.width { layout = ArticleLayout(article: analysis.article, width: width) }
    anchor = lineStart(containing: anchor)
  }

  /// Where the wrapped line holding `offset` starts.
  func lineStart(containing offset: Int) -> Int { layout.lines[layout.line(containing: offset)].start }

  /// Moves `count` matches on from the current one (or from `start`, the first search);
  /// a message when the search wrapped.
  mutating func stepSearch(forward: Bool, count: Int, from start: Int?, rows: Int) -> String? {
    guard var search, !search.matches.isEmpty else { return nil }
    var i: Int
    if let current = search.current {
      i = forward ? current + count : current - count
    } else {
      let from = start ?? anchor
      i = search.matches.firstIndex { $0.start >= from } ?? 0
    }
    let n = search.matches.count
    let wrapped = i >= n || i < 0 ? (forward ? "search wrapped to the top" : "search wrapped to the bottom") : nil
    i = ((i % n) + n) % n
    search.current = i
    self.search = search
    remember()
    anchor = anchorShowing(offset: search.matches[i].start, rows: rows)
    return wrapped
  }

  /// Keeps the selected quote and source inside their panes' scroll windows.
  mutating func keepSelectionsVisible(in sizes: PaneSizes) {
    let listed = listedQuotes
    if let q = selectedQuote, let i = listed.firstIndex(of: q) {
      if i < quotesOffset { quotesOffset = i }
      if i >= quotesOffset + sizes.quoteSlots { quotesOffset = i - sizes.quoteSlots + 1 }
    }
    quotesOffset = max(0, min(quotesOffset, max(0, listed.count - 1)))
    if selectedSource < sourcesOffset { sourcesOffset = selectedSource }
    if selectedSource >= sourcesOffset + sizes.sourceSlots { sourcesOffset = selectedSource - sizes.sourceSlots + 1 }
  }

  /// The top-line offset that puts `offset`'s line a third of the way down a pane of `rows`.
  func anchorShowing(offset: Int, rows: Int) -> Int {
    let line = layout.line(containing: offset)
    let top = max(0, min(line - rows / 3, layout.lines.count - rows))
    return layout.lines[max(0, top)].start
  }

  /// Where we are, for `''` to come back to (the last hundred places).
  private mutating func remember() {
    jumps.append((anchor, selectedQuote))
    if jumps.count > 100 { jumps.removeFirst() }
  }
}
