/// A half-open span of Unicode code-point offsets into an article's text.
///
/// Offsets count `unicodeScalars`, not `Character`s or UTF-16 units, because that is what
/// scripts and the scorer (Python `str` indices) count: a CJK character or an emoji
/// modifier then moves every later offset by the same amount in every consumer.
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  public var length: Int { end - start }
  public var isEmpty: Bool { end <= start }

  public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
  public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }
  public func overlaps(_ other: TextRange) -> Bool { other.start < end && start < other.end }

  public static func < (a: TextRange, b: TextRange) -> Bool {
    a.start == b.start ? a.end < b.end : a.start < b.start
  }

  public var description: String { "\(start)..<\(end)" }
}
