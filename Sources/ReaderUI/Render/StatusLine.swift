/// The bottom line: where you are, the filter and search, pending keys, messages, or
/// the prompt being typed.
struct StatusLine {
  let theme: Theme

  func draw(_ state: ReaderState, in rect: Rect, into grid: inout CellGrid) {
    grid.fill(rect, style: theme.status)
    if let p = state.prompt {
      let label: String
      switch p {
      case .search: label = "/"
      case .speaker: label = "speaker: "
      case .filter: label = "filter: "
      case .collectionSearch: label = "search collection: "
      }
      grid.put(CellGrid.clip(label + p.text + "▏", rect.width), x: rect.x, y: rect.y, style: theme.status)
      return
    }
    var left: [String] = []
    switch state.screen {
    case .library:
      left.append("\(state.library.visible.isEmpty ? 0 : state.library.selected + 1)/\(state.library.visible.count)")
      left.append("Enter open · / filter · o sort · S speakers · : search · ? help · q quit")
    case .speakers:
      left.append("\(state.collection.visibleSpeakers.count) speakers · Enter their quotes · / filter · q back")
    case .results:
      left.append("\(state.collection.results.count) quotes · Enter open at the quote · q back")
    case .reader:
      if let o = state.open {
        let listed = o.listedQuotes
        if let q = o.selectedQuote, let i = listed.firstIndex(of: q) { left.append("quote \(i + 1)/\(listed.count)") } else { left.append("\(listed.count) quotes") }
        if let f = o.speakerFilter { left.append("speaker: \(o.analysis.speakers[f].name)") }
        if let s = o.search {
          left.append("/\(s.query) " + (s.current.map { "\($0 + 1)/\(s.matches.count)" } ?? "0/\(s.matches.count)"))
        }
        left.append(o.analysis.article.title ?? o.analysis.article.path)
      }
    }
    if let progress = state.collection.indexing { left.append("indexing \(progress.done)/\(progress.total)") }
    var text = " " + left.joined(separator: " │ ")
    if let m = state.message { text = " " + m + " │" + text }
    let pending = state.pendingCount + state.pendingKeys.map(\.notation).joined()
    let right = pending.isEmpty ? "" : " \(pending) "
    grid.put(CellGrid.clip(text, rect.width - CellWidth.of(right)), x: rect.x, y: rect.y, style: theme.status)
    if !right.isEmpty { grid.put(right, x: rect.maxX - CellWidth.of(right), y: rect.y, style: theme.status) }
  }
}
