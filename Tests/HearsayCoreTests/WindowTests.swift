import Testing
@testable import HearsayCore

/// A very long article is analysed in bounded windows: nothing is lost at the cuts, the
/// results read as one analysis, and a diagnostic says a limit applied.
struct WindowTests {
  /// Sixty different paragraphs (the same paragraph repeated would be boilerplate, not body).
  static let body = (1...60).map { "“The levy will pass by \($0) votes,” said Ana Lima, the port's director. Omar Bell said vote \($0) would wait.\n\n" }.joined()

  @Test func aLongArticleReadsAsOneAnalysis() throws {
    let text = "Port levy\n\n" + Self.body
    let article = try ArticleLoader().parse(bytes: Array(text.utf8), path: "long.txt")
    var small = Pipeline.standard
    small.window = 1_000
    let windowed = small.analyse(article)
    let whole = Pipeline.standard.analyse(article)
    #expect(windowed.diagnostics.contains { $0.code == .analysedInWindows })
    #expect(!whole.diagnostics.contains { $0.code == .analysedInWindows })
    #expect(windowed.invariantViolations().isEmpty, "\(windowed.invariantViolations())")
    #expect(whole.quotes.count == 120)
    #expect(windowed.quotes.map(\.content) == whole.quotes.map(\.content), "no quote lost or moved at a cut")
    #expect(windowed.quotes.map(\.block) == whole.quotes.map(\.block))
    let names = windowed.speakers.map(\.name)
    #expect(Set(names).count == names.count, "one speaker per name, not one per window")
    #expect(windowed.quotes.compactMap { $0.speaker.map { windowed.speakers[$0].name } } == whole.quotes.compactMap { $0.speaker.map { whole.speakers[$0].name } })
  }

  /// Memory stays bounded by the window: loading and analysing a long article never makes
  /// its code points whole (4 bytes a character), only each window's.
  @Test(arguments: ["long.txt", "long.md"])
  func aLongArticleNeverHoldsAllItsCodePoints(_ name: String) throws {
    let text = (name.hasSuffix(".md") ? "---\ntitle: Port levy\n---\n\n" : "Port levy\n\n") + Self.body
    let article = try ArticleLoader().parse(bytes: Array(text.utf8), path: name)
    var small = Pipeline.standard
    small.window = 1_000
    let analysis = small.analyse(article)
    #expect(!analysis.quotes.isEmpty)
    #expect(!article.storage.hasMaterialisedScalars)
  }

  /// A window ends after a paragraph break in its last fifth, else a sentence end, else a
  /// space, else at the limit.
  @Test(arguments: [
    ("aaaaaaa.\n\nbbbbbbb ccc", 10, 10), ("aaaaaaaaaaaaaaaa. bb cc dddddddd", 20, 18),
    ("aaaaaaaaaaaaaaaaa bb ccccccccc", 20, 18), ("aaaaaaaaaaaaaaaaaaaaaaaaa", 10, 10), ("short", 100, 5),
  ])
  func aWindowEndsAtTheBestBreakNearItsLimit(_ text: String, _ limit: Int, _ end: Int) {
    #expect(Pipeline.cut(ScalarText(text), from: 0, limit: limit) == end)
  }
}
