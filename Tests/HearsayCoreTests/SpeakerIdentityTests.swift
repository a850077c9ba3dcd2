import Testing
@testable import HearsayCore

/// One person, one collection speaker: name variants merge when the collection makes them
/// unambiguous, and what it leaves ambiguous stays apart.
struct SpeakerIdentityTests {
  /// A name as the articles resolved it: `articles` articles of one kind, two quotes each.
  static func v(_ name: String, _ articles: Int = 1, kind: Speaker.Kind = .person, titled: [String] = []) -> SpeakerIdentity.Variant {
    SpeakerIdentity.Variant(key: SpeakerDirectory.key(name), name: name, kinds: [kind.rawValue: articles], quotes: 2 * articles, titled: titled)
  }

  static func rows(_ variants: [SpeakerIdentity.Variant]) -> [String: SpeakerIdentity.Identity] {
    let identity = SpeakerIdentity(variants)
    return Dictionary(uniqueKeysWithValues: variants.map { ($0.name, identity.identity(ofKey: $0.key)!) })
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var proves: String
    var variants: [SpeakerIdentity.Variant]
    /// Names that must share one row.
    var together: [[String]]
    /// Names that must each be on a different row.
    var apart: [String]
    var testDescription: String { proves }
  }

  static let cases: [Case] = [
    Case(proves: "a middle initial is the same person", variants: [v("Donald Trump", 20), v("Donald J. Trump", 4)],
         together: [["Donald Trump", "Donald J. Trump"]], apart: []),
    Case(proves: "a middle name is the same person", variants: [v("Ana Lima", 9), v("Ana Maria Lima", 2)],
         together: [["Ana Lima", "Ana Maria Lima"]], apart: []),
    Case(proves: "two different middles are two people, and the bare name joins neither",
         variants: [v("George W. Bush", 9), v("George H. W. Bush", 3), v("George Bush", 2)],
         together: [], apart: ["George W. Bush", "George H. W. Bush", "George Bush"]),
    Case(proves: "a generational suffix is another person", variants: [v("Donald Trump", 20), v("Donald Trump Jr.", 2)],
         together: [], apart: ["Donald Trump", "Donald Trump Jr."]),
    Case(proves: "a surname alone is the one full name that has it", variants: [v("Barack Obama", 12), v("Obama", 9)],
         together: [["Barack Obama", "Obama"]], apart: []),
    Case(proves: "a surname alone is the one full name that has it with a generational suffix",
         variants: [v("Joseph R. Biden Jr.", 3), v("Biden", 2)],
         together: [["Joseph R. Biden Jr.", "Biden"]], apart: []),
    Case(proves: "a suffixed name is one more bearer of its surname",
         variants: [v("Donald Trump", 3), v("Donald Trump Jr.", 2), v("Trump", 2)],
         together: [], apart: ["Donald Trump", "Donald Trump Jr.", "Trump"]),
    Case(proves: "titles and honorifics are not part of the name", variants: [v("Barack Obama", 12), v("Pres. Obama", 2), v("Mr. Obama", 1)],
         together: [["Barack Obama", "Pres. Obama", "Mr. Obama"]], apart: []),
    Case(proves: "a surname two people share stays its own row",
         variants: [v("Hillary Clinton", 20), v("Bill Clinton", 5), v("Clinton", 3)],
         together: [], apart: ["Hillary Clinton", "Bill Clinton", "Clinton"]),
    Case(proves: "a title's gender decides between two people of one surname",
         variants: [v("Hillary Clinton", 20), v("Bill Clinton", 5), v("Mrs. Clinton", 3)],
         together: [["Hillary Clinton", "Mrs. Clinton"]], apart: ["Bill Clinton", "Mrs. Clinton"]),
    Case(proves: "a title among a surname's roles gives its gender (`Mr. Obama` in the New York Times' style)",
         variants: [v("Barack Obama", 4), v("Michelle Obama", 1), v("Obama", 8, titled: ["Mr."])],
         together: [["Barack Obama", "Obama"]], apart: ["Michelle Obama", "Barack Obama"]),
    Case(proves: "a surname goes to the person quoted in ten times the articles of any other who has it",
         variants: [v("Donald Trump", 60), v("Eric Trump", 2), v("Trump", 5)],
         together: [["Donald Trump", "Trump"]], apart: ["Eric Trump"]),
    Case(proves: "many rare bearers of a surname do not outweigh the one everybody quotes",
         variants: [v("Barack Obama", 39), v("Michelle Obama", 2), v("Given Obama", 1), v("Malia Obama", 1), v("Obama", 40)],
         together: [["Barack Obama", "Obama"]], apart: ["Michelle Obama", "Given Obama", "Malia Obama"]),
    Case(proves: "an ambiguous surname with or without a title is one ambiguous row",
         variants: [v("Hillary Clinton", 20), v("Bill Clinton", 5), v("Clinton", 3), v("Sen. Clinton", 1)],
         together: [["Clinton", "Sen. Clinton"]], apart: ["Hillary Clinton", "Bill Clinton", "Clinton"]),
    Case(proves: "a given name alone is the one full name that starts with it", variants: [v("Bernie Sanders", 12), v("Bernie", 1)],
         together: [["Bernie Sanders", "Bernie"]], apart: []),
    Case(proves: "a headline's words before a full name are not a new person",
         variants: [v("Donald Trump", 20), v("Billionaire Donald Trump", 1)],
         together: [["Donald Trump", "Billionaire Donald Trump"]], apart: []),
    Case(proves: "an outlet is one with its name and a designator",
         variants: [v("Xinhua", 3, kind: .outlet), v("Xinhua News Agency", 2, kind: .outlet)],
         together: [["Xinhua", "Xinhua News Agency"]], apart: []),
    Case(proves: "an outlet is one with its initials",
         variants: [v("The New York Times", 8, kind: .outlet), v("NYT", 2, kind: .outlet)],
         together: [["The New York Times", "NYT"]], apart: []),
    Case(proves: "a person is never merged with a group of the same surname",
         variants: [v("Ana Lima", 3), v("Lima", 2, kind: .place)],
         together: [], apart: ["Ana Lima", "Lima"]),
  ]

