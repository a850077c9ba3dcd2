import Testing
@testable import HearsayCore

/// One sample article per oddity, each with the claims that prove it is handled.
struct SampleCollectionTests {
  static let cases: [(file: String, quote: String, speaker: String)] = [
    ("01-harbour-bridge-vote.txt", "but a rushed repair", "Alicia Brandt"),
    ("01-harbour-bridge-vote.txt", "the contractor had asked", "Coastal Times"),
    ("02-water-board-british.txt", "We got this wrong", "Margaret Okafor"),
    ("02-water-board-british.txt", "Residents deserve to know", "Sarah Whitfield"),
    ("03-summit-guillemets.txt", "The science has moved", "Rui Ferreira"),
    ("04-chinese-rail-corner.txt", "安全是第一位的", "王丽华"),
    ("04-chinese-rail-corner.txt", "信号系统在测试中", "王丽华"),
    ("05-council-speech-multiparagraph.txt", "When I took this office", "Samuel Osei"),
    ("05-council-speech-multiparagraph.txt", "This city taught me", "Samuel Osei"),
    ("06-interview-lighthouse.md", "The quiet before a storm", "Edith Harrow"),
    ("06-interview-lighthouse.md", "What will you miss most", "interviewer"),
    ("07-relayed-analysts.txt", "the company \"remains confident", "Lena Novak"),
    ("07-relayed-analysts.txt", "the measures were needed", "the trade ministry"),
    ("08-unbalanced-marks.txt", "It feels like getting", "Maria Tanaka"),
    ("08-unbalanced-marks.txt", "The coffee is fine", "Hannah Brennan"),
    ("09-nyt-style-quotes.txt", "People in those towns", "John R. Whitfield"),
    ("10-german-low-quotes.txt", "Wir müssen die Kosten", "Jonas Keller"),
    ("11-partial-quotes-terms.txt", "the cuts to school meals", "Kofi Mensah"),
    ("12-straight-quotes-abbreviations.txt", "Fire does not stop", "Mark J. Ellison"),
    ("13-headline-claim-reported.txt", "Hospital waiting times will fall", "Grace Kowalski"),
    ("13-headline-claim-reported.txt", "one in ten nursing posts", "Royal College of Nursing"),
  ]

  @Test(arguments: cases)
  func sampleClaimIsAttributed(file: String, quote: String, speaker: String) throws {
    let analysis = try Fixture.sample(file)
    let found = analysis.quote(startingWith: quote)
    #expect(found != nil, "\(file): no quote starting with \(quote)")
    #expect(analysis.speakerName(of: found) == speaker, "\(file)")
  }

  @Test func relayedSpeakerKeepsTheOutlet() throws {
    let analysis = try Fixture.sample("07-relayed-analysts.txt")
    #expect(analysis.viaName(of: analysis.quote(startingWith: "the company \"remains")) == "Radio Meridian")
  }

  @Test func splitQuoteHalvesAreLinked() throws {
    let analysis = try Fixture.sample("01-harbour-bridge-vote.txt")
    let first = try #require(analysis.quote(startingWith: "I understand the frustration"))
    #expect(first.linkedTo.map { analysis.text(analysis.quotes[$0]) }?.hasPrefix("but a rushed repair") == true)
  }

  @Test func scareQuotesInsideReportedSpeechAreFragmentsNotQuotes() throws {
    let analysis = try Fixture.sample("11-partial-quotes-terms.txt")
    let claim = try #require(analysis.quote(startingWith: "the so-called \"growth dividend\""))
    #expect(claim.form == .partial)
    #expect(claim.fragments.map { analysis.article.substring($0) } == ["growth dividend"])
    #expect(!analysis.quotes.contains { analysis.text($0) == "growth dividend" })
  }
}
