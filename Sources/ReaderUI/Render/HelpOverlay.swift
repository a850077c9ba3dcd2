/// The `?` overlay: generated from the live keymap, so it always shows the real keys,
/// including those a configuration file rebound.
struct HelpOverlay {
  let theme: Theme

  /// Rows for a context: keys as the user types them, then what they do.
  static func rows(for context: Context, keymap: Keymap) -> [(keys: String, help: String)] {
    Keymap.table.compactMap { row in
      let keys = keymap.keys(for: row.action, in: context)
      guard !keys.isEmpty else { return nil }
      return (keys.map { Keymap.notation($0, for: row.action) }.joined(separator: " "), row.help)
    }
  }

  func draw(context: Context, keymap: Keymap, offset: Int, into grid: inout CellGrid) {
    let rows = Self.rows(for: context, keymap: keymap)
    let keysW = min(18, rows.map { CellWidth.of($0.keys) }.max() ?? 8)
    let w = min(grid.size.width - 2, 90)
    let h = min(grid.size.height - 2, rows.count + 3)
    let box = Rect(x: (grid.size.width - w) / 2, y: (grid.size.height - h) / 2, width: w, height: h)
    let first = max(0, min(offset, rows.count - (h - 3)))
    grid.fill(box, style: .plain)
    let more = rows.count > h - 3 ? " — j/k scroll" : ""
    grid.put(CellGrid.clip(" Keys (\(context.rawValue))\(more) — Esc closes ", w), x: box.x, y: box.y, style: theme.title.merged(with: Style(reverse: true)))
    for (i, row) in rows.dropFirst(first).prefix(h - 3).enumerated() {
      let y = box.y + 2 + i
      grid.put(CellGrid.clip(row.keys, keysW), x: box.x + 1, y: y, style: theme.title)
      grid.put(CellGrid.clip(row.help, w - keysW - 3), x: box.x + keysW + 2, y: y)
    }
  }
}