  @Test(arguments: cases)
  func variantsMergeOnlyWhenTheCollectionIsSure(_ c: Case) {
    let rows = Self.rows(c.variants)
    for names in c.together {
      #expect(Set(names.map { rows[$0]!.id }).count == 1, "\(names) should be one speaker")
    }
    #expect(Set(c.apart.map { rows[$0]!.id }).count == c.apart.count, "\(c.apart) should be apart")
  }

  @Test func theCanonicalNameIsTheFullestWellFormedVariant() {
    let rows = Self.rows([Self.v("Hillary Clinton", 40), Self.v("Hillary Rodham Clinton", 2), Self.v("Democrats Hillary Clinton", 1)])
    #expect(rows["Hillary Clinton"]?.name == "Hillary Rodham Clinton")
    #expect(rows["Hillary Clinton"]?.id == "hillary-rodham-clinton")
    #expect(rows["Hillary Clinton"]?.aliases == ["Hillary Clinton", "Democrats Hillary Clinton"])
  }

  /// A party that some articles guessed a person is still a group; a person guessed in
  /// most articles stays a person.
  @Test func theKindIsVotedWithGuessesCountingHalf() {
    let party = SpeakerIdentity.Variant(key: "republicans", name: "Republicans", kinds: ["person": 11, "group": 34], quotes: 60)
    let country = SpeakerIdentity.Variant(key: "united states", name: "United States", kinds: ["person": 5, "group": 5], quotes: 25)
    let person = SpeakerIdentity.Variant(key: "donald trump", name: "Donald Trump", kinds: ["person": 50, "organisation": 1], quotes: 90)
    let identity = SpeakerIdentity([party, country, person])
    #expect(identity.identity(ofKey: "republicans")?.kind == "group")
    #expect(identity.identity(ofKey: "united states")?.kind == "group")
    #expect(identity.identity(ofKey: "donald trump")?.kind == "person")
  }

