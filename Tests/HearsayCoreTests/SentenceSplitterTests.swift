import Testing
@testable import HearsayCore

/// Golden rules for sentence boundaries (pySBD style): each case is a paragraph and the
/// sentences it must split into.
struct SentenceSplitterTests {
  static let cases: [(String, [String])] = [
    ("The U.S. and Canada agreed. The deal starts now.", ["The U.S. and Canada agreed.", "The deal starts now."]),
    ("Mr. Ellison spoke first. Then Dr. Olsen replied.", ["Mr. Ellison spoke first.", "Then Dr. Olsen replied."]),
    ("Sen. John R. Whitfield chairs the panel.", ["Sen. John R. Whitfield chairs the panel."]),
    ("It opens on Feb. 5 at 9 a.m. local time.", ["It opens on Feb. 5 at 9 a.m. local time."]),
    ("Costs rose 3.5 per cent. Wages did not.", ["Costs rose 3.5 per cent.", "Wages did not."]),
    ("He paused... then went on.", ["He paused... then went on."]),
    ("\"We will win.\" The crowd cheered.", ["\"We will win.\"", "The crowd cheered."]),
    ("\"Why?\" he asked. Nobody answered.", ["\"Why?\" he asked.", "Nobody answered."]),
    ("\"Is this proof?\" Vitter demanded.", ["\"Is this proof?\" Vitter demanded."]),
    ("\"A. B. C,\" she said.", ["\"A. B. C,\" she said."]),
    ("They met in the U.S. on Monday.", ["They met in the U.S. on Monday."]),
    ("安全是第一位的。我们不会降低标准。", ["安全是第一位的。", "我们不会降低标准。"]),
  ]

  @Test(arguments: cases)
  func splitsAtRealSentenceEnds(text: String, expected: [String]) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + text)
    let body = analysis.sentences.filter { $0.block == 1 }.map { analysis.article.substring($0.range) }
    #expect(body == expected)
  }
}
