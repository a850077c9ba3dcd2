import HearsayCore

/// The article's text wrapped to a width, by display cells, as lines that remember the
/// code-point offsets they cover. Positions are kept as offsets, not rows, so re-wrapping
/// after a resize lands on the same words.
public struct ArticleLayout: Sendable {
  public struct Line: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var block: Int?
  }

  public let width: Int
  public let lines: [Line]

  public init(article: Article, width: Int) {
    self.width = max(1, width)
    var lines: [Line] = []
    let s = article.scalars
    for (b, block) in article.blocks.enumerated() where block.role.isText {
      if !lines.isEmpty { lines.append(Line(start: block.range.start, end: block.range.start, block: nil)) }
      Self.wrap(s, block.range, width: self.width, block: b, into: &lines)
    }
    if lines.isEmpty { lines.append(Line(start: 0, end: 0, block: nil)) }
    self.lines = lines
  }

  /// Greedy wrapping at spaces; a word longer than the line is cut between graphemes.
  static func wrap(_ s: [Unicode.Scalar], _ r: TextRange, width: Int, block: Int, into lines: inout [Line]) {
    var lineStart = r.start
    var col = 0
    var lastSpace: Int? = nil
    var colAtSpace = 0
    var i = r.start
    while i < r.end {
      let (next, w) = grapheme(s, at: i, limit: r.end)
      if s[i] == "\n" || s[i] == "\r" {
        lines.append(Line(start: lineStart, end: i, block: block))
        lineStart = next
        col = 0
        lastSpace = nil
        i = next
        continue
      }
      if col + w > width {
        if let space = lastSpace, space > lineStart {
          lines.append(Line(start: lineStart, end: space, block: block))
          lineStart = space + 1
          col -= colAtSpace + 1
        } else {
          lines.append(Line(start: lineStart, end: i, block: block))
          lineStart = i
          col = 0
        }
        lastSpace = nil
      }
      if s[i] == " " {
        lastSpace = i
        colAtSpace = col
      }
      col += w
      i = next
    }
    lines.append(Line(start: lineStart, end: r.end, block: block))
  }

  /// The end of the cluster starting at `i` and the cells it is drawn in (`DrawnClusters`).
  static func grapheme(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> (Int, Int) {
    let (end, cluster) = DrawnClusters.cluster(s, at: i, limit: limit)
    return (end, cluster.width)
  }

  /// The index of the line that holds `offset`.
  public func line(containing offset: Int) -> Int {
    max(0, lines.partitionPoint { $0.start <= offset } - 1)
  }
}