  /// A name's last word heads it: a kind of Republicans is a group, not a person — but a
  /// given name and a surname spelled like a plural are a person's (`Ana Richards`, though
  /// another article read `Richards` alone as a group).
  @Test func aGroupsNameHeadsTheNamesEndingInIt() {
    let party = SpeakerIdentity.Variant(key: "republicans", name: "Republicans", kinds: ["group": 30], quotes: 60)
    let latino = SpeakerIdentity.Variant(key: "latino republicans", name: "Latino Republicans", kinds: ["person": 2], quotes: 3)
    let person = SpeakerIdentity.Variant(key: "ana lima", name: "Ana Lima", kinds: ["person": 2], quotes: 3)
    let surname = SpeakerIdentity.Variant(key: "richards", name: "Richards", kinds: ["group": 2], quotes: 7)
    let named = SpeakerIdentity.Variant(key: "ana richards", name: "Ana Richards", kinds: ["person": 1], quotes: 1)
    let identity = SpeakerIdentity([party, latino, person, surname, named])
    #expect(identity.identity(ofKey: "latino republicans")?.kind == "group")
    #expect(identity.identity(ofKey: "ana lima")?.kind == "person")
    #expect(identity.identity(ofKey: "ana richards")?.kind == "person")
  }

  /// An ambiguous surname is decided per article by the full name its text holds, or by
  /// the gender of its titles there; otherwise it stays ambiguous.
  @Test func anArticleDecidesAnAmbiguousSurnameFromItsOwnText() throws {
    let identity = SpeakerIdentity([Self.v("Hillary Clinton", 20), Self.v("Bill Clinton", 5), Self.v("Clinton", 3)])
    let clinton = try #require(identity.identity(ofKey: "clinton"))
    #expect(clinton.ambiguous)
    #expect(clinton.candidates == ["Hillary Clinton", "Bill Clinton"])
    #expect(identity.decide("clinton", in: "Former president Bill Clinton spoke. Clinton said…")?.name == "Bill Clinton")
    #expect(identity.decide("clinton", in: "Clinton said… Bill Clinton and Hillary Clinton met.") == nil)
    #expect(identity.decide("clinton", in: "Clinton said…", titled: ["Mrs. Clinton"])?.name == "Hillary Clinton")
    #expect(identity.decide("clinton", in: "Clinton said…") == nil)
  }

  /// However often the collection quotes one bearer of a surname, an article that names
  /// another gives its bare surname to them.
  @Test func anArticleThatNamesTheRarerBearerKeepsItsSurname() throws {
    let identity = SpeakerIdentity([Self.v("Bernie Sanders", 60), Self.v("Felicia Sanders", 1), Self.v("Sanders", 30)])
    #expect(identity.identity(ofKey: "sanders")?.name == "Bernie Sanders")
    #expect(identity.decide("sanders", in: "Felicia Sanders, a survivor, spoke. Sanders said…")?.name == "Felicia Sanders")
    #expect(identity.decide("sanders", in: "Sanders said…") == nil)
  }
}

/// The user's corrections win over the rules, in order, and a correction that names
/// nobody is reported rather than dropped silently.
struct SpeakerCorrectionTests {
  static let collection = [SpeakerIdentityTests.v("Hillary Clinton", 20), SpeakerIdentityTests.v("Bill Clinton", 5),
                           SpeakerIdentityTests.v("Clinton", 3), SpeakerIdentityTests.v("Donald Trump", 20),
                           SpeakerIdentityTests.v("Donald J. Trump", 4)]

  @Test func mergeMakesTwoRowsOne() {
    let identity = SpeakerIdentity(Self.collection, corrections: [.merge(["Hillary Clinton", "Clinton"])])
    #expect(identity.identity(ofKey: "clinton")?.id == identity.identity(ofKey: "hillary clinton")?.id)
    #expect(identity.identity(ofKey: "bill clinton")?.id != identity.identity(ofKey: "hillary clinton")?.id)
    #expect(identity.contested["clinton"] == nil, "no article second-guesses the user")
  }

  @Test func splitGivesEveryNameItsOwnRow() {
    let identity = SpeakerIdentity(Self.collection, corrections: [.split("donald-j.-trump")])
    #expect(identity.identity(ofKey: "donald trump")?.id != identity.identity(ofKey: "donald j. trump")?.id)
  }

