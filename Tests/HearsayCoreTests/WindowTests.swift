import Testing
@testable import HearsayCore

/// A very long article is analysed in bounded windows: nothing is lost at the cuts, the
/// results read as one analysis, and a diagnostic says a limit applied.
struct WindowTests {
  static let paragraph = "“The levy will pass,” said Ana Lima, the port's director. Omar Bell said the vote would wait.\n\n"

  @Test func aLongArticleReadsAsOneAnalysis() throws {
    let text = "Port levy\n\n" + String(repeating: Self.paragraph, count: 60)
    let article = try ArticleLoader().parse(bytes: Array(text.utf8), path: "long.txt")
    var small = Pipeline.standard
    small.window = 1_000
    let windowed = small.analyse(article)
    let whole = Pipeline.standard.analyse(article)
    #expect(windowed.diagnostics.contains { $0.code == .analysedInWindows })
    #expect(!whole.diagnostics.contains { $0.code == .analysedInWindows })
    #expect(windowed.invariantViolations().isEmpty, "\(windowed.invariantViolations())")
    #expect(windowed.quotes.map(\.content) == whole.quotes.map(\.content), "no quote lost or moved at a cut")
    #expect(windowed.quotes.map(\.block) == whole.quotes.map(\.block))
    let names = windowed.speakers.map(\.name)
    #expect(Set(names).count == names.count, "one speaker per name, not one per window")
    #expect(windowed.quotes.compactMap { $0.speaker.map { windowed.speakers[$0].name } } == whole.quotes.compactMap { $0.speaker.map { whole.speakers[$0].name } })
  }

  /// A window ends after a paragraph break in its last fifth, else a sentence end, else a
  /// space, else at the limit.
  @Test(arguments: [
    ("aaaaaaa.\n\nbbbbbbb ccc", 10, 10), ("aaaaaaaaaaaaaaaa. bb cc dddddddd", 20, 18),
    ("aaaaaaaaaaaaaaaaa bb ccccccccc", 20, 18), ("aaaaaaaaaaaaaaaaaaaaaaaaa", 10, 10), ("short", 100, 5),
  ])
  func aWindowEndsAtTheBestBreakNearItsLimit(_ text: String, _ limit: Int, _ end: Int) {
    #expect(Pipeline.cut(Array(text.unicodeScalars), from: 0, limit: limit) == end)
  }
}
