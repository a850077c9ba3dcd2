import Foundation
import HearsayCore

/// The library screen: one row per article with date, title, section and counts.
struct LibraryPane {
  let theme: Theme

  func draw(_ state: ReaderState, into grid: inout CellGrid) {
    let lib = state.library
    let visible = lib.visible
    let count = lib.pendingTotal ?? lib.entries.count
    let header = "Hearsay — \(count) article\(count == 1 ? "" : "s")"
      + (lib.filter.isEmpty ? "" : " — \(visible.count) match “\(lib.filter)”") + " — sorted by \(lib.sort.rawValue)"
    grid.put(CellGrid.clip(header, grid.size.width), x: 0, y: 0, style: theme.title)
    let w = grid.size.width
    let countsW = 12
    let dateW = w >= 60 ? 12 : 0
    let titleW = w - countsW - dateW - 2
    grid.put(CellGrid.clip("date", dateW), x: 0, y: 1, style: theme.dim)
    grid.put("title (● unread)", x: dateW + 2, y: 1, style: theme.dim)
    grid.put("quotes spk", x: w - countsW, y: 1, style: theme.dim)
    let area = PaneGeometry.library(state.size)
    for row in 0..<area.height {
      let i = lib.offset + row
      guard i < visible.count else { break }
      let e = lib.entries[visible[i]]
      let y = area.y + row
      if dateW > 0 { grid.put(CellGrid.clip(Self.shortDate(e), dateW - 1), x: 0, y: y, style: theme.dim) }
      var title = e.title
      if let section = e.section { title += "  · " + section.replacingOccurrences(of: "\u{00A0}", with: " ") }
      let unread = !state.isRead(e.path)
      grid.put(unread ? "●" : " ", x: dateW, y: y, style: theme.title)
      grid.put(CellGrid.clip(title, titleW - 2), x: dateW + 2, y: y, style: unread ? theme.title : .plain)
      let counts = e.problem != nil ? "  error" : (e.quoteCount.map { String(format: "%6d %3d", $0, e.speakerCount ?? 0) } ?? "     …")
      grid.put(counts, x: w - countsW, y: y, style: e.problem != nil ? theme.warning : .plain)
      if i == lib.selected { grid.restyle(x: 0, y: y, width: w, with: theme.selection) }
    }
    if visible.isEmpty {
      grid.put(lib.entries.isEmpty ? "no articles here" : "no article matches “\(lib.filter)”", x: 2, y: area.y + 1, style: theme.dim)
    }
  }

  static func shortDate(_ e: LibraryEntry) -> String {
    guard let d = e.date else { return e.dateText.map { String($0.prefix(10)) } ?? "" }
    return String(PlainTextFormat.isoDate(d).prefix(10))
  }
}
