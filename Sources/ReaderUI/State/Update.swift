import HearsayCore
import HearsayState

/// The reducer: keys become actions through the keymap, actions change the state. Pure:
/// no terminal, no I/O, so tests drive it with key sequences.
extension ReaderState {
  // MARK: - Input

  public mutating func handle(_ key: Key) {
    message = nil
    // Quitting at once works even in a prompt, with whatever keys the keymap gives it.
    if case .action(.quitNow) = keymap.match([key], in: showHelp ? .help : context) {
      post(.quit)
      return
    }
    if prompt != nil {
      handlePrompt(key)
      return
    }
    if showHelp {
      // The help overlay's own keymap context: it scrolls and closes; any other key closes
      // it and then does what it does.
      switch keymap.match([key], in: .help) {
      case .action(.moveDown): helpOffset += 1
      case .action(.moveUp): helpOffset = max(0, helpOffset - 1)
      case .action(.pageDown), .action(.halfPageDown): helpOffset += 10
      case .action(.pageUp), .action(.halfPageUp): helpOffset = max(0, helpOffset - 10)
      case .action(.top): helpOffset = 0
      case .action(.bottom): helpOffset = Int.max / 2
      case .action(.help), .action(.cancel), .action(.quit):
        showHelp = false
        return
      default:
        showHelp = false
      }
      if showHelp { return }
    }
    if case .character(let c) = key, let digit = c.wholeNumberValue, pendingKeys.isEmpty,
      !(digit == 0 && pendingCount.isEmpty)
    {
      // A pane digit after a pane digit is another focus (`2` then `3`: the sources), not a count of 23.
      if isPaneDigit(pendingCount), isPaneDigit(String(c)) { pendingCount = "" }
      if pendingCount.isEmpty { focusBeforeCount = open?.focus }
      pendingCount.append(c)
      // `1`/`2`/`3` also focus a pane; a motion that follows turns them into a count instead.
      if pendingCount.count == 1, screen == .reader, case .action(let a) = keymap.match([key], in: context) { apply(a, count: 1) }
      return
    }
    pendingKeys.append(key)
    switch keymap.match(pendingKeys, in: context) {
    case .pending:
      return
    case .none:
      // `S` in the reader: say where the key works instead of doing nothing.
      if pendingKeys.count == 1, let elsewhere = keymap.elsewhere(pendingKeys[0], not: context) {
        message = "\(pendingKeys[0].notation): \(elsewhere.help.lowercasedFirst) — in \(KeyTable.place(elsewhere.contexts))"
      }
      pendingKeys = []
      pendingCount = ""
    case .withLetter(let action, let letter):
      pendingKeys = []
      pendingCount = ""
      apply(action, letter: letter)
    case .action(let action):
      pendingKeys = []
      var takesCount = Keymap.binding(for: action)?.takesCount ?? false
      // `3j` is "focus sources, then down"; `3]` is "three quotes on"; `5j` is five lines.
      if isPaneDigit(pendingCount), !Self.jumpActions.contains(action) { takesCount = false }
      var count = 1
      if !pendingCount.isEmpty, takesCount {
        count = min(Int(pendingCount) ?? 1, 10_000)
        if let f = focusBeforeCount { open?.focus = f }
      }
      pendingCount = ""
      apply(action, count: count)
    }
  }

  /// Whether `typed` is one digit the keymap binds, in the reader, to focusing a pane (`1`
  /// to `3` unless the configuration moves them): one that focuses when no motion follows.
  private func isPaneDigit(_ typed: String) -> Bool {
    guard screen == .reader, typed.count == 1, let c = typed.first, c.isNumber,
      case .action(let action) = keymap.match([.character(c)], in: context)
    else { return false }
    return [.focusArticle, .focusQuotes, .focusSources].contains(action)
  }

  /// Actions a pane-focus digit counts for rather than focuses.
  static let jumpActions: Set<Action> = [.nextQuote, .previousQuote, .nextSpeakerChange, .previousSpeakerChange,
                                         .nextSameSpeaker, .previousSameSpeaker, .searchNext, .searchPrevious]

