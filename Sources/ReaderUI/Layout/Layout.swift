/// Splits the screen into panes. Wide terminals show the three reader panes side by side,
/// medium ones put quotes over sources beside the article, narrow ones show the focused
/// pane alone with a tab bar; below the minimum there is only a message.
public struct ReaderLayout: Equatable, Sendable {
  public enum Arrangement: Equatable, Sendable { case columns, stacked, single, tooSmall }
  public static let minimum = Size(width: 30, height: 8)

  public var arrangement: Arrangement
  public var article: Rect?
  public var quotes: Rect?
  public var sources: Rect?
  /// The row of pane titles in the single-pane arrangement.
  public var tabBar: Rect?
  public var status: Rect

  public static func compute(_ size: Size, focus: Pane, ratio: PaneRatio = ReaderSettings().paneRatio) -> ReaderLayout {
    let status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
    guard size.width >= minimum.width, size.height >= minimum.height else {
      return ReaderLayout(arrangement: .tooSmall, status: status)
    }
    let h = size.height - 1
    if size.width >= 120 {
      let total = max(1, ratio.article + ratio.quotes + ratio.sources)
      let sourcesW = max(26, size.width * ratio.sources / total)
      let quotesW = max(34, size.width * ratio.quotes / total)
      let articleW = size.width - sourcesW - quotesW - 2
      guard articleW >= 40 else { return compute(size, focus: focus, ratio: ReaderSettings().paneRatio) }
      return ReaderLayout(arrangement: .columns, article: Rect(x: 0, y: 0, width: articleW, height: h),
                          quotes: Rect(x: articleW + 1, y: 0, width: quotesW, height: h),
                          sources: Rect(x: articleW + quotesW + 2, y: 0, width: sourcesW, height: h), status: status)
    }
    if size.width >= 80 {
      let share = ratio.article * 100 / max(1, ratio.article + ratio.quotes + ratio.sources)
      let articleW = size.width * min(75, max(40, share + 10)) / 100
      let rightW = size.width - articleW - 1
      let quotesH = h * 3 / 5
      return ReaderLayout(arrangement: .stacked, article: Rect(x: 0, y: 0, width: articleW, height: h),
                          quotes: Rect(x: articleW + 1, y: 0, width: rightW, height: quotesH),
                          sources: Rect(x: articleW + 1, y: quotesH + 1, width: rightW, height: h - quotesH - 1), status: status)
    }
    let body = Rect(x: 0, y: 1, width: size.width, height: h - 1)
    return ReaderLayout(arrangement: .single, article: focus == .article ? body : nil, quotes: focus == .quotes ? body : nil,
                        sources: focus == .sources ? body : nil, tabBar: Rect(x: 0, y: 0, width: size.width, height: 1), status: status)
  }

  public func rect(_ pane: Pane) -> Rect? {
    switch pane {
    case .article: return article
    case .quotes: return quotes
    case .sources: return sources
    }
  }
}
