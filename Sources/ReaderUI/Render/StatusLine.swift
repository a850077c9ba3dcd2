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
      case .export: label = "export to: "
      case .renameSpeaker(_, let row): label = "rename \(row.name) to: "
      }
      let typed = label + p.text + "▏"
      grid.put(CellGrid.clip(typed, rect.width), x: rect.x, y: rect.y, style: theme.status)
      // After the cursor, dimmed: an export's suggested name until something is typed, and
      // its formats; or why the last Enter was refused.
      var after: String? = state.message.map { "   " + $0 }
      if after == nil, case .export(let typed, let job) = p {
        after = typed.isEmpty ? job.fileName + "   (Tab edits · .md .json .csv · ! overwrites)" : "   .md .json .csv · ! overwrites"
      }
      let x = CellWidth.of(typed)
      if let after, x < rect.width {
        var dim = theme.status
        dim.dim = state.message == nil
        grid.put(CellGrid.clip(after, rect.width - x), x: rect.x + x, y: rect.y, style: dim)
      }
      return
    }
    var left: [String] = []
    switch state.screen {
    case .library:
      left.append("\(state.library.visible.isEmpty ? 0 : state.library.selected + 1)/\(state.library.visible.count)")
      left.append(hints([(.open, "open"), (.filter, "filter"), (.sort, "sort"), (.toggleRead, "read"), (.collectionSpeakers, "speakers"),
                         (.collectionSearch, "search"), (.starred, "starred"), (.help, "help"), (.quit, "quit")], state))
    case .speakers:
      left.append("\(state.collection.visibleSpeakers.count) speakers · " + hints([(.open, "their quotes"), (.export, "export"), (.filter, "filter"), (.quit, "back"),
                                                                                           (.mergeSpeaker, "merge"), (.renameSpeaker, "rename")], state))
    case .results:
      left.append("\(state.collection.results.count) quotes · " + hints([(.open, "open"), (.star, "star"), (.yank, "copy"), (.export, "export"), (.quit, "back")], state))
    case .reader:
      if let o = state.open {
        let listed = o.listedQuotes
        if let q = o.selectedQuote, let i = listed.firstIndex(of: q) { left.append("quote \(i + 1)/\(listed.count)") } else { left.append("\(listed.count) quotes") }
        left.append(hints([(.nextQuote, "next quote"), (.pickSpeaker, "speaker"), (.nextArticle, "next article"), (.help, "keys"), (.quit, "back")], state))
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

  /// `Enter open · / filter`, with the keys the live keymap has for each action.
  private func hints(_ actions: [(Action, String)], _ state: ReaderState) -> String {
    actions.compactMap { action, label in
      state.keymap.keys(for: action, in: state.context).first.map { Keymap.notation($0, for: action) + " " + label }
    }.joined(separator: " · ")
  }
}
