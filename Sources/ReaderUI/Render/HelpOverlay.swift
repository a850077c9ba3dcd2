/// The `?` overlay: generated from the keymap table, so it always shows the real keys.
struct HelpOverlay {
  let theme: Theme

  /// Rows for a context: keys as the user types them, then what they do.
  static func rows(for context: Context) -> [(keys: String, help: String)] {
    Keymap.table.filter { $0.contexts.contains(context) }.map { row in
      (row.keys.compactMap { Key.parseSequence($0)?.map(\.notation).joined() }.joined(separator: " "), row.help)
    }
  }

  func draw(context: Context, into grid: inout CellGrid) {
    let rows = Self.rows(for: context)
    let keysW = min(16, rows.map { CellWidth.of($0.keys) }.max() ?? 8)
    let w = min(grid.size.width - 2, 74)
    let h = min(grid.size.height - 2, rows.count + 3)
    let box = Rect(x: (grid.size.width - w) / 2, y: (grid.size.height - h) / 2, width: w, height: h)
    grid.fill(box, style: .plain)
    grid.put(CellGrid.clip(" Keys (\(context.rawValue)) — any key closes ", w), x: box.x, y: box.y, style: theme.title.merged(with: Style(reverse: true)))
    for (i, row) in rows.prefix(h - 3).enumerated() {
      let y = box.y + 2 + i
      grid.put(CellGrid.clip(row.keys, keysW), x: box.x + 1, y: y, style: theme.title)
      grid.put(CellGrid.clip(row.help, w - keysW - 3), x: box.x + keysW + 2, y: y)
    }
  }
}
