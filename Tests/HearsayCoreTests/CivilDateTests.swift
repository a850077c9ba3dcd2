import Foundation
import Testing
@testable import HearsayCore

/// Dates as news prints them, parsed without ICU and checked against known instants.
struct CivilDateTests {
  static let cases: [(String, String)] = [
    ("Feb 05, 2026 11:52 PM", "2026-02-05T23:52:00Z"),
    ("February 5, 2026", "2026-02-05T00:00:00Z"),
    ("5 February 2026", "2026-02-05T00:00:00Z"),
    ("Thursday, February 5, 2026", "2026-02-05T00:00:00Z"),
    ("Mar 12, 2026 08:40 AM", "2026-03-12T08:40:00Z"),
    ("Dec 31, 2026 12:05 AM", "2026-12-31T00:05:00Z"),
    ("2026-02-05", "2026-02-05T00:00:00Z"),
    ("2026-10-21T18:30:00Z", "2026-10-21T18:30:00Z"),
    ("2026-10-21T18:30:00+08:00", "2026-10-21T10:30:00Z"),
    ("2026/02/05 10:00", "2026-02-05T10:00:00Z"),
    ("2000-02-29", "2000-02-29T00:00:00Z"),
  ]

  @Test(arguments: cases)
  func parsesNewsDates(text: String, iso: String) throws {
    let date = try #require(DateLineParser.parse(text), "\(text)")
    #expect(CivilDate.iso(date) == iso)
  }

  @Test func rejectsNonDates() {
    #expect(DateLineParser.parse("Published: soon") == nil)
    #expect(CivilDate.parse("2026-13-40") == nil)
    #expect(CivilDate.parse("Chapter 12") == nil)
  }
}
