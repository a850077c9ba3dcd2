import Foundation

/// Quote ids that sort by date: the article's day in the high bits, a sequence number in
/// the low 32. Newest-first search is then a walk down the ids (SQLite and FTS5 both stop
/// at the limit), and `after:`/`before:` are id ranges. Undated articles get day 0: last.
enum QuoteID {
  /// Days are counted from 1,000,000 days before 1970, so old dates stay positive.
  static func day(_ date: Date?) -> Int64 {
    guard let date else { return 0 }
    return max(1, Int64((date.timeIntervalSince1970 / 86_400).rounded(.down)) + 1_000_000)
  }

  static func make(day: Int64, sequence: Int64) -> Int64 { day << 32 | (sequence & 0xFFFF_FFFF) }

  /// The smallest id of a quote from an article dated on `date`'s day.
  static func first(on date: Date) -> Int64 { make(day: day(date), sequence: 0) }

  /// The smallest id of a dated quote.
  static let firstDated = make(day: 1, sequence: 0)
}
