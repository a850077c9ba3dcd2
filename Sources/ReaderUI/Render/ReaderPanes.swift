import HearsayCore
import HearsayState

/// The reader's three panes (article, quotes, sources), their separators and the tab bar.
struct ReaderPanes {
  let theme: Theme
  let memory: ReadingState
  let minimap: Bool

  func draw(_ o: OpenArticle, layout: ReaderLayout, into grid: inout CellGrid) {
    if let r = layout.article { ArticlePane(theme: theme, minimap: minimap).draw(o, in: r, into: &grid) }
    if let r = layout.quotes { QuotesPane(theme: theme, memory: memory).draw(o, in: r, into: &grid) }
    if let r = layout.sources { SourcesPane(theme: theme).draw(o, in: r, into: &grid) }
    switch layout.arrangement {
    case .columns:
      for r in [layout.quotes, layout.sources].compactMap({ $0 }) { verticalRule(x: r.x - 1, height: r.height, into: &grid) }
    case .stacked:
      if let q = layout.quotes, let s = layout.sources {
        verticalRule(x: q.x - 1, height: s.maxY, into: &grid)
        grid.put(String(repeating: "─", count: q.width), x: q.x, y: q.maxY, style: theme.border)
      }
    case .single:
      if let bar = layout.tabBar {
        var x = bar.x
        for (i, pane) in Pane.allCases.enumerated() {
          x = grid.put(" \(i + 1) \(pane.rawValue.capitalized) ", x: x, y: bar.y, style: theme.paneTitle(focused: pane == o.focus)) + 1
        }
      }
    case .tooSmall:
      break
    }
  }

  private func verticalRule(x: Int, height: Int, into grid: inout CellGrid) {
    for y in 0..<height { grid.put("│", x: x, y: y, style: theme.border) }
  }
}

/// Shared look of a pane's title row.
func drawPaneTitle(_ title: String, focused: Bool, in r: Rect, theme: Theme, into grid: inout CellGrid) {
  grid.fill(Rect(x: r.x, y: r.y, width: r.width, height: 1), style: theme.paneTitle(focused: focused))
  grid.put(CellGrid.clip(" " + title, r.width), x: r.x, y: r.y, style: theme.paneTitle(focused: focused))
}

/// The article text, wrapped, with every quote in its speaker's colour, mentions and cues
/// marked, terms dimmed, the selected quote reversed and search matches highlighted.
struct ArticlePane {
  let theme: Theme
  let minimap: Bool

  func draw(_ o: OpenArticle, in r: Rect, into grid: inout CellGrid) {
    let a = o.analysis.article
    drawPaneTitle("Article" + (a.section.map { " · " + $0.replacingOccurrences(of: "\u{00A0}", with: " ") } ?? ""), focused: o.focus == .article, in: r, theme: theme, into: &grid)
    grid.put(CellGrid.clip(a.title ?? a.path, r.width - 2), x: r.x + 1, y: r.y + 1, style: theme.title)
    grid.put(CellGrid.clip(a.dateText ?? a.path, r.width - 2), x: r.x + 1, y: r.y + 2, style: theme.dim)
    grid.put(String(repeating: "─", count: max(0, r.width)), x: r.x, y: r.y + 3, style: theme.border)
    let text = PaneGeometry.articleText(r)
    guard text.height > 0 else { return }
    let first = o.layout.line(containing: o.anchor)
    let lines = o.layout.lines[first..<min(o.layout.lines.count, first + text.height)]
    guard let lo = lines.first?.start, let hi = lines.last?.end else { return }
    let spans = StyleSpans(o, window: TextRange(lo, max(lo, hi)), theme: theme)
    let s = a.scalars
    for (row, line) in lines.enumerated() {
      var x = text.x
      var i = line.start
      while i < line.end {
        let (next, _) = ArticleLayout.grapheme(s, at: i, limit: line.end)
        let character = Character(String(String.UnicodeScalarView(s[i..<next])))
        x = grid.put(String(character), x: x, y: text.y + row, style: spans.style(at: i), limit: text.maxX - x)
        i = next
      }
    }
    if minimap {
      Minimap(o, rows: text.height, top: first, theme: theme).draw(x: r.maxX - 1, y: text.y, into: &grid)
    } else if o.layout.lines.count > text.height {
      let pos = text.y + min(text.height - 1, first * text.height / o.layout.lines.count)
      grid.put("┃", x: r.maxX - 1, y: pos, style: theme.dim)
    }
  }
}

/// The styles that apply inside the visible window, found once per frame.
struct StyleSpans {
  var spans: [(range: TextRange, style: Style)] = []

  init(_ o: OpenArticle, window: TextRange, theme: Theme) {
    let a = o.analysis
    let visible = TextRange(window.start, window.end + 1)
    // Quotes are in reading order: start at the first that can reach the window.
    let first = a.quotes.partitionPoint { $0.content.start < window.start - 20_000 }
    for i in first..<a.quotes.count {
      let q = a.quotes[i]
      if q.content.start > visible.end + 2_000 { break }
      let slot = q.speaker.flatMap { o.colorSlots[$0] }
      if q.content.overlaps(visible) {
        spans.append((q.content, theme.quote(q.form, slot: slot)))
        for f in q.fragments where f.overlaps(visible) { spans.append((f, Style(bold: true))) }
        if i == o.selectedQuote { spans.append((q.content, theme.selectedQuote)) }
      }
      if let m = q.speakerMention, m.overlaps(visible) { spans.append((m, theme.mention(slot: slot))) }
      if let c = q.cue, c.overlaps(visible), c.length < 40 { spans.append((c, theme.cue)) }
    }
    for t in a.terms where t.overlaps(visible) { spans.append((t, theme.term)) }
    if let search = o.search {
      for (i, m) in search.matches.enumerated() where m.overlaps(visible) {
        spans.append((m, i == search.current ? theme.currentHit : theme.searchHit))
      }
    }
  }

