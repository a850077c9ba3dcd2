import HearsayCore
import HearsayState

/// The reader screen's reducer: an article shown, its panes, scrolling, jumps between
/// quotes and speakers, and search inside it.
extension ReaderState {
  /// Shows a freshly analysed article, replacing the library screen, where the user left
  /// it last time unless a quote or mark asked for another place.
  public mutating func show(_ analysis: ArticleAnalysis) {
    rememberPlace()
    open = OpenArticle(analysis, width: articleWrapWidth)
    go(to: .reader)
    let path = analysis.article.path
    let place = memory.articles[path]
    switch arrival ?? place.map({ .line(at: $0.offset) }) {
    case .quote(let offset):
      if let q = analysis.quotes.indices.first(where: { analysis.quotes[$0].content.contains(offset) || analysis.quotes[$0].content.start >= offset }) {
        jump(toQuote: q)
      }
    case .line(let offset):
      if var o = open {
        o.anchor = o.layout.lines[o.layout.line(containing: min(offset, analysis.article.scalars.count))].start
        if arrival == nil, let start = place?.quoteStart, let q = analysis.quotes.firstIndex(where: { $0.content.start == start }) {
          o.selectedQuote = q
        }
        open = o
      }
      keepSelectionsVisible()
    case nil:
      break
    }
    arrival = nil
    if place?.read != true {
      memory.articles[path, default: ArticlePlace()].read = true
      post(.save)
    }
    if let i = library.entries.firstIndex(where: { $0.path == path }) { library.entries[i] = LibraryEntry(analysis) }
  }

  mutating func leaveArticle() {
    rememberPlace()
    open = nil
  }

  mutating func relayout() {
    guard var o = open else { return }
    let width = articleWrapWidth
    if width != o.layout.width { o.layout = ArticleLayout(article: o.analysis.article, width: width) }
    o.anchor = o.layout.lines[o.layout.line(containing: o.anchor)].start
    open = o
    keepSelectionsVisible()
  }

  mutating func applyInReader(_ action: Action, count: Int) {
    guard var o = open else { return }
    switch action {
    case .quit, .backToLibrary:
      goBack()
      return
    case .star, .yank, .yankSource, .edit, .browse, .export:
      open = o
      applyWorkflow(action, in: o)
      return
    case .nextPane, .previousPane:
      let panes = Pane.allCases
      let i = panes.firstIndex(of: o.focus)!
      o.focus = panes[(i + (action == .nextPane ? 1 : panes.count - 1)) % panes.count]
    case .focusArticle: o.focus = .article
    case .focusQuotes: o.focus = .quotes
    case .focusSources: o.focus = .sources
    case .nextQuote, .previousQuote, .nextSpeakerChange, .previousSpeakerChange, .nextSameSpeaker, .previousSameSpeaker:
      if let target = Navigator(o).target(action, count: count) {
        open = o
        jump(toQuote: target)
        return
      }
      message = "no more quotes that way"
    case .pickSpeaker: prompt = .speaker("")
    case .search: prompt = .search("")
    case .nextArticle, .previousArticle:
      let visible = library.visible.map { library.entries[$0].path }
      guard let here = visible.firstIndex(of: o.analysis.article.path) else { return message = "this article is not in the library's list" }
      let there = here + (action == .nextArticle ? count : -count)
      guard visible.indices.contains(there) else { return message = action == .nextArticle ? "last article" : "first article" }
      rememberPlace()
      post(.open(path: visible[there]))
      library.selected = there
      return
    case .searchNext, .searchPrevious:
      open = o
      stepSearch(forward: action == .searchNext, count: count)
      return
    case .jumpBack:
      if let last = o.jumps.popLast() {
        let here = (anchor: o.anchor, quote: o.selectedQuote)
        o.anchor = last.anchor
        o.selectedQuote = last.quote
        o.jumps.append(here)
      }
    case .cancel:
      o.speakerFilter = nil
      o.search = nil
    case .open:
      open = o
      openInPane()
      return
    default:
      open = o
      scroll(action, count: count)
      return
    }
    open = o
    keepSelectionsVisible()
  }

  private mutating func scroll(_ action: Action, count: Int) {
    guard var o = open else { return }
    let layout = self.layout
    switch o.focus {
    case .article:
      let rows = layout.article.map { PaneGeometry.articleText($0).height } ?? 1
      let i = o.layout.line(containing: o.anchor)
      let lastTop = max(0, o.layout.lines.count - rows)
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
      o.anchor = o.layout.lines[max(0, min(max(lastTop, i), i + delta))].start
      if delta < 0 || action == .top { o.anchor = o.layout.lines[max(0, i + delta)].start }
    case .quotes:
      let listed = o.listedQuotes
      guard !listed.isEmpty else { break }
      let slots = layout.quotes.map(PaneGeometry.quoteSlots) ?? 1
      let current = listed.firstIndex(of: o.selectedQuote ?? -1) ?? 0
      let next = ListMotion.target(from: current, action, count: count, page: slots, length: listed.count)
      o.selectedQuote = listed[next]
      o.anchor = anchorShowing(quote: listed[next], in: o)
    case .sources:
      guard !o.sources.isEmpty else { break }
      let slots = layout.sources.map(PaneGeometry.sourceSlots) ?? 1
      o.selectedSource = ListMotion.target(from: o.selectedSource, action, count: count, page: slots, length: o.sources.count)
    }
    open = o
    keepSelectionsVisible()
  }

