import HearsayCore

/// Draws the state into a grid of cells: a pure function, so every screen can be tested
/// without a terminal and the backend only copies cells out.
public struct Renderer: Sendable {
  public var theme: Theme

  public init(theme: Theme) { self.theme = theme }

  public func render(_ state: ReaderState) -> CellGrid {
    var grid = CellGrid(size: state.size)
    guard state.size.width > 0, state.size.height > 0 else { return grid }
    let layout = state.layout
    if state.size.width < ReaderLayout.minimum.width || state.size.height < ReaderLayout.minimum.height {
      let lines = ["terminal too small", "(\(state.size.width)×\(state.size.height))"]
      let oneLine = lines.joined(separator: " ")
      let shown = CellWidth.of(oneLine) <= state.size.width ? [oneLine] : lines
      for (i, text) in shown.enumerated() {
        grid.put(text, x: max(0, (state.size.width - CellWidth.of(text)) / 2), y: max(0, state.size.height / 2 - 1) + i, style: theme.warning)
      }
      return grid
    }
    switch state.screen {
    case .library: LibraryPane(theme: theme).draw(state, into: &grid)
    case .speakers, .results: CollectionPane(theme: theme).draw(state, into: &grid)
    case .reader:
      if let o = state.open { ReaderPanes(theme: theme, memory: state.memory, minimap: state.settings.minimap).draw(o, layout: layout, into: &grid) }
    }
    StatusLine(theme: theme).draw(state, in: layout.status, into: &grid)
    if state.showHelp { HelpOverlay(theme: theme).draw(context: state.context, keymap: state.keymap, offset: state.helpOffset, into: &grid) }
    return grid
  }
}

extension CellGrid {
  /// Text clipped to `width` cells with an ellipsis when cut.
  static func clip(_ text: String, _ width: Int) -> String {
    guard width > 0 else { return "" }
    if CellWidth.of(text) <= width { return text }
    let s = Array(text.unicodeScalars)
    var used = 0
    let cut = DrawnClusters.walk(s) { _, _, cluster in
      guard used + cluster.width <= width - 1 else { return false }
      used += cluster.width
      return true
    }
    return String(String.UnicodeScalarView(s[..<cut])) + "…"
  }
}
