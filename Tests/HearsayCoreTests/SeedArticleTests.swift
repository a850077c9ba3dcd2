import Testing
@testable import HearsayCore

/// The seed article, end to end: every claim in it, its speaker and relay. The seed is
/// read from `../shared/seeds/`, never copied into the project.
@Suite(.enabled(if: Fixture.seedTestsRun, "the seed article ../shared/seeds/000_0130f08132d9bf85.txt is absent"))
struct SeedArticleTests {
  static let expected: [(quote: String, speaker: String, via: String?)] = [
    ("Taiwan at 'core of core interests'", "China", nil),
    ("Room for 'relying on US", "Zheng Jian", nil),
    ("the Taiwan question is \"the most important", "Xi Jinping", nil),
    ("the Taiwan question is at the core", "Chen Binhua", nil),
    ("the Taiwan question is the most important", "Xi Jinping", nil),
    ("Taiwan is China's territory", "Xi Jinping", "Xinhua News Agency"),
    ("The US must handle", "Xi Jinping", nil),
    ("he understands how China feels", "Donald Trump", "Xinhua"),
    ("the call was an \"excellent\" discussion", "Donald Trump", nil),
    ("President Xi's important remarks", "Chen Binhua", nil),
    ("the Democratic Progressive Party (DPP) authorities", "Chen Binhua", nil),
    ("the US to adhere", "Chen Binhua", nil),
    ("the Chinese leader would visit", "Donald Trump", nil),
    ("the heads of state", "Lin Jian", nil),
    ("he had no information", "Lin Jian", nil),
    ("the last phone call", "Bloomberg", nil),
    ("the emphasis on Taiwan", "an analyst", "Bloomberg"),
    ("the description from Chinese state media", "New York Times", nil),
    ("the Taiwan question was \"front and center\"", "Chinese state media", "New York Times"),
    ("China appears to be reminding", "David Meale", "CNBC"),
    ("Beijing has demonstrated", "Zheng Jian", nil),
    ("On the issue of US arms sales", "Zheng Jian", nil),
    ("The signal from China", "Zheng Jian", nil),
    ("If the Taiwan question is not managed", "Zheng Jian", nil),
    ("On the other hand", "Zheng Jian", nil),
    ("it cannot be ruled out", "Dennis Weng", "China Times"),
    ("the island has already been", "China Times", nil),
    ("the US prioritizes", "Huang Kuo-chang", "ltn.com"),
    ("the island must steer clear", "Huang Kuo-chang", nil),
    ("it is closely following", "the DPP authorities' external affairs department", "island-based media"),
    ("There is no doubt", "Zheng Jian", nil),
    ("unlike the mainland", "Zheng Jian", nil),
    ("To Washington", "Zheng Jian", nil),
    ("But for the Chinese mainland", "Zheng Jian", nil),
  ]

  @Test func everyClaimHasItsSpeakerAndRelay() throws {
    guard let seed = try Fixture.seed() else { return }
    #expect(seed.quotes.count == Self.expected.count)
    for (prefix, speaker, via) in Self.expected {
      let quote = seed.quote(startingWith: prefix)
      #expect(quote != nil, "missing: \(prefix)")
      #expect(seed.speakerName(of: quote) == speaker, "\(prefix)")
      #expect(seed.viaName(of: quote) == via, "\(prefix)")
    }
  }

  @Test func layoutAndSpeakersOfTheSeed() throws {
    guard let seed = try Fixture.seed() else { return }
    #expect(seed.article.section == "CHINA\u{00A0}/\u{00A0}DIPLOMACY")
    #expect(seed.article.dateText == "Published: Feb 05, 2026 11:52 PM")
    #expect(seed.article.blocks.filter { $0.role == .caption }.count == 2)
    let zheng = try #require(seed.speakers.first { $0.name == "Zheng Jian" })
    #expect(zheng.kind == .person)
    #expect(zheng.aliases.contains("Zheng"))
    #expect(seed.speakers.first { $0.name == "Chen Binhua" }?.role?.contains("spokesperson") == true)
    #expect(seed.speakers.first { $0.name == "CNBC" }?.kind == .outlet)
    #expect(seed.terms.contains { seed.article.substring($0) == "doubts about US" })
  }
}
