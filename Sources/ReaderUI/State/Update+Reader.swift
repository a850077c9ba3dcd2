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
      if let o = open { open?.anchor = o.lineStart(containing: min(offset, analysis.article.scalars.count)) }
      if arrival == nil, let start = place?.quoteStart, let q = analysis.quotes.firstIndex(where: { $0.content.start == start }) {
        open?.selectedQuote = q
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
    let width = articleWrapWidth
    open?.rewrap(width: width)
    keepSelectionsVisible()
  }

  mutating func applyInReader(_ action: Action, count: Int) {
    // Read from this copy; every change goes to `open` itself, in place.
    guard let o = open else { return }
    switch action {
    case .quit, .backToLibrary:
      goBack()
      return
    case .star, .yank, .yankSource, .edit, .browse, .export:
      applyWorkflow(action, in: o)
      return
    case .nextPane, .previousPane:
      let panes = Pane.allCases
      let i = panes.firstIndex(of: o.focus)!
      open?.focus = panes[(i + (action == .nextPane ? 1 : panes.count - 1)) % panes.count]
    case .focusArticle: open?.focus = .article
    case .focusQuotes: open?.focus = .quotes
    case .focusSources: open?.focus = .sources
    case .nextQuote, .previousQuote, .nextSpeakerChange, .previousSpeakerChange, .nextSameSpeaker, .previousSameSpeaker:
      if let target = Navigator(o).target(action, count: count) {
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
      stepSearch(forward: action == .searchNext, count: count)
      return
    case .jumpBack:
      if let last = o.jumps.last {
        open?.jumps.removeLast()
        open?.jumps.append((o.anchor, o.selectedQuote))
        open?.anchor = last.anchor
        open?.selectedQuote = last.quote
      }
    case .cancel:
      open?.speakerFilter = nil
      open?.search = nil
    case .open:
      openInPane()
      return
    default:
      let sizes = paneSizes
      open?.scroll(action, count: count, in: sizes)
      return
    }
    keepSelectionsVisible()
  }

  /// Enter: in the quotes pane, show the quote in the article; in the sources pane,
  /// list only that speaker's quotes; in the article, select the quote under the top line.
  private mutating func openInPane() {
    guard let o = open else { return }
    switch o.focus {
    case .quotes:
      if let q = o.selectedQuote {
        jump(toQuote: q)
        open?.focus = .article
        return
      }
    case .sources:
      guard o.selectedSource < o.sources.count else { break }
      let speaker = o.sources[o.selectedSource]
      open?.speakerFilter = speaker
      let first = open?.listedQuotes.first
      open?.selectedQuote = first
      open?.quotesOffset = 0
      open?.focus = .quotes
      message = "quotes by \(o.analysis.speakers[speaker].name) — Esc clears"
    case .article:
      if let q = o.analysis.quotes.indices.first(where: { o.analysis.quotes[$0].content.end > o.anchor }) { open?.selectedQuote = q }
    }
    keepSelectionsVisible()
  }

  /// Selects a quote and scrolls the article to it, remembering where we were.
  mutating func jump(toQuote q: Int) {
    let sizes = paneSizes
    open?.jump(toQuote: q, in: sizes)
  }

  /// Puts `offset`'s line at the top, remembering where we were for `''`.
  mutating func jump(toLine offset: Int) {
    open?.jump(toLine: offset)
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
    guard let o = open, !query.isEmpty else { return }
    let matches = TextSearch.find(query, in: o.analysis.article)
    open?.search = SearchState(query: query, matches: matches, current: nil)
    if matches.isEmpty {
      message = "not found: \(query)"
      return
    }
    stepSearch(forward: true, count: 1, from: o.anchor)
  }

  mutating func stepSearch(forward: Bool, count: Int, from start: Int? = nil) {
    guard open?.search?.matches.isEmpty == false else {
      // A search that found nothing is still the search `n` repeats.
      message = open?.search.map { "not found: \($0.query)" } ?? "no search — press / to search"
      return
    }
    let rows = paneSizes.articleRows
    if let wrapped = open?.stepSearch(forward: forward, count: count, from: start, rows: rows) { message = wrapped }
  }

  /// Keeps the selected quote and source inside their panes' scroll windows.
  mutating func keepSelectionsVisible() {
    guard open != nil else { return }
    let sizes = paneSizes
    open?.keepSelectionsVisible(in: sizes)
  }
}
