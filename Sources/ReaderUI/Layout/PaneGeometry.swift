/// Where text goes inside each pane: a title row on top, the article's pinned header
/// below it, and the rows that scroll.
enum PaneGeometry {
  static let articleHeaderRows = 4  // title bar, headline, date line, rule
  static let rowsPerQuote = 2
  static let rowsPerSource = 2

  static func articleText(_ r: Rect) -> Rect {
    Rect(x: r.x + 1, y: r.y + articleHeaderRows, width: r.width - 3, height: r.height - articleHeaderRows)
  }
  static func list(_ r: Rect) -> Rect { Rect(x: r.x, y: r.y + 1, width: r.width, height: r.height - 1) }
  static func quoteSlots(_ r: Rect) -> Int { max(1, list(r).height / rowsPerQuote) }
  static func sourceSlots(_ r: Rect) -> Int { max(1, list(r).height / rowsPerSource) }
  /// The library list sits below a title row and above the status line.
  static func library(_ size: Size) -> Rect { Rect(x: 0, y: 2, width: size.width, height: size.height - 3) }
}
