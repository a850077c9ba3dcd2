import Testing
@testable import HearsayCore

/// Mentions resolve to one speaker per article: surnames in either order, titles,
/// pronouns, roles; distinct people stay distinct.
struct ResolutionTests {
  @Test func surnameResolvesToFullNameInEitherOrder() throws {
    let analysis = try Fixture.analyse("""
      Headline

      Zheng Jian, a professor, said the talks mattered. David Meale said they did not.

      “It is clear,” Zheng said. “It is not,” Meale said.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "It is clear")) == "Zheng Jian")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "It is not")) == "David Meale")
  }

  /// A surname of two words (`Wasserman Lima`, `de Souza`) or a nickname (`Bobby Okafor`)
  /// without the given name is the person named in full — one speaker, not two; a surname
  /// opening with its particles is, whatever the given name (`Jean-Luc`, one not listed).
  @Test(arguments: [("Ana Wasserman Lima chairs the board.", "“The levy stands,” Wasserman Lima said.", "Ana Wasserman Lima"),
                    ("Mayor Bill de Souza opened the bridge.", "“The levy stands,” De Souza said.", "Bill de Souza"),
                    ("Robert “Bobby” Okafor chairs the board.", "“The levy stands,” Bobby Okafor said.", "Robert Bobby Okafor"),
                    ("Jean-Luc de Souza chairs the board.", "“The levy stands,” de Souza said.", "Jean-Luc de Souza"),
                    ("Wab de Souza chairs the board.", "“The levy stands,” de Souza said.", "Wab de Souza"),
                    ("Maria von der Linde chairs the board.", "“The levy stands,” von der Linde said.", "Maria von der Linde")])
  func aShortFormWithoutTheGivenNameIsTheFullName(_ first: String, _ second: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(first) “We will rebuild,” \(speaker.split(separator: " ").last!) said.\n\n\(second)")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "The levy stands")) == speaker)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "We will rebuild")) == speaker)
  }

  /// A surname an outlet also goes by (`Fox`, `Guardian`) is the person the article named
  /// with it; with no such person it stays the outlet.
  @Test(arguments: [("Local mayor Irene Fox said she was hopeful. “I will believe it when I see it,” Fox said.", "Irene Fox", Speaker.Kind.person),
                    ("Mayor Omar Guardian spoke on Monday. “I will believe it when I see it,” Guardian said.", "Omar Guardian", .person),
                    ("The mayor spoke on Monday. “I will believe it when I see it,” Fox reported.", "Fox", .outlet)])
  func aSurnameAnOutletGoesByIsThePersonNamedWithIt(_ body: String, _ speaker: String, _ kind: Speaker.Kind) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let quote = try #require(analysis.quote(startingWith: "I will believe it"))
    #expect(analysis.speakerName(of: quote) == speaker)
    #expect(quote.speaker.map { analysis.speakers[$0].kind } == kind)
  }

  /// An institution named after a person (`the Dana Ruiz Foundation`, `a Maria Okafor
  /// White House`, `the Dana J. Ruiz Foundation`) is another entity: the person's own words
  /// stay the person's, and the institution is none of the person's names.
  @Test(arguments: [("The Dana Ruiz Foundation paid for the study. Dana Ruiz said the harbour was safe.", "Dana Ruiz"),
                    ("Few expect calm in a Maria Okafor White House. Maria Okafor said the harbour was safe.", "Maria Okafor"),
                    ("Dana Ruiz said the harbour was safe. The Dana J. Ruiz Foundation paid for the study.", "Dana Ruiz")])
  func anInstitutionNamedAfterAPersonIsNotThePerson(_ body: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let quote = try #require(analysis.quote(startingWith: "the harbour was safe"))
    #expect(analysis.speakerName(of: quote) == speaker)
    let person = try #require(quote.speaker.map { analysis.speakers[$0] })
    #expect(person.kind == .person)
    #expect(person.aliases.allSatisfy { !$0.hasSuffix("Foundation") && !$0.hasSuffix("White House") }, "\(person.aliases)")
  }

  /// A name read only after `the`, as a noun of its own (`the Great Freeze`, `the Ninth
  /// Ward`), is no person: `she` passes over it to the person before.
  @Test func aNameAlwaysAfterTheIsNoPerson() throws {
    let analysis = try Fixture.analyse("""
      Headline

      Maria Okafor has run the ferry for years. The boats stopped during the Great Freeze. She said the ice was thick.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the ice was thick")) == "Maria Okafor")
  }

  /// A capitalised pair of common nouns first in a sentence (`Labor Day`, `Harvest
  /// Fair`) is no one's name, though it looks like one: `she` passes over it to the
  /// person; a name with a word the tagger never learnt (`Angel Mendoza`) stays a person.
  @Test(arguments: [("In the weeks since Labor Day, Mrs. Okafor has toured the valley.", "Maria Okafor"),
                    ("After the Harvest Fair, Mrs. Okafor toured the valley.", "Maria Okafor"),
                    ("Angel Mendoza toured the valley with Mrs. Okafor.", "Angel Mendoza")])
  func aNameOfCommonNounsIsNoPersonAPronounFollows(_ sentence: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("""
      Headline

      Maria Okafor runs the ferry.

      \(sentence) She said the river was rising.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the river was rising")) == speaker)
  }

  /// A name spaced with a no-break space, or broken over a line, is the same name with
  /// one plain space: one speaker, named as anyone would type it.
  @Test(arguments: ["Maria\u{A0}Okafor", "Maria\u{202F}Okafor", "Maria \u{A0}Okafor"])
  func aNameIsSpacedPlainly(_ spelled: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(spelled) said the river was rising. Later Maria Okafor said the ferry would stop.")
    #expect(analysis.speakers.map(\.name) == ["Maria Okafor"])
  }

  /// A title, abbreviated or not, before a name is the office a definite role names later:
  /// `the governor` is Gov. Ana Lima, `the senator` Sen. Omar Bell — first of two roles too.
  @Test(arguments: [("Gov. Ana Lima spoke on Monday. The governor said", "Ana Lima"),
                    ("Sen. Omar Bell spoke on Monday. The senator said", "Omar Bell"),
                    ("Prof. Omar Bell spoke on Monday. The professor said", "Omar Bell"),
                    ("Coun. Ana Lima spoke on Monday. The councillor said", "Ana Lima"),
                    ("Cllr Ana Lima spoke on Monday. The councillor said", "Ana Lima"),
                    ("Trustee Ana Lima, who voted against the plan, said the vote was rushed. The trustee said", "Ana Lima"),
                    ("City Councilor Ana Lima spoke on Monday. The councilor said", "Ana Lima"),
                    ("Sen. Omar Bell spoke on Monday. The senator and presidential candidate said", "Omar Bell")])
  func anAbbreviatedTitleIsTheOfficeADefiniteRoleNames(_ text: String, _ name: String) throws {
    try expectSpeaker(of: text, name)
  }

  /// A month's abbreviation with no period before a capitalised word is a given name
  /// (`Jan Okafor`); before a number it is the month, no part of the name after it.
  @Test(arguments: [("Jan Okafor, the union's president, said", "Jan Okafor"), ("On Jan 5 Okafor said", "Okafor")])
  func anAbbreviatedMonthBeforeACapitalisedWordIsAGivenName(_ text: String, _ name: String) throws {
    try expectSpeaker(of: text, name)
  }

  /// A name inside the participle's phrase that opens a sentence is not its subject, whom a
  /// later pronoun means (`Asked whether Bell would back the levy, Reyes declined …`) — a
  /// preposition ending in `-ing` opens a preposition's phrase (`During an interview with
  /// …`).
  @Test(arguments: [("Asked whether Omar Bell would back the levy, Tom Reyes declined to say. Later he said", "Tom Reyes"),
                    ("During an interview with Omar Bell, Tom Reyes defended the levy. Later he said", "Tom Reyes")])
  func aNameInTheParticiplesOpeningPhraseIsNotTheSubject(_ text: String, _ name: String) throws {
    try expectSpeaker(of: text, name)
  }

  /// `the agency` is the body the story is about, not one named only as where a source
  /// works.
  @Test func anAgencyIsNoBodyNamedOnlyAsWhereSomeoneWorks() throws {
    try expectSpeaker(of: "Statistics Canada said jobs rose. Economists were surprised, said Doug Porter, chief economist at Harbour Capital Markets. The agency said", "Statistics Canada")
  }

  /// Two people named and joined as the subject that opens a sentence are whom a later
  /// `they` means, both together.
  @Test func theyAfterTwoPeopleNamedAsTheSubjectIsBoth() throws {
    try expectSpeaker(of: "Ana Lima and Omar Bell met the council on Monday. They said", "Ana Lima and Omar Bell")
  }

  /// A state's abbreviation with its periods (`Concord, N.H.`) is the state, a place: never
  /// whom `they` means.
  @Test func aStatesAbbreviationIsAPlaceNoPronounMeans() throws {
    let analysis = try Fixture.analyse("Headline\n\nAt a rally in Concord, N.H., the two candidates spoke. The crowds were large, they said.")
    let quote = try #require(analysis.quote(startingWith: "The crowds were large"))
    #expect(analysis.speakerName(of: quote) != "N.H.")
  }

  /// A role of a person is nobody's office: `the prime minister` is not the `Prime
  /// Minister's Office` named before it, whose name holds the word — nor, in a list of
  /// bodies, the office the next item is taken for a role of.
  @Test(arguments: [
    "Ana Lima described calls from officials in the Prime Minister's Office. The prime minister said",
    "Ana Lima described calls from officials in the Prime Minister's Office, the Privy Council Office and the office of the finance minister. The prime minister said",
  ])
  func aPersonsRoleIsNoBodyNamedWithItsWord(_ text: String) throws {
    try expectSpeaker(of: text, "The prime minister", kind: .unnamed)
  }

  /// A role's owner holds no office of its own there: `the mayor` is not Omar Bell, `the
  /// mayor's chief of staff`.
  @Test func anOwnerInsideARoleIsNotItsHolder() throws {
    try expectSpeaker(of: "Omar Bell, the mayor's chief of staff, called the council on Monday. The mayor said", "The mayor", kind: .unnamed)
  }

  /// A sentence whose long words are all capitalised is no title-case line when a short word
  /// a title would capitalise is in lower case (`met`): its names are the body's names.
  @Test func aSentenceOfNamesWithAShortVerbInLowerCaseIsNoTitle() throws {
    try expectSpeaker(of: "Critics of Mayor Ana Lima met on Monday. Lima said", "Ana Lima")
  }

  /// A noun for a person before a name is a role as a listed role is, and a definite role
  /// names its holder later: `Harbourton FC manager Ana Lima … the manager said`.
  @Test(arguments: [("Harbourton FC manager Ana Lima was angry on Monday. The manager said", "Ana Lima"),
                    ("Club owner Omar Bell was angry on Monday. The owner said", "Omar Bell")])
  func aPeopleNounBeforeANameIsItsRole(_ text: String, _ name: String) throws {
    try expectSpeaker(of: text, name)
  }

  /// A definite role that names a place (`the Lagos senator`) is no holder of the office
  /// from elsewhere — a place after the name, a legislator's party and state (periods and
  /// all), a state of two words say where — but a place is also how reporters vary a name
  /// they have given (`Sen. Omar Bell … The New Mexico senator said`), so a holder whose
  /// roles name no other place is the one meant, and one whose roles name that place
  /// (`R-S.C.` is South Carolina) all the more.
  @Test(arguments: [("Sen. Omar Bell of Kano spoke on Monday. The Lagos senator said", false),
                    ("Sen. Omar Bell, R-Iowa, spoke on Monday. The New Mexico senator said", false),
                    ("Sen. Omar Bell (D-N.Y.) spoke on Monday. The Florida senator said", false),
                    ("Sen. Omar Bell, R-S.C., spoke on Monday. The North Carolina senator said", false),
                    ("Sen. Omar Bell spoke on Monday. The New Mexico senator said", true),
                    ("Sen. Omar Bell, R-S.C., spoke on Monday. The South Carolina senator said", true),
                    ("Sen. Omar Bell (D-N.Y.) spoke on Monday. The New York senator said", true),
                    ("Sen. Omar Bell of Vermont spoke on Monday. The Vermont senator said", true)])
  func aDefiniteRoleThatNamesAPlaceIsAHolderFromThere(_ text: String, _ isTheHolder: Bool) throws {
    try expectSpeaker(of: text, isOmarBell: isTheHolder)
  }

  /// A role met only through a synonym of its head (`leader` for a president) stands for
  /// the holder when it says no more than a place (`the Kenyan leader`), and for someone
  /// else when it says more of the role (`the Senate minority leader`, `the band leader`).
  @Test(arguments: [("President Omar Bell spoke on Monday. The Kenyan leader said", true),
                    ("President Omar Bell spoke on Monday. The leader said", true),
                    ("President Omar Bell spoke on Monday. The Senate minority leader said", false),
                    ("President Omar Bell spoke on Monday. The band leader said", false),
                    ("Council chairman Omar Bell spoke on Monday. The council leader said", true)])
  func aRoleMetThroughASynonymSaysNoMoreThanAPlace(_ text: String, _ isTheHolder: Bool) throws {
    try expectSpeaker(of: text, isOmarBell: isTheHolder)
  }

  /// A role that says `deputy`, `vice` or `assistant` is another office than the plain one:
  /// `Kenya's deputy finance minister` is not Finance Minister Omar Bell (and the plain
  /// role is not the deputy, as before); the same qualifier on both is the same office.
  @Test(arguments: [("Finance Minister Omar Bell spoke on Monday. The deputy finance minister said", false),
                    ("Finance Minister Omar Bell spoke on Monday. Kenya's deputy finance minister said", false),
                    ("Mayor Omar Bell spoke on Monday. The vice mayor said", false),
                    ("Vice Mayor Omar Bell spoke on Monday. The mayor said", false),
                    ("Deputy Finance Minister Omar Bell spoke on Monday. The deputy minister said", true),
                    ("Finance Minister Omar Bell spoke on Monday. The finance minister said", true)])
  func aDeputysRoleIsAnotherOffice(_ text: String, _ isTheHolder: Bool) throws {
    try expectSpeaker(of: text, isOmarBell: isTheHolder)
  }

  /// A role's head is the noun before its preposition: `people close to the vice mayor`
  /// are people, not the vice mayor.
  @Test func aRolesHeadIsTheNounBeforeItsPreposition() throws {
    try expectSpeaker(of: "Vice Mayor Omar Bell spoke on Monday. People close to the vice mayor said", isOmarBell: false)
  }

  /// An indefinite role brings in someone new unless it restates a role word for word: `a
  /// district court judge` is not Circuit Judge Ana Lima, `one former port employee` not
  /// Omar Bell, `a current port employee`.
  @Test(arguments: ["Circuit Court Judge Ana Lima ruled on Monday. In May, a U.S. District Court judge sided with the port, saying the plan would save money.",
                    "Omar Bell, a current port employee, spoke on Monday. One former port employee said the plan would save money."])
  func anIndefiniteRoleIsNoHolderOfAnotherRole(_ text: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + text)
    let quote = try #require(analysis.quote(startingWith: "the plan would save money"))
    #expect(!["Ana Lima", "Omar Bell"].contains(analysis.speakerName(of: quote)), "\(analysis.speakerName(of: quote) ?? "none")")
  }

  /// A definite epithet (`the veteran`, `the 22-year-old`, `the Spaniard`, `the German`)
  /// varies the name of the person just spoken of, whom a pronoun in its place would mean —
  /// of the gender it says (`the businesswoman` is no Omar), or else the one mentioned last
  /// — while a role someone may hold unnamed (`the judge`, `the spokesman`) and a demonym
  /// before a noun or a name (`the German government`) stay what they were.
  @Test(arguments: [("Tomás Ruiz, 34, played down his role. The veteran said", "Tomás Ruiz"),
                    ("City manager Pep Alvarez was less pleased. The Spaniard said", "Pep Alvarez"),
                    ("Anna Schmidt won the final on Sunday. The German said", "Anna Schmidt"),
                    ("Marco Rossi lost on Saturday.\n\nAnna Schmidt won the final on Sunday. The German said", "Anna Schmidt"),
                    ("Kevin Brandt, the Frenchman who coaches the side, was furious. The Frenchman said", "Kevin Brandt"),
                    ("Maria Lopez scored twice. The 22-year-old said", "Maria Lopez"),
                    ("Sara Venn launched her bid. The businesswoman told reporters", "Sara Venn"),
                    ("Omar Bell launched his bid. The businesswoman told reporters", "The businesswoman"),
                    ("Omar Bell criticised the ruling. The judge said", "The judge"),
                    ("Omar Bell criticised the ruling. The spokesman said", "The spokesman"),
                    ("Omar Bell criticised the ruling. The German government said", "The German government")])
  func aDefiniteEpithetIsThePersonJustSpokenOf(_ text: String, _ name: String) throws {
    try expectSpeaker(of: text, name)
  }

  /// A role opened by `a` is the person the next sentence brings in by a full name as its
  /// subject with no role of their own (`…, according to a lawyer representing them. Kevin
  /// Yang said …`); one named before, or with a role, is someone else.
  @Test(arguments: [("The family is devastated, according to a lawyer representing them. Omar Bell said the family would sue.", "Omar Bell"),
                    ("Omar Bell met the family. The family is devastated, according to a lawyer representing them. Omar Bell said the family would sue.", "a lawyer")])
  func anIndefiniteRoleIsTheFullNameTheNextSentenceBringsIn(_ text: String, _ name: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + text)
    let quote = try #require(analysis.quote(startingWith: "The family is devastated"))
    #expect(analysis.speakerName(of: quote) == name)
  }

  /// A definite role that opens a sentence as its subject is the person the article named
  /// with that role, whom `he` after it means — not a name mentioned since.
  @Test func aRoleAsTheSubjectIsWhomHeThenMeans() throws {
    try expectSpeaker(of: "Mayor Omar Bell spoke on Monday.\n\nTom Reyes chaired the meeting. The mayor also took aim at the council. He said", "Omar Bell")
  }

  /// A possessive in a preposition's phrase right after a verb's object is the object's
  /// (`pressed Trump on his claim that …`), when the object's given name allows it.
  @Test(arguments: [("Omar Bell pressed Ana Lima on her claim that", "Ana Lima"), ("Omar Bell pressed Ana Lima on his claim that", "Omar Bell"),
                    ("Omar Bell pressed Lima on her claim that", "Lima")])
  func aPossessiveAfterAVerbsObjectIsTheObjects(_ text: String, _ name: String) throws {
    try expectSpeaker(of: text, name)
  }

  /// A subject's verb the tagger reads as a participle is its past when another verb of the
  /// subject's follows `and` — after the sentence's opening phrase too: the subject is the
  /// noun phrase before it, not the phrase and its verb and object.
  @Test(arguments: ["The transit agency thanked riders for their patience and said", "In a statement, the transit agency thanked riders for their patience and said"])
  func aPastBeforeAnotherVerbOfTheSubjectsEndsTheSubject(_ text: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(text) the plan would save money.")
    let quote = try #require(analysis.quote(startingWith: "the plan would save money"))
    #expect(analysis.speakerName(of: quote)?.lowercased() == "the transit agency")
  }

  /// Of the two an epithet of either sex may mean, the one a sentence before is about (its
  /// subject) before the one mentioned last; a candidate's epithet (`the nominee`) or an
  /// office qualified by a place or as held before (`the Vermont senator`, `the former
  /// senator`) means someone the story has quoted, not the host who interviewed her — and
  /// an office alone (`the senator`) may be anyone's.
  @Test(arguments: [("Ana Lima told reporters on Friday that Omar Bell had lied. The veteran said", "Ana Lima"),
                    ("Ana Lima said on Friday that the vote was rigged against Omar Bell. The Republican nominee said", "Ana Lima"),
                    ("Ana Lima said the race was close. Radio host Omar Bell interviewed her on Monday. The candidate said", "Ana Lima"),
                    ("Ana Lima said on Friday the levy was unfair. The Vermont senator said", "Ana Lima"),
                    ("Ana Lima said on Friday the levy was unfair. The former senator said", "Ana Lima"),
                    ("Ana Lima said on Friday the levy was unfair. The senator said", "The senator")])
  func anEpithetOfEitherSexIsWhomTheStoryIsAbout(_ text: String, _ name: String) throws {
    try expectSpeaker(of: text, name)
  }

  /// A definite role whose `of` takes an indefinite phrase (`the head of a small contracting
  /// firm`) brings in someone new, as `a` would: `he` after its claim is that person, not a
  /// man named paragraphs before.
  @Test func aDefiniteRoleOfSomethingIndefiniteIsSomeoneNew() throws {
    let analysis = try Fixture.analyse("""
      Judge jails former port official

      Justice Ana Lima sentenced Omar Bell, 58, to four years for fraud.

      Bell's lawyer said he would not appeal.

      In a statement read in court, the head of a small contracting firm said the bribes had nearly bankrupted his company. “We were shut out for years,” he wrote.
      """)
    let quote = try #require(analysis.quote(startingWith: "We were shut out"), "found \(analysis.quotes.map(analysis.text))")
    #expect(analysis.speakerName(of: quote) == "the head of a small contracting firm")
  }

  /// An appositive too long for a role with its relative clause gives the phrase before
  /// `who` (`a Tory MPP who represents an eastern riding with …`), not nothing.
  @Test func aLongAppositivesRoleIsThePhraseBeforeWho() throws {
    let analysis = try Fixture.analyse("Court rules on levy\n\nAna Lima, a Tory MPP who represents an eastern riding with a large francophone population, said the rules imposed real burdens.")
    #expect(analysis.speakers.first?.role == "a Tory MPP", "speakers \(analysis.speakers.map { ($0.name, $0.role ?? "none") })")
  }

  /// A role that opens with `its` is that of the organisation named last, in its sentence
  /// or the one before; with none there, it stays as written.
  @Test(arguments: [("Rider advocacy group Harbour Transit Watch warned that fares would rise. Its spokesperson, Ana Lima, said many riders had no car.",
                     "Harbour Transit Watch's spokesperson"),
                    ("Fares will rise in May. Its spokesperson, Ana Lima, said many riders had no car.", "Its spokesperson")])
  func anItsRoleIsTheOrganisationNamedJustBefore(_ text: String, _ role: String) throws {
    let analysis = try Fixture.analyse("Court rules on levy\n\n" + text)
    let lima = try #require(analysis.speakers.first { $0.name == "Ana Lima" })
    #expect(lima.role == role)
  }

  /// A title of address alone (`Dr.`, `Mr.`) gives way to the role stated after the name,
  /// set off to a comma or the sentence's end; a clause's subject after the comma (`with Mr.
  /// Bell, the mayor looked …`) is no role.
  @Test(arguments: [("“Measles spreads fast,” said Dr. Ana Lima, the health authority's medical health officer.", "the health authority's medical health officer"),
                    ("Mr. Bell, the Republican mayor of Kent, said the rules imposed real burdens.", "the Republican mayor of Kent"),
                    ("After two hours alone with Mr. Bell, the mayor ''looked ashen,'' Ms. Lima said.", nil)])
  func aTitleOfAddressGivesWayToTheRoleSetOffAfterTheName(_ text: String, _ role: String?) throws {
    let analysis = try Fixture.analyse("Court rules on levy\n\n" + text)
    let first = try #require(analysis.speakers.first { $0.name.hasSuffix("Bell") || $0.name.hasSuffix("Lima") })
    #expect(first.role == role, "speakers \(analysis.speakers.map { ($0.name, $0.role ?? "none") })")
  }

  /// An indefinite role restated in a later sentence is someone new (an anonymous source as
  /// often as not), not the person it first described; in its own sentence it is that person.
  @Test(arguments: [("“We are on time,” said Ana Lima, a Democratic strategist. “They have spent too little,” said a Democratic strategist who spoke on condition of anonymity.",
                     "They have spent too little", "a Democratic strategist"),
                    ("“They have spent too little,” said Ana Lima, a Democratic strategist.", "They have spent too little", "Ana Lima")])
  func anIndefiniteRoleRestatedLaterIsSomeoneNew(_ body: String, _ quote: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Court rules on levy\n\n" + body)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: quote)) == speaker)
  }

  /// A plural noun right before a name is no role of that one person: its phrase goes on
  /// in a clause the name opens (`the figures Bell cited`).
  @Test(arguments: ["Lima said the figures Bell cited were drafts.", "Lima said the critics Bell met were angry."])
  func aPluralBeforeANameIsNoRoleOfIt(_ sentence: String) throws {
    let analysis = try Fixture.analyse("Court rules on levy\n\nOmar Bell said the levy was too high. " + sentence)
    let bell = try #require(analysis.speakers.first { $0.name == "Omar Bell" })
    #expect(bell.role == nil)
  }

  /// A title with an abbreviation's period inside it is a role like any other (`U.S.
  /// District Judge`, `Lt. Gov.`): the period ends no sentence.
  @Test(arguments: [("U.S. District Judge Ana Lima said the rules imposed real burdens.", "U.S. District Judge"),
                    ("Lt. Gov. Omar Bell said the rules imposed real burdens.", "Lt. Gov.")])
  func aTitlesAbbreviationIsInsideItsRole(_ text: String, _ role: String) throws {
    let analysis = try Fixture.analyse("Court rules on voting law\n\n" + text)
    #expect(analysis.speakers.first?.role == role, "speakers \(analysis.speakers.map { ($0.name, $0.role ?? "none") })")
  }

  /// A portfolio's words joined by `and` (and listed with commas before it) are all the
  /// title's role; a surname before `and` is no portfolio's word. (And a role may end in a
  /// count.)
  @Test(arguments: [("Colleges and Universities Minister Omar Bell said the cap would stay.", "Colleges and Universities Minister"),
                    ("Harbours, Refugees and Citizenship Minister Ana Lima said the cap would stay.", "Harbours, Refugees and Citizenship Minister"),
                    ("Ford and Finance Minister Ana Lima met on Monday. Lima said the cap would stay.", "Finance Minister"),
                    // (A count may end a role: `mother of three`.)
                    ("Mother of three Ana Lima said the cap would stay.", "Mother of three")])
  func aRoleBeforeANameKeepsAPortfoliosJoinedWordsAndACount(_ text: String, _ role: String) throws {
    let analysis = try Fixture.analyse("Ministers defend cap\n\n" + text)
    let speaker = analysis.speakers.first { $0.name == "Ana Lima" || $0.name == "Omar Bell" }
    #expect(speaker?.role == role, "speakers \(analysis.speakers.map { ($0.name, $0.role ?? "none") })")
  }

  /// A wire story's lede describes someone the next paragraphs name: `A federal judge …,
  /// saying …` is the judge named after it — when one judge is named there, not two, and
  /// not a document (`a poll`).
  @Test(arguments: [("U.S. District Judge Ana Lima wrote in a ruling that the rules imposed real burdens.", "Ana Lima"),
                    ("Judge Ana Lima and Judge Omar Bell wrote in a ruling that the rules imposed real burdens.", "A federal judge")])
  func aLedesRoleIsTheOneNamedAfterIt(_ second: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Judge blocks law\n\nA federal judge on Friday blocked the law, saying the state had failed to show it was needed.\n\n" + second)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the state had failed")) == speaker)
  }

  /// `the poll`, `polls in Kent`: a document is itself, not a person whose role holds its
  /// noun or a place it names.
  @Test(arguments: [("Ana Lima, the poll's director, spoke on Monday. The poll said most residents opposed the levy.", "The poll"),
                    ("Omar Bell, a Kent councillor, spoke on Monday. Polls in Kent say most residents oppose the levy.", "Polls in Kent")])
  func aDocumentIsNoHolderOfARole(_ text: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + text)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "most residents")) == speaker)
  }

  /// `A senior official said … The official told …`: a definite role whose head is that of
  /// an unnamed person introduced before (by `a`, `one`) is that person, one speaker, not two.
  @Test(arguments: ["A senior harbour official said the levy would pass. The official told the Coastal Times that the port was ready.",
                    "One rural councillor said the levy would pass. The councillor told the Coastal Times that the port was ready."])
  func aDefiniteRoleIsTheUnnamedPersonIntroducedBefore(_ body: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let first = try #require(analysis.quote(startingWith: "the levy would pass")), second = try #require(analysis.quote(startingWith: "the port was ready"))
    #expect(first.speaker != nil && first.speaker == second.speaker, "speakers \(analysis.speakers.map(\.name))")
  }

  /// An indefinite role is one speaker for all the claims of its one mention (`…, adding
  /// that …`), and stays apart from the same words elsewhere.
  @Test func anIndefiniteRolesOwnMentionIsOneSpeaker() throws {
    let analysis = try Fixture.analyse("Headline\n\nA port spokesperson said the ferry would run, adding that no sailings would be lost. A port spokesperson said later that fares would rise.")
    let first = try #require(analysis.quote(startingWith: "the ferry would run")), added = try #require(analysis.quote(startingWith: "no sailings"))
    let later = try #require(analysis.quote(startingWith: "fares would rise"))
    #expect(first.speaker != nil && first.speaker == added.speaker, "speakers \(analysis.speakers.map(\.name))")
    #expect(later.speaker != first.speaker)
  }

  /// An office's title in the plural stands before names as the singular does, and a
  /// role in the plural is more than one person's: `the senators` is no one senator.
  @Test func aPluralTitleIsNoPartOfTheNameAndAPluralRoleNoOnePerson() throws {
    let analysis = try Fixture.analyse("""
      Headline

      Senators Ana Lima and Omar Bell wrote to the port. Ana Lima said the levy was too high. The senators said the audit was overdue.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the levy was too high")) == "Ana Lima")
    #expect(!analysis.speakers.contains { $0.name.hasPrefix("Senators") }, "speakers \(analysis.speakers.map(\.name))")
    let plural = analysis.quote(startingWith: "the audit was overdue").flatMap(\.speaker).map { analysis.speakers[$0] }
    #expect(plural?.kind != .person, "the senators: \(plural.map(\.name) ?? "none")")
  }

  /// A sentence's first word that the tagger reads as a preposition or another closed-class
  /// word opens no name, though a name follows it (`Outside Harbour Freight's plant`); nor
  /// does a participle before a possessive, learnt (`Given Harbour Freight's …`) or read
  /// from its ending (`Addressing …`).
  @Test(arguments: ["Outside", "Behind", "Wherever", "Given", "Following", "Addressing", "Addressing Leeds Labour"])
  func aFunctionWordFirstInASentenceIsNoPartOfTheName(_ word: String) throws {
    let analysis = try Fixture.analyse("""
      Headline

      The port is quiet.

      \(word) Harbour Freight's yard, the mood was grim. “This is strictly a business decision.”
      """)
    #expect(!analysis.speakers.contains { $0.name.hasPrefix(word) }, "speakers \(analysis.speakers.map(\.name))")
  }

  /// A listed preposition first in a sentence names nobody, whatever follows it (`Amid
  /// fury at …`), nor does an adverb the tagger knows (`Interestingly Blocher, …`); a
  /// participle opening an organisation's name stays in it.
  @Test(arguments: [("Amid fury at the port, she's seen as 'part of the people in power.'", "Amid", nil),
                    ("Interestingly Blocher, a wealthy industrialist, said the levy would pass.", "Interestingly", nil),
                    ("United Harbour Group said the mood was grim.", "United", "United Harbour Group")])
  func aSentencesFirstWordOpensANameByItsClass(_ sentence: String, _ word: String, _ name: String?) throws {
    let analysis = try Fixture.analyse("Voters skeptical as Okafor vows change\n\n" + sentence + "\n\nMaria Okafor visited the port.")
    #expect(analysis.speakers.filter { $0.name.hasPrefix(word) }.map(\.name) == (name.map { [$0] } ?? []), "speakers \(analysis.speakers.map(\.name))")
  }

  /// A participle opening its clause before its object (`Addressing members of …`) is no
  /// one's name; a surname in -ing before its verb is (`Manning said`, a guard).
  @Test(arguments: [("Addressing volunteers of the Harbour Rowing Club’s spring dinner Friday, Okafor listed boats moored along the quay, cafes crowded with sailors and fishers, and a port of “grit and plain dealing.”", "Addressing", false),
                    ("Manning said the port was safe.", "Manning", true)])
  func aParticipleOpeningAClauseIsNoName(_ sentence: String, _ word: String, _ isName: Bool) throws {
    let analysis = try Fixture.analyse("Voters skeptical as Okafor vows change\n\n" + sentence)
    #expect(analysis.speakers.contains { $0.name == word } == isName, "speakers \(analysis.speakers.map(\.name))")
  }

  /// A list's line with its subject left out opens with a verb the tagger never learnt, which
  /// it reads as a common plural (`Preys on our worst fears, and calls …`): no one's name. A
  /// party's plural there still names a group (`Republicans on the panel`, a guard).
  @Test(arguments: [("Preys on our worst fears and instincts, and calls the harbour plan a failure.", "Preys", nil),
                    ("Republicans on the panel called the harbour plan a failure.", "Republicans", Speaker.Kind.group)])
  func aListsVerbFirstInALineIsNoPerson(_ sentence: String, _ word: String, _ kind: Speaker.Kind?) throws {
    let analysis = try Fixture.analyse("Voters skeptical as Okafor vows change\n\n" + sentence)
    let named = analysis.speakers.first { $0.name == word }
    #expect(named?.kind != .person, "speakers \(analysis.speakers.map(\.name))")
    if let kind { #expect(named?.kind == kind) }
  }

  /// A place's word opening a sentence's name keeps it (`New Democrats`), though the article
  /// writes the word in lower case elsewhere (`any new conditions`).
  @Test func aPlacesWordFirstInASentenceStaysInTheName() throws {
    let analysis = try Fixture.analyse("""
      Headline

      New Democrats have long argued that the port should be public.

      The premier said his government would not accept any new conditions.
      """)
    let quote = try #require(analysis.quote(startingWith: "the port should be public"))
    #expect(analysis.speakerName(of: quote) == "New Democrats")
    #expect(quote.speaker.map { analysis.speakers[$0].kind } == .group)
  }

  /// A common noun opening a sentence before a place's name that ends the name is the
  /// name of a body, an organisation (`Health Canada`, `Transport Scotland`, `Doctors Nova
  /// Scotia`, a place of more words the gazetteer knows), though the article writes the
  /// noun in lower case elsewhere (`public health officer`); an adjective there is no
  /// name's (`Former Canada coach`, a guard).
  @Test(arguments: [("Health Canada said the formula was unsafe.", "the formula was unsafe", "Health Canada", Speaker.Kind.organisation),
                    ("Transport Scotland said the ferry would not sail.", "the ferry would not sail", "Transport Scotland", .organisation),
                    ("Doctors Nova Scotia said the shortage of family doctors was real.", "the shortage of family doctors", "Doctors Nova Scotia", .organisation),
                    ("Former Canada coach Ana Lima said the team was tired.", "the team was tired", "Ana Lima", .person)])
  func aNounBeforeAPlaceOpeningASentenceNamesABody(_ sentence: String, _ content: String, _ speaker: String, _ kind: Speaker.Kind) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(sentence)\n\nThe chief public health officer said the transport of the former stock was over.")
    try expectSpeaker(of: content, in: analysis, named: speaker, kind: kind)
    #expect(analysis.speakers.contains { $0.name == "Canada" || $0.name == "Scotland" } == false, "speakers \(analysis.speakers.map(\.name))")
  }

  /// A word that names a company's trade last (`Electric`, `Dynamics`) makes a
  /// body's name of a title's word before it, as `Motors` does (`General Motors`): no
  /// person titled `General`. A title before a person's name is still a title.
  @Test(arguments: [("General Electric says it paid $3 billion in taxes.", "it paid $3 billion in taxes", "General Electric", Speaker.Kind.organisation),
                    ("General Dynamics said it would appeal the award.", "it would appeal the award", "General Dynamics", .organisation),
                    ("Kellburg Electric said it would close the plant.", "it would close the plant", "Kellburg Electric", .organisation),
                    ("General Ann Dwyer said the base would stay open.", "the base would stay open", "Ann Dwyer", .person)])
  func aTradeWordEndsABodysName(_ sentence: String, _ content: String, _ speaker: String, _ kind: Speaker.Kind) throws {
    try expectSpeaker(of: content, in: Fixture.analyse("Headline\n\n\(sentence)"), named: speaker, kind: kind)
  }

  /// A congregation's name — its church, cathedral or diocese last or before `of` — is the
  /// body that speaks, an organisation, its `of` and all (`the Anglican Church of Kellburg`);
  /// a street named for a church is still a place, and a surname is still a person's.
  @Test(arguments: [("The Anglican Church of Kellburg said it would apologize.", "it would apologize", "Anglican Church of Kellburg", Speaker.Kind.organisation),
                    ("The Greek Orthodox Church estimates that its members in Kellburg number about 900.", "its members in Kellburg", "Greek Orthodox Church", .organisation),
                    ("Ana Church said the vote was close.", "the vote was close", "Ana Church", .person)])
  func aCongregationsNameIsABody(_ sentence: String, _ content: String, _ speaker: String, _ kind: Speaker.Kind) throws {
    let analysis = try Fixture.analyse("Headline\n\nThe fire started on Church Street on Sunday.\n\n\(sentence)")
    try expectSpeaker(of: content, in: analysis, named: speaker, kind: kind)
  }

  /// The claim starting with `content` has the speaker `speaker`, of kind `kind`.
  private func expectSpeaker(of content: String, in analysis: ArticleAnalysis, named speaker: String, kind: Speaker.Kind,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
    let quote = try #require(analysis.quote(startingWith: content), sourceLocation: sourceLocation)
    #expect(analysis.speakerName(of: quote) == speaker, sourceLocation: sourceLocation)
    #expect(analysis.speaker(of: quote)?.kind == kind, sourceLocation: sourceLocation)
  }

  /// A place the gazetteer knows is a place wherever it stands, not only after `in`, and so
  /// is a region of one (`Central America`); a one-word place may be a surname (`Lima
  /// said`), and only its position tells — unless it is listed as nobody's (`Ottawa said`).
  @Test(arguments: ["Addis Ababa", "Central America", "Nova Scotia", "British Columbia", "New South Wales", "Ottawa", "Saskatchewan", "Mumbai"])
  func aKnownPlaceIsAPlace(_ place: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(place) said the crossing would close on Monday.")
    let quote = try #require(analysis.quote(startingWith: "the crossing would close"))
    #expect(quote.speaker.map { analysis.speakers[$0].kind } == .place)
  }

  /// `the city of Tarrow`: a place's noun and `of` before a name say it is a place.
  @Test func aNameAfterCityOfIsAPlace() throws {
    let analysis = try Fixture.analyse("Headline\n\nThe city of Tarrow is demanding that the port publish the survey.")
    let quote = try #require(analysis.quote(startingWith: "the port publish"))
    #expect(quote.speaker.map { analysis.speakers[$0].kind } == .place)
  }

  /// A body's noun right before a name of one word says what the name is when the name
  /// ends the phrase (`the pension fund Nordvest said`, `the nurses' union Unison said`);
  /// before a verb of another kind the name may open a clause that qualifies the noun (`the
  /// group Lima founded`), and a given name opens a person's (`the union Ana Lima founded`).
  @Test(arguments: [("The pension fund Nordvest said", "Nordvest", Speaker.Kind.organisation),
                    ("A spokesperson for the nurses' union Unison said", "Unison", .organisation),
                    ("The watchdog Ofcom said", "Ofcom", .organisation),
                    ("The charity Seaside, which runs two shelters, said", "Seaside", .organisation),
                    ("Ana Okafor spoke to the group Lima founded in May. Lima said", "Lima", .person),
                    ("Omar Bell chairs the union Ana Lima founded in May. Lima said", "Ana Lima", .person)])
  func aBodysNounBeforeANameOfOneWordSaysWhatItIs(_ text: String, _ name: String, _ kind: Speaker.Kind) throws {
    try expectSpeaker(of: text, name, kind: kind)
  }

  /// A name after a lowercase place's noun and `of` (`the town of Kellburg`) is the place,
  /// no one a later `he` means, and no speaker when people or a role are of it (`Residents
  /// of the village of Tal Hamra said`); a role before a name's commas says what the name is
  /// however long it is (`The company behind the tool, Scribewell,`). After the noun's
  /// plural, every name of the list is a place (`the towns of Kellburg and Tarrow`).
  @Test(arguments: [("In the town of Kellburg, shopkeeper Tomas Lind stood in the water. He said", "Tomas Lind", Speaker.Kind.person),
                    ("The towns of Kellburg and Tarrow said", "Kellburg", .place),
                    ("The company behind the tool, Scribewell, said", "Scribewell", .organisation),
                    ("Residents of the nearby village of Tal Hamra said", "Residents of the nearby village of Tal Hamra", .unnamed),
                    ("The mayor of the town of Kellburg said", "The mayor of the town of Kellburg", .unnamed)])
  func aPlacesNounOrARoleBeforeANameSaysWhatItIs(_ text: String, _ name: String, _ kind: Speaker.Kind) throws {
    try expectSpeaker(of: text, name, kind: kind)
  }

  /// A singular noun no list knows after the article that opens the clause (`A former
  /// staffer`, `An intern`) heads its subject: where they work after `in` or `at` says where,
  /// and does not speak.
  @Test(arguments: [("A former staffer in the mayor's office said", "A former staffer", Speaker.Kind.unnamed),
                    ("An intern at the Harbour Pilots Association said", "An intern", .unnamed),
                    ("A nurse at the Harbourton General Hospital said", "A nurse", .unnamed)])
  func aNounOpeningTheClauseHeadsItsSubjectPastWhereItWorks(_ text: String, _ name: String, _ kind: Speaker.Kind) throws {
    try expectSpeaker(of: text, name, kind: kind)
  }

  /// A role's `of` and the one bare noun that ends it, then a name (`master of ceremonies
  /// Ana Lima`, `head of security Tom Reyes`), is the name's role, before the cue or after
  /// it; a count after `of` is no such noun (`A group of 67 Kellburg artists`), and a name
  /// right after `to` is whom the people around it serve (`Aides to Ana Lima`).
  @Test(arguments: [("Master of ceremonies Ana Lima said", "Ana Lima", Speaker.Kind.person),
                    ("On Monday, head of security Tom Reyes said", "Tom Reyes", .person),
                    ("A group of 67 Kellburg artists said", "A group of 67 Kellburg artists", .unnamed),
                    ("Aides to Ana Lima said", "Aides to Ana Lima", .unnamed)])
  func aRolesOfAndItsNounBeforeANameAreTheNamesRole(_ text: String, _ name: String, _ kind: Speaker.Kind) throws {
    try expectSpeaker(of: text, name, kind: kind)
  }

  /// The same after the cue: the phrase goes on past the noun to the name.
  @Test(arguments: [("“Thanks for coming,” said head of security Tom Reyes.", "Tom Reyes"),
                    ("“Thanks for coming,” said master of ceremonies Hafsa Al-Tarin, a retired engineer.", "Hafsa Al-Tarin")])
  func aRolesOfAndItsNounAfterTheCueGoOnToTheName(_ body: String, _ name: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "Thanks for coming")) == name)
  }

  /// A count after a role's `of` (`The clerk of nearly six years`) is how long, with the
  /// words that bound it: the role speaks, not the years.
  @Test(arguments: [("The clerk of nearly six years said", "The clerk of nearly six years"),
                    ("A pilot of about 20 years said", "A pilot of about 20 years")])
  func aBoundedCountAfterARolesOfIsNoSpeaker(_ text: String, _ name: String) throws {
    try expectSpeaker(of: text, name, kind: .unnamed)
  }

  /// A relative clause between the subject and its cue says who: its verb's object past a
  /// preposition (`who testified before | the court`) is not the subject, nor is a body's name `who`
  /// follows (`a member of | the Harbour Pilots Association who`), which no `who` stands for.
  @Test(arguments: [("A deckhand who testified before the court said", "A deckhand", Speaker.Kind.unnamed),
                    ("A member of the Harbour Pilots Association who works on the ferry said", "A member of the Harbour Pilots Association", .unnamed)])
  func aRelativeClausesObjectPastAPrepositionIsNotTheSubject(_ text: String, _ name: String, _ kind: Speaker.Kind) throws {
    try expectSpeaker(of: text, name, kind: kind)
  }

  /// Two words whose last is a place's noun that is a common surname too (`Park`, `Church`)
  /// name a person when they speak or a role comes before them, given name known or not; a
  /// place the gazetteer knows stays one.
  @Test(arguments: [("Press secretary Lena Park said", "Lena Park", Speaker.Kind.person), ("Ngozi Church said", "Ngozi Church", .person),
                    ("Spokeswoman Lena Park said", "Lena Park", .person)])
  func aPlacesNounThatIsASurnameNamesASpeaker(_ text: String, _ name: String, _ kind: Speaker.Kind) throws {
    try expectSpeaker(of: text, name, kind: kind)
  }

  /// A name before an outlet's noun (`the Xinhua news agency`, `The Kano Herald newspaper`)
  /// is the outlet that speaks, the noun its role.
  @Test(arguments: [("The Xinhua news agency said", "Xinhua"), ("The Kano Herald newspaper said", "Kano Herald"),
                    ("According to Yonhap news agency,", "Yonhap")])
  func aNameBeforeAnOutletsNounIsTheOutlet(_ text: String, _ name: String) throws {
    try expectSpeaker(of: text, name, kind: .outlet)
  }

  /// A name before a common noun (`Tarrow police`) modifies it and says nothing of what the
  /// name is: the place's position elsewhere decides.
  @Test func aNameBeforeANounLeavesItsKindToItsOtherMentions() throws {
    let analysis = try Fixture.analyse("""
      Headline

      The city of Tarrow is demanding that the campaign stop using images of Tarrow police officers. \
      The letter says the ads suggest that Tarrow and its officers back the campaign.
      """)
    let quote = try #require(analysis.quote(startingWith: "the campaign stop"))
    #expect(quote.speaker.map { analysis.speakers[$0].kind } == .place)
  }

  /// `on` continues an organisation's name right after its head word (`Commission on
  /// Harbour Safety`), never into a date (`the Harbour Commission on Monday`).
  @Test(arguments: [("The Commission on Harbour Safety said", "Commission on Harbour Safety"),
                    ("The Harbour Commission on Monday said", "Harbour Commission")])
  func onContinuesAnOrganisationsName(_ subject: String, _ name: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(subject) that the ferry was unsafe.")
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: "the ferry was unsafe")))
    #expect(speaker.name == name)
    #expect(speaker.kind == .organisation)
  }

  /// The speaker of `Okafor took a risk, telling …` is the subject of the clause before the
  /// cue, never the clause (`Okafor took a risk` as an unnamed speaker); a participle that
  /// modifies is no verb (`Some angry harbour workers`).
  @Test(arguments: [("Dana Okafor spoke on Monday. Okafor took a risk, telling the crowd that the tolls would stay.", "the tolls would stay", "Dana Okafor"),
                    ("The crowd heard the mayor. Harbour workers took turns telling reporters that the tolls were unfair.", "the tolls were unfair", "Harbour workers"),
                    ("The vote was close. Some angry harbour workers said the tolls were unfair.", "the tolls were unfair", "Some angry harbour workers")])
  func aSpeakerIsTheSubjectNotItsClause(_ body: String, _ quote: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: quote)) == speaker)
  }

  /// An organisation's title before a given name leaves the person (`Senate Harbour
  /// Chairman Ed Moss`), and a given name with one word is a person's name even when that
  /// word heads outlets' names (`Omar Guardian`).
  @Test(arguments: [("Senate Harbour Chairman Ed Moss said", "Ed Moss"), ("Harbour City Mayor Omar Guardian said", "Omar Guardian")])
  func aGivenNameAfterATitleIsAPerson(_ subject: String, _ name: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(subject) that the ferry was unsafe.")
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: "the ferry was unsafe")))
    #expect(speaker.name == name)
    #expect(speaker.kind == .person)
  }

  @Test func titleIsNotPartOfTheName() throws {
    let analysis = try Fixture.analyse("Headline\n\nChinese President Xi Jinping spoke. President Xi said the call was useful.")
    let speaker = analysis.speakerName(of: analysis.quote(startingWith: "the call was useful"))
    #expect(speaker == "Xi Jinping")
  }

  /// A surname alone is the one of its bearers the story has named in full so far, though
  /// another's given name came up alone since (`Tom’s flats`, a brand, before Tom Ebeling is
  /// named): `Ebeling said` below is Betsy.
  @Test func aSurnameIsTheBearerNamedInFullBeforeIt() throws {
    let analysis = try Fixture.analyse("""
      Headline

      Betsy Ebeling, 68, is the mayor’s close friend.

      She arrived in a puffy jacket and a pair of slip-on Tom’s flats.

      Ebeling said it is sometimes hard to watch the attacks on her friend.

      “It goes in here and goes out here,” Tom Ebeling said.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "it is sometimes hard")) == "Betsy Ebeling")
  }

  /// After a courtesy title, a surname that is also a title or role word (`Mr. King`, `Ms.
  /// Bishop`) is the person named in full, or a person of that name: never a role.
  @Test(arguments: [("Larry King hosts a show. \u{201C}They pay us well,\u{201D} Mr. King said.", "They pay us well", "Larry King"),
                    ("Ana Bishop runs the port. Ms. Bishop said the fees were high.", "the fees were high", "Ana Bishop"),
                    ("Mr. Bishop said the fees were high.", "the fees were high", "Bishop")])
  func aSurnameAfterACourtesyTitleIsNoRole(_ body: String, _ quote: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(body)")
    let found = try #require(analysis.quote(startingWith: quote))
    #expect(analysis.speakerName(of: found) == speaker)
    #expect(found.speaker.map { analysis.speakers[$0].kind } == .person)
  }

  /// A title's plural before a list of surnames is the list's role, not a name's first word
  /// (`Republicans Jolly of Indian Shores and DeSantis …`); a body so named stays whole.
  @Test(arguments: [("Republicans Lima of Indian Shores and Okafor of Ponte Vedra Beach oppose it.", "Ana Lima"),
                    ("It is opposed by Senators Lima and Okafor, who spoke on Monday.", "Ana Lima")])
  func aTitlesPluralBeforeAListOfSurnamesIsItsRole(_ sentence: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\nAna Lima and Omar Okafor spoke on Monday.\n\n\(sentence)\n\nLima said the levy would pass.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the levy would pass")) == speaker)
    #expect(!analysis.speakers.contains { $0.name.hasPrefix("Republicans") || $0.name.hasPrefix("Senators") })
  }

  /// Party and rivalry words before a name describe the person (`Democrat Hillary Clinton`, `rival Ted Cruz`).
  @Test(arguments: ["Democrat Ana Lima", "Rival Ana Lima", "Republican challenger Ana Lima"])
  func aPartyOrRivalWordIsNotPartOfTheName(_ mention: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(mention) said the levy would pass.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the levy would pass")) == "Ana Lima")
  }

  /// A transcript's label in capitals (`LIMA:`) is the person the article names in full
  /// (`Gov. Ana Lima`), not an acronym's organisation; a capitals word that is no such
  /// person's surname stays what it was (`HPV` of `Junge HPV`, a guard).
  @Test(arguments: [("Gov. Ana Lima spoke on Sunday.\n\nLIMA: Well, look, the levy will pass.", "Ana Lima", Speaker.Kind.person),
                    ("Junge HPV marched on Sunday.\n\nHPV: Well, look, the levy will pass.", "HPV", Speaker.Kind.organisation)])
  func aLabelInCapitalsIsThePersonNamedInFull(_ body: String, _ speaker: String, _ kind: Speaker.Kind) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(body)")
    let quote = try #require(analysis.quote(startingWith: "Well, look"))
    #expect(analysis.speakerName(of: quote) == speaker)
    #expect(quote.speaker.map { analysis.speakers[$0].kind } == kind)
  }

  /// A live blog’s subhead glued to its byline (`… 9:09PM Ana Lima Says Okafor Would …`)
  /// is no title-case line, but a full name and a capitalised speech verb after it are a
  /// name and its verb: `Okafor` below is Omar Okafor, not `Ana Lima Says Okafor`.
  @Test func aFullNameEndsAtACapitalisedSpeechVerb() throws {
    let analysis = try Fixture.analyse("""
      Headline

      Omar Okafor spoke on Monday.

      posted by moderator at 9:09PM Ana Lima Says Okafor Would Get Wall Contract

      Okafor said the levy would pass.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the levy would pass")) == "Omar Okafor")
  }

  /// A live blog's subhead glued to its time stamp (`10:57PMOmar Okafor Hits Ana Lima On …`)
  /// is a headline's words after the time, though the line is no title-case sentence: its
  /// names stop at its verbs, and `Okafor` below is Omar Okafor, not `Okafor Hits Ana Lima`
  /// or `Omar Okafor Address Heroin Epidemic`.
  @Test(arguments: ["posted by moderator February 6, 2016 10:57PMOmar Okafor Hits Ana Lima On Rape Exception For Abortions",
                    "posted by moderator 10:20PMAna Lima, Omar Okafor Address Heroin Epidemic"])
  func aSubheadGluedToItsTimeStampIsAHeadline(_ subhead: String) throws {
    let analysis = try Fixture.analyse("""
      Headline

      Ana Lima and Omar Okafor spoke on Monday.

      \(subhead)

      Okafor said the levy would pass.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the levy would pass")) == "Omar Okafor")
  }

  /// A headline capitalises every word: only title words before a name are its role.
  @Test func aHeadlinesWordsBeforeANameAreNoRole() throws {
    let analysis = try Fixture.analyse("Okafor Calls Ana Lima a Disgrace\n\n“It is a disgrace,” Ana Lima said.")
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: "It is a disgrace")))
    #expect(speaker.name == "Ana Lima")
    #expect(speaker.role == nil)
  }

  /// What a speaker is comes from its name's words: `the Times` is the paper; `Agency`
  /// heads news agencies and government ones alike, and an outlet's name says news; a name
  /// with `for` inside it is an organisation's; a longer name whose own words make it
  /// another kind of thing (`The Harbour Street Journal`) is not the shorter one
  /// (`Harbour Street`, a place); a company's noun before a name (`the coal mining giant`)
  /// makes it a company, which its first word alone then stands for.
  @Test(arguments: [
    ("The levy will pass next week, the Times reported on Monday.", "The levy will pass", "Times", Speaker.Kind.outlet),
    ("The Harbour Protection Agency said the water was clean.", "the water was clean", "Harbour Protection Agency", .organisation),
    ("The Harbour News Agency said the water was clean.", "the water was clean", "Harbour News Agency", .outlet),
    // A Chinese body's name ends in a body's character (`局`, a bureau); a people's noun
    // (`市民`, residents) is a group.
    ("市交通局周三宣布，通车时间将推迟至九月。", "通车时间将推迟至九月", "交通局", .organisation),
    ("市民表示失望。", "失望", "市民", .group),
    // An outlet the lists know by its name, whatever its words are (`Yorker`, `Hedge`).
    ("The New Yorker reported that the mayor would resign.", "the mayor would resign", "The New Yorker", .outlet),
    ("Zero Hedge said the bank was failing.", "the bank was failing", "Zero Hedge", .outlet),
    ("On Monday, Citizens for Fair Tolls said the levy was unfair.", "the levy was unfair", "Citizens for Fair Tolls", .organisation),
    ("The bank has offices in Harbour Street. Bonuses were $500 a quarter, The Harbour Street Journal reports.", "Bonuses were",
     "Harbour Street Journal", .outlet),
    ("The mine was sold by the coal mining giant Lorvex Energy. In a statement, Lorvex said the sale was fair.", "the sale was fair",
     "Lorvex Energy", .organisation),
    // After a title, a given name and one word are a person's, whatever the word heads.
    ("Police Chief Alan Park told the council that arrests had fallen.", "arrests had fallen", "Alan Park", .person),
    // A common noun before a country's name is a body of that country.
    ("Health Canada said it was reviewing the findings.", "it was reviewing", "Health Canada", .organisation),
    // A place that is nobody's name before common words is a body of that place.
    ("Vancouver Coastal Health said the clinic had been cleaned.", "the clinic had been cleaned", "Vancouver Coastal Health", .organisation),
    ("Winnipeg Transit said the buses would run on Sunday.", "the buses would run", "Winnipeg Transit", .organisation),
    // A name a spokesperson speaks for, with no given name or title, is a body's.
    ("A spokesperson for Harbour Ferries said the sailings would resume.", "the sailings would resume", "Harbour Ferries", .organisation),
    // So is any word but a given name before a place listed as nobody's name (not `Davis`,
    // a town and a surname).
    ("Air Canada said the flights would resume on Sunday.", "the flights would resume", "Air Canada", .organisation),
    ("Autism Ontario said the flights would resume on Sunday.", "the flights would resume", "Autism Ontario", .organisation),
    ("Patti Davis said the flights would resume on Sunday.", "the flights would resume", "Patti Davis", .person),
    // Words of any number before such a place, after a body's word too (`Services`).
    ("Global Affairs Canada said the flights would resume on Sunday.", "the flights would resume", "Global Affairs Canada", .organisation),
    ("Indigenous Services Canada said the flights would resume on Sunday.", "the flights would resume", "Indigenous Services Canada", .organisation),
    // Fields of government listed with commas and `and` before the country name one
    // department (not `Environment`, a person, and `Climate Change Canada`).
    ("Environment and Climate Change Canada said the flights would resume on Sunday.", "the flights would resume", "Environment and Climate Change Canada", .organisation),
    ("Fisheries and Oceans Canada said the flights would resume on Sunday.", "the flights would resume", "Fisheries and Oceans Canada", .organisation),
    ("Immigration, Refugees and Citizenship Canada said the flights would resume on Sunday.", "the flights would resume", "Immigration, Refugees and Citizenship Canada", .organisation),
    // A body's name, then the town it is in, is the body.
    ("The Harbour Bank in Leeds said the flights would resume on Sunday.", "the flights would resume", "Harbour Bank", .organisation),
    ("The Chinese Embassy in Ottawa said the flights would resume on Sunday.", "the flights would resume", "Chinese Embassy", .organisation),
    // A body's word in the plural goes on to the body it belongs to.
    ("The Harbour Public School Boards' Association said the flights would resume on Sunday.", "the flights would resume", "Harbour Public School Boards' Association", .organisation),
    // So are common words whose first the tagger's data also has in names, after an owner.
    ("Manitoba's Employment Standards Branch said the buses would run on Sunday.", "the buses would run", "Employment Standards Branch", .organisation),
    // A name of more words ending in a plural proper noun names a body unless the plural is
    // of people (`Nevada Democrats`); the UN is no group of nations. The people of a place,
    // a people or a faith, by their plural, are a group, not the place (nor a person `she`
    // might mean); a place's name that ends so stays a place.
    ("The United Nations said the report was accurate.", "the report was accurate", "United Nations", .organisation),
    ("Nevada Democrats said the report was accurate.", "the report was accurate", "Nevada Democrats", .group),
    ("Christian Democrats said the report was accurate.", "the report was accurate", "Christian Democrats", .group),
    ("Americans said the report was accurate.", "the report was accurate", "Americans", .group),
    ("Canadians said the report was accurate.", "the report was accurate", "Canadians", .group),
    ("Latinos said the report was accurate.", "the report was accurate", "Latinos", .group),
    ("Evangelicals said the report was accurate.", "the report was accurate", "Evangelicals", .group),
    // A surname ending like a plural, last of names joined by `and` whose verb is plural, is
    // still a person's.
    ("Both Lima and Reyes have run before. Reyes said the report was accurate.", "the report was accurate", "Reyes", .person),
    // So is a plural after a first word the tagger never learnt and no list has as a place: a
    // given name no list holds (`Jalen`), and the surname alone after it.
    ("Jalen Rivers scored twice. Rivers said the report was accurate.", "the report was accurate", "Jalen Rivers", .person),
    ("“We tried to get to the net,” Jalen Rivers said.", "We tried to get to the net", "Jalen Rivers", .person),
    ("The Philippines said the report was accurate.", "the report was accurate", "Philippines", .place),
    // An outlet's name and its station or edition are one outlet (not `Florida Atlantic
    // University`, a body).
    ("The levy will pass, according to BBC Radio Harbourton.", "The levy will pass", "BBC Radio Harbourton", .outlet),
    ("The levy will pass, according to Harbour Atlantic University.", "The levy will pass", "Harbour Atlantic University", .organisation),
    // A web address is an outlet, whatever its country's ending.
    ("The levy will pass, CBC.ca reported.", "The levy will pass", "CBC.ca", .outlet),
    // A body's noun before a name of two words or more makes it an organisation.
    ("The conservative legal group Harbour Watch said the levy was unlawful.", "the levy was unlawful", "Harbour Watch", .organisation),
    // An outlet's noun before a name (`the magazine`, `the newspaper`) makes it an outlet.
    ("The secularist magazine Ragione said the ruling was historic.", "the ruling was historic", "Ragione", .outlet),
    ("The newspaper Il Foglio said the decision was a mistake.", "the decision was a mistake", "Il Foglio", .outlet),
    ("The journal Harbour Science said the results were robust.", "the results were robust", "Harbour Science", .outlet),
    // `agency`, `network` are bodies' nouns too, the safer reading; `news agency` an outlet's.
    ("The state news agency Tarsnews said the results were robust.", "the results were robust", "Tarsnews", .outlet),
    ("The agency Tarsnews said the results were robust.", "the results were robust", "Tarsnews", .organisation),
    // A name after `the` and a place's name is a body's (the place is no person's role).
    ("The U.S. Geodetic Survey said the quake was shallow.", "the quake was shallow", "Geodetic Survey", .organisation),
    // A company's noun after `the` in an appositive makes the name a company's, which `the
    // company` stands for; after `a` it may be a person's (`a policy maker`).
    ("Harbourline, the retailer, will close 40 stores. The company said sales had slumped.", "sales had slumped", "Harbourline", .organisation),
    ("Kofi Mensah, a longtime policy maker, said the plan would fail.", "the plan would fail", "Kofi Mensah", .person),
    // So does a company's noun with where it is based (`the Harbourton, Ont.-based grocer`).
    ("Harbourline Foods Ltd. will close 40 stores. The Harbourton, Ont.-based grocer said sales had slumped.", "sales had slumped", "Harbourline Foods Ltd.", .organisation),
    // A company's last word makes its name a body's.
    ("Harbour Widget Co. said the plant would close.", "the plant would close", "Harbour Widget Co.", .organisation),
    // An institution's `X of Y` keeps the words before it (`U.S.` is a title before a person).
    ("The U.S. Department of Agriculture said ozone damages crops.", "ozone damages crops", "U.S. Department of Agriculture", .organisation),
    ("The Republican Party of Wyoming said the vote was fair.", "the vote was fair", "Republican Party of Wyoming", .organisation),
    // So does its `and`, after a head in the plural.
    ("The Centers for Harbour Safety and Prevention said the vote was fair.", "the vote was fair", "Centers for Harbour Safety and Prevention", .organisation),
    // (In the possessive, the noun is whom the person works for.)
    ("The paper's Omar Bell said the decision was a mistake.", "the decision was a mistake", "Omar Bell", .person),
    // A company's last word ends like a plural and names no group.
    ("Harbour Valley Waste Solutions says the landfill would create 40 jobs.", "the landfill would create", "Harbour Valley Waste Solutions", .organisation),
    ("Okafor Pharmaceuticals said the trial had failed.", "the trial had failed", "Okafor Pharmaceuticals", .organisation),
    // `and` inside a company's name (`Dock and Railway Company`), not between two names.
    ("A spokesperson for Harbourton Dock and Railway Company said it was disappointed.", "it was disappointed", "Harbourton Dock and Railway Company", .organisation),
    // … or a body's, its head a word or two on, after a common noun (`Food and Drug Administration`).
    ("The U.S. Food and Drug Administration said it was disappointed.", "it was disappointed", "U.S. Food and Drug Administration", .organisation),
    ("Kellburg Fire and Rescue Service said it was disappointed.", "it was disappointed", "Kellburg Fire and Rescue Service", .organisation),
    ("The Harbour Globe and Mail reported the levy would pass.", "the levy would pass", "Harbour Globe and Mail", .outlet),
    // A broadcaster or paper the outlet list knows by its bare name, hyphenated or in French.
    ("Radio-Canada reported that the levy would pass.", "the levy would pass", "Radio-Canada", .outlet),
    ("The levy will pass, CBC reported.", "The levy will pass", "CBC", .outlet),
    ("La Presse reported that the levy would pass.", "the levy would pass", "La Presse", .outlet),
    // Companies known by one word, alone or first in their name.
    ("Oxfam said the levy would hurt the poorest families.", "the levy would hurt", "Oxfam", .organisation),
    ("Exxon Mobil said the spill off the harbour was contained.", "the spill off the harbour", "Exxon Mobil", .organisation),
    // Fact-checkers and sites known by one word.
    ("PolitiFact rated the mayor's claim false, noting that the levy had passed.", "the levy had passed", "PolitiFact", .outlet),
    ("The levy will pass, ProPublica reported.", "The levy will pass", "ProPublica", .outlet),
    // One whose listed name holds its article keeps it: not `Hill`, nobody's surname.
    ("The levy will pass, The Hill reported.", "The levy will pass", "The Hill", .outlet),
    // A place's name of more than one word, or a common adjective, before a common word: a body of that place.
    ("Nova Scotia Power said the outage was over.", "the outage was over", "Nova Scotia Power", .organisation),
    ("Halifax Scientific said the outage was over.", "the outage was over", "Halifax Scientific", .organisation),
    // An institution known by one word, its building's: a body, not a person's surname.
    ("Pentagon says the drill was routine.", "the drill was routine", "Pentagon", .organisation),
    ("Treasury said the bonds were safe.", "the bonds were safe", "Treasury", .organisation),
    // An acronym's plural names several: a group.
    ("NGOs said the camp was unsafe.", "the camp was unsafe", "NGOs", .group),
    // A body's last word after another body's word (`School | Division`) or before its `of`.
    ("The Golden Hills School Division said it would take part.", "it would take part", "Golden Hills School Division", .organisation),
    ("The Harbour Chamber of Commerce said the levy would hurt exporters.", "the levy would hurt", "Harbour Chamber of Commerce", .organisation),
    // A title or role before `of`/`for` heads the appositive; the name after it is its object.
    ("Ana Lima spoke first. “This is reckless,” said Lima, the CEO of Harbour Holdings.", "This is reckless", "Ana Lima", .person),
    ("Omar Bell spoke next. “This is fine,” said Bell, the MPP for Hamilton Centre.", "This is fine", "Omar Bell", .person),
    // A name a relative `which` goes on about is no person's; a place keeps its kind.
    ("Kelbrook, which represents port workers, said the levy would hurt them.", "the levy would hurt", "Kelbrook", .organisation),
    ("Ottawa, which funds the port, said the levy would hurt exporters.", "the levy would hurt", "Ottawa", .place),
  ] as [(String, String, String, Speaker.Kind)])
  func aSpeakersKindComesFromItsNamesWords(_ body: String, _ quote: String, _ name: String, _ kind: Speaker.Kind) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: quote)))
    #expect(speaker.name == name)
    #expect(speaker.kind == kind)
  }

  /// A headline in sentence case is read as the body is, whatever share of its long words
  /// are names: its lowercase verb (`met`) says no title capitalised it, so a surname in it
  /// is no verb (`Reyes` read in lower case) and the name is whole.
  @Test func aSentenceCaseHeadlineOfNamesKeepsItsNamesWhole() throws {
    let analysis = try Fixture.analyse("Mayor Ana Lima met Tom Reyes on Monday.\n\nThe two spoke for an hour.\n\nReyes said the talks had gone nowhere.\n")
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: "the talks")))
    #expect(speaker.name == "Tom Reyes")
    #expect(speaker.kind == .person)
  }

  /// A pronoun skips a speaker whose given name says the other gender — names of French
  /// and Canadian news too (`Marc`, `Chrystia`) — and `Jean`, a man's name in French and a
  /// woman's in English, rules out neither; nor does `Lindsey`, borne by both. A compound of
  /// given names (`Marc-André`) says its first part's gender.
  @Test(arguments: [
    ("Lawyer Ana Lima filed the appeal. Justice Marc Richard said the ruling stood. “The court has not heard us,” she said.", "Ana Lima"),
    ("Minister Omar Bell spoke first. Deputy Premier Chrystia Okafor said the budget was sound. “We will balance it,” he said.", "Omar Bell"),
    ("Lawyer Ana Lima filed the appeal. Former premier Jean Okafor said the ruling stood. “The court was right,” he said.", "Jean Okafor"),
    ("Lawyer Omar Bell filed the appeal. Senator Lindsey Okafor said the ruling stood. “We will wait,” he said.", "Lindsey Okafor"),
    ("Lawyer Ana Lima filed the appeal. Senator Lindsey Okafor said the ruling stood. “We will wait,” she said.", "Lindsey Okafor"),
    ("Lawyer Ana Lima filed the appeal. Justice Marc-André Richard said the ruling stood. “The court has not heard us,” she said.", "Ana Lima"),
  ])
  func aPronounSkipsAGivenNameOfTheOtherGender(_ body: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let quote = analysis.quotes.first { analysis.text($0).hasPrefix("The court") || analysis.text($0).hasPrefix("We will") }
    #expect(analysis.speakerName(of: quote) == speaker)
  }

  /// A pronoun after someone introduced by a role (`The store owner said …`) is that
  /// speaker's when the person it fits was named paragraphs before, not in this one or the
  /// last; a role noun of the other gender (`his mother`) is passed over.
  @Test(arguments: [
    ("Cpl. Ana Lima said one clerk was hurt.\n\nOmar Bell said cameras caught the van.\n\nThe store owner said the robbery lasted two minutes. “They knew what they wanted,” she said.",
     "They knew", "The store owner"),
    ("Omar Bell grew up in Ohio, where his mother refused to teach him French, insisting that he was American. “They try to demonize me,” he said.",
     "They try", "Omar Bell"),
  ])
  func aPronounAfterAnUnnamedSpeakerIsTheirsUnlessSomeoneItFitsWasNamedJustBefore(_ body: String, _ quote: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: quote)) == speaker)
  }

  /// A name in the subordinate clause or preposition's phrase that opens a sentence is not
  /// its subject, whom a later pronoun means: the name after the phrase's comma is.
  @Test(arguments: [
    ("Omar Bell faces a choice. After the results from New York were in, Bell's campaign manager, Tom Lima, appeared on TV. He also said that the campaign would go on.",
     "the campaign would go on", "Tom Lima"),
    ("When Omar Bell took the stage, Tom Lima walked out. “It is a tax on the poor,” he said.", "It is a tax", "Tom Lima"),
  ])
  func aNameInTheOpeningPhraseIsNotTheSubjectAPronounMeans(_ body: String, _ quote: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: quote)) == speaker)
  }

  @Test func pronounFollowsTheLastSpeaker() throws {
    let analysis = try Fixture.analyse("Headline\n\nHillary Clinton is describing the tweet as cruel. She says his temperament is dangerous.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "his temperament")) == "Hillary Clinton")
  }

  /// An organisation the article names only by its noun (`the company`, `the ministry`) is
  /// what `it` means after it speaks, as a named one is — not the body named before it.
  @Test(arguments: [("The company said it would appeal the ruling, which it called “unfair and unlawful.”", "unfair and unlawful", "The company"),
                    ("The ministry said on Tuesday that it would appeal. In a statement, it said the fine was unfair.", "the fine was unfair", "The ministry"),
                    ("The officials said on Tuesday that they would appeal. In a statement, it said the fine was unfair.", "the fine was unfair", "Harbour Data Commission")])
  func itStandsForAnOrganisationNamedByItsNoun(_ body: String, _ quote: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\nThe Harbour Data Commission fined Harbourline on Monday. " + body)
    let found = try #require(analysis.quote(startingWith: quote), "quotes \(analysis.quotes.map(analysis.text))")
    #expect(analysis.speakerName(of: found) == speaker)
    #expect(analysis.viaName(of: found) == nil)
  }

  /// `they` after a sentence whose subject is a plural common noun of people (`Workers objected
  /// …`) stands for those people, not for the organisation that spoke before them; a
  /// named group as the subject is itself what `they` means.
  @Test(arguments: [("Workers objected to the company's plans. They also said", "Workers"),
                    ("Many local residents objected to the company's plans. They also said", "Many local residents"),
                    ("Republicans objected to the company's plans. They also said", "Republicans"),
                    // A plural ending as people who do something, which no list holds.
                    ("The contenders objected to the company's plans. They also said", "The contenders")])
  func theyStandsForAPluralSubjectBeforeIt(_ sentence: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\nHarbourline Corp said in a statement that it would keep the depot open.\n\nThe strike is the longest in years. \(sentence) the plan would cut pay.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the plan would cut pay")) == speaker)
  }

  /// `they` a paragraph after `In a statement to the Harbour Times, the ferry company
  /// denied …` stands for the sentence's subject past its opening phrase, not for the
  /// paper named inside that phrase.
  @Test func theyPassesOverANameInsideTheOpeningPhraseOfASentenceBefore() throws {
    let analysis = try Fixture.analyse(
      "Headline\n\nA former deckhand says the ferry company kept her on board for years.\n\n"
        + "In a statement to the Harbour Times, the ferry company denied the allegations.\n\n"
        + "She was never forced to stay. They also claimed she was a volunteer.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "she was a volunteer")) == "the ferry company")
  }

  /// `it` may stand for a document that spoke (`The letter said … It added …`), as for a
  /// body, and before a body named since (`the Harbour Trust`) that did not speak.
  @Test(arguments: [("The letter from the mayor said the tolls would rise.", "The letter"),
                    ("The report, released on Monday, said the tolls would rise.", "The report")])
  func itStandsForADocumentThatSpoke(_ sentence: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\nOmar Bell of the Harbour Trust said the levy was fair.\n\n\(sentence) It added that fares would fall.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "fares would fall")) == speaker)
  }

  /// `It also found that …`: `it` before a verb of evidence and `that` is a record or body
  /// whose finding is reported — here the report that spoke before.
  @Test func itFoundThatReportsAFinding() throws {
    let analysis = try Fixture.analyse("Headline\n\nThe report, released on Monday, said the bridge was unsafe. It also found that the ferry was late.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the ferry was late")) == "The report")
  }

  /// `The ministry of training, colleges and universities said`: a body's `of` and the list
  /// after it are one subject, not the list's last word.
  @Test(arguments: [("The ministry of training, colleges and universities", "The ministry of training, colleges and universities"),
                    ("A department of parks and recreation", "A department of parks and recreation")])
  func aBodysListAfterOfIsOneSubject(_ subject: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(subject) said in a statement that the plan was under review.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the plan was under review")) == speaker)
  }

  /// A pronoun in the phrase that opens a sentence before its subject looks ahead to that
  /// subject (`Asked whether he would resign, Omar Bell said …`): it says nothing of an
  /// earlier speaker, so a later `he` means the subject.
  @Test(arguments: ["Asked whether he would resign, Omar Bell said the council had done its best.",
                    "When he took office in May, Omar Bell said the council had done its best."])
  func aPronounBeforeItsSubjectLooksAhead(_ sentence: String) throws {
    let analysis = try Fixture.analyse("Headline\n\nMayor David Okafor said the levy was fair.\n\n\(sentence)\n\n“We have been more transparent than anyone,” he said.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "We have been")) == "Omar Bell")
  }

  /// A person who became a sentence's subject after the paragraph's last speaker is whom
  /// `he` means now (`Political analyst David Bositis agreed`, `Bell himself was
  /// delighted`); a name that only qualifies a role gives way to the name after it
  /// (`Okafor spokesman Omar Bell`); the speaker as subject again, or a name inside what was
  /// said (`Okonjo has a long history …, Okafor noted`), changes nothing.
  @Test(arguments: [
    ("“It is late,” said Mayor David Okafor. Political analyst Omar Bell agreed that the vote was close. “It was a coin toss,” he said.", "Omar Bell"),
    ("“It is late,” said Mayor David Okafor. Omar Bell himself was delighted. “It worked,” he later said.", "Omar Bell"),
    // (Past a preposition's phrase that opens the sentence, and a past tense the tagger
    // reads as a participle after a name set off by commas.)
    ("“It is late,” said Mayor David Okafor. Under cross-examination, Okafor's lawyer, Omar Bell, pressed the witness. “It was a coin toss,” he said.", "Omar Bell"),
    ("“It is late,” said Mayor David Okafor. Omar Bell agreed. Okafor then left the hall. “It was a coin toss,” he said.", "David Okafor"),
    ("Okonjo has a long history of close votes, Mayor David Okafor noted.\n\n“It was a coin toss,” he said.", "David Okafor"),
  ])
  func aPronounFollowsANewSubjectAfterTheLastSpeaker(_ paragraph: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + paragraph)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "It was a coin toss") ?? analysis.quote(startingWith: "It worked")) == speaker)
  }

  /// `Okafor's sister, Adaeze Okafor, said …`: the subject is the name set off after the
  /// possessive's noun, not the possessor, and a pronoun in the next paragraph means her.
  @Test(arguments: ["Okafor's sister, Adaeze Okafor, said outside the court that the fine was too small.",
                    "Okafor's longtime friend, Adaeze Okafor, waited outside the court."])
  func theNameAfterAPossessivesNounIsTheSubject(_ sentence: String) throws {
    let analysis = try Fixture.analyse("Headline\n\nThe harbour pilot, Kwame Okafor, fell from the quay.\n\n\(sentence)\n\n“It was a coin toss,” she said.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "It was a coin toss")) == "Adaeze Okafor")
  }

  /// A title's gender keeps a surname from the person of the other gender who has it
  /// (`Mrs. Okafor` is not `David Okafor`), so `she` after her finds her.
  @Test func aTitlesGenderKeepsASurnameFromThePersonOfTheOther() throws {
    let analysis = try Fixture.analyse("""
      Headline

      Mayor David Okafor toured the harbour with Ms. Lima on Friday.

      Mrs. Okafor did not hesitate. “We will rebuild the bridge,” she said.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "We will rebuild")) == "Okafor")
  }

  @Test func aNameQualifyingARoleGivesWayToTheNameAfterIt() throws {
    let analysis = try Fixture.analyse("""
      Headline

      Mayor David Okafor toured the harbour on Friday.

      Okafor spokesman Omar Bell wouldn't say when the vote would be held. “I have no news,” he said.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "I have no news")) == "Omar Bell")
  }

  /// `he` after an unnamed speaker introduced as one new person (`a harbour master said …`,
  /// `one of the plaintiffs`) is that speaker, not a name further back; `she` is not `a spokesman`, and no
  /// organisation, document or plural (`the port authority`, `a statement`, `officials`).
  /// A definite one (`the harbour master`) is most often someone named before, and the
  /// answer to one who asked is the one asked. One who spoke for a named body gave it
  /// their words, and their pronoun after is the body.
  @Test(arguments: [
    ("A harbour master said the tide was late. He added that the ferry would wait.", "A harbour master"),
    ("The harbour master said the tide was late. She added that the ferry would wait.", "Ana Lima"),
    ("A spokeswoman for the port said the tide was late. She added that the ferry would wait.", "A spokeswoman for the port"),
    // One of a plural's people is one new person too; one of a plural's bodies is none.
    ("One of the plaintiffs said the tide was late. She added that the ferry would wait.", "One of the plaintiffs"),
    ("One of the ferry companies said the tide was late. She added that the ferry would wait.", "Ana Lima"),
    ("A spokesman for the port said the tide was late. She added that the ferry would wait.", "Ana Lima"),
    // One who spoke for a named body gives it their words, and their pronoun after is it.
    ("A spokeswoman for the Harbour Pilots Association said the tide was late. She added that the ferry would wait.", "Harbour Pilots Association"),
    ("Omar Bell spoke next. A spokesman for the Harbour Pilots Association said the tide was late. He added that the ferry would wait.",
     "Harbour Pilots Association"),
    ("A spokesman for the Harbour Pilots Association said the tide was late. She added that the ferry would wait.", "Ana Lima"),
    ("The port authority said the tide was late. She added that the ferry would wait.", "Ana Lima"),
    ("A statement said the tide was late. She added that the ferry would wait.", "Ana Lima"),
    ("Officials said the tide was late. She added that the ferry would wait.", "Ana Lima"),
    ("People said the tide was late. She added that the ferry would wait.", "Ana Lima"),
    ("A few fishermen said the tide was late. She added that the ferry would wait.", "Ana Lima"),
    ("A reporter asked her whether the tide was late. She said the ferry would wait.", "Ana Lima"),
    ("A harbour master said the tide was late. Ana Lima was doubtful. She said the ferry would wait.", "Ana Lima"),
  ])
  func aPronounAfterAnUnnamedPersonIsThatPerson(_ paragraph: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\nMayor Ana Lima spoke on Friday.\n\n" + paragraph)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the ferry would wait")) == speaker)
  }

  /// A quote that opens a paragraph, then `she said`: the one new person who spoke last in
  /// the paragraph before is still speaking — not someone named further back; a paragraph
  /// that opens with words of its own may bring someone else in.
  @Test(arguments: [
    ("One nurse, who asked not to be named, described patients waiting in hallways.\n\n“It breaks your heart,” she said.", "It breaks your heart", "One nurse"),
    ("A deckhand said the boats were idle.\n\nIn May, a cook at the plant lost her job after she had posted: “It breaks your heart.”", "It breaks your heart", "Ana Lima"),
  ])
  func aPronounAfterAParagraphsOpeningQuoteIsTheUnnamedPersonJustBefore(_ body: String, _ quote: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\nMayor Ana Lima spoke on Friday.\n\n" + body)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: quote)) == speaker)
  }

  /// `who` after a bare singular noun a preposition takes (`on camera`, `by phone`) stands
  /// for the phrase before the preposition: such a noun says how or where, and is no one.
  @Test(arguments: [("“Go to the dock,” Omar Bell says to Ana Lima on camera, who answers: “Right away.”", "Right away", "Ana Lima"),
                    ("Omar Bell spoke to a deckhand, who said the ferry was late.", "the ferry was late", "a deckhand")])
  func whoAfterABareNounAPrepositionTakesIsThePhraseBefore(_ body: String, _ quote: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: quote)) == speaker)
  }

  /// A quote with no cue after a sentence that holds a quote and a claim of a relative
  /// clause about something else (`said Mr. Bell, whose union does not endorse …`)
  /// goes on with the quote's speaker.
  @Test func aBareQuoteGoesOnWithTheQuotedSpeakerNotARelativeClausesClaim() throws {
    let analysis = try Fixture.analyse("""
      Headline

      “The plan we saw last month is not the plan we will vote on,” said Mr. Bell, whose union does not endorse candidates for mayor. “A final bill has always been different from a draft.”
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "A final bill")) == "Bell")
  }

  /// `he` after a definite role that opened the sentence before as its subject (`The premier
  /// met farmers …`) is that role's one person when the article named no one `he` fits —
  /// else the one named (its holder, or whoever a role most often varies).
  @Test(arguments: [
    ("The premier met farmers in rural Kellburg on Monday. He said the province would help.", "The premier"),
    ("Premier Omar Bell spoke on Friday. The premier met farmers in rural Kellburg on Monday. He said the province would help.", "Omar Bell"),
    ("Omar Bell spoke on Friday. The candidate met farmers in rural Kellburg on Monday. He said the province would help.", "Omar Bell"),
  ])
  func aPronounAfterAnUnheldDefiniteRoleIsThatRole(_ body: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the province would help")) == speaker)
  }

  /// A company named in the headline by its name alone (`Kestrel shares jump`) is the one
  /// the body names with its suffix (`Kestrel Inc.`): `the company` later is it, not a
  /// broker named since.
  @Test func aCompanysNameWithItsSuffixIsTheHeadlinesCompany() throws {
    let analysis = try Fixture.analyse("""
      Kestrel shares jump as sales beat forecasts

      Shares of Kestrel Inc. rose 12 per cent on Tuesday.

      Harbour Securities analyst Omar Bell wrote that the results were solid. Kestrel has signed new brands.

      The company also said it would stop reporting regional sales.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "it would stop reporting")) == "Kestrel Inc.")
  }

  /// `the company` with two modifiers (`the Ottawa-based software company`) is the last
  /// company named, as `the company` is.
  @Test func aCompanysNounWithItsModifiersIsTheCompanyNamedLast() throws {
    let analysis = try Fixture.analyse("""
      Headline

      Shares of Kestrel Inc. rose 12 per cent on Tuesday. The Ottawa-based software company said revenue had climbed.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "revenue had climbed")) == "Kestrel Inc.")
  }

  /// `the Ruiz campaign said`: an organisation's noun names no person, whatever roles the
  /// article's people hold (`a spokesman for the Lima campaign`).
  @Test func anOrganisationsRoleIsNoPersonsRole() throws {
    let analysis = try Fixture.analyse("""
      Headline

      “It was a great night,” said Omar Bell, a spokesman for the Lima campaign.

      In a statement, the Ruiz campaign said the results were good.
      """)
    let speaker = analysis.speakerName(of: analysis.quote(startingWith: "the results were good"))
    #expect(speaker != nil && speaker != "Omar Bell")
  }

  /// `The regional water board admitted … The board said …`: one unnamed organisation,
  /// named again by its head noun — not the chair of it (`the chair of the board`).
  @Test func anUnnamedOrganisationNamedAgainIsOneSpeaker() throws {
    let analysis = try Fixture.analyse("""
      Headline

      The regional water board admitted the monitors were off.

      The chair of the board said the logs were lost. The board said the monitors were back on.
      """)
    let first = analysis.quote(startingWith: "the monitors were off")?.speaker
    #expect(first != nil)
    #expect(analysis.quote(startingWith: "the monitors were back")?.speaker == first)
    #expect(analysis.quote(startingWith: "the logs were lost")?.speaker != first)
  }

  /// After a quote that closes a statement with its period, a name and a verb with an
  /// object after it open a sentence of their own (`… "relief." Sanders called it a tie and
  /// said …`): the next verb's subject is that name, not the last sentence's.
  @Test func aNameAndAVerbWithAnObjectAfterAQuotesPeriodOpenASentence() throws {
    try expectSpeaker(of: "Ana Lima said she felt \"relieved.\" Bell called it a tie and said", "Bell")
  }

  /// An unnamed organisation's head noun with a name of its own before it is another one:
  /// `the Trump campaign` is not the `Clinton campaign` named before.
  @Test func aNameBeforeAnUnnamedOrganisationsNounSetsItApart() throws {
    try expectSpeaker(of: "The Clinton campaign said the poll was wrong. The Trump campaign said", "The Trump campaign")
  }

  /// `he` after a sentence whose subject is `he` means the same person, not the last name
  /// that sentence mentions — the sentence's first word or not, so long as it comes before
  /// that name (`It isn't as if she hasn't … - she was a booster of Mayor Okafor.`).
  @Test(arguments: ["He nodded only briefly to his second-place finish behind Ted Alvarez.",
                    "It was not as if he had lost before - he came second behind Mayor Alvarez."])
  func aPronounFollowsTheSubjectPronounBeforeIt(_ middle: String) throws {
    let analysis = try Fixture.analyse("""
      Headline

      Mayor David Okafor toured the harbour on Friday.

      \(middle)

      “We learned a lot this week,” he said.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "We learned a lot")) == "David Okafor")
  }

  /// A place read twice after `in` stays a place though a participle phrase after it was
  /// taken for its role (`a lodge in Vantorp, followed by town halls …`): `he` is the mayor.
  @Test func aRoleAloneDoesNotMakeAPlaceAPerson() throws {
    let analysis = try Fixture.analyse("""
      Headline

      Mayor David Okafor will hold a rally at a lodge in Vantorp, followed by town halls in Brisk.

      Speaking at a school in Vantorp, Okafor went after his rival.

      “We will win this,” he said.
      """)
    #expect(analysis.speakers.first { $0.name == "Vantorp" }?.kind != .person, "\(analysis.speakers.map { ($0.name, $0.kind) })")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "We will win")) == "David Okafor")
  }

  /// The same holds inside one sentence: `he said` in a parenthesis follows the sentence's
  /// own `He`, not a name between them.
  @Test func aParentheticalPronounFollowsItsSentencesSubjectPronoun() throws {
    let analysis = try Fixture.analyse("""
      Headline

      Mayor David Okafor toured the harbour on Friday.

      He praised the volunteers of New Tarrow - all of whom, he said, had worked through the night.
      """)
    let quote = try #require(analysis.quotes.first { analysis.text($0).contains("worked through the night") })
    #expect(analysis.speakerName(of: quote) == "David Okafor", "\(analysis.speakers.map(\.name))")
  }

  /// Kinds from the article: a name always read after `in` is a place, a plural proper
  /// noun is a group, and neither is ever `he`.
  @Test func aPlaceOrAGroupIsNeverAPerson() throws {
    let analysis = try Fixture.analyse("""
      Headline

      The rally in Vantorp drew a crowd. Republicans said the levy would pass.

      “We will not wait,” he said.
      """)
    let group = try #require(analysis.speaker(of: analysis.quote(startingWith: "the levy would pass")))
    #expect(group.name == "Republicans")
    #expect(group.kind == .group)
    #expect(!analysis.speakers.contains { $0.name == "Vantorp" && $0.kind == .person })
    let he = analysis.quote(startingWith: "We will not wait")?.speaker.map { analysis.speakers[$0] }
    #expect(he?.name != "Republicans" && he?.name != "Vantorp")
  }

  /// A name with no sign of a person that stands before what only an organisation has —
  /// its workers, its shares, its plant, its poll (`Carrier workers`, `a Léger poll`,
  /// `Harbourline's employees`), or after its shares (`shares in Harbourline`) — is an
  /// organisation's; a person's name may stand before their aides or a statement, and a
  /// name the article gives in full is a person's whatever follows it.
  @Test(arguments: [
    ("Carrier said it would keep the plant open. Carrier workers cheered.", "Carrier", Speaker.Kind.organisation),
    ("According to a Léger poll published Monday, most residents back the ban.", "Léger", .organisation),
    ("Okafor said she would keep the plant open. Okafor aides cheered.", "Okafor", .person),
    ("Okafor said she would keep the plant open. An Okafor statement followed.", "Okafor", .person),
    ("Omar Okafor owns a mill. Okafor said he would keep it open. Okafor workers cheered.", "Omar Okafor", .person),
    ("Harbourline was fined on Monday. Shares in Harbourline fell 2 percent. Harbourline said it would appeal.", "Harbourline", .organisation),
    ("Harbourline's employees walked out on Monday. Harbourline said it would talk to them.", "Harbourline", .organisation),
    ("Okafor's aides walked out on Monday. Okafor said she would talk to them.", "Okafor", .person),
  ])
  func aNameBesideWhatOnlyAnOrganisationHasIsOne(_ body: String, _ name: String, _ kind: Speaker.Kind) throws {
    let analysis = try Fixture.analyse("Harbour vote looms\n\n" + body)
    let speaker = try #require(analysis.speakers.first { $0.name == name }, "speakers \(analysis.speakers.map(\.name))")
    #expect(speaker.kind == kind)
  }

  /// A French body's name runs through its particles and the lowercase words after them to
  /// the capitalised word that ends it (`Société de transport de Montréal`, `Assemblée de la
  /// francophonie de l'Ontario`): one organisation, not a person named by its last word.
  /// Or it ends in, or opens with, lowercase words the tagger never learnt (`Bureau de
  /// coopération interuniversitaire`, `Office québécois de la langue française`).
  @Test(arguments: [
    ("The Caisse de dépôt et placement du Québec said Tuesday it would invest in the line.", "Caisse de dépôt et placement du Québec"),
    ("The Bureau de coopération interuniversitaire says the cap could cost the sector.", "Bureau de coopération interuniversitaire"),
    ("The Office québécois de la langue française said the signs broke the law.", "Office québécois de la langue française"),
    ("The Société de transport de Montréal said the project would ease congestion.", "Société de transport de Montréal"),
    ("The Assemblée de la francophonie de l'Ontario said it was disappointed.", "Assemblée de la francophonie de l'Ontario"),
  ])
  func aFrenchBodysNameRunsToItsLastCapital(_ body: String, _ name: String) throws {
    let analysis = try Fixture.analyse("Harbour vote looms\n\n" + body)
    let speaker = try #require(analysis.quotes.first?.speaker.map { analysis.speakers[$0] }, "speakers \(analysis.speakers.map(\.name))")
    #expect(speaker.name == name)
    #expect(speaker.kind == .organisation)
  }

  /// `The American Legion`: a title word and one more after `the` are a body's name, not
  /// a title and a person's surname; so are words after `the` ending in a title and a
  /// common noun (`the Peace River Regional District`). Neither is a person.
  @Test(arguments: [("The American Legion", "American Legion"), ("The Kestrel Valley Regional District", "Kestrel Valley Regional District")])
  func aTitleAndOneWordAfterTheAreABodysName(_ subject: String, _ name: String) throws {
    let analysis = try Fixture.analyse("Harbour vote looms\n\n\(subject) said the campaign had never asked permission.")
    let speaker = try #require(analysis.quotes.first?.speaker.map { analysis.speakers[$0] }, "speakers \(analysis.speakers.map(\.name))")
    #expect(speaker.name == name)
    #expect(speaker.kind != .person)
  }

  /// `the Head Ferry scheme … money for Head Ferry`: a title word and a name the article
  /// takes whole as a body's elsewhere are that body again, not a person the word titles —
  /// and no `he` is theirs.
  @Test func aBodysNameOpeningWithATitleWordIsNoPersonWhereverItStands() throws {
    let analysis = try Fixture.analyse("""
      Harbour vote looms

      Omar Bell praised the Head Ferry scheme. If the towns ran Head Ferry themselves, the crossings would cost more, Bell said.

      “That would take money away from the classroom,” he said.
      """)
    let quote = try #require(analysis.quote(startingWith: "That would take money"))
    #expect(analysis.speakerName(of: quote) == "Omar Bell")
    #expect(!analysis.speakers.contains { $0.kind == .person && $0.name == "Ferry" }, "speakers \(analysis.speakers.map(\.name))")
  }

  /// `the Ohio Republican`, `a New Hampshire Democrat`: one of a party's members, perhaps of
  /// a place, is nobody named — not a body called `Ohio Republican`, nor the party named
  /// before, nor whoever has the party in a role — but the party's own name is a body's.
  @Test(arguments: [("The Ohio Republican", "The Ohio Republican", Speaker.Kind.unnamed),
                    ("A New Hampshire Democrat", "A New Hampshire Democrat", .unnamed),
                    ("The Republican", "The Republican", .unnamed),
                    ("The Ohio Republican Party", "Ohio Republican Party", .organisation)])
  func aPartysMemberIsNobodyNamed(_ subject: String, _ name: String, _ kind: Speaker.Kind) throws {
    let analysis = try Fixture.analyse("""
      Harbour vote looms

      Republican Party chairman Omar Bell spoke on Monday.

      \(subject) said the campaign had never asked permission.
      """)
    let quote = try #require(analysis.quote(startingWith: "the campaign had never"))
    let speaker = try #require(quote.speaker.map { analysis.speakers[$0] }, "speakers \(analysis.speakers.map(\.name))")
    #expect(speaker.name == name)
    #expect(speaker.kind == kind)
  }

  /// A name ending like a plural is a group when a mention reads as one — after a plural
  /// determiner (`Many Latinos`, `both Okafors`), before a plural verb (`Latinos have`) or
  /// tagged a plural proper noun — and a headline's capitals, which say nothing of a
  /// word's class, do not outvote the body; nor does a longer name that may be a group's
  /// (`Salem Democrats`) make its last word a person's surname, nor a title word before a
  /// party's members (`senior Conservatives`) one person's title.
  @Test(arguments: [
    ("Saudis insist they are fighting terror", "The Saudis have warned they could sell assets if the bill passes.", "Saudis"),
    ("Harbour vote looms", "Many Latinos have said the story falls flat.", "Latinos"),
    ("Harbour vote looms", "Latinos say the story falls flat, and several Latinos have left the town.", "Latinos"),
    ("Harbour vote looms", "Salem Democrats ruled against the levy. Democrats say the vote was fair.", "Democrats"),
    // A capitalised common plural opening the sentence (the tagger's plural noun).
    ("Harbour vote looms", "Mourners said the service at the harbour had been moving.", "Mourners"),
    ("Harbour vote looms", "Ohioans said the race in the harbour wards was tight.", "Ohioans"),
    // A title word before the plural of a party's member says which of them, not whose name.
    ("Harbour vote looms", "The mayor faces a revolt, with senior Conservatives warning the levy would hit pensioners.", "Conservatives"),
    ("Harbour vote looms", "Top Democrats said the levy was unfair.", "Democrats"),
    ("Harbour vote looms", "Veteran Tories said the levy was unfair.", "Tories"),
  ])
  func aPluralNameReadAsOneIsAGroup(_ headline: String, _ body: String, _ name: String) throws {
    let analysis = try Fixture.analyse(headline + "\n\n" + body)
    let speaker = try #require(analysis.speakers.first { $0.name == name }, "speakers \(analysis.speakers.map(\.name))")
    #expect(speaker.kind == .group)
  }

  /// An initial before the last word is written only in people's names: `M. Dane Waters`
  /// is a person although his surname ends like a plural and his first name is on no list.
  @Test(arguments: ["M. Dane Waters", "Loretta E. Okafors"])
  func aNameWithAnInitialIsAPersons(_ name: String) throws {
    let analysis = try Fixture.analyse("Harbour vote looms\n\n\(name), whose group has led the effort, predicted that the levy would pass.")
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: "the levy would pass")))
    #expect(speaker.name == name)
    #expect(speaker.kind == .person)
  }

  /// In a title-case headline the speech verb after a title is the cue, not a name the
  /// title belongs to: `Retired Judge Reveals …` has no person called `Reveals`.
  @Test func aHeadlinesSpeechVerbAfterATitleIsNoName() throws {
    let analysis = try Fixture.analyse("Retired Judge Reveals ‘Grim’ Toll Of the Long Floods\n\nThe council met on Monday.")
    #expect(!analysis.speakers.contains { $0.name == "Reveals" }, "speakers \(analysis.speakers.map(\.name))")
    #expect(analysis.quote(startingWith: "‘Grim’") != nil)
  }

  /// `sent at 7:19 p.m. EST`: capitals right after a clock's time are its zone, nobody's
  /// name, so `it` cannot stand for them.
  @Test(arguments: ["7:19 p.m. EST", "9 a.m. ET", "11:40 PM GMT"])
  func aTimeZoneIsNoName(_ time: String) throws {
    let analysis = try Fixture.analyse("Harbour email\n\nThe email, released by the council, was sent at \(time) by the mayor’s chief of staff. “The bridge is safe,” it reads.")
    let zone = String(time.split(separator: " ").last!)
    #expect(!analysis.speakers.contains { $0.name.contains(zone) || $0.name.contains("PM") }, "speakers \(analysis.speakers.map(\.name))")
  }

  /// `Judge blocks harbour merger, citing …`: a bare title opening a sentence, then a plural
  /// of no people before more words, is a subject and its verb (the tagger reads `blocks`
  /// as a plural noun there), not a role named `Judge blocks harbour merger`.
  @Test(arguments: ["Judge blocks harbour merger, citing harm to ferry riders", "Mayor backs ferry levy, saying fares must rise"])
  func aBareTitleThenItsVerbIsNoLongerRole(_ headline: String) throws {
    let analysis = try Fixture.analyse(headline + "\n\nThe council met on Monday.")
    let claim = try #require(analysis.quotes.first, "no claim")
    #expect(analysis.speakerName(of: claim).map { !$0.contains(" ") } == true, "\(analysis.speakers.map(\.name))")
  }

  /// A headline's role is someone the body gives words to: `Former nurse testifies …` is the
  /// nurse who testifies, not the nurse she testifies about, who says nothing.
  @Test func aHeadlinesRoleIsOneWhoSpeaksInTheBody() throws {
    let analysis = try Fixture.analyse("""
      Former nurse testifies she saw colleague alter charts

      Ana Lima told the jury that she saw nurse Omar Bell change the entries. “He told me it was paperwork,” Lima said. Bell has pleaded not guilty.
      """)
    let claim = try #require(analysis.quote(startingWith: "she saw colleague"))
    #expect(analysis.speakerName(of: claim) == "Ana Lima")
    // (Nor is the headline's phrase a mention of him.)
    #expect(!analysis.speakers.contains { $0.name == "Omar Bell" && $0.mentions.contains { $0.start == 0 } })
  }

  /// But a headline's role that the body gives someone whole (`The opposition leader, Tom
  /// Baker,`) is theirs, though they say nothing more and another speaks in the body.
  @Test func aHeadlinesRoleTheBodyGivesWholeIsItsHolders() throws {
    let analysis = try Fixture.analyse("""
      Harbour levy unfair, says opposition leader

      The opposition leader, Tom Baker, made the remarks on Tuesday.

      Mayor Ana Lima has repeatedly defended the levy. Lima denied that it was unfair.
      """)
    let claim = try #require(analysis.quote(startingWith: "Harbour levy unfair"))
    #expect(analysis.speakerName(of: claim) == "Tom Baker")
  }

  /// A live blog's subhead in title case is read like a headline: its name stops at the
  /// verb, so the surname below finds the person.
  @Test func aTitleCaseSubheadNamesOnlyThePerson() throws {
    let analysis = try Fixture.analyse("""
      Debate night

      The debate ran late on Monday.

      Omar Bell Calls Out Ana Lima For Backing Down From A Fight

      “She ran away,” Bell said.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "She ran away")) == "Omar Bell")
    #expect(!analysis.speakers.contains { $0.name.contains("Calls") })
  }

  /// A title-case headline's verb right after a title, which the tagger, reading the line
  /// in lower case, takes for a plural noun (`mayor backs new housing plan`), is no name:
  /// the body's `the mayor` finds no person called `Backs New Housing Plan`.
  @Test(arguments: [("Mayor Backs New Housing Plan for Downtown", "mayor"), ("Governor Eyes Third Term After Budget Deal", "governor"),
                     ("Senator Wins Second Term in Close Race", "senator")])
  func aTitleCaseHeadlinesVerbAfterATitleIsNoName(_ headline: String, _ title: String) throws {
    let analysis = try Fixture.analyse("\(headline)\n\nThe \(title) said the result was a mandate for change.")
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: "the result was")))
    #expect(speaker.kind != .person, "\(speaker.name)")
    #expect(analysis.speakers.allSatisfy { $0.kind != .person }, "\(analysis.speakers.map(\.name))")
  }

  /// A role word before a name counts only as a noun: `think tank analyst` is a role,
  /// `think` in `I don't think Ana Lima …` is none, and nor is a sentence's opening adverb
  /// (`Interestingly Ana Lima, a harbour pilot, …`). The role ends in a noun for a person or
  /// one that can speak (`Republican presidential hopeful`, the tagger's adjective after its
  /// modifier), not a time or a document whose clause the name opens (`the third time Lima
  /// said`, `the famous story Lima told`); `Senators Lima and Bell` are each a `Senator`.
  @Test(arguments: [("“I don't think Ana Lima has seen it,” Omar Bell said. Ana Lima said the plan was sound.", nil),
                    ("A veteran think tank analyst Ana Lima said the plan was sound.", "veteran think tank analyst"),
                    ("Interestingly Ana Lima, a harbour pilot, said the plan was sound.", "a harbour pilot"),
                    ("It was the third time Ana Lima said the plan was sound.", nil),
                    ("Even Ana Lima said the plan was sound.", nil),
                    ("Republican presidential hopeful Ana Lima said the plan was sound.", "Republican presidential hopeful"),
                    ("Harbour spokeswoman Ana Lima said the plan was sound.", "Harbour spokeswoman"),
                    // A plural title before two names is each one's in the singular.
                    ("Critics, like Senators Ana Lima and Omar Bell, met on Monday. Lima said the plan was sound.", "Senator")])
  func aRoleWordBeforeANameMustBeANoun(_ text: String, _ role: String?) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(text)")
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: "the plan was sound")))
    #expect(speaker.name == "Ana Lima")
    #expect(speaker.role == role)
  }

  /// The words before a name are its whole role: an office named with `of` and the
  /// adjectives before a role noun belong to it (`State` or `candidate Sen.` alone say little).
  @Test(arguments: [("Secretary of State Ana Lima said", "Secretary of State"),
                    ("Democratic presidential candidate Sen. Ana Lima said", "Democratic presidential candidate Sen."),
                    // An office named with `for`, and the courtesy title after it, which is no part of it.
                    ("Undersecretary for Education Ms. Ana Lima said", "Undersecretary for Education"),
                    // So is any title of address after an office (`Dr.`, `Sir`).
                    ("Harbour Institute director Dr. Ana Lima said", "Harbour Institute director"),
                    ("A spokesman for Governor Ana Lima said", "Governor"),
                    // Not a plural role's `of`: the critics are others.
                    ("On Monday the critics of Mayor Ana Lima met. Lima said", "Mayor"),
                    ("The popular Ana Lima said", nil)] as [(String, String?)])
  func aTitleBeforeANameIsItsWholeRole(_ sentence: String, _ role: String?) throws {
    let speaker = try speakerOfThePlan(after: sentence)
    #expect(speaker.name == "Ana Lima")
    #expect(speaker.role == role)
  }

  /// An organisation's head word abbreviated (`Dept.`) still heads an organisation: `the
  /// U.S. Dept. of Energy` is no person `Dept.`.
  @Test func anAbbreviatedOrganisationHeadIsNoPerson() throws {
    let analysis = try Fixture.analyse("""
      Headline

      The new timetable would cut waiting times by a third, Okafor said, adding that the U.S. Dept. of Energy had offered help.

      “We welcome it,” the Dept. of Energy said.
      """)
    #expect(!analysis.speakers.contains { $0.kind == .person && $0.name.contains("Dept") }, "\(analysis.speakers.map { ($0.name, $0.kind) })")
  }

  /// A run ending in a place's head word names the place whole: `South China` is no role
  /// before a person called `Sea`, and `he` goes to the admiral.
  @Test func aPlaceNamedWithItsHeadWordIsNoPersonForHe() throws {
    let analysis = try Fixture.analyse("""
      Admiral speaks out

      Adm. Ana Lima has unsettled the ministry.

      As the navy patrols the South China Sea, a strategic waterway, it is her job, she said, to talk to parliament.
      """)
    #expect(!analysis.speakers.contains { $0.name == "Sea" }, "\(analysis.speakers.map(\.name))")
    let quote = try #require(analysis.quotes.first { analysis.article.substring($0.content).contains("to talk to parliament") })
    #expect(analysis.speakerName(of: quote)?.hasSuffix("Lima") == true)
  }

  /// A noun that compounds with the role noun before a name (`press secretary`, `press
  /// officer`) is the role's, as an adjective is, however the tagger reads `press` — but
  /// not a word that ends another phrase or is a verb (`and spotlight daughter Ana`), nor
  /// one before a capitalised title (`For this reason President …`).
  @Test(arguments: [("White House press secretary Ana Lima said", "White House press secretary"),
                    ("Harbour press officer Ana Lima said", "Harbour press officer"),
                    ("She will hone her message and spotlight daughter Ana Lima, who said", "daughter"),
                    ("For this reason President Ana Lima said", "President")])
  func aNounBeforeARoleNounIsInTheRole(_ sentence: String, _ role: String) throws {
    let speaker = try speakerOfThePlan(after: sentence)
    #expect(speaker.name == "Ana Lima")
    #expect(speaker.role == role)
  }

  /// `a group Ana Lima has struggled with`: a lowercase role noun that an indefinite article
  /// opens before a name is another phrase's head, whose relative clause the name begins —
  /// no role of the name's (Donald Trump's role had been `group`).
  @Test func anIndefiniteRoleNounBeforeANameIsNoRole() throws {
    let analysis = try Fixture.analyse("Harbour vote looms\n\n“That's a group Ana Lima has struggled with all year,” Omar Bell said. Ana Lima said the plan would pass.")
    let lima = try #require(analysis.speakers.first { $0.name == "Ana Lima" }, "speakers \(analysis.speakers.map(\.name))")
    #expect(lima.role == nil)
  }

  /// A courtesy title is how an article addresses a person, not what they do: it is kept
  /// apart from the role (`Mr.` was Barack Obama's role in the speakers view), and a title
  /// that names a calling (`Dr.`) stays a role — unless a fuller one was said.
  /// (A name's particle after the title opens the name: `Ms. de Lima` is Ana de Lima, her
  /// title `Ms.`, not `Ms. de`.)
  @Test(arguments: [("Ms. Ana Lima said", nil, "Ms."), ("Ms. Ana Lima, a nurse, said", "a nurse", "Ms."),
                    ("Dr. Ana Lima said", "Dr.", nil), ("Dr. Ana Lima, a nurse, said", "a nurse", nil),
                    ("Ana de Lima spoke first. Ms. de Lima said", nil, "Ms.")] as [(String, String?, String?)])
  func aCourtesyTitleIsNoRole(_ sentence: String, _ role: String?, _ title: String?) throws {
    let speaker = try speakerOfThePlan(after: sentence)
    #expect(speaker.name.hasPrefix("Ana ") && speaker.name.hasSuffix("Lima"))
    #expect(speaker.role == role)
    #expect(speaker.title == title)
  }

  /// A role is a noun phrase: an adverb or an adjective phrase between commas is none, and
  /// so is a clause — a relative clause alone, a participle's phrase (`based in Leeds`,
  /// `citing data`), another subject joined by a conjunction (`— and her deputy —`), or
  /// the sentence's own predicate after the name, whatever the tagger reads its verb as —
  /// though a noun may carry a relative clause.
  @Test(arguments: [("Ana Lima, meanwhile, said", nil), ("Ana Lima, clearly frustrated, said", nil), ("Ana Lima, a nurse, said", "a nurse"),
                    ("Ana Lima, based in Leeds for the past decade, said", nil),
                    ("Ana Lima, speaking at a rally in Leeds, said", nil),
                    ("Ana Lima, citing data from the harbour board, said", nil),
                    ("Ana Lima — and her deputy — said", nil),
                    ("Ana Lima, who runs the harbour board, said", nil),
                    ("Ana Lima, a nurse who runs the clinic, said", "a nurse who runs the clinic"), ("Ana Lima, it seems, said", nil),
                    ("A lawyer for the port, Ana Lima, said no decision had been made. Ana Lima said", "A lawyer for the port"),
                    ("A lawyer for the port, Ana Lima, blamed ministers for the delay. Ana Lima said", "A lawyer for the port")] as [(String, String?)])
  func anAppositiveWithoutANounIsNoRole(_ sentence: String, _ role: String?) throws {
    let speaker = try speakerOfThePlan(after: sentence)
    #expect(speaker.name == "Ana Lima")
    #expect(speaker.role == role)
  }

  /// A name set between commas after the sentence's opening role stands in apposition to
  /// it, and the role is the person's whatever the verb (`The transport minister, Ana Lima,
  /// resigned`) — but not a role picked from a set (`One voter`), nor a list's first item
  /// in mid-sentence.
  @Test(arguments: [("The transport minister, Ana Lima, resigned on Friday. Lima said", "The transport minister"),
                    ("Her father, Ana Lima, 39, worried about the ferry. Lima said", "Her father"),
                    ("One voter, Ana Lima, worried about the ferry. Lima said", nil),
                    ("The mayor thanked the harbour master, Ana Lima, Tom Reyes and the crews. Lima said", nil)] as [(String, String?)])
  func aRoleOpeningTheSentenceIsTheApposedNamesRole(_ sentence: String, _ role: String?) throws {
    let speaker = try speakerOfThePlan(after: sentence)
    #expect(speaker.name == "Ana Lima")
    #expect(speaker.role == role)
  }

  /// A plural proper noun after a word no list knows is not a person (`United States`):
  /// a surname that looks plural is told apart only by a given name the lexicon knows.
  @Test(arguments: ["United States"])
  func aPluralNameAfterAnUnknownWordIsNoPerson(_ name: String) throws {
    let analysis = try Fixture.analyse("Headline\n\nThe vote was close. \(name) said the levy would pass.")
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: "the levy would pass")))
    #expect(speaker.name == name)
    #expect(speaker.kind != .person)
  }

  /// A name's own words can say it is a place (`Lake Winola`, `Orange County`): then `she`
  /// never resolves to it — but a surname that is also such a word stays a person.
  @Test(arguments: [("Lake Winola", "place"), ("Orange County", "place"), ("Celinda Lake", "person"), ("Pacific Ocean", "place")])
  func aPlaceNameByItsWords(_ name: String, _ kind: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(name) said the levy would pass.")
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: "the levy would pass")))
    #expect(speaker.name == name)
    #expect(speaker.kind.rawValue == kind)
  }

  /// A name made of words the tagger's data knows as common ones (`Public Health`), not
  /// opened by a given name, is no person; a surname that is also a noun keeps its person.
  @Test(arguments: [("Public Health", false), ("Ruth Baker", true), ("Dana Price", true)])
  func aNameOfCommonWordsIsNoPerson(_ name: String, _ person: Bool) throws {
    let analysis = try Fixture.analyse("Headline\n\nThe vote was close. \(name) said the levy would pass.")
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: "the levy would pass")))
    #expect(speaker.name == name)
    #expect((speaker.kind == .person) == person)
  }

  /// A name ending in a building's or landmark's word (`Plaza`, `Wall`, `Church`) is a
  /// place `he` never stands for — unless a given name opens it (`Linda Park`).
  @Test func aLandmarksNameIsNoPersonButAGivenNameKeepsOne() throws {
    let analysis = try Fixture.analyse("""
      Headline

      Tom Okafor toured the harbour on Monday.

      He visited the Old Sea Wall and then Gull Harbour Plaza. The plaza needed work, he said. Linda Park said repairs would start in May.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "The plaza needed work")) == "Tom Okafor", "speakers \(analysis.speakers.map(\.name))")
    let park = try #require(analysis.speaker(of: analysis.quote(startingWith: "repairs would start")))
    #expect(park.name == "Linda Park" && park.kind == .person)
  }

  /// A subhead's capitalised words ending in a verb (`The Gap Goes On:`) are no person,
  /// and `he` after them is the person the article named.
  @Test func aSubheadsWordsEndingInAVerbAreNoPerson() throws {
    let analysis = try Fixture.analyse("""
      Headline

      Mayor Dana Okafor has led the harbour board since 2019.

      The Gap Goes On: It was under the mayor's watch that the board grew. He said the levy would pass.
      """)
    #expect(!analysis.speakers.contains { $0.name.contains("Goes") && $0.kind == .person }, "speakers \(analysis.speakers.map(\.name))")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the levy would pass")) == "Dana Okafor")
  }

  /// A role, a share or a group before a place is the speaker (`the mayor of Lagos`, not
  /// Lagos; `Democrats on Capitol Hill`); one who speaks for a name (`a spokeswoman for …`) leaves the name the source.
  @Test(arguments: [("The mayor of Lagos", "The mayor of Lagos"), ("Officials in Lagos", "Officials in Lagos"),
                    ("Sixty percent of Harbour Democrats", "Sixty percent of Harbour Democrats"), ("A spokeswoman for Ana Lima", "Ana Lima"),
                    ("Local Democrats on Harbour Hill", "Local Democrats on Harbour Hill")])
  func aRoleBeforeAPlaceSpeaks(_ subject: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\nThe vote was close. \(subject) said the levy would pass.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the levy would pass")) == speaker)
  }

  /// A role after `is` describes the named subject, who is its relative clause's speaker
  /// (a list of roles too, and a subject with two verbs); a role that is a verb's object is
  /// its own antecedent (a guard).
  @Test(arguments: [("Omar Bell is a former mayor who says the levy would pass.", "Omar Bell"),
                    ("Editor's note: Ana Lima regularly stirs anger and is a serial liar, rampant xenophobe and birther who has said the levy would pass.", "Ana Lima"),
                    ("The port hired a nurse who said the levy would pass.", "a nurse")])
  func aRoleAfterIsSpeaksAsItsSubject(_ sentence: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + sentence)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the levy would pass")) == speaker)
  }

  /// What a participle or a preposition ties to a subject is not the subject: the second
  /// of a preposition's two objects has the first one's holder, a past participle's
  /// preposition (not an agent's `by`) has the noun before the participle, and a clause
  /// before `and` lends the next subject nothing (`the agency declined to comment and aides
  /// said` was the agency's).
  @Test(arguments: [("Experts on the harbour and coastal shipping said", "Experts on the harbour and coastal shipping"),
                    ("Officials involved in the talks said", "Officials"),
                    ("Although the agency declined to comment and harbour aides later said", "harbour aides")])
  func aSubjectIsNotWhatItsPrepositionOrParticipleHolds(_ subject: String, _ speaker: String) throws {
    let analysis = try Fixture.analyse("Headline\n\nThe vote was close. \(subject) the levy would pass.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the levy would pass")) == speaker)
  }

  /// An appositive's head noun says what a name is (`one of the largest coal companies`,
  /// `a conservative website`), and the company's first word alone then stands for it.
  @Test(arguments: [("Harbour Coal, one of the largest coal companies,", "Harbour Coal", Speaker.Kind.organisation),
                    ("Zero Ledge, a conservative website,", "Zero Ledge", .outlet),
                    ("Ana Lima, a spokesman for the company,", "Ana Lima", .person),
                    // The preposition inside a name ends no role: its head is `professor`.
                    ("Ana Lima, a University of Eastern Harbour economics professor,", "Ana Lima", .person),
                    // A participle after the head opens a clause; one before it is a modifier.
                    ("Dockora, the union representing workers at the Harbour Bay plant,", "Dockora", .organisation),
                    ("Tecora, the Canadian mining company,", "Tecora", .organisation)])
  func aRoleSaysWhatANameIs(_ subject: String, _ name: String, _ kind: Speaker.Kind) throws {
    let first = String(name.split(separator: " ")[0])
    let analysis = try Fixture.analyse("Headline\n\n\(subject) closed a mine on Monday. \(first) said the levy would pass.")
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: "the levy would pass")))
    #expect(speaker.name == name)
    #expect(speaker.kind == kind)
  }

  /// A role before a name between commas says what the name is, as one after it does:
  /// `The firm, Dockhaven-Halifax, has …` is a company, so `he` later is not it.
  @Test(arguments: [("The firm, Dockhaven-Halifax,", "Dockhaven-Halifax", Speaker.Kind.organisation),
                    ("The union, Dockora,", "Dockora", .organisation),
                    ("The harbour master, Ana Lima,", "Ana Lima", .person)])
  func aRoleBeforeANameBetweenCommasSaysWhatItIs(_ subject: String, _ name: String, _ kind: Speaker.Kind) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(subject) has pleaded not guilty. \(name) said the levy would pass.")
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: "the levy would pass")))
    #expect(speaker.name == name)
    #expect(speaker.kind == kind)
  }

  /// A company's name that ends as companies' do (`Northgate Bank`, `Carrow Capital`) is
  /// named again by its first word, wherever that word stands (`shares in Northgate`, read
  /// as a place's position) — and `it` after it is the company. A name that ends as an
  /// institution named after a person does (`the Okafor Foundation`) is no such case.
  @Test(arguments: [("Northgate Bank cut 900 jobs on Thursday. Northgate said", "Northgate Bank"),
                    ("Carrow Capital cut 900 jobs on Thursday. Carrow said", "Carrow Capital"),
                    ("Northgate Bank cut 900 jobs on Thursday. Shares in Northgate fell 6 percent. In a filing, it said", "Northgate Bank"),
                    ("The Okafor Foundation gave a grant on Thursday. Okafor said", "Okafor")])
  func aCompanysFirstWordStandsForIt(_ text: String, _ name: String) throws {
    try expectSpeaker(of: text, name)
  }

  /// After an `according to` that opens the sentence, the words after the source's comma are
  /// what it says, never its role, though the tagger may read no verb there (`spending rose`
  /// read as two nouns); a description closed by a comma, or one ending a sentence whose
  /// claim came first, is the source's role.
  @Test(arguments: [("According to Harbour Statistics, hospital spending rose 4 per cent last year.", "Harbour Statistics", nil),
                    ("According to Omar Bell, a port economist, hospital spending rose 4 per cent last year.", "Omar Bell", "a port economist"),
                    ("Hospital spending rose 4 per cent last year, according to Omar Bell, a port economist.", "Omar Bell", "a port economist")])
  func whatFollowsAnOpeningSourceIsNoRole(_ sentence: String, _ name: String, _ role: String?) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + sentence)
    let speaker = try #require(analysis.speakers.first { $0.name == name })
    #expect(speaker.role == role)
  }

  @Test func aRoleIsANounPhraseNeverAClause() {
    #expect(EntityRegistry.Entity.isRole("a professor at the Institute of Taiwan Studies"))
    #expect(!EntityRegistry.Entity.isRole("an unarmed man with his hands in the air? I mean"))
    #expect(!EntityRegistry.Entity.isRole("the answer is no. He steadfastly refuses"))
    #expect(!EntityRegistry.Entity.isRole("59"))
    #expect(!EntityRegistry.Entity.isRole("of Springfield"))
    // Cut before the noun: an outlet's possessive (`NBC's Ana Lima`), a preposition left hanging.
    #expect(!EntityRegistry.Entity.isRole("NBC’s"))
    #expect(!EntityRegistry.Entity.isRole("Harbour Radio's"))
    #expect(!EntityRegistry.Entity.isRole("the city of"))
    #expect(!EntityRegistry.Entity.isRole("a reporter for"))
    #expect(EntityRegistry.Entity.isRole("the family's lawyer"))
    #expect(!EntityRegistry.Entity.isRole("who has spent the past four decades arguing in court that the state owes the city far more than it pays"))
  }

  /// Words set off after a name that open with an order are said to the person, no role of
  /// theirs (`Ana Lima, tell your story.`), though the tagger may read a noun so
  /// (`billionaire Republican`).
  @Test(arguments: [("Ana Lima, tell your harbour story. Lima said the levy was unfair.", nil),
                    ("Ana Lima, look around the harbour, said the levy was unfair.", nil),
                    ("Ana Lima, billionaire Republican, said the levy was unfair.", "billionaire Republican")] as [(String, String?)])
  func wordsThatOpenWithAnOrderAreNoRole(_ text: String, _ role: String?) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + text)
    let lima = try #require(analysis.speakers.first { $0.name == "Ana Lima" }, "speakers \(analysis.speakers.map(\.name))")
    #expect(lima.role == role)
  }

  @Test func aHeadlineNameStopsAtItsVerb() throws {
    let analysis = try Fixture.analyse("""
      Ana Lima Slams Harbour Levy as a Disgrace

      “It is a disgrace,” Lima said on Monday.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "It is a disgrace")) == "Ana Lima")
  }

  /// An organisation's name runs on past `of`, `for` and an article to its next capital
  /// word, and past `and` once it has its `of` — but not into a person's name or title.
  @Test(arguments: [
    ("The ruling came from the Department of Parks and Recreation on Monday.", ["Department of Parks and Recreation"]),
    ("The ruling came from the Court of Appeals for the Harbour Circuit and Omar Bell.", ["Court of Appeals for the Harbour Circuit", "Omar Bell"]),
    ("The study came from the University of Lagos and Professor Bello.", ["University of Lagos", "Bello"]),
    ("The study came from the Institute for the Study of Tides.", ["Institute for the Study of Tides"]),
    ("The study came from Citizens for Fair Tolls on Monday.", ["Citizens for Fair Tolls"]),
    ("The motion was opposed by Attorneys for Lima on Monday.", ["Lima"]),
    ("The suit was brought by the American Harbour Workers Union on Monday.", ["American Harbour Workers Union"]),
  ] as [(String, [String])])
  func anOrganisationsNameRunsOnToItsLastWord(_ sentence: String, _ names: [String]) throws {
    let doc = try Fixture.segment("Headline\n\n" + sentence)
    let body = try #require(doc.sentences.last)
    #expect(doc.phraseFinder.nameRuns(body.tokens).map { doc.text(doc.span($0)) } == names)
  }

  /// A town before a comma and its state (`Lorton, Virginia,`) is a place, though the
  /// article goes on to name it as a subject (`Lorton has lost …`).
  @Test func aTownBeforeItsStateIsAPlace() throws {
    var doc = try Fixture.segment("Headline\n\nThe plant in Lorton, Virginia, closed in May. Lorton has lost 400 jobs. Lorton should have been chosen.")
    MentionStage().apply(to: &doc)
    let entity = try #require(doc.entities.entities.first { $0.name == "Lorton" })
    #expect(entity.kind == .place)
  }

  /// A name with a number right after it (`Lorvex 500 companies`) is a thing's, not a
  /// person's; after an abbreviation (`No. 2`) the number only counts.
  @Test(arguments: [("Lorvex", false), ("No.", true)])
  func aNameWithANumberAfterItIsNoPerson(_ name: String, _ person: Bool) throws {
    var doc = try Fixture.segment("Headline\n\nShares of \(name) 500 companies fell. The \(name) 500 rose on Monday.")
    MentionStage().apply(to: &doc)
    let entity = try #require(doc.entities.entities.first { $0.name == name })
    #expect((entity.kind == .person) == person)
  }

  /// Capitals ending in a legislator's title in capitals with no name after them (`now an
  /// Independent MP`) name a role, as those ending in a role noun do; before a name the
  /// title ends the role (`Tory MPP Ana Lima`). Neither role is a person.
  @Test(arguments: [("Wilkes, now an Independent MP, said the levy was fair.", "Independent MP"),
                    ("Former Liberal cabinet minister Jane Okafor said the levy was fair.", "Liberal"),
                    ("Tory MPP Ana Lima said the levy was fair.", "Tory")])
  func aLegislatorsTitleInCapitalsEndsARole(_ sentence: String, _ role: String) throws {
    var doc = try Fixture.segment("Headline\n\n" + sentence)
    MentionStage().apply(to: &doc)
    #expect(!doc.entities.entities.contains { $0.name == role && $0.kind == .person }, "\(doc.entities.entities.map { ($0.name, $0.kind) })")
  }

  /// Capitals ending in a role word with no name after them (`Grant Kendal CEO`) name a
  /// role, not a person or company called `Grant Kendal CEO`.
  @Test func aHeadlinesNameEndingInATitleIsARoleNotAName() throws {
    let analysis = try Fixture.analyse("""
      Dana Ruiz Hammers Grant Kendal CEO

      Sen. Dana Ruiz grilled Grant Kendal CEO Omar Bell on Tuesday. “We are sorry,” Bell said.

      Grant Kendal just this month announced it would drop the incentives.
      """)
    let names = analysis.speakers.map(\.name)
    #expect(!names.contains { $0.hasSuffix("CEO") }, "speakers \(names)")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "We are sorry")) == "Omar Bell")
  }

  /// The tagger misses `Sees` after a name; the body never capitalises it, so it is no name word.
  @Test func aHeadlineNameKeepsOnlyWordsTheBodyCapitalises() throws {
    let analysis = try Fixture.analyse("""
      Obama Sees 'Personal Insult' if Voters Stay Home

      Speaking in Ohio, President Obama urged voters to turn out.

      "My name may not be on the ballot," said Obama.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "My name may not")) == "Obama")
  }

  @Test func aNameReadInAPlacesPositionIsAPlace() throws {
    let analysis = try Fixture.analyse("""
      Headline

      Turnout in Vantorp was low. Vantorp said it would recount the ballots.
      """)
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: "it would recount")))
    #expect(speaker.name == "Vantorp")
    #expect(speaker.kind == .place)
  }

  @Test func pronounNeverPicksANameInsideTheQuote() throws {
    let analysis = try Fixture.analyse("Headline\n\nMr. Obama spoke at length.\n\n\"My adviser, John Holdren, sends charts,\" he said.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "My adviser")) == "Obama")
  }

  @Test func roleResolvesToTheHolderNamedInACaption() throws {
    let analysis = try Fixture.analyse("""
      Headline here

      Chen Binhua, the spokesperson from the Taiwan Affairs Office.

      Chen Binhua, the spokesperson from the Taiwan Affairs Office.

      A Taiwan Affairs Office spokesperson said on Thursday that the question was settled.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the question was settled")) == "Chen Binhua")
  }

  @Test func unnamedSourceStaysUnnamed() throws {
    let analysis = try Fixture.analyse("Headline\n\nDennis Weng is an analyst. Citing an analyst, Bloomberg said the plan was bold.")
    let quote = analysis.quote(startingWith: "the plan was bold")
    #expect(analysis.speakerName(of: quote) == "an analyst")
    #expect(quote.flatMap { $0.speaker }.map { analysis.speakers[$0].kind } == .unnamed)
  }

  /// `one analyst`, `another analyst` bring someone new into the story: not the analyst
  /// named before, whose role they share.
  @Test(arguments: [("One analyst", "One analyst"), ("Another analyst, who asked not to be named,", "Another analyst")])
  func anIndefiniteRoleIsNotTheNamedHolder(_ subject: String, _ speaker: String) throws {
    try expectSpeaker(of: "“The plan is dead,” said Dana Ruiz, an analyst at Harbour Capital. \(subject) said", speaker, kind: .unnamed)
  }

  @Test func differentPeopleWithOneSurnameStayApart() throws {
    let analysis = try Fixture.analyse("Headline\n\nBill Clinton said the race was close. Hillary Clinton said it was not.")
    let bill = analysis.speakerName(of: analysis.quote(startingWith: "the race was close"))
    let hillary = analysis.speakerName(of: analysis.quote(startingWith: "it was not"))
    #expect(bill == "Bill Clinton")
    #expect(hillary == "Hillary Clinton")
  }

  /// People who share a surname are told apart by what the text says of them: a title's
  /// gender against a given name's (`Mr. Lima` is not `Michelle Lima`, named after him), a
  /// name known to be a man's before one that says nothing (`Mr. Lima` is Bill, not
  /// Zuzana), and a given name joined to a full name shares its surname (`Omar and Zuzana
  /// Bell`: `Mr. Bell` is Omar).
  @Test(arguments: [
    ("President Lima spoke on Monday. The party will send Mr. Lima and the first lady, Michelle Lima, to Leeds. Mr. Lima said", "Lima"),
    ("Bill Lima and his daughter, Zuzana Lima, ran the port. Mr. Lima said", "Bill Lima"),
    ("The parents, Omar and Zuzana Bell, spoke on Monday. Mr. Bell said", "Omar Bell"),
  ])
  func peopleWhoShareASurnameStayApart(_ text: String, _ speaker: String) throws {
    try expectSpeaker(of: text, speaker)
  }

  @Test func itResolvesToTheOutlet() throws {
    let analysis = try Fixture.analyse("Headline\n\nThe pro-KMT China Times reported that talks stalled. It added that the island was \"incorporated into\" them.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the island was")) == "China Times")
  }

  /// `the company`, `the Toronto-based company`, `the firm` after a company's name (its last
  /// word a company's: `Inc`, `Corp`, `Holdings`, or a company the lexicon knows by its
  /// first word, `Shopify`) is that company — not one named only as where someone works
  /// (`Dana Ruiz of Harbourline Securities`, `Harbour Securities analyst Omar Bell`, unless
  /// no other company was named); `neither company` is none.
  @Test(arguments: [("Okafor Holdings Inc said it would cut jobs. The company said", "Okafor Holdings Inc"),
                    ("Okafor Holdings Inc said it would cut jobs. The Toronto-based company said", "Okafor Holdings Inc"),
                    ("Harbourline Corp announced a deal. The firm said", "Harbourline Corp"),
                    ("Shopify cut jobs on Monday. The company said", "Shopify"),
                    ("Shopify cut jobs on Monday. Dana Ruiz of Harbourline Securities called it a smart move. The company said", "Shopify"),
                    // Nor one named only in a role before a person's name, while another was named before.
                    ("Shares of Kestrel Inc. rose. Harbour Securities analyst Omar Bell called it a smart move. According to the company,", "Kestrel Inc."),
                    ("Harbour Securities analyst Omar Bell called it a smart move. The company said", "Harbour Securities")])
  func theCompanyIsTheCompanyNamedBefore(_ text: String, _ company: String) throws {
    try expectSpeaker(of: text, company)
  }

  /// A place's noun (`the district`, `the county`) is no person whose role it only
  /// qualifies (`District spokesman Ryan Holt`), though it is one of the role's words.
  @Test(arguments: [("District spokesman Ryan Holt spoke on Monday. The district said", "The district"),
                    ("County clerk Ana Lima spoke on Monday. The county said", "The county")])
  func aPlacesNounIsNoPersonWhoseRoleItQualifies(_ text: String, _ speaker: String) throws {
    try expectSpeaker(of: text, speaker)
  }

  /// A role's word that only qualifies the role's noun (`general` in `general manager`) is
  /// not that role when the phrase says more: `the auditor general` is nobody whose role is
  /// `general manager`; `the opposition` alone is its leader.
  @Test(arguments: [("Its general manager, Omar Bell, told reporters the fleet was short. The auditor general said", "The auditor general"),
                    ("Opposition Leader Omar Bell spoke on Monday. The opposition said", "Omar Bell")])
  func aWordThatOnlyQualifiesARolesNounIsNotTheRole(_ text: String, _ speaker: String) throws {
    try expectSpeaker(of: text, speaker)
  }

  /// `the agency`, `the department`, `the ministry` after a body's name that does not hold
  /// the noun (`Statistics Canada`, `the Harbour Budget Office`) is the body named last in
  /// the sentence or the two before — a government's, not a news agency named in passing
  /// (`polled by Reuters`).
  @Test(arguments: [("Statistics Canada said jobs rose. Economists polled by Reuters had expected less. The agency said", "Statistics Canada"),
                    ("Costs rose, according to the Harbour Budget Office. The middle fifth paid less, the agency said. It added", "Harbour Budget Office"),
                    ("Health Canada recalled the formula on Monday. The department said", "Health Canada"),
                    // A noun before it names which one; a news agency alone is none.
                    ("Health Canada recalled the formula on Monday. The trade ministry said", "The trade ministry"),
                    ("Economists polled by Reuters had expected less. The agency said", "The agency"),
                    // A person's is no body named before (`his office`).
                    ("The Harbour Budget Office said costs rose. Omar Bell spoke on Monday. His office said", "His office")])
  func anAgencysNounIsTheBodyNamedBefore(_ text: String, _ body: String) throws {
    try expectSpeaker(of: text, body)
  }

  /// `the group`, `the organization` after a body's name that says no other kind (or a
  /// group's: an institute, a foundation) is that body, named last in the sentence or the two
  /// before — not a university, nor a body named as where something happened, nor the body
  /// of a person a relative clause describes (`whose organization`).
  @Test(arguments: [("A statement from Green Future Alberta praised the plan, though the group said", "Green Future Alberta"),
                    ("The Harbour Policy Institute released the figures on Monday. The organization said", "Harbour Policy Institute"),
                    ("Marchers rallied at the Harbour Tenants Union. The group said", "The group"),
                    ("Marchers met at Kellburg University on Monday. The group said", "The group"),
                    ("The Harbour Policy Institute released the figures. “It is new,” said Omar Bell, whose organization said", "organization")])
  func aGroupsNounIsTheBodyOfPeopleNamedBefore(_ text: String, _ body: String) throws {
    try expectSpeaker(of: text, body)
  }

  /// A document's owner said what it says: `according to her analysis` is the woman named
  /// before, `the company's annual report` the company.
  @Test(arguments: [("Dr Ana Lima, an economist at Leeds, spoke on Monday. According to her analysis,", "Ana Lima"),
                    ("Okafor Holdings Inc cut jobs. According to the company's annual report,", "Okafor Holdings Inc"),
                    ("Omar Bell, the harbour master, spoke on Monday. His report said", "Omar Bell")])
  func aDocumentsOwnerIsItsSource(_ text: String, _ source: String) throws {
    try expectSpeaker(of: text, source)
  }

  /// A role noun capitalised before a given name (`Witness Ana Lima`) is her role, a rank
  /// abbreviated with a period (`Const. Omar Bell`) is a title, and a place of several
  /// words before a name is where the role is held: none of them is in the name.
  @Test(arguments: [("Witness Ana Lima said", "Ana Lima"), ("According to Const. Omar Bell,", "Omar Bell"),
                    ("According to Cpl. Omar Bell,", "Omar Bell"), ("Sgt. Omar Bell said", "Omar Bell"),
                    // A place of several words ends the role it completes (`Ambassador to the United States`).
                    ("According to Afghan Ambassador to the United States Hamdullah Mohib,", "Hamdullah Mohib"),
                    ("Harbour Authority Administrator Omar Bell said", "Omar Bell"),
                    // A county's elected officers are titles too.
                    ("Kano County Recorder Omar Bell said", "Omar Bell"), ("County Clerk Ana Lima said", "Ana Lima"),
                    ("Harbour County Prosecutor Dana Ruiz said", "Dana Ruiz"),
                    // An occupation capitalised before a given name, as a caption or a lede writes it.
                    ("Actress Ana Lima said", "Ana Lima"), ("Comedian Omar Bell said", "Omar Bell"),
                    ("Moderator Ana Lima said", "Ana Lima"), ("Billionaire Omar Bell said", "Omar Bell"),
                    // … or one no list holds, that the tagger learnt as a common noun, before a full name.
                    ("Historian Dorothy Brennan said", "Dorothy Brennan"), ("Physicist Omar Bell said", "Omar Bell"),
                    // … or never learnt, ending as a noun of what a person does.
                    ("Saxophonist Dorothy Brennan said", "Dorothy Brennan"), ("Technician Omar Bell said", "Omar Bell"),
                    ("Curator Dana Ruiz said", "Dana Ruiz"), ("Starter Omar Bell said", "Omar Bell"),
                    // … and opening the sentence before a full name the given names do not know.
                    ("Actor Clint Okafor said", "Clint Okafor"), ("Teammate Kwame Mensah said", "Kwame Mensah"),
                    // … a never-learnt noun of what a person does, before a full name the given names do not know
                    // (not a given name before an initial).
                    ("Homeowner Kwame Mensah said", "Kwame Mensah"), ("Sander M. Okafor said", "Sander M. Okafor"),
                    // A title's plural before names (`Democrats Hillary Clinton, Bernie Sanders …`).
                    ("At the debate, Democrats Ana Lima and Omar Bell spoke. Lima said", "Ana Lima"),
                    // A title inside an institution's words, and a name the given names do not know.
                    ("EU Trade Commissioner Cecilia Okafor said", "Cecilia Okafor"),
                    // … a hyphenated title after a body's name, an abbreviated rank, a counsel.
                    ("Harbour Post Editor-in-Chief Dana Ruiz said", "Dana Ruiz"),
                    ("Harbour Dock Workers Secretary-Treasurer Omar Bell said", "Omar Bell"),
                    ("Adm. Harry B. Okafor Jr. said", "Harry B. Okafor Jr."), ("Harbour Council Counsel W. Omar Bell said", "W. Omar Bell"),
                    // An office named with `of` before a name the given names do not know.
                    ("Minister of Education Stefania Giannini said", "Stefania Giannini"),
                    ("Secretary of Harbour Safety Jeh Okafor said", "Jeh Okafor"),
                    // … an office of a body's words, before a given name.
                    ("Director of Government Affairs Ana Lima said", "Ana Lima"),
                    // A portfolio's plurals joined by `and` or listed before a title: the office's words, not two subjects.
                    ("Colleges and Universities Minister Omar Bell said", "Omar Bell"),
                    ("Harbours, Refugees and Citizenship Minister Ana Lima said", "Ana Lima"),
                    // A count ends a role's `of` phrase: the name after it holds the role.
                    ("Kellburg mother of three Dana Ruiz said", "Dana Ruiz"), ("Father of two Omar Bell said", "Omar Bell")])
  func aRoleOrRankBeforeANameIsNotInIt(_ text: String, _ name: String) throws {
    try expectSpeaker(of: text, name)
  }

  /// A first name the given names lack, though the tagger learnt it as a common noun, is
  /// no role (`Dale`, `Sandy`); nor is a person's noun that opens a body's name (`Saint`);
  /// and a surname spelled like another language's function word, or a month's, after a
  /// name the tagger never learnt is the name's (`Bipul Das`, `Okoye Jun`), as a
  /// capitalised number is a body's (`Harbour One`).
  @Test(arguments: [("Dale Thomas said", "Dale Thomas"), ("Sandy Thomas said", "Sandy Thomas"),
                    ("Bipul Das said", "Bipul Das"), ("Okoye Jun said", "Okoye Jun"),
                    ("Harbour One said", "Harbour One"), ("A spokesperson for Harbour One said", "Harbour One"),
                    ("Saint Mary's University said", "Saint Mary's University"),
                    ("Dana Ruiz of Saint Mary's University said", "Dana Ruiz")])
  func aNameOrABodyIsNotCutAtAWordThatCouldBeARole(_ text: String, _ name: String) throws {
    try expectSpeaker(of: text, name)
  }

  /// A name ending in a number's word is a body's, not a person's (`Hydro One`).
  @Test func aNameEndingInANumberIsAnOrganisation() throws {
    try expectSpeaker(of: "A spokesperson for Harbour One said", "Harbour One", kind: .organisation)
  }

  /// Letters after a name set off by commas (`SC`, `QC`, `MP`) are the name's honours or
  /// office, not a second name: `Tom Molomby, SC, said` is Tom Molomby.
  @Test(arguments: [("Speaking for the parents, Omar Bell, SC, said", "Omar Bell"), ("The prosecutor, Ana Lima, QC, told the jury", "Ana Lima"),
                    ("Dana Ruiz, MP, said", "Dana Ruiz")])
  func postNominalLettersAreNoName(_ text: String, _ name: String) throws {
    try expectSpeaker(of: text, name, kind: .person)
  }

  /// A plural role is many people, never one named person whose role shares its word:
  /// `Nurses say` is not the president of the nurses' union.
  @Test func aPluralRoleIsNoNamedPerson() throws {
    try expectSpeaker(of: "Ana Lima, president of the Harbour Federation of Nurses, spoke on Monday. Nurses say", "Nurses", kind: .unnamed)
  }

  /// A relative clause set off by commas stands for its antecedent, and after a role and
  /// where they work the role is the antecedent: `A nurse in Leeds, who asked not to be
  /// named, said` is the nurse, not Leeds.
  /// A dateline in capitals (`HARBOURTON —`) names the place as the text then writes it.
  @Test func aNameSetInCapitalsTakesTheTextsSpelling() throws {
    let analysis = try Fixture.analyse("Headline\n\nHARBOURTON — Harbourton said on Monday the levy would pass.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the levy would pass")) == "Harbourton")
  }

  /// A firm's name ends with its last word of business (`Capital Markets`, `Securities`):
  /// `Analysts at Harbour Capital Markets` are analysts, not a person called `Markets`.
  @Test func aFirmsNameEndsWithItsLastWordOfBusiness() throws {
    try expectSpeaker(of: "Analysts at Harbour Capital Markets wrote in a note that", "Analysts at Harbour Capital Markets", kind: .unnamed)
  }

  /// A title's `to the` or `of the` and its object are all the role (`Afghan Ambassador to
  /// the United States`).
  @Test func aTitlesObjectIsInTheRole() throws {
    let analysis = try Fixture.analyse("Headline\n\nAfghan Ambassador to the United States Hamdullah Mohib said the plan would save money.")
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: "the plan would save money")))
    #expect(speaker.name == "Hamdullah Mohib")
    #expect(speaker.role == "Afghan Ambassador to the United States")
  }

  /// A time before a name is when it happened, not the person's role.
  @Test func aTimeBeforeANameIsNoRole() throws {
    let analysis = try Fixture.analyse("Headline\n\nIn the 62nd minute Omar Bell said the plan would save money.")
    let speaker = try #require(analysis.speaker(of: analysis.quote(startingWith: "the plan would save money")))
    #expect(speaker.name == "Omar Bell")
    #expect(speaker.role == nil)
  }

  /// A reflexive after the subject only stresses it: `Bell himself said` is Omar Bell, and so
  /// is the subject a participle's claim goes back to (`Bell himself weighed in, saying`) or
  /// one an aside follows (`Bell himself, as well as his campaign, has maintained`).
  @Test(arguments: ["Bell himself said", "Bell himself weighed in on Twitter late Thursday, writing that",
                    "Bell himself, as well as his campaign, has always maintained that"])
  func aReflexiveAfterTheSubjectStressesIt(_ text: String) throws {
    try expectSpeaker(of: "Omar Bell, the harbour master, spoke on Monday. \(text)", "Omar Bell", kind: .person)
  }

  /// `which` after a body's name or noun stands for it as `who` does for a person's.
  @Test(arguments: [("The Harbour Federation of Nurses, which represents 2,000 members, said", "Harbour Federation of Nurses"),
                    ("The federation, which represents 2,000 members, said", "The federation")])
  func aBodysRelativeClauseStandsForTheBody(_ text: String, _ speaker: String) throws {
    try expectSpeaker(of: text, speaker)
  }

  /// (Where they work stays with the role, as it does with `officials in Tulsa`.)
  @Test(arguments: [("A nurse in Leeds, who asked not to be named, said", "A nurse in Leeds"),
                    ("One physician in Harbour City, who spoke on condition of anonymity, said", "One physician in Harbour City")])
  func aRoleBeforeWhereTheyWorkIsTheRelativesAntecedent(_ text: String, _ speaker: String) throws {
    try expectSpeaker(of: text, speaker, kind: .unnamed)
  }

  /// The speaker of the claim `the plan would save money` that ends `text`, and its kind
  /// when `kind` is given.
  /// Whether the quote after `text` is Omar Bell's, the role holder the text names first.
  /// `Rep. Omar King … King said`: a surname spelled as a title's word, alone and capitalised
  /// with no article, is the person named with it before (`the king said` would be a role).
  /// (A given name and a title's word that is a role's noun too are a name: `Ana Judge`.)
  @Test(arguments: [("Rep. Omar King spoke first. Later King said", "Omar King"), ("Dana Bishop, a nurse, was there. Bishop said", "Dana Bishop"),
                    ("Omar Judge scored twice. Later Judge said", "Omar Judge"), ("Ana Judge said", "Ana Judge")])
  func aSurnameSpelledAsATitleIsThePersonNamedWithIt(_ text: String, _ name: String) throws {
    try expectSpeaker(of: text, name, kind: .person)
  }

  func expectSpeaker(of text: String, isOmarBell: Bool, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(text) the plan would save money.")
    let quote = try #require(analysis.quote(startingWith: "the plan would save money"), sourceLocation: sourceLocation)
    let speaker = analysis.speakerName(of: quote)
    #expect((speaker == "Omar Bell") == isOmarBell, "\(speaker ?? "none")", sourceLocation: sourceLocation)
  }

  func expectSpeaker(of text: String, _ speaker: String, kind: Speaker.Kind? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let analysis = try Fixture.analyse("Headline\n\n\(text) the plan would save money.")
    let quote = analysis.quote(startingWith: "the plan would save money")
    #expect(analysis.speakerName(of: quote) == speaker, sourceLocation: sourceLocation)
    if let kind { #expect(quote.flatMap { $0.speaker }.map { analysis.speakers[$0].kind } == kind, sourceLocation: sourceLocation) }
  }

  @Test func neitherCompanyIsNoneOfThem() throws {
    let analysis = try Fixture.analyse("Headline\n\nOkafor Holdings Inc and Harbourline Corp looked at the port. Neither company would comment on the reports.")
    let quote = try #require(analysis.quote(startingWith: "the reports"))
    #expect(quote.speaker.map { analysis.speakers[$0].kind } == .unnamed)
  }

  @Test func acronymIsAnOrganisationThatItCanReferTo() throws {
    let analysis = try Fixture.analyse("Headline\n\nThe FBI said the inquiry was closed. It added that no charges would follow.")
    let quote = analysis.quote(startingWith: "no charges would follow")
    #expect(analysis.speakerName(of: quote) == "FBI")
    #expect(quote.flatMap { $0.speaker }.map { analysis.speakers[$0].kind } == .organisation)
  }

  /// The speaker of `the plan was sound` said after `lead` (`Ana Lima, a nurse, said`).
  private func speakerOfThePlan(after lead: String) throws -> Speaker {
    let analysis = try Fixture.analyse("Headline\n\n\(lead) the plan was sound.")
    return try #require(analysis.speaker(of: analysis.quote(startingWith: "the plan was sound")))
  }
}
