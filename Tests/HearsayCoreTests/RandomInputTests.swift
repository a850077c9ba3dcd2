import Foundation
import HearsayTestSupport
import Testing
@testable import HearsayCore

/// Deterministic random articles made of the pieces that break parsers — quote marks of
/// every style, apostrophes, cue words, names, abbreviations, CJK, emoji, control
/// characters, blank lines — and the invariants every analysis must keep.
struct RandomInputTests {
  static let pieces = [
    "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "「", "」", "『", "』", "''", "``", " ", " ", " ", "\n", "\n\n", ",", ".", ":", ";", "?",
    "—", "(", ")", "said", "says", "told", "according to", "added", "quoted", "as saying", "citing", "per", "that", "he", "she", "it",
    "Zheng Jian", "Mr.", "U.S.", "Sen.", "J.", "the spokesperson", "an analyst", "CNBC", "Xinhua News Agency", "Taiwan", "don't",
    "leaders'", "'90s", "安全", "表示", "说", "😀", "👨‍👩‍👧", "e\u{301}", "\u{1B}[31m", "\u{7}", "\u{202E}", "\t", "\r\n",
    "WALLACE:", "Q:", "―", "claims", "Published: Feb 05, 2026", "PHOTO:", "http://x.example", "3.5", "...", "…",
    "Noting that", "adding that", "Asked whether", "Mayor Backs", "Senator Wins", "show", "found",
  ]

  static func check(_ text: String) throws {
    let article: Article
    do { article = try ArticleLoader().parse(bytes: Array(text.utf8), path: "random.txt") } catch { return }
    let problems = Pipeline.standard.analyse(article).invariantViolations()
    #expect(problems.isEmpty, "\(problems) in \(text.debugDescription)")
  }

  static func run(seed: UInt64, articles: Int) throws {
    var g = SeededGenerator(seed: seed)
    for _ in 0..<articles {
      var text = ""
      for _ in 0..<(g.next() % 200) {
        text += g.pick(Self.pieces)
        if g.next() % 3 == 0 { text += " " }
      }
      try Self.check(text)
    }
  }

  @Test func randomArticlesKeepEveryInvariant() throws {
    // HEARSAY_FUZZ_SEED and HEARSAY_FUZZ_RUNS widen a local soak (scripts/fuzz); CI uses the fixed seed.
    let env = ProcessInfo.processInfo.environment
    try Self.run(seed: env["HEARSAY_FUZZ_SEED"].flatMap(UInt64.init) ?? 20261129, articles: env["HEARSAY_FUZZ_RUNS"].flatMap(Int.init) ?? 3000)
  }

  /// Seeds that once found a crash (a split quote whose first half merged with an earlier claim).
  @Test(arguments: [UInt64(17322)])
  func seedsThatOnceFailed(seed: UInt64) throws {
    try Self.run(seed: seed, articles: 2000)
  }

  /// Prose that stopped the analysis once a participle could open its sentence as a cue:
  /// with no subject after it, the rule looked for a conjunction in the words before it,
  /// of which there are none.
  @Test(arguments: ["A headline of some words\n\nNoting that the budget was tight.\n", "A headline of some words\n\nConceding that a deal would come “down the line.”\n"])
  func participlesOpeningTheirSentenceStopNothing(_ text: String) throws {
    try Self.check(text)
  }

  /// A verb of evidence closing a sentence too short to hold a comma before it (`…, the
  /// audit found.` is looked for) stopped the analysis, and the whole command with it.
  @Test(arguments: ["A headline of some words\n\nThey searched the house. They found.\n", "A headline of some words\n\nRecords show.\n"])
  func aVerbOfEvidenceClosingAShortSentenceStopsNothing(_ text: String) throws {
    try Self.check(text)
  }

  /// A participle after a comma at the very end of a paragraph with no period, where a
  /// participle's words set off before the content's verb were looked for.
  @Test func aParticipleEndingAParagraphWithNoPeriodStopsNothing() throws {
    try Self.check("A headline of some words\n\nLima says that prices, rising\n")
  }

  /// Paragraphs cut short, as a clipped page leaves them: a cue that takes an infinitive
  /// and a preposition with nothing after it (`Lima vowed on`) made an empty range looking
  /// for the infinitive; a verb of telling last (`…, telling`) one looking past its
  /// listener; a one-word paragraph a participle opens (`Including`), read back for a later
  /// pronoun's antecedent, one looking for its comma.
  @Test(arguments: ["A headline of some words\n\nLima vowed on\n", "A headline of some words\n\nLima left the room, telling\n",
                    "A headline of some words\n\nAna Lima spoke on Monday.\n\nIncluding\n\nShe said the plan was fair.\n"])
  func aParagraphCutShortStopsNothing(_ text: String) throws {
    try Self.check(text)
  }

  /// A date line whose digits a combining mark follows (`Published: 14\u{0F8F}il 2026`, a
  /// libFuzzer find) stopped Foundation's date parser, which counts the text in units it
  /// miscounts there: only a line a date format could read reaches it.
  @Test func aDateLineWithACombiningMarkAfterItsDigitsStopsNothing() throws {
    try Self.check("Water board admits monitors were off\nPublished: 14\u{0F8F}il 2026\n\nThe board said the data was lost.\n")
  }

  @Test func pathologicalShapes() throws {
    for text in [String(repeating: "\"", count: 5000), String(repeating: "'", count: 5000), String(repeating: "“a ", count: 2000),
                 String(repeating: "said ", count: 3000), String(repeating: "\n", count: 100) + "x", "\u{FEFF}\"Hi,\" he said.",
                 String(repeating: "Mr. ", count: 2000), String(repeating: "a, ", count: 5000) + "said Zheng.",
                 "He was quoted", "quoted", "\"Yes,\" they quoted."] {  // the last three once crashed the cue finder
      try Self.check(text)
    }
  }
}
