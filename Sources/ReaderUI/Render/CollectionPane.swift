/// The collection-wide screens: every speaker by number of quotes with a histogram of
/// when they were quoted, and a list of quotes across articles (a search's, a speaker's,
/// the starred ones) with title, date and snippet.
struct CollectionPane {
  let theme: Theme

  func draw(_ state: ReaderState, into grid: inout CellGrid) {
    if state.screen == .speakers { drawSpeakers(state, into: &grid) } else { drawQuotes(state, into: &grid) }
  }

  private func drawSpeakers(_ state: ReaderState, into grid: inout CellGrid) {
    let c = state.collection
    let area = PaneGeometry.library(state.size)
    let w = grid.size.width
    let visible = c.visibleSpeakers
    let title = "Speakers — \(visible.count) of \(c.speakers.count)" + (c.speakerFilter.isEmpty ? "" : " matching “\(c.speakerFilter)”")
    grid.put(CellGrid.clip(title, w), x: 0, y: 0, style: theme.title)
    // The histogram column: one cell per period, when the screen has room for it.
    let buckets = c.speakers.first?.timeline.count ?? 0
    let histW = w >= 70 && buckets > 0 ? buckets : 0
    let header = histW > 0 ? "quotes  articles  " + CellGrid.clip(c.timelineSpan.map { "\($0.first) … \($0.last)" } ?? "over time", histW) : "quotes  articles"
    grid.put(CellGrid.clip(header, w), x: 0, y: 1, style: theme.dim)
    if histW > 0 { grid.put("speaker", x: 18 + histW + 2, y: 1, style: theme.dim) } else { grid.put("speaker", x: 18, y: 1, style: theme.dim) }
    let offset = max(0, c.selectedSpeaker - area.height + 1)
    for row in 0..<area.height {
      let i = offset + row
      guard i < visible.count else { break }
      let s = visible[i]
      let y = area.y + row
      grid.put(Self.rightAligned(s.quotes, 6) + "  " + Self.rightAligned(s.articles, 8), x: 0, y: y)
      var x = 18
      if histW > 0 {
        grid.put(Sparkline.bars(s.timeline), x: x, y: y, style: Style(foreground: theme.speakerColor(0)))
        x += histW + 2
      }
      // The row `m` marked for a merge; then the name, and the others it was seen under.
      if s.id == c.markedSpeaker { grid.put("●", x: x - 2, y: y, style: theme.title) }
      x = grid.put(CellGrid.clip("\(s.name) [\(s.kind)]", w - x), x: x, y: y)
      if !s.aliases.isEmpty, x + 4 < w {
        grid.put(CellGrid.clip("  also " + s.aliases.joined(separator: ", "), w - x), x: x, y: y, style: theme.dim)
      }
      if i == c.selectedSpeaker { grid.restyle(x: 0, y: y, width: w, with: theme.selection) }
    }
    if c.speakers.isEmpty { grid.put("no speakers indexed yet", x: 2, y: area.y, style: theme.dim) }
  }

  private func drawQuotes(_ state: ReaderState, into grid: inout CellGrid) {
    let c = state.collection
    let area = PaneGeometry.library(state.size)
    let w = grid.size.width
    grid.put(CellGrid.clip(c.listing.title.capitalizedFirst + " — \(c.results.count)", w), x: 0, y: 0, style: theme.title)
    let rows = max(1, area.height / 2)
    let offset = max(0, c.selectedResult - rows + 1)
    for slot in 0..<rows {
      let i = offset + slot
      guard i < c.results.count else { break }
      let q = c.results[i].quote
      let y = area.y + slot * 2
      let star = state.memory.isStarred(path: q.path, start: q.start, end: q.end)
      if star { grid.put("★", x: 0, y: y, style: theme.title) }
      let who = "\(q.speaker ?? "(unknown)")\(q.via.map { " via " + $0 } ?? ""): "
      let x = grid.put(CellGrid.clip(who, w - 2), x: 2, y: y)
      drawSnippet(c.results[i].snippet, x: x, y: y, width: w - x, into: &grid)
      grid.put(CellGrid.clip("\(q.title ?? q.path) · \(q.date ?? "")", w - 4), x: 4, y: y + 1, style: theme.dim)
      if i == c.selectedResult {
        grid.restyle(x: 0, y: y, width: w, with: theme.selection)
        grid.restyle(x: 0, y: y + 1, width: w, with: theme.selection)
      }
    }
    if c.results.isEmpty {
      grid.put(c.listing == .starred ? "no starred quotes — * on a quote in an article stars it" : "no quotes match", x: 2, y: area.y, style: theme.dim)
    }
  }

  /// The snippet with the search's matches highlighted (the markers themselves not drawn).
  private func drawSnippet(_ snippet: String, x start: Int, y: Int, width: Int, into grid: inout CellGrid) {
    var x = start
    var inMatch = false
    var segment = ""
    func flush() {
      guard !segment.isEmpty, x < start + width else { return }
      x = grid.put(CellGrid.clip(segment, start + width - x), x: x, y: y, style: inMatch ? theme.searchHit : .plain)
      segment = ""
    }
    for c in snippet {
      if c == "\u{2}" || c == "\u{3}" {
        flush()
        inMatch = c == "\u{2}"
      } else {
        segment.append(c)
      }
    }
    flush()
  }

  static func rightAligned(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: " ", count: max(0, width - s.count)) + s
  }
}

/// Counts as a row of eighth-block bars (`▁▃█`), scaled to the largest; zero is a dot.
enum Sparkline {
  static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  static func bars(_ counts: [Int]) -> String {
    let top = max(1, counts.max() ?? 1)
    return String(counts.map { $0 == 0 ? "·" : levels[min(7, ($0 * 8 - 1) / top)] })
  }
}