  @Test func renameChangesTheNameNotTheID() throws {
    let before = try #require(SpeakerIdentity(Self.collection).identity(ofKey: "donald trump"))
    let after = try #require(SpeakerIdentity(Self.collection, corrections: [.rename("Donald J. Trump", to: "Donald Trump")]).identity(ofKey: "donald trump"))
    #expect(after.name == "Donald Trump" && after.id == before.id)
    #expect(after.aliases.contains("Donald J. Trump"))
  }

  @Test func aCorrectionThatNamesNobodyIsReported() {
    let identity = SpeakerIdentity(Self.collection, corrections: [.merge(["Hillary Clinton", "Hilary Clinton"]), .split("Clinton")])
    #expect(identity.unapplied.map(\.message) == ["no speaker in the collection is named “Hilary Clinton”"])
  }

  @Test(arguments: [
    (["merge", "Barack Obama", "Obama"], SpeakerCorrection.merge(["Barack Obama", "Obama"])),
    (["split", "Clinton"], .split("Clinton")),
    (["rename", "Donald J. Trump", "Donald Trump"], .rename("Donald J. Trump", to: "Donald Trump")),
  ])
  func aCorrectionReadsAndWritesAsAConfigurationLine(_ words: [String], _ expected: SpeakerCorrection) throws {
    #expect(try SpeakerCorrection.parse(words).get() == expected)
    #expect(expected.description.hasPrefix("speaker " + words[0] + " \""))
  }

  @Test(arguments: [["merge", "Obama"], ["split"], ["rename", "A"], ["join", "A", "B"], ["merge", "A", " "]])
  func aMalformedCorrectionSaysWhatIsWrong(_ words: [String]) {
    guard case .failure(let problem) = SpeakerCorrection.parse(words) else { Issue.record("\(words) parsed"); return }
    #expect(!problem.message.isEmpty)
  }
}

/// `hearsay speakers PATH…` without an index follows the same identity rules.
struct SpeakerDirectoryIdentityTests {
  @Test func aDirectoryOfArticlesListsOnePersonOnce() throws {
    let directory = SpeakerDirectory(try [
      "Levy\n\nAna Maria Lima said the levy would pass.",
      "Bridge\n\nLima said the bridge would open.",
      "Port\n\nMr. Bell said the port would close.",
    ].map { try Fixture.analyse($0) })
    let lima = try #require(directory.entries.first { $0.name == "Ana Maria Lima" })
    #expect(lima.quotes == 2 && lima.articles == 2 && lima.aliases == ["Lima"])
    #expect(directory.entries.count == 2)
  }
}

extension SpeakerDirectoryIdentityTests {
  /// Two names the identity rules make one (`OPP`, `Ontario Provincial Police`) in the same
  /// article count that article once.
  @Test func namesMergedInOneArticleCountItOnce() throws {
    let directory = SpeakerDirectory([try Fixture.analyse(
      "OPP say man charged\n\nA man faces charges after a crash, Ontario Provincial Police say.\n\nThe OPP said the driver was speeding.")])
    let police = try #require(directory.entries.first { $0.name == "Ontario Provincial Police" }, "\(directory.entries)")
    #expect(police.articles == 1)
    #expect(police.quotes == 3)
  }

  /// A courtesy title is no role, but still tells two people of one surname apart:
  /// `Ms. Lima` is Ana, not Ben.
  @Test func aCourtesyTitleStillGivesTheGender() throws {
    let directory = SpeakerDirectory(try Self.limas.map { try Fixture.analyse($0) })
    let ana = try #require(directory.entries.first { $0.name == "Ana Lima" })
    #expect(ana.quotes == 2 && ana.role == nil, "\(directory.entries)")
    #expect(directory.entries.first { $0.name == "Ben Lima" }?.quotes == 1)
  }

  static let limas = [
    "Levy\n\nAna Lima said the levy would pass.",
    "Bridge\n\nBen Lima said the bridge would open.",
    "Port\n\nMs. Lima said the port would close.",
  ]
}

extension SpeakerIdentity {
  /// `decide` with the article's text at hand, as the tests give it.
  func decide(_ key: String, in text: String, titled: [String] = []) -> Identity? {
    let lower = text.lowercased()
    return decide(key, naming: { fullNames(of: $0).contains(where: lower.contains) }, titled: titled)
  }
}
