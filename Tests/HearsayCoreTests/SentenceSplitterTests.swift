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
    ("ORLANDO, Fla. (Reuters) - The mayor met survivors.", ["ORLANDO, Fla. (Reuters) - The mayor met survivors."]),
    ("NO, he said. (Then he left.)", ["NO, he said.", "(Then he left.)"]),
    ("安全是第一位的。我们不会降低标准。", ["安全是第一位的。", "我们不会降低标准。"]),
    ("“We will win,” Lima wrote on X. Okafor, a rival, disagreed.", ["“We will win,” Lima wrote on X.", "Okafor, a rival, disagreed."]),
    ("The court may overturn Roe v. Wade in May.", ["The court may overturn Roe v. Wade in May."]),
    ("\"Is this proof?\" Vitter, a retired judge, asked pointedly.", ["\"Is this proof?\" Vitter, a retired judge, asked pointedly."]),
    ("\"Is this proof?\" Vitter, a retired judge, chairs the panel.", ["\"Is this proof?\"", "Vitter, a retired judge, chairs the panel."]),
    ("\"It is arbitrary.\" Bell, a rival, warned that it would fail.", ["\"It is arbitrary.\"", "Bell, a rival, warned that it would fail."]),
    // A title of address cannot follow an abbreviation in one sentence, nor a title or a
    // role a clock's time (`11 p.m. Eastern`, `7 p.m. Tuesday` are one); an office may follow
    // its country's.
    ("Police came around 11 p.m. Const. Ana Lima said a man was hurt.", ["Police came around 11 p.m.", "Const. Ana Lima said a man was hurt."]),
    ("They moved to the U.S. Dr. Lima opened a clinic.", ["They moved to the U.S.", "Dr. Lima opened a clinic."]),
    ("Police came around 11 p.m. Police said a man was hurt.", ["Police came around 11 p.m.", "Police said a man was hurt."]),
    ("Police came around 11 p.m. Mayor Ana Lima arrived later.", ["Police came around 11 p.m.", "Mayor Ana Lima arrived later."]),
    ("The vote is at 7 p.m. Tuesday in the hall.", ["The vote is at 7 p.m. Tuesday in the hall."]),
    ("The U.S. Senate voted.", ["The U.S. Senate voted."]),
    ("The U.S. Ambassador Ana Lima spoke.", ["The U.S. Ambassador Ana Lima spoke."]),
    ("Former U.S. Sen. Ana Lima spoke.", ["Former U.S. Sen. Ana Lima spoke."]),
    // The number sign's period ends nothing before a number; the word `no` ends a sentence.
    ("She is the No. 2 official. He is No. 3.", ["She is the No. 2 official.", "He is No. 3."]),
    ("Asked if it was illegal, she said no. \"It was wrong,\" she said.", ["Asked if it was illegal, she said no.", "\"It was wrong,\" she said."]),
    ("He said no. The rest followed.", ["He said no.", "The rest followed."]),
    // After a statement's period, a name and a cue that reports a clause of its own open a sentence.
    ("\"We will win,\" Lima said on \"New Day.\" Lima argued that the vote was close.", ["\"We will win,\" Lima said on \"New Day.\"", "Lima argued that the vote was close."]),
  ]

  @Test(arguments: cases)
  func splitsAtRealSentenceEnds(text: String, expected: [String]) throws {
    let doc = try Fixture.segment("Headline\n\n" + text)
    let body = doc.sentences.filter { $0.block == 1 }.map { doc.article.substring($0.range) }
    #expect(body == expected)
  }
}

extension SentenceSplitterTests {
  /// A paragraph with no full stop (a scraped table, a hostile file) is cut into bounded
  /// sentences, so the patterns that walk a sentence stay linear in the article.
  @Test func aParagraphWithoutFullStopsBecomesBoundedSentences() throws {
    let words = (0..<1_000).map { $0 % 7 == 0 ? "said" : "word\($0)" }
    let doc = try Fixture.segment("Headline\n\n" + words.joined(separator: " "))
    let body = doc.sentences.filter { $0.block == 1 }
    #expect(body.count == 4)
    #expect(body.allSatisfy { $0.tokens.count <= SentenceSplitter.maxTokens })
    // Contiguous and complete: every token is in exactly one sentence.
    #expect(zip(body, body.dropFirst()).allSatisfy { $0.tokens.upperBound == $1.tokens.lowerBound })
    #expect(body.map(\.tokens.count).reduce(0, +) == 1_000)
  }
}