  private mutating func handlePrompt(_ key: Key) {
    guard let p = prompt else { return }
    switch key {
    case .escape:
      prompt = nil
      historyCursor = nil
      if case .filter = p { library.filter = "" }
    case .enter:
      prompt = nil
      historyCursor = nil
      if p.usesHistory { remember(search: p.text) }
      commit(p)
    case .up, .down:
      guard p.usesHistory, !memory.history.isEmpty else { return }
      let count = memory.history.count
      let cursor = key == .up ? max(0, (historyCursor ?? count) - 1) : min(count, (historyCursor ?? count) + 1)
      historyCursor = cursor == count ? nil : cursor
      prompt = p.with(cursor == count ? "" : memory.history[cursor])
    case .tab:
      if case .export("", let job) = p { prompt = p.with(job.fileName) }
    case .control("u"):
      prompt = p.with("")
      if case .filter = p { library.filter = "" }
    case .backspace:
      if p.text.isEmpty { prompt = nil } else { prompt = p.with(String(p.text.dropLast())) }
      if case .filter = p { library.filter = prompt?.text ?? "" }
    case .character(let c):
      prompt = p.with(p.text + String(c))
      if case .filter = p {
        if screen == .speakers {
          collection.speakerFilter = prompt!.text
          collection.selectedSpeaker = 0
        } else {
          library.filter = prompt!.text
          library.selected = 0
          library.offset = 0
        }
      }
    default:
      break
    }
  }

  private mutating func commit(_ p: Prompt) {
    switch p {
    case .filter(let text):
      if screen == .speakers { collection.speakerFilter = text } else { library.filter = text }
    case .collectionSearch(let text):
      guard !text.isEmpty else { return }
      post(.query(.search(text)))
    case .search(let text): startSearch(text)
    case .speaker(let text): pickSpeaker(text)
    case .export(let name, var job):
      let trimmed = name.trimmingCharacters(in: .whitespaces)
      let chosen = trimmed.isEmpty ? job.fileName : trimmed
      // `seed.txt` is refused, the prompt kept for another name: it would not be Markdown.
      guard QuoteExport.Format(fileName: chosen.hasSuffix("!") ? String(chosen.dropLast()) : chosen) != nil else {
        prompt = p
        message = "not a format Hearsay writes: use \(QuoteExport.Format.extensions)"
        return
      }
      job.fileName = chosen
      post(.export(job))
    case .renameSpeaker(let name, let row):
      let trimmed = name.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty, trimmed != row.name else { return }
      correct(.rename(row.id, to: trimmed), "renamed \(row.name) to \(trimmed)")
    }
  }

  // MARK: - Actions

  public mutating func apply(_ action: Action, count: Int = 1) {
    if action == .help {
      showHelp.toggle()
      helpOffset = 0
      return
    }
    if action == .quitNow {
      post(.quit)
      return
    }
    switch screen {
    case .library: applyInLibrary(action, count: count)
    case .reader: applyInReader(action, count: count)
    case .speakers, .results: applyInCollectionView(action, count: count)
    }
  }

  private mutating func applyInLibrary(_ action: Action, count: Int) {
    let visible = library.visible
    let rows = max(1, PaneGeometry.library(size).height)
    switch action {
    case _ where ListMotion.moves(action):
      library.selected = ListMotion.target(from: library.selected, action, count: count, page: rows, length: visible.count)
    case .filter: prompt = .filter(library.filter)
    case .sort:
      library.sort = library.sort.next
      message = "sorted by \(library.sort.rawValue)"
    case .open:
      if library.selected < visible.count { post(.open(path: library.entries[visible[library.selected]].path)) }
    case .toggleRead:
      if library.selected < visible.count { toggleRead(library.entries[visible[library.selected]].path) }
    case .starred: showStarred()
    case .yankSource:
      if library.selected < visible.count { post(.copy(ClipboardText(library.entries[visible[library.selected]].path), what: "path")) }
    case .edit:
      if library.selected < visible.count { post(.edit(path: library.entries[visible[library.selected]].path, offset: nil, text: nil)) }
    case .cancel: library.filter = ""
    case .quit: post(.quit)
    case .collectionSpeakers:
      post(.query(.speakers))
      go(to: .speakers)
    case .collectionSearch: prompt = .collectionSearch("")
    default: break
    }
    library.selected = max(0, min(library.selected, library.visible.count - 1))
    if library.selected < library.offset { library.offset = library.selected }
    if library.selected >= library.offset + rows { library.offset = library.selected - rows + 1 }
  }