  func style(at offset: Int) -> Style {
    var style = Style.plain
    for span in spans where span.range.contains(offset) { style = style.merged(with: span.style) }
    return style
  }
}

/// Every quote in reading order with its speaker; the selected one is the one the
/// article shows.
struct QuotesPane {
  let theme: Theme
  let memory: ReadingState

  func draw(_ o: OpenArticle, in r: Rect, into grid: inout CellGrid) {
    let listed = o.listedQuotes
    let filter = o.speakerFilter.map { " · " + o.analysis.speakers[$0].name } ?? ""
    drawPaneTitle("Quotes (\(listed.count))" + filter, focused: o.focus == .quotes, in: r, theme: theme, into: &grid)
    let area = PaneGeometry.list(r)
    let a = o.analysis
    for slot in 0..<PaneGeometry.quoteSlots(r) {
      let index = o.quotesOffset + slot
      guard index < listed.count else { break }
      let q = a.quotes[listed[index]]
      let y = area.y + slot * PaneGeometry.rowsPerQuote
      let colorSlot = q.speaker.flatMap { o.colorSlots[$0] }
      var who = q.speaker.map { a.speakers[$0].name } ?? "(unknown speaker)"
      if let via = q.via { who += " via " + a.speakers[via].name }
      let starred = memory.isStarred(path: a.article.path, start: q.content.start, end: q.content.end)
      grid.put(starred ? "★" : "▌", x: area.x, y: y, style: Style(foreground: theme.speakerColor(colorSlot), bold: starred))
      grid.put(CellGrid.clip(who, area.width - 2), x: area.x + 1, y: y, style: theme.mention(slot: colorSlot).merged(with: Style(underline: false)))
      let marks = q.form == .statement ? "“" + a.article.substring(q.content) + "”" : a.article.substring(q.content)
      let text = marks.split(whereSeparator: \.isNewline).joined(separator: " ")
      grid.put(CellGrid.clip(text, area.width - 2), x: area.x + 2, y: y + 1, style: theme.quote(q.form, slot: nil))
      if listed[index] == o.selectedQuote {
        for row in 0..<PaneGeometry.rowsPerQuote { grid.restyle(x: area.x, y: y + row, width: area.width, with: theme.selection) }
      }
    }
    if listed.isEmpty { grid.put("no quotes found", x: area.x + 1, y: area.y, style: theme.dim) }
  }
}

/// Speakers and outlets with kind, role, quote count, a bar of their share, and relays.
struct SourcesPane {
  let theme: Theme

  func draw(_ o: OpenArticle, in r: Rect, into grid: inout CellGrid) {
    drawPaneTitle("Sources (\(o.sources.count))", focused: o.focus == .sources, in: r, theme: theme, into: &grid)
    let area = PaneGeometry.list(r)
    let a = o.analysis
    let counts = o.quoteCounts
    let total = max(1, a.quotes.count)
    for slot in 0..<PaneGeometry.sourceSlots(r) {
      let index = o.sourcesOffset + slot
      guard index < o.sources.count else { break }
      let s = o.sources[index]
      let speaker = a.speakers[s]
      let y = area.y + slot * PaneGeometry.rowsPerSource
      let colorSlot = o.colorSlots[s]
      let count = " \(counts[s])"
      let barW = max(1, min(10, area.width / 4))
      let filled = counts[s] == 0 ? 0 : max(1, counts[s] * barW / total)
      let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: barW - filled)
      let nameW = area.width - barW - CellWidth.of(count) - 2
      grid.put(CellGrid.clip(speaker.name, nameW), x: area.x + 1, y: y, style: theme.mention(slot: colorSlot).merged(with: Style(underline: false)))
      grid.put(bar, x: area.maxX - barW - CellWidth.of(count), y: y, style: Style(foreground: theme.speakerColor(colorSlot), dim: colorSlot == nil))
      grid.put(count, x: area.maxX - CellWidth.of(count), y: y)
      var detail = speaker.kind.rawValue
      if let role = speaker.role { detail += " · " + role }
      if let relays = o.relays[s] { detail += " — via " + relays.joined(separator: ", ") }
      if let relayed = o.relayedCount[s] { detail += " — relays \(relayed)" }
      grid.put(CellGrid.clip(detail, area.width - 3), x: area.x + 2, y: y + 1, style: theme.dim)
      if o.focus == .sources, index == o.selectedSource {
        for row in 0..<PaneGeometry.rowsPerSource { grid.restyle(x: area.x, y: y + row, width: area.width, with: theme.selection) }
      }
      if o.speakerFilter == s { grid.put("▶", x: area.x, y: y, style: theme.title) }
    }
  }
}
