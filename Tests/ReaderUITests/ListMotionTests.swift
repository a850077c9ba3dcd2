import Testing
@testable import ReaderUI

/// Every list moves by one rule: counts repeat a motion, half a page of a one-row list is
/// still a row (the library's own copy moved by nothing there), and the selection stays inside.
struct ListMotionTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var from: Int, action: Action, count: Int, page: Int, length: Int
    var to: Int
    var description: String { name }
  }

  static let cases: [Case] = [
    Case(name: "a count repeats the motion", from: 2, action: .moveDown, count: 3, page: 10, length: 20, to: 5),
    Case(name: "half a page of a one-row list is one row", from: 4, action: .halfPageDown, count: 1, page: 1, length: 20, to: 5),
    Case(name: "half a page up, counted", from: 10, action: .halfPageUp, count: 2, page: 5, length: 20, to: 6),
    Case(name: "a page down stops at the last row", from: 15, action: .pageDown, count: 1, page: 10, length: 20, to: 19),
    Case(name: "up past the top stops at the first row", from: 1, action: .moveUp, count: 5, page: 10, length: 20, to: 0),
    Case(name: "bottom is the last row", from: 0, action: .bottom, count: 1, page: 10, length: 7, to: 6),
    Case(name: "an empty list keeps row 0", from: 0, action: .moveDown, count: 1, page: 10, length: 0, to: 0),
    Case(name: "a zero-height pane still pages by a row", from: 3, action: .pageDown, count: 1, page: 0, length: 9, to: 4),
  ]

  @Test(arguments: cases)
  func aListMotionLandsInsideTheList(_ c: Case) {
    #expect(ListMotion.target(from: c.from, c.action, count: c.count, page: c.page, length: c.length) == c.to)
  }
}