  /// Enter: in the quotes pane, show the quote in the article; in the sources pane,
  /// list only that speaker's quotes; in the article, select the quote under the top line.
  private mutating func openInPane() {
    guard var o = open else { return }
    switch o.focus {
    case .quotes:
      if let q = o.selectedQuote {
        open = o
        jump(toQuote: q)
        open?.focus = .article
        return
      }
    case .sources:
      guard o.selectedSource < o.sources.count else { break }
      let speaker = o.sources[o.selectedSource]
      o.speakerFilter = speaker
      o.selectedQuote = o.listedQuotes.first
      o.quotesOffset = 0
      o.focus = .quotes
      message = "quotes by \(o.analysis.speakers[speaker].name) — Esc clears"
    case .article:
      if let q = o.analysis.quotes.indices.first(where: { o.analysis.quotes[$0].content.end > o.anchor }) { o.selectedQuote = q }
    }
    open = o
    keepSelectionsVisible()
  }

  /// Selects a quote and scrolls the article to it, remembering where we were.
  mutating func jump(toQuote q: Int) {
    guard var o = open else { return }
    o.jumps.append((o.anchor, o.selectedQuote))
    if o.jumps.count > 100 { o.jumps.removeFirst() }
    o.selectedQuote = q
    if let f = o.speakerFilter, o.analysis.quotes[q].speaker != f { o.speakerFilter = nil }
    o.anchor = anchorShowing(quote: q, in: o)
    open = o
    keepSelectionsVisible()
  }

  /// The top-line offset that puts a quote's first line a third of the way down the pane.
  func anchorShowing(quote q: Int, in o: OpenArticle) -> Int {
    anchorShowing(offset: o.analysis.quotes[q].content.start, in: o)
  }

  func anchorShowing(offset: Int, in o: OpenArticle) -> Int {
    let rows = layout.article.map { PaneGeometry.articleText($0).height } ?? 1
    let line = o.layout.line(containing: offset)
    let top = max(0, min(line - rows / 3, o.layout.lines.count - rows))
    return o.layout.lines[max(0, top)].start
  }

  mutating func pickSpeaker(_ text: String) {
    guard let o = open else { return }
    let wanted = text.lowercased()
    guard !wanted.isEmpty, let speaker = o.sources.first(where: { s in
      ([o.analysis.speakers[s].name] + o.analysis.speakers[s].aliases).contains { $0.lowercased().contains(wanted) }
    }) else {
      message = "no speaker matches “\(text)”"
      return
    }
    if let q = o.analysis.quotes.indices.first(where: { o.analysis.quotes[$0].speaker == speaker }) {
      open?.selectedSource = o.sources.firstIndex(of: speaker) ?? 0
      jump(toQuote: q)
    }
  }

  mutating func startSearch(_ query: String) {
    guard var o = open, !query.isEmpty else { return }
    let matches = TextSearch.find(query, in: o.analysis.article)
    o.search = SearchState(query: query, matches: matches, current: nil)
    open = o
    if matches.isEmpty {
      message = "not found: \(query)"
      return
    }
    stepSearch(forward: true, count: 1, from: o.anchor)
  }

  mutating func stepSearch(forward: Bool, count: Int, from start: Int? = nil) {
    guard var o = open, var search = o.search, !search.matches.isEmpty else {
      message = "no search — press / to search"
      return
    }
    var i: Int
    if let current = search.current {
      i = forward ? current + count : current - count
    } else {
      let from = start ?? o.anchor
      i = search.matches.firstIndex { $0.start >= from } ?? 0
    }
    let n = search.matches.count
    if i >= n || i < 0 { message = forward ? "search wrapped to the top" : "search wrapped to the bottom" }
    i = ((i % n) + n) % n
    search.current = i
    o.search = search
    o.jumps.append((o.anchor, o.selectedQuote))
    o.anchor = anchorShowing(offset: search.matches[i].start, in: o)
    open = o
  }

  /// Keeps the selected quote and source inside their panes' scroll windows.
  mutating func keepSelectionsVisible() {
    guard var o = open else { return }
    let layout = self.layout
    let listed = o.listedQuotes
    if let q = o.selectedQuote, let i = listed.firstIndex(of: q) {
      let slots = layout.quotes.map(PaneGeometry.quoteSlots) ?? self.layout(focus: .quotes).quotes.map(PaneGeometry.quoteSlots) ?? 1
      if i < o.quotesOffset { o.quotesOffset = i }
      if i >= o.quotesOffset + slots { o.quotesOffset = i - slots + 1 }
    }
    o.quotesOffset = max(0, min(o.quotesOffset, max(0, listed.count - 1)))
    let slots = layout.sources.map(PaneGeometry.sourceSlots) ?? self.layout(focus: .sources).sources.map(PaneGeometry.sourceSlots) ?? 1
    if o.selectedSource < o.sourcesOffset { o.sourcesOffset = o.selectedSource }
    if o.selectedSource >= o.sourcesOffset + slots { o.sourcesOffset = o.selectedSource - slots + 1 }
    open = o
  }
}
