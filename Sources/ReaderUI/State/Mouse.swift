/// A mouse event in screen cells (0-based, as curses reports it).
public struct MouseEvent: Equatable, Sendable {
  public enum Kind: Sendable { case click, wheelUp, wheelDown }
  public var x: Int
  public var y: Int
  public var kind: Kind
  public init(x: Int, y: Int, kind: Kind) {
    self.x = x
    self.y = y
    self.kind = kind
  }
}

extension ReaderState {
  /// The wheel scrolls the pane under the pointer; a click focuses a pane and selects the
  /// article, quote or speaker under it; a click on the selected library row opens it.
  public mutating func handle(_ event: MouseEvent) {
    message = nil
    if screen == .library {
      let area = PaneGeometry.library(size)
      switch event.kind {
      case .wheelUp: apply(.moveUp, count: 3)
      case .wheelDown: apply(.moveDown, count: 3)
      case .click:
        guard area.contains(x: event.x, y: event.y) else { return }
        let row = library.offset + event.y - area.y
        guard row < library.visible.count else { return }
        if row == library.selected { apply(.open) } else { library.selected = row }
      }
      return
    }
    guard let o = open, let pane = Pane.allCases.first(where: { layout.rect($0)?.contains(x: event.x, y: event.y) == true }),
      let rect = layout.rect(pane)
    else { return }
    open?.focus = pane
    switch event.kind {
    case .wheelUp: apply(.moveUp, count: 3)
    case .wheelDown: apply(.moveDown, count: 3)
    case .click:
      let list = PaneGeometry.list(rect)
      guard list.contains(x: event.x, y: event.y) else { return }
      switch pane {
      case .quotes:
        let i = o.quotesOffset + (event.y - list.y) / PaneGeometry.rowsPerQuote
        if i < o.listedQuotes.count { jump(toQuote: o.listedQuotes[i]) }
      case .sources:
        let i = o.sourcesOffset + (event.y - list.y) / PaneGeometry.rowsPerSource
        if i < o.sources.count { open?.selectedSource = i }
      case .article:
        break
      }
    }
  }
}
