import Foundation

/// Calendar arithmetic for the dates news carries, without ICU: creating or cloning a
/// `DateFormatter` per article cost more than analysing the article.
enum CivilDate {
  static let months: [String: Int] = [
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
  ]

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func days(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  static func date(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, offset: Int = 0) -> Date? {
    guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
      (1000...9999).contains(year)
    else { return nil }
    let seconds = days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - offset
    return Date(timeIntervalSince1970: TimeInterval(seconds))
  }

  /// `2026-02-05T23:52:00Z`, in UTC.
  static func iso(_ date: Date) -> String {
    let t = Int(date.timeIntervalSince1970.rounded(.down))
    let z = Int((Double(t) / 86_400).rounded(.down))
    let secs = t - z * 86_400
    let shifted = z + 719468
    let era = (shifted >= 0 ? shifted : shifted - 146096) / 146097
    let doe = shifted - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(year)-\(two(month))-\(two(day))T\(two(secs / 3600)):\(two(secs % 3600 / 60)):\(two(secs % 60))Z"
  }

  /// Parses the shapes news uses: ISO 8601 (`2026-02-05`, `2026-02-05T23:52:00+08:00`,
  /// `2026/02/05 10:00`), `Feb 05, 2026 11:52 PM`, `February 5, 2026`, `5 February 2026`,
  /// `Thursday, February 5, 2026`. Nil for anything else.
  static func parse(_ text: String) -> Date? {
    var numbers: [Int] = []
    var words: [String] = []
    var separators: [Unicode.Scalar] = []
    // Runs of letters or of digits, scalar by scalar (no grapheme breaking, no Foundation),
    // each copied out once as it ends (appending scalar by scalar was most of the parse).
    let scalars = text.unicodeScalars
    var start: String.UnicodeScalarView.Index? = nil
    var currentIsNumber = false
    func flush(_ end: String.UnicodeScalarView.Index) {
      guard let s = start else { return }
      let run = String(scalars[s..<end])
      if let n = Int(run) { numbers.append(n) } else { words.append(run.lowercased()) }
      start = nil
    }
    var i = scalars.startIndex
    while i < scalars.endIndex {
      let c = scalars[i]
      if c.isWordCharacter {
        let isNumber = c.isDigit
        if start != nil, currentIsNumber != isNumber { flush(i) }
        if start == nil { start = i }
        currentIsNumber = isNumber
      } else {
        flush(i)
        separators.append(c)
      }
      i = scalars.index(after: i)
    }
    flush(scalars.endIndex)
    let pm = words.contains("pm")
    let am = words.contains("am")
    func clock(_ rest: ArraySlice<Int>) -> (Int, Int, Int) {
      var h = rest.first ?? 0
      if pm && h < 12 { h += 12 }
      if am && h == 12 { h = 0 }
      return (h, rest.dropFirst().first ?? 0, rest.dropFirst(2).first ?? 0)
    }
    if let month = words.lazy.compactMap({ months[$0] }).first {
      // `Feb 05, 2026 11:52 PM` or `5 February 2026`.
      guard numbers.count >= 2 else { return nil }
      let yearIndex = numbers.firstIndex { $0 >= 1000 } ?? 1
      let day = yearIndex == 0 ? numbers[1] : numbers[0]
      let (h, m, s) = clock(numbers[(yearIndex + 1)...])
      return date(year: numbers[yearIndex], month: month, day: day, hour: h, minute: m, second: s)
    }
    guard numbers.count >= 3, numbers[0] >= 1000 else { return nil }
    var (h, m, s) = clock(numbers[3...].prefix(3))
    var offset = 0
    // A trailing `+08:00` / `-0500` offset.
    if let sign = separators.last(where: { $0 == "+" || $0 == "-" }), numbers.count >= 5, text.contains("T") || text.contains(":"),
      let signIndex = text.lastIndex(of: Character(sign)), text.distance(from: signIndex, to: text.endIndex) <= 6, text.distance(from: text.startIndex, to: signIndex) > 10
    {
      let tail = text[text.index(after: signIndex)...].filter(\.isNumber)
      if let value = Int(tail), tail.count == 4 || tail.count == 2 {
        let hours = tail.count == 4 ? value / 100 : value
        let minutes = tail.count == 4 ? value % 100 : 0
        offset = (hours * 3600 + minutes * 60) * (sign == "+" ? 1 : -1)
        let clockNumbers = numbers.count - (tail.count == 4 && !text[signIndex...].contains(":") ? 1 : 2)
        (h, m, s) = clock(numbers[3..<max(3, clockNumbers)].prefix(3))
      }
    }
    return date(year: numbers[0], month: numbers[1], day: numbers[2], hour: h, minute: m, second: s, offset: offset)
  }
}
