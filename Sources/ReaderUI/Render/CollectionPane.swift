/// The collection-wide screens: every speaker by number of quotes, and a list of quotes
/// found across articles (one speaker's, or a search's) with title, date and snippet.
struct CollectionPane {
  let theme: Theme

  func draw(_ state: ReaderState, into grid: inout CellGrid) {
    let c = state.collection
    let area = PaneGeometry.library(state.size)
    let w = grid.size.width
    if state.screen == .speakers {
      let visible = c.visibleSpeakers
      let title = "Speakers — \(visible.count) of \(c.speakers.count)" + (c.speakerFilter.isEmpty ? "" : " matching “\(c.speakerFilter)”")
      grid.put(CellGrid.clip(title, w), x: 0, y: 0, style: theme.title)
      grid.put(CellGrid.clip("quotes  articles  speaker", w), x: 0, y: 1, style: theme.dim)
      let offset = max(0, c.selectedSpeaker - area.height + 1)
      for row in 0..<area.height {
        let i = offset + row
        guard i < visible.count else { break }
        let s = visible[i]
        let line = String(repeating: " ", count: max(0, 6 - String(s.quotes).count)) + "\(s.quotes)  " + String(repeating: " ", count: max(0, 8 - String(s.articles).count)) + "\(s.articles)  \(s.name) [\(s.kind)]"
        grid.put(CellGrid.clip(line, w), x: 0, y: area.y + row)
        if i == c.selectedSpeaker { grid.restyle(x: 0, y: area.y + row, width: w, with: theme.selection) }
      }
      if c.speakers.isEmpty { grid.put("no speakers indexed yet", x: 2, y: area.y, style: theme.dim) }
      return
    }
    grid.put(CellGrid.clip(c.resultsTitle + " — \(c.results.count)", w), x: 0, y: 0, style: theme.title)
    let rows = max(1, area.height / 2)
    let offset = max(0, c.selectedResult - rows + 1)
    for slot in 0..<rows {
      let i = offset + slot
      guard i < c.results.count else { break }
      let r = c.results[i]
      let y = area.y + slot * 2
      grid.put(CellGrid.clip("\(r.speaker): \(r.snippet)", w - 1), x: 1, y: y)
      grid.put(CellGrid.clip("\(r.title) · \(r.date)", w - 3), x: 3, y: y + 1, style: theme.dim)
      if i == c.selectedResult {
        grid.restyle(x: 0, y: y, width: w, with: theme.selection)
        grid.restyle(x: 0, y: y + 1, width: w, with: theme.selection)
      }
    }
    if c.results.isEmpty { grid.put("no quotes match", x: 2, y: area.y, style: theme.dim) }
  }
}
