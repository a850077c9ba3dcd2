/// One screen cell: a grapheme and its style. A wide grapheme occupies two cells; the
/// second is a continuation the backend skips.
public struct Cell: Hashable, Sendable {
  public var character: Character
  public var style: Style
  public var isContinuation: Bool

  public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
    self.character = character
    self.style = style
    self.isContinuation = isContinuation
  }

  public static let blank = Cell()
}

/// The whole screen as data: panes draw into it, tests read it, the backend blits it.
public struct CellGrid: Equatable, Sendable {
  public let size: Size
  public private(set) var cells: [Cell]

  public init(size: Size) {
    self.size = size
    cells = Array(repeating: .blank, count: max(0, size.width * size.height))
  }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * size.width + x] }
    set { cells[y * size.width + x] = newValue }
  }

  /// Writes `text` at (x, y), clipped to `limit` columns (default: the row's end), never
  /// splitting a wide character; unsafe characters are drawn as visible placeholders.
  /// Returns the column after the last cell written.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
    guard y >= 0, y < size.height else { return x }
    let end = min(size.width, limit.map { x + $0 } ?? size.width)
    var col = x
    let s = Array(text.unicodeScalars)
    DrawnClusters.walk(s) { start, _, cluster in
      guard s[start] != "\n", s[start] != "\r" else { return false }
      guard let shown = cluster.character else { return true }
      let w = cluster.width
      if col + w > end { return false }
      if col >= 0 {
        self[col, y] = Cell(shown, style: style)
        if w == 2 { self[col + 1, y] = Cell(" ", style: style, isContinuation: true) }
      }
      col += w
      return true
    }
    return col
  }

  /// Fills a rectangle with a character and style.
  public mutating func fill(_ rect: Rect, _ character: Character = " ", style: Style = .plain) {
    for y in max(0, rect.y)..<min(size.height, rect.maxY) {
      for x in max(0, rect.x)..<min(size.width, rect.maxX) { self[x, y] = Cell(character, style: style) }
    }
  }

  /// Applies a style on top of the cells of one row segment.
  public mutating func restyle(x: Int, y: Int, width: Int, with style: Style) {
    guard y >= 0, y < size.height else { return }
    for col in max(0, x)..<min(size.width, x + width) { self[col, y].style = self[col, y].style.merged(with: style) }
  }

  /// The screen as plain text, one line per row, trailing spaces trimmed (as tmux does).
  public var text: String {
    (0..<size.height).map { row in
      var line = ""
      for col in 0..<size.width where !self[col, row].isContinuation { line.append(self[col, row].character) }
      while line.last == " " { line.removeLast() }
      return line
    }.joined(separator: "\n")
  }

}
