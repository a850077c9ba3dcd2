/// A stretch of text between paired quotation marks, before anyone asks who said it.
public struct QuotedSpan: Sendable, Hashable {
  /// The opening mark (one or two code points).
  public var open: TextRange
  /// The closing mark; nil when the quote was never closed and was cut at its paragraph's end.
  public var close: TextRange?
  /// Between the marks.
  public var content: TextRange
  public var family: QuoteFamily
  /// 0 for a top-level quote, 1 for a quote inside it, and so on.
  public var depth: Int
  /// True when the quote runs over several paragraphs (an opening mark at each).
  public var spansParagraphs: Bool

  /// From the opening mark to the closing one (or the content's end).
  public var outer: TextRange { TextRange(open.start, close?.end ?? content.end) }
}
