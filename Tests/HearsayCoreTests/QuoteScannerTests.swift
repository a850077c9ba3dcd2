import Testing
@testable import HearsayCore

/// Quote pairing across mark styles: each case is a paragraph and the quoted contents
/// (top level only) it must yield.
struct QuoteScannerTests {
  static let cases: [(name: String, text: String, quotes: [String])] = [
    ("curly", "“We are ready,” she said.", ["We are ready,"]),
    ("straight", "\"We are ready,\" she said.", ["We are ready,"]),
    ("british single", "'We got this wrong,' said Okafor.", ["We got this wrong,"]),
    ("single nested in double", "“They said ‘no’ twice,” he said.", ["They said ‘no’ twice,"]),
    ("guillemets with spaces", "« Nous sommes prêts », a-t-elle dit.", ["Nous sommes prêts"]),
    ("german low-high", "„Wir müssen sparen“, sagte er.", ["Wir müssen sparen"]),
    ("corner brackets", "她说：「安全第一。」", ["安全第一。"]),
    ("nyt doubled apostrophes", "''That is on me,'' she said.", ["That is on me,"]),
    ("apostrophes are not quotes", "The leaders' talks in the '90s didn't end.", []),
    ("an apostrophe opening a word in a paragraph the next does not reopen", "The decade ended. 'Twas a good one.\n\nThen came 2000.", []),
    ("possessive after a quote", "Their 'plan' wasn't the leaders' idea.", ["plan"]),
    ("misplaced opener", "Some were unimpressed.\" The coffee is fine,\" said Hannah.", ["The coffee is fine,"]),
    ("straight marks spaced on both sides", "\" If you lose squarely, \" said Rep. Ana Lima.", ["If you lose squarely,"]),
    ("unclosed before attribution", "\"It feels like home, said Maria Tanaka, a reader.", ["It feels like home"]),
  ]

  @Test(arguments: cases)
  func pairsMarks(name: String, text: String, quotes: [String]) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + text)
    let spans = QuoteScanner(s: analysis.article.scalars).scan(paragraphs: analysis.article.blocks.map(\.range))
    let found = spans.spans.filter { $0.depth == 0 && $0.content.start > 9 }.map { analysis.article.substring($0.content) }
    #expect(found == quotes, "\(name)")
  }

  /// A paragraph left open and the next reopened is one quote, in double marks or, as
  /// British papers write, in single ones — where a mark left open in a paragraph the next
  /// does not reopen stays an apostrophe.
  @Test(arguments: [
    "Headline\n\n\"First paragraph of the speech.\n\n\"Second paragraph.\n\n\"Last one.\"\n\nShe sat down.",
    "Headline\n\n'First paragraph of the speech.\n\n'Second paragraph.\n\n'Last one.'\n\nShe sat down.",
    "Headline\n\n'It's late,' he said. 'First paragraph of the speech.\n\n'Second paragraph.\n\n'Last one.'\n\nShe sat down.",
  ])
  func quoteRunningOverParagraphsIsOneQuote(_ text: String) throws {
    let analysis = try Fixture.analyse(text)
    let spans = QuoteScanner(s: analysis.article.scalars).scan(paragraphs: analysis.article.blocks.map(\.range)).spans
    let runOn = try #require(spans.last)
    #expect(runOn.spansParagraphs)
    #expect(analysis.article.substring(runOn.content).hasPrefix("First paragraph"))
    #expect(analysis.article.substring(runOn.content).hasSuffix("Last one."))
  }

  /// A quote opened after a word, inside a sentence, that never closes lost its closing
  /// mark: it does not run on into the next paragraph's quote, which is a quote of its own.
  @Test func aPartialQuoteLeftOpenDoesNotRunOn() throws {
    let text = "Headline\n\nLima said the plan is “really an empty promise.\n\n“What we do here is vote,” Omar Bell said. “That is our job.”"
    let analysis = try Fixture.analyse(text)
    let quote = try #require(analysis.quote(startingWith: "What we do here"), "found \(analysis.quotes.map(analysis.text))")
    #expect(analysis.speakerName(of: quote) == "Omar Bell")
  }

  @Test func unbalancedMarkIsReportedAndTheRestStillPairs() throws {
    let text = "Headline\n\nShe said “this never closes.\n\nThen came a reply. “But this one does,” he said."
    let analysis = try Fixture.analyse(text)
    #expect(analysis.diagnostics.contains { $0.code == .unclosedQuote })
    #expect(analysis.quote(startingWith: "But this one does") != nil)
  }
}
