import HearsayCore

/// A column along the article pane's edge that shows the whole article at once: each row
/// stands for a stretch of lines and takes the colour of the speaker quoted most there,
/// so you see where each voice falls; the rows on screen now are marked brighter.
struct Minimap {
  /// Per row: the colour slot of the speaker with the most quoted text, or nil.
  let rows: [Int?]
  /// Per row: whether any quote falls there (an unattributed one has no slot).
  let quoted: [Bool]
  /// Rows that stand for the lines on screen.
  let viewport: Range<Int>
  let theme: Theme

  init(_ o: OpenArticle, rows height: Int, top: Int, theme: Theme) {
    self.theme = theme
    let lines = o.layout.lines
    let total = max(1, lines.count)
    // An article shorter than the pane maps line for line; a longer one is squeezed.
    let n = max(0, min(height, total))
    var slots = [Int?](repeating: nil, count: n)
    var quoted = [Bool](repeating: false, count: n)
    let quotes = o.analysis.quotes
    var q = 0
    for row in 0..<n {
      let first = row * total / n
      let last = max(first, (row + 1) * total / n - 1)
      guard first < lines.count else { break }
      let span = TextRange(lines[first].start, lines[min(last, lines.count - 1)].end)
      var weight: [Int: Int] = [:]
      while q < quotes.count, quotes[q].content.end <= span.start { q += 1 }
      var i = q
      while i < quotes.count, quotes[i].content.start < span.end {
        let overlap = min(span.end, quotes[i].content.end) - max(span.start, quotes[i].content.start)
        if overlap > 0 {
          quoted[row] = true
          if let s = quotes[i].speaker, let slot = o.colorSlots[s] { weight[slot, default: 0] += overlap }
        }
        i += 1
      }
      slots[row] = weight.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }
    rows = slots
    self.quoted = quoted
    let shown = height * height / total
    let start = min(n - 1, top * n / total)
    viewport = max(0, start)..<min(n, max(start + 1, start + shown))
  }

  func draw(x: Int, y: Int, into grid: inout CellGrid) {
    for (row, slot) in rows.enumerated() {
      let here = viewport.contains(row)
      let glyph: String = quoted[row] ? (here ? "█" : "▐") : (here ? "┃" : "│")
      var style = quoted[row] ? Style(foreground: theme.speakerColor(slot)) : theme.dim
      if theme.monochrome, quoted[row] { style = Style(bold: here) }
      if here { style = style.merged(with: Style(bold: true)) } else if !quoted[row] { style = style.merged(with: Style(dim: true)) }
      grid.put(glyph, x: x, y: y + row, style: style)
    }
  }
}