  /// The speakers view and the lists of quotes across the collection.
  private mutating func applyInCollectionView(_ action: Action, count: Int) {
    let length = screen == .speakers ? collection.visibleSpeakers.count : collection.results.count
    var selected = screen == .speakers ? collection.selectedSpeaker : collection.selectedResult
    let rows = max(1, PaneGeometry.library(size).height)
    let row = screen == .results && selected < length ? collection.results[selected] : nil
    let speaker = screen == .speakers && selected < length ? collection.visibleSpeakers[selected] : nil
    switch action {
    case _ where ListMotion.moves(action): selected = ListMotion.target(from: selected, action, count: count, page: rows, length: length)
    case .filter where screen == .speakers: prompt = .filter(collection.speakerFilter)
    case .collectionSearch: prompt = .collectionSearch("")
    case .collectionSpeakers:
      post(.query(.speakers))
      go(to: .speakers)
    case .open:
      if let speaker {
        post(.query(.quotes(of: speaker)))
      } else if let row {
        post(.open(path: row.quote.path))
        arrival = .quote(at: row.quote.start)
      }
    case .star:
      if let row { toggleStar(row.quote) }
    case .yank:
      if let row { post(.copy(ClipboardText(row.quote.citation), what: "quote")) }
    case .yankSource:
      if let row { post(.copy(ClipboardText(row.quote.source), what: row.quote.url == nil ? "path" : "URL")) }
    case .edit:
      if let row { post(.edit(path: row.quote.path, offset: row.quote.start, text: row.quote.text)) }
    case .browse:
      if let row { browse(row.quote.url) }
    case .export:
      if let speaker {
        askExport(ExportJob(scope: .speaker(id: speaker.id), heading: "Quotes by \(speaker.name)", fileName: ""))
      } else if screen == .results {
        askExport(ExportJob(scope: .quotes(collection.results.map(\.quote)), heading: collection.listing.title.capitalizedFirst, fileName: ""))
      }
    case .mergeSpeaker, .splitSpeaker, .renameSpeaker:
      guard let speaker else { message = "speakers are corrected in the speakers view (S)"; break }
      correct(action, speaker)
    case .quit, .cancel, .backToLibrary: goBack()
    default: break
    }
    selected = max(0, min(selected, length - 1))
    if screen == .speakers { collection.selectedSpeaker = selected } else { collection.selectedResult = selected }
  }

  /// Shows what the index returned for a request.
  public mutating func show(speakers: [CollectionSpeakerRow], span: (first: String, last: String)? = nil) {
    collection.speakers = speakers
    // A correction may leave fewer rows: the selection stays on one.
    collection.selectedSpeaker = min(collection.selectedSpeaker, max(0, speakers.count - 1))
    collection.timelineSpan = span
    go(to: .speakers)
  }

  public mutating func show(results: [CollectionQuoteRow], listing: QuoteListing) {
    collection.results = results
    collection.listing = listing
    collection.selectedResult = 0
    go(to: .results)
  }

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

  /// Goes to another screen, leaving this one behind — or, when that screen is already
  /// behind, back to it, so going round (speakers, a quote, the speakers again) never
  /// piles the stack up.
  mutating func go(to next: Screen) {
    guard next != screen else { return }
    if let i = behind.lastIndex(of: next) {
      behind.removeSubrange(i...)
    } else if !(standalone && screen == .library) {
      behind.append(screen)
    }
    if screen == .reader { leaveArticle() }
    screen = next
  }

  /// `q`, `h`: back one screen; quits from the first.
  public mutating func goBack() {
    guard let previous = behind.popLast() else { return post(.quit) }
    if screen == .reader { leaveArticle() }
    screen = previous
  }

  private mutating func leaveArticle() {
    rememberPlace()
    open = nil
  }

  /// A new terminal size: re-wrap the article around the same offset.
  public mutating func resize(to newSize: Size) {
    size = newSize
    relayout()
    applyInLibrary(.moveDown, count: 0)
  }

  mutating func relayout() {
    guard var o = open else { return }
    let width = articleWrapWidth
    if width != o.layout.width { o.layout = ArticleLayout(article: o.analysis.article, width: width) }
    o.anchor = o.layout.lines[o.layout.line(containing: o.anchor)].start
    open = o
    keepSelectionsVisible()
  }

  private mutating func applyInReader(_ action: Action, count: Int) {
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

  private mutating func pickSpeaker(_ text: String) {
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

  private mutating func startSearch(_ query: String) {
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

  private mutating func stepSearch(forward: Bool, count: Int, from start: Int? = nil) {
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

extension Keymap {
  static let shared = Keymap()
}
