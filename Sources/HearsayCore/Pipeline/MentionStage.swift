/// Registers every proper name in the article with the titles and appositives around it,
/// so that attribution can resolve short forms and roles against the whole article
/// (a photo caption may be the only place that says who the spokesperson is).
struct MentionStage: AnalysisStage {
  let name = "mentions"

  func apply(to doc: inout Document) {
    doc.positionalCapitals = Self.positionalCapitals(in: doc)
    // Found on a read-only copy, registered after it is released (no copy-on-write per name).
    let found = Self.names(in: doc)
    // Full names first, so that surnames met earlier in the text still find them; then
    // surnames after a title with a gender (`Mr. Lima`), so that a bare `Lima` before them
    // can be his rather than the `Michelle Lima` named later.
    doc.entities.beginBulkRegistration()
    let genders = found.map { doc.genderFromTitle(before: $0.run.lowerBound) }
    // (`Its spokesperson, Ana Lima,`: whose the role is, once every name is registered.)
    var its: [(entity: Int, role: String, at: Int)] = []
    for pass in 0..<3 {
      for (i, item) in found.enumerated() {
        let full = item.words.count > 1 || item.kind != .person
        guard pass == 0 ? full : !full && (genders[i] != nil) == (pass == 1) else { continue }
        let display = Self.display(item, doc)
        let span = doc.span(item.run)
        let entity = doc.entities.register(words: item.words, display: display, kind: item.kind, at: span, role: item.role, gender: genders[i])
        if let role = item.role, Document.opensWithIts(role) { its.append((entity, role, span.start)) }
      }
    }
    doc.entities.finishBulkRegistration()
    for o in its { doc.entities.replaceRole(o.role, with: doc.owned(o.role, at: o.at), of: o.entity) }
  }

  /// A name found: its tokens, role, words (as `EntityRegistry.key` makes them; more than
  /// its tokens where it shares a surname, `Khizr` of `Khizr and Ghazala Khan`) and kind.
  /// (Four fields: a fifth made every copy of one, and the kind vote copies many, a call.)
  typealias Found = (run: Range<Int>, role: String?, words: [String], kind: NameClassifier.Kind)

  private static func names(in doc: Document) -> [Found] {
    let finder = doc.phraseFinder
    let blocks = doc.blocks
    let tokens = doc.tokens
    var found: [Found] = []
    var bodyCased = BodyCapitals(doc)
    for sentence in doc.sentences where Self.holdsNames(blocks[sentence.block].role) {
      let sentenceRuns = finder.nameRuns(sentence.tokens)
      guard !sentenceRuns.isEmpty else { continue }
      // (From where a headline's words begin: the sentence's first, or a subhead's after its
      // time stamp. Not a headline in sentence case, whose capitals are its names'.)
      let heading = doc.isHeadline(sentence) && !TitleCase.hasLowercaseContentWord(sentence.tokens, tokens) || Self.isTitleCase(sentence, tokens)
        ? sentence.tokens.lowerBound : GluedSubhead.start(in: sentence.tokens, tokens)
      let runs = sentenceRuns.flatMap { run in
        if let heading, run.lowerBound >= heading { return splitAtVerbs(run, doc).flatMap { bodyCased.split($0, doc.tokens) } }
        let parts = splitAtSpeechVerb(run, doc)
        return parts.count > 1 ? parts.flatMap { bodyCased.split($0, doc.tokens) } : parts
      }
      for run in runs {
        let name = doc.tokens[run].wordTokens
        guard !name.isEmpty else { continue }
        let words = name.map(\.bare)
        // (A person's where a role comes before it or a speech verb after it.)
        let before = run.lowerBound > 0 ? doc.tokens[run.lowerBound - 1] : nil
        let after = run.upperBound < doc.tokens.count ? doc.tokens[run.upperBound] : nil
        var kind = NameClassifier.kind(of: name, asPerson: before.map { $0.has(.title) || $0.has(.roleNoun) || $0.has(.animate) } == true
          || after?.has(.speechVerb) == true)
        if kind == .person, doc.isDateline(run, block: sentence.block) || isStateAfterTown(run, doc) || PhraseFinder.followsPlacesNoun(run.lowerBound, doc.tokens) {
          kind = .place
        }
        // `Doctors Nova Scotia`, `Transport Scotland`: a common noun before a place's name is
        // a body's name.
        if kind == .person, name.count > 1, isNounBeforePlaceEndingName(run.lowerBound, doc) { kind = .organisation }
        // `Police Chief Alan Park`: after a title, a given name and one word are a person's,
        // whatever the word heads elsewhere (`Victoria Park` has no title).
        if kind == .place || kind == .organisation, name.count == 2, Lexicon.isGivenName(name[0]), run.lowerBound > 0,
          doc.tokens[run.lowerBound - 1].has(.title)
        {
          kind = .person
        }
        // `the Times`, `the Post`: one outlet word after `the` is the paper, not a person.
        if kind == .person, name.count == 1, name[0].bareFlags.contains(.outletHead), run.lowerBound > 0, doc.tokens[run.lowerBound - 1].is("the") {
          kind = .outlet
        }
        var role = kind == .person
          ? titleRole(doc, finder, before: run.lowerBound, floor: sentence.tokens.lowerBound, headline: doc.isHeadline(sentence)) : nil
        // `the coal mining giant Peabody Energy`, `drugmaker Lorvex`, `the magazine MicroMega`:
        // a company's or an outlet's noun right before the name says what it is, and is its role.
        if kind == .person, let described = description(doc, of: run, floor: sentence.tokens.lowerBound) {
          kind = described.kind
          role = described.role
        }
        // `Sen. Joni Ernst, R-Iowa`, `Rand Paul (R-Ky.)`: a legislator's party and state go
        // with the title, and say which state's office it is; so does a place after a
        // title's name (`Sen. Bernie Sanders of Vermont`: `Vermont Sen.`).
        if kind == .person, let party = partyAndState(doc, after: run.upperBound, limit: sentence.tokens.upperBound) {
          role = role.map { "\($0), \(party)" } ?? party
        } else if kind == .person, let title = role, let place = placeAfter(doc, run.upperBound, limit: sentence.tokens.upperBound) {
          role = "\(place) \(title)"
        }
        // (A company's too, when the appositive says it is one: `Alphabet, the parent company
        // of Google,` — so that `The company reported …` finds it.)
        if role.map(Lexicon.isTitleOfAddress) ?? true, kind == .person || kind == .organisation, run.upperBound < sentence.tokens.upperBound,
          doc.tokens[run.upperBound].isMark(","),
          !finder.saysWhatFollows(run, in: sentence.tokens), let appositive = finder.appositiveAfter(run.upperBound, limit: sentence.tokens.upperBound),
          kind == .person || finder.kind(ofRole: appositive) == .organisation,
          !isPredicate(appositive, afterApposedName: run, in: sentence.tokens, doc), !isNextBodyOfAList(appositive, doc),
          role == nil || isSetOffRole(appositive, in: sentence.tokens, doc), let apposed = finder.role(of: appositive)
        {
          role = apposed
          // `Patriot Coal, one of the largest coal companies,`: the role says what the name is.
          // (Not of a name a given name opens: `Kyle Babcock, a veteran Indiana GOP insider
          // who's on …`.)
          if let roleKind = finder.kind(ofRole: appositive), !(kind == .person && KindVote.opensLikeAPerson(words)) { kind = roleKind }
        }
        // `The firm, SNC-Halifax, has …`: so does a role before the name.
        if role == nil, kind == .person, let apposed = finder.roleApposed(to: run, in: sentence.tokens) {
          role = apposed.role
          kind = apposed.kind ?? kind
        }
        found.append((run, role, words, kind))
      }
    }
    return surnamesInCapitals(sharingSurnames(KindVote.decide(bodiesOpeningWithATitle(found, doc), in: doc), doc), doc)
  }

  /// `the Head Ferry scheme … money for Head Ferry`: a title word and one name the article
  /// takes whole elsewhere (after `the`, where nobody is titled) are that body's name again,
  /// not a person the word titles.
  private static func bodiesOpeningWithATitle(_ found: [Found], _ doc: Document) -> [Found] {
    let tokens = doc.tokens
    var bodies: [[String]: NameClassifier.Kind] = [:]
    for f in found where f.run.count == 2 && f.words.count == 2 && tokens[f.run.lowerBound].has(.title) && f.role == nil { bodies[f.words] = f.kind }
    guard !bodies.isEmpty else { return found }
    var found = found
    for i in found.indices where found[i].kind == .person && found[i].run.count == 1 && found[i].words.count == 1 && found[i].run.lowerBound > 0 {
      let title = found[i].run.lowerBound - 1, words = [tokens[title].bare, found[i].words[0]]
      guard let kind = bodies[words] else { continue }
      found[i] = (title..<found[i].run.upperBound, nil, words, kind)
    }
    return found
  }

  /// Whether the word at `k` is one the tagger learnt as a common noun (or, one it never
  /// learnt, a noun for people), before a place's name that ends the run of capitals in its
  /// sentence — one word, or up to three the gazetteer knows (`Health Canada said`, `Doctors
  /// Nova Scotia said`; not `Former Canada coach`, an adjective, nor `Critics Canada Post …`).
  private static func isNounBeforePlaceEndingName(_ k: Int, _ doc: Document) -> Bool {
    let tokens = doc.tokens, place = k + 1, limit = doc.sentences[doc.sentenceOfToken[k]].tokens.upperBound
    var end = place
    while end < limit, end - place <= 3, tokens[end].kind == .word, tokens[end].isCapitalised { end += 1 }
    guard end > place, end - place <= 3, end == place + 1 ? tokens[place].has(.place) : Lexicon.isPlaceName(tokens[place..<end].map(\.bare))
    else { return false }
    return doc.lexicalTag(k).map(\.isCommonNoun) ?? PhraseFinder.namesPeople(tokens[k])
  }

  /// `San Bernardino, Calif.,`: a state's abbreviation and its period after a town's comma.
  private static func isStateAfterTown(_ run: Range<Int>, _ doc: Document) -> Bool {
    let tokens = doc.tokens
    let word = tokens[run.lowerBound]
    return run.count == 1 && run.lowerBound > 0 && tokens[run.lowerBound - 1].isMark(",")
      && (word.text.utf8.last == UInt8(ascii: ".") || run.upperBound < tokens.count && tokens[run.upperBound].isMark("."))
      && Lexicon.state(abbreviated: word.lower) != nil
  }

  /// `said Dr. Harold Varmus, the former NIH director.`, `Mr. Regalado, the mayor of Miami,
  /// said`: a title of address alone (`Dr.`, `Mr.`) gives way to a role the article states
  /// after the name — one with an article and a role's noun before any preposition (not
  /// `Mrs. Clinton, a signal of her support`), set off to a comma or the sentence's end (not
  /// `with Mr. Obama, the prime minister ''looked ashen''`, where it opens a clause).
  private static func isSetOffRole(_ appositive: Range<Int>, in sentence: Range<Int>, _ doc: Document) -> Bool {
    guard Lexicon.articles.contains(doc.tokens[appositive.lowerBound]),
      let head = appositive.first(where: { doc.tokens[$0].kind != .word || Lexicon.prepositions.contains(doc.tokens[$0]) }) ?? Optional(appositive.upperBound),
      (appositive.lowerBound..<head).contains(where: { doc.tokens[$0].bareFlags.contains(.roleNoun) || doc.tokens[$0].bareFlags.contains(.title) })
    else { return false }
    var end = appositive.upperBound
    while end < sentence.upperBound, doc.tokens[end].kind == .quoteClose { end += 1 }
    return end >= sentence.upperBound || doc.tokens[end].isMark(",") || SentenceSplitter.isTerminal(doc.tokens[end], in: doc.scalars)
  }

  /// `people from the Prime Minister's Office, the Privy Council Office and the office of
  /// …`: after a comma, a body's name (an article, capitals, a body's noun last) and a
  /// conjunction go on with a list, no role of the name before.
  private static func isNextBodyOfAList(_ appositive: Range<Int>, _ doc: Document) -> Bool {
    let T = doc.tokens
    guard Lexicon.articles.contains(T[appositive.lowerBound]),
      let and = appositive.first(where: { T[$0].is("and") || T[$0].is("or") }), and - appositive.lowerBound >= 2,
      T[and - 1].bareFlags.contains(.organisationHead)
    else { return false }
    return (appositive.lowerBound + 1..<and).allSatisfy { T[$0].kind == .word && T[$0].isCapitalised }
  }

  /// `The shadow secretary, Louise Haigh, blamed ministers for the delay.`: after a name set
  /// between commas (in apposition to what comes before it), words that run to the
  /// sentence's end are its predicate, not a role, when they open with a verb — however the
  /// tagger reads it (here a participle: `Haigh, blamed by …`) — or when no finite verb
  /// comes before the name (`One voter, Ana Lima, worried about …`: the sentence needs one).
  /// So are they after a preposition's name in a phrase that opens the sentence: `In Hanoi,
  /// a young teacher who had studied abroad said …` is the sentence's subject and verb.
  private static func isPredicate(_ appositive: Range<Int>, afterApposedName run: Range<Int>, in sentence: Range<Int>, _ doc: Document) -> Bool {
    guard run.lowerBound > sentence.lowerBound, appositive.upperBound >= sentence.upperBound || !doc.tokens[appositive.upperBound].isMark(",") else { return false }
    let before = doc.tokens[run.lowerBound - 1]
    let apposed = before.isMark(",")
    guard apposed || before.kind == .word && Lexicon.prepositions.contains(before) else { return false }
    return apposed && doc.tag(appositive.lowerBound)?.isVerb == true
      || !(sentence.lowerBound..<run.lowerBound).contains { doc.tokens[$0].kind == .word && doc.tag($0)?.isFiniteVerb == true }
  }

  /// `PENCE:` labelling a transcript's answers, `CLINTON` in a caption: a word in capitals
  /// reads as an acronym (`NASA`), but where it is the surname of a person the article names
  /// in full — in small letters (`Mike Pence`) or after a given name (`JAKE TAPPER`), not
  /// `Junge SVP` — it is that person.
  private static func surnamesInCapitals(_ found: [Found], _ doc: Document) -> [Found] {
    let candidates = found.indices.filter { i in
      found[i].kind == .organisation && found[i].run.count == 1 && found[i].words.count == 1
        && !doc.tokens[found[i].run.lowerBound].bareFlags.contains(.organisationHead) && NameClassifier.isAcronym(doc.tokens[found[i].run.lowerBound].text)
    }
    guard !candidates.isEmpty else { return found }
    var surnames = Set<String>()
    for f in found where f.kind == .person && f.words.count > 1 && f.run.count > 1 {
      if !NameClassifier.isCapitalsOnly(doc.tokens[f.run.upperBound - 1].text) || Lexicon.isGivenName(doc.tokens[f.run.lowerBound]) { surnames.insert(f.words[f.words.count - 1]) }
    }
    var found = found
    for i in candidates where surnames.contains(found[i].words[0]) { found[i].kind = .person }
    return found
  }

  /// `Bill and Hillary Clinton`, `Khizr and Ghazala Khan`: a lone given name joined by
  /// `and` to a full name shares its surname, so that `Mr. Khan` later finds Khizr, not his
  /// wife. A lone word that is a surname (`Lima and Ana Okafor`) does not: the lone word
  /// must be a given name, or neither first word one and the lone word named nowhere else.
  private static func sharingSurnames(_ found: [Found], _ doc: Document) -> [Found] {
    var found = found
    var named: [String: Int]? = nil
    for i in found.indices.dropLast() {
      // (Fields read where they lie: a copy of a found name costs more than the test.)
      let lone = found[i].run, full = found[i + 1].run
      guard lone.count == 1, full.lowerBound == lone.upperBound + 1, doc.tokens[lone.upperBound].is("and"), found[i].kind == .person,
        found[i + 1].kind == .person, found[i].words.count == 1, found[i + 1].words.count == 2
      else { continue }
      if !Lexicon.isGivenName(doc.tokens[lone.lowerBound]) {
        guard !Lexicon.isGivenName(doc.tokens[full.lowerBound]) else { continue }
        named = named ?? found.reduce(into: [:]) { counts, f in for w in f.words { counts[w, default: 0] += 1 } }
        guard named?[found[i].words[0]] == 1 else { continue }
      }
      found[i].words.append(found[i + 1].words[1])
    }
    return found
  }

  /// How a name is shown: its tokens, and a surname it shares as the full name after it
  /// writes it (`Khizr Khan`).
  private static func display(_ item: Found, _ doc: Document) -> String {
    let text = doc.text(doc.span(item.run))
    guard item.words.count > item.run.count, let surname = item.words.last,
      let k = (item.run.upperBound..<min(doc.tokens.count, item.run.upperBound + 8)).first(where: { doc.tokens[$0].bare == surname })
    else { return text }
    return text + " " + doc.tokens[k].text
  }

  /// The party and state set off right after a name (`, R-Iowa`, `(D-N.Y.)`), as written.
  private static func partyAndState(_ doc: Document, after end: Int, limit: Int) -> String? {
    guard end + 1 < limit, doc.tokens[end].isMark(",") || doc.tokens[end].isMark("("), PhraseFinder.isPartyAffiliation(doc.tokens[end + 1]) else { return nil }
    return doc.tokens[end + 1].text
  }

  /// The place named right after a name by `of` (`of Vermont`, `of New South Wales`): one
  /// the gazetteer knows, its capitalised words all there are.
  private static func placeAfter(_ doc: Document, _ end: Int, limit: Int) -> String? {
    guard end + 1 < limit, doc.tokens[end].is("of") else { return nil }
    var k = end + 1
    while k < limit, k - end <= 3, doc.tokens[k].kind == .word, doc.tokens[k].isCapitalised { k += 1 }
    guard k > end + 1, k == limit || !(doc.tokens[k].kind == .word && doc.tokens[k].isCapitalised),
      Lexicon.isPlaceName(doc.tokens[(end + 1)..<k].map(\.bare))
    else { return nil }
    return doc.text(doc.span((end + 1)..<k))
  }

  /// Whether a name is followed by a punctuation mark or a speech verb: nothing that
  /// would make it the subject of a clause of its own.
  private static func endsItsPhrase(_ run: Range<Int>, _ doc: Document) -> Bool {
    guard run.upperBound < doc.tokens.count else { return true }
    let next = doc.tokens[run.upperBound]
    return next.kind == .punctuation || next.has(.speechVerb)
  }

  /// The words of a description right before a name (`coal mining giant`, `secularist
  /// magazine`, `advocacy group`), when they end in a company's, an outlet's or (before a
  /// name of two words or more, or one ending its phrase, and not opening with a given
  /// name: `the union Ana Lima founded`) a body's noun, and the kind that noun says; nil
  /// otherwise.
  private static func description(_ doc: Document, of run: Range<Int>, floor: Int) -> (role: String, kind: NameClassifier.Kind)? {
    let start = run.lowerBound, last = start - 1
    // (Not a possessive: `the paper's Robert Costa` works for the paper.)
    guard last >= floor, doc.tokens[last].kind == .word, !doc.tokens[last].isCapitalised, !doc.tokens[last].endsInApostropheS else { return nil }
    let kind: NameClassifier.Kind
    if Lexicon.companyNouns.containsBare(doc.tokens[last]) || Lexicon.bodyNouns.containsBare(doc.tokens[last]) && !Lexicon.isGivenName(doc.tokens[start])
      && (run.count > 1 || endsItsPhrase(run, doc))
    {
      kind = .organisation
    } else if Lexicon.outletNouns.contains(doc.tokens[last].bare) {
      // (`agency`, `network` are bodies' nouns too, the safer reading: `the news agency` is an
      // outlet's.)
      kind = !doc.tokens[last].has(.organisationHead) || last - 1 >= floor && doc.tokens[last - 1].is("news") ? .outlet : .organisation
    } else {
      return nil
    }
    var lo = last
    while lo - 1 >= floor, last - lo < 4, doc.tokens[lo - 1].kind == .word, !doc.tokens[lo - 1].isCapitalised,
      !doc.tokens[lo - 1].has(.determiner), !doc.tokens[lo - 1].has(.phraseStop)
    {
      lo -= 1
    }
    // (`a group Ana Lima has struggled with`: after `a`, the noun heads a phrase of its own
    // whose relative clause the name opens.)
    if lo - 1 >= floor, Lexicon.indefiniteArticles.contains(doc.tokens[lo - 1]) { return nil }
    return (doc.text(doc.span(lo..<start)), kind)
  }

  /// A line set in title case inside the body — a live blog's subhead, `Donald Trump Calls
  /// Out Ted Cruz For Backing Down` — whose capitals say no more than a headline's: at
  /// least four words of four letters or more, every one of them capitalised.
  static func isTitleCase(_ sentence: Sentence, _ tokens: [Token]) -> Bool {
    var long = 0
    for k in sentence.tokens where tokens[k].kind == .word && tokens[k].range.length >= 4 {
      guard tokens[k].isCapitalised else { return false }
      long += 1
    }
    // (And no word a title capitalises in lower case: `Critics of Mayor Ana Lima met on
    // Monday.` is a sentence of names.)
    return long >= 4 && !TitleCase.hasLowercaseContentWord(sentence.tokens, tokens)
  }

  /// `Chris Christie Calls Hillary Clinton …`: in a title-case headline every word is
  /// capitalised, and a run of them stops at a verb the tagger finds.
  private static func splitAtVerbs(_ run: Range<Int>, _ doc: Document) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = run.lowerBound
    // A finite speech verb is the cue the sieves read there, even first in a run (`Retired
    // General Reveals …`, the title no part of the run), whatever the tagger makes of it; so
    // is a finite verb the tagger reads right after a title (`Mayor Backs New …`).
    let afterTitle = { (k: Int) in k == run.lowerBound && k > 0 && doc.tokens[k - 1].has(.title) && doc.tag(k)?.isFiniteVerb == true }
    for k in run where PhraseFinder.mayBeVerb(doc.tokens[k])
      && (doc.tokens[k].has(.finiteSpeechVerb) || k > start && doc.tag(k)?.isVerb == true || afterTitle(k)) {
      if k > start { out.append(start..<k) }
      start = k + 1
    }
    if start < run.upperBound { out.append(start..<run.upperBound) }
    return out
  }

  /// `… 9:09PM Ted Cruz Hints Trump Would …`: a live blog's subhead glued to its byline
  /// makes no title-case sentence, but a person's full name followed by a capitalised speech
  /// verb is a name and its verb (not `United States`: no given name opens it); what
  /// follows is a headline's words, as in a title-case line.
  private static func splitAtSpeechVerb(_ run: Range<Int>, _ doc: Document) -> [Range<Int>] {
    guard run.count >= 3, Lexicon.isGivenName(doc.tokens[run.lowerBound]),
      let verb = run.dropFirst(2).first(where: { doc.tokens[$0].has(.finiteSpeechVerb) })
    else { return [run] }
    return verb + 1 < run.upperBound ? [run.lowerBound..<verb, (verb + 1)..<run.upperBound] : [run.lowerBound..<verb]
  }

  /// The words of a heading in capitals that opens at `k` (`TELLING OF THE REFUGEE CRISIS,
  /// IN VIRTUAL REALITY`), when a function word in capitals comes within its first six or
  /// it has six words or more (`TURNS OUT EDGAR ALLEN POE WAS ONTO SOMETHING`): every word
  /// in capitals up to the first that is not one, past commas.
  private static func capitalsHeading(from k: Int, limit: Int, _ tokens: [Token]) -> [Int]? {
    // (Its numbers and possessives too: `TWO DEAD, 16 INJURED IN …`, `HOW CHINA’S DECLINE …`.)
    let inCapitals = { (t: Token) in t.kind == .word && !t.text.unicodeScalars.contains { $0.properties.isLowercase } }
    var words = [k], function = false
    var j = k + 1
    while j < limit, inCapitals(tokens[j]) || tokens[j].isMark(",") && j + 1 < limit && inCapitals(tokens[j + 1]) {
      if tokens[j].kind == .word {
        words.append(j)
        if tokens[j].has(.capitalisedFunctionWord), words.count <= 6 { function = true }
      }
      j += 1
    }
    return function || words.count >= 6 ? words : nil
  }

  private static func holdsNames(_ role: Article.Block.Role) -> Bool {
    switch role {
    case .body, .headline, .caption: true
    default: false
    }
  }

  /// A capitalised first word of a sentence is a name unless the article writes it in
  /// lower case elsewhere and never inside a name in the body (`Said`, `Delegates`, but
  /// not `Stone` when `Roger Stone` is there) — or, standing alone before a lowercase word
  /// and nowhere else capitalised, the tagger knows the word and reads it as no proper noun
  /// (a list's `Keeps saying …`; of `Okafor said`, which it never saw, it only guesses).
  /// Given names (`Bill`) and name particles, lowercase inside names (`Bill de Blasio`), stay.
  private static func positionalCapitals(in doc: Document) -> IndexMarks {
    let tokens = doc.tokens
    var firsts: [Int] = []
    var labels: [Int] = []
    for sentence in doc.sentences {
      guard let k = sentence.tokens.first(where: { tokens[$0].kind == .word }) else { continue }
      let t = tokens[k]
      // `CLARIFICATION:`, `CORRECTION APPENDED`, `Editor's note:`: an editor's label opens a
      // line, names nobody, and may speak of someone (`…to reflect that Fowler is …`); so
      // does an interview turn's (`Q:`, `A:`).
      let label = Array(sentence.tokens[k...].prefix { tokens[$0].kind == .word && Lexicon.editorialLabels.containsBare(tokens[$0]) })
      if Lexicon.isTurnLabel(t.lower), k + 1 < sentence.tokens.upperBound, tokens[k + 1].isMark(":") {
        labels.append(k)
        continue
      }
      if let end = label.last, end + 1 < sentence.tokens.upperBound, tokens[end + 1].isMark(":") || label.count > 1 && tokens[end + 1].kind != .word {
        labels += label
        continue
      }
      // `TELLING OF THE REFUGEE CRISIS “…”`, `HOW MUCH TAX MONEY WOULD COME OUT …`: a subhead
      // in capitals run into its paragraph, opening with a word the tagger does not read as a
      // proper noun and holding function words in capitals, names nobody (not `ANNOUNCER:`, a label).
      // The paragraph's own first word follows it (`… ONTO SOMETHING Crows and ravens are …`).
      var first = k
      if t.isInCapitals, let heading = capitalsHeading(from: k, limit: sentence.tokens.upperBound, tokens), doc.lexicalTag(k)?.isProperNoun != true {
        labels += heading
        first = heading.last! + 1
        guard first < sentence.tokens.upperBound, tokens[first].kind == .word else { continue }
      }
      // `The`, `He`, `But` open no name anyway: only words that could are looked up.
      let opening = tokens[first]
      guard opening.isCapitalised, !opening.has(.capitalisedFunctionWord), !opening.has(.pronoun), !opening.has(.nameParticle), !Lexicon.isGivenName(opening)
      else { continue }
      firsts.append(first)
    }
    let firstSet = Set(firsts)
    // (A label's or a heading's words say nothing of how the article writes a word.)
    let labelSet = Set(labels)
    let seen = forms(in: tokens, of: Set(firsts.map { WordKey(lowercaseOf: tokens[$0]) })) { k in
      if !tokens[k].isCapitalised { return .lowercase }
      guard k > 0, !firstSet.contains(k), !labelSet.contains(k) else { return nil }
      // Inside a name: after another capitalised word that is not a function word (`Roger
      // Stone`, not `The Conservative Case`), in the body.
      let before = tokens[k - 1]
      let inName = before.kind == .word && before.isCapitalised && !before.has(.capitalisedFunctionWord)
        && doc.blocks[doc.sentences[doc.sentenceOfToken[k]].block].role == .body
      return inName ? .inName : .capitalised
    }
    let lowercase = seen[.lowercase, default: []], inName = seen[.inName, default: []]
    let capitalised = inName.union(seen[.capitalised, default: []])
    return IndexMarks(labels + firsts.filter { k in
      let key = WordKey(lowercaseOf: tokens[k]), word = key.word
      // `New Democrats`, `North Korea`: a place's word opening a name keeps it, though the
      // article writes it in lower case elsewhere (`any new conditions`).
      if tokens[k].has(.place), k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].isCapitalised { return false }
      // `Health Canada`, `Transport Scotland`: so does a common noun before a place's name
      // that ends the name — a body's.
      if isNounBeforePlaceEndingName(k, doc) { return false }
      // `Retail analyst Priya Desai …`, `Defence lawyer Kevin Mercier …`: a common word the
      // tagger learnt, before a lowercase role and the name, qualifies the role, whatever
      // name elsewhere holds it (`Harbourline Retail Inc.`).
      // (A role's noun, not a word that qualifies one: `Sanders late Monday …`.)
      if k + 2 < tokens.count, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalised, tokens[k + 1].has(.title) || tokens[k + 1].has(.roleNoun),
        tokens[k + 2].kind == .word, tokens[k + 2].isCapitalised, doc.lexicalTag(k + 1) == .nn,
        let tag = doc.lexicalTag(k), !tag.isProperNoun, tag.isNoun || tag.isAdjective
      {
        return true
      }
      if lowercase.contains(key) { return !inName.contains(key) }
      // `Amid fury at …`: a preposition (a closed class, listed) names nobody.
      if Lexicon.prepositions.contains(tokens[k]) { return true }
      // `Outside Carrier's plant …`, `Behind Trump's rise …`: a preposition or another
      // closed-class word opens no name, though a name follows it; nor does an adverb the
      // tagger learnt (`Interestingly Blocher said …`), nor a participle it learnt before a
      // possessive (`Given Obama's rating …`; but `United Gun Group`).
      if k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].isCapitalised {
        // (An -ly adverb the tagger never learnt, which it reads before a name as the name's
        // first word: `Interestingly Ana Lima said …`; a given name, `Kelly`, was never asked.)
        if word.count > 5, word.endsWith("ly"), !doc.tagKnows(k) { return true }
        // (Nor a speech verb's past, the cue of an inverted line: `Continued Stone: "…"`.)
        if tokens[k].has(.finiteSpeechVerb), word.endsWith("ed") { return true }
        guard let tag = doc.tag(k) else { return false }
        if tag.isFunctionWord { return true }
        if tag == .rb { return doc.tagKnows(k) }
        guard tag == .vbn || tag == .vbg, endsInPossessive(after: k, tokens) else { return false }
        // (Or one it never learnt that reads as a participle by its ending: `Addressing Leeds
        // Labour Party's gala, Patel said …`.)
        return doc.tagKnows(k) || tag == .vbg && word.endsWith("ing")
      }
      // The tagger is asked only of a lone capital the article gives no other reason to
      // read as a name, before a lowercase word, as a label (`Breaking:`), before a comma
      // (`Likewise,`, `Wait,`) or a quote (`Written “at a time of crisis,” …`): `Keeps`/NNS,
      // but `Wells Fargo` is a run, `Hicks` is `Hope Hicks` and a possessive (`Bornstein's
      // letter`) is someone's.
      guard !capitalised.contains(key), tokens[k].bare == word, k + 1 < tokens.count,
        tokens[k + 1].kind == .word && !tokens[k + 1].isCapitalised || tokens[k + 1].isMark(":") || tokens[k + 1].isMark(",")
          || tokens[k + 1].kind == .quoteOpen
      else { return false }
      // (Before a quote, a word the tagger learnt in lower case as no noun: `written`.)
      if tokens[k + 1].kind == .quoteOpen { return doc.lexicalTag(k).map { !$0.isNoun } ?? false }
      // `Transcript as follows:`, `Data show …`: a document's noun, whether or not the tagger
      // learnt it — or the word before one (`Partial transcript …`, `Full statement …`).
      if tokens[k].bareFlags.contains(.documentNoun) || tokens[k + 1].kind == .word && tokens[k + 1].bareFlags.contains(.documentNoun) { return true }
      // `Weighing in on …`, `Smiling broadly …`: a participle the tagger may never have
      // learnt, opening its clause with a preposition, particle or adverb (a name is
      // followed by its verb).
      // So is one the tagger reads as a participle before its object (`Addressing volunteers
      // of the club, Okafor said …`; a surname is followed by its verb: `Manning said`).
      if word.count > 4, word.endsWith("ing"), tokens[k + 1].kind == .word, let next = doc.tag(k + 1),
        next == .in || next == .rp || next == .to || next == .rb
          || doc.tag(k) == .vbg && (next.isNoun || next == .dt || next == .jj || next == .prpPossessive)
      {
        return true
      }
      // `Records show …`, `Filings found …`: before a verb of evidence, what the tagger reads
      // as a common plural, whether or not its data had the word.
      if tokens[k + 1].has(.evidenceVerb), doc.tag(k) == .nns { return true }
      // `Exit polls taken in …`: before a plural common noun, a word the tagger's data knows
      // as a common noun is the compound's first, however it reads a sentence's first word.
      if doc.tag(k + 1) == .nns, doc.lexicalTag(k) == .nn { return true }
      guard let tag = doc.tag(k) else { return false }
      // `Preys on our worst fears …`, a list's line with its subject left out: a word the
      // tagger never learnt, read as a common plural before what follows no subject (a
      // preposition, an adverb, a determiner: a name is followed by its verb) — not a party's
      // or a people's plural (`Republicans on the panel`, a group's name).
      if !doc.tagKnows(k), tag == .nns, tokens[k + 1].kind == .word, let next = doc.tag(k + 1),
        next == .in || next == .rb || next == .dt || next == .prpPossessive, word.endsWith("s"), !isGroupsPlural(word)
      {
        return true
      }
      // A word the tagger learnt, read as no proper noun — but a party's or people's plural
      // names a group wherever it stands (`Republicans said …`).
      return doc.tagKnows(k) && tag != .nnp && tag != .nnps && !(tag == .nns && isGroupsPlural(word))
    })
  }

  /// `republicans`, `canadians`: a plural whose singular is a title or a place's word.
  private static func isGroupsPlural(_ word: String) -> Bool {
    word.endsWith("s") && !Lexicon.singularFlags(ofPlural: word).isDisjoint(with: [.title, .place])
  }

  /// Whether the capitalised words after token `k` (a few) end in a possessive: `Obama's`,
  /// `Harbour Freight's`.
  private static func endsInPossessive(after k: Int, _ tokens: [Token]) -> Bool {
    var j = k + 1
    while j < tokens.count, j - k <= 6, tokens[j].kind == .word, tokens[j].isCapitalised {
      if tokens[j].endsInApostropheS { return true }
      j += 1
    }
    return false
  }

  /// How a word is written where it is not a sentence's first.
  private enum Use { case lowercase, inName, capitalised }

  /// Which of `words` appear as a word token, by the use `use(k)` finds at token `k`. Tokens
  /// are compared by the hash their word keeps, through a bit filter, so no token is hashed
  /// here and nearly none is looked up.
  private static func forms(in tokens: [Token], of words: Set<WordKey>, use: (Int) -> Use?) -> [Use: Set<WordKey>] {
    guard !words.isEmpty else { return [:] }
    var filter = [UInt64](repeating: 0, count: 16)
    for w in words { filter[(w.hash >> 6) & 15] |= 1 << UInt64(w.hash & 63) }
    var seen: [Use: Set<WordKey>] = [:]
    for (k, t) in tokens.enumerated() where t.kind == .word {
      let hash = t.lowerHash
      guard filter[(hash >> 6) & 15] & (1 << UInt64(hash & 63)) != 0 else { continue }
      let key = WordKey(lowercaseOf: t)
      guard words.contains(key), let how = use(k) else { continue }
      seen[how, default: []].insert(key)
    }
    return seen
  }

  /// A determiner, a preposition or a coordinator right before `k`: the word there ends a
  /// phrase of its own (`in the spotlight`) or is a verb (`and spotlight daughter Ana`)
  /// rather than opening a role.
  private static func opensOtherPhrase(before k: Int, _ doc: Document, floor: Int) -> Bool {
    guard k - 1 >= floor, doc.tokens[k - 1].kind == .word else { return false }
    let t = doc.tokens[k - 1]
    return t.has(.determiner) || Lexicon.prepositions.contains(t) || Lexicon.coordinators.contains(t)
  }

  /// Title and role words right before a name: `Chinese President`, `Taiwan People's Party chair`,
  /// an office named with `of` (`Secretary of State`) and the adjectives and nouns before a
  /// role noun (`Democratic presidential candidate`, `White House press secretary`).
  /// In a headline every word is capitalised, so only title and role words count
  /// (`Chris Christie Calls Hillary Clinton` gives her no role).
  private static func titleRole(_ doc: Document, _ finder: PhraseFinder, before start: Int, floor: Int, headline: Bool) -> String? {
    var j = start - 1
    var lo = start
    var portfolio = false
    // (A noun for a person is a role as the role nouns are: `Harbourton FC manager Elena
    // Vasquez` — one in the singular, not a list's, `refugees Ana Lima and …`.)
    let isRoleNoun = { (k: Int) in doc.tokens[k].has(.roleNoun) || doc.tokens[k].has(.animate) && doc.tag(k) == .nn }
    let isRoleWord = { (k: Int) in doc.tokens[k].has(.title) || isRoleNoun(k) }
    let isOfficesName = { (r: Range<Int>) in
      doc.tokens[r.lowerBound].isCapitalised && !Lexicon.courtesyTitles.contains(doc.tokens[r.lowerBound].lower)
        && doc.tokens[r].allSatisfy { !$0.has(.title) || Lexicon.courtesyTitles.contains($0.lower) }
    }
    while j >= floor, start - j <= 8 {
      let t = doc.tokens[j]
      // Right before a title or role word already taken:
      let extending = lo == j + 1 && lo < start
      // (`Undersecretary for Education`, `Minister for Health`: a `for` before an office's
      // capitalised name, not before another title, `a spokesman for House Speaker …`.)
      // (One person's: not a plural's, `critics of U.S. President Donald Trump`.)
      if extending, j > floor, t.is("of") || t.is("for") && isOfficesName(lo..<start), isRoleWord(j - 1), doc.tag(j - 1) != .nns {
        j -= 1
        continue
      }
      // `Ambassador to the United States`, `Minister of the Interior`: a title's `to` or `of` and its `the`.
      if extending, j - 2 >= floor, t.is("the"), doc.tokens[j - 1].is("to") || doc.tokens[j - 1].is("of"), isRoleWord(j - 2) {
        j -= 2
        continue
      }
      // (Or a noun that compounds with a lowercase one, however the tagger reads it: `press
      // secretary`, `radio host` — not a word of another phrase, `in the spotlight daughter
      // Ana`, `for this reason President Bell`.)
      if extending, !headline, t.kind == .word, !t.isCapitalised, isRoleNoun(lo), let tag = doc.tag(j),
        tag == .jj || (tag == .nn || tag == .nnp) && !doc.tokens[lo].isCapitalised && !opensOtherPhrase(before: j, doc, floor: floor)
      {
        lo = j
        j -= 1
        continue
      }
      // `mother of three Tanya Okafor`: a role noun's `of` and a count right before the name.
      if lo == start, j == start - 1, j - 2 >= floor, t.kind == .word, Lexicon.numberWords.contains(t), doc.tokens[j - 1].is("of"), isRoleNoun(j - 2) {
        lo = j - 2
        j -= 3
        continue
      }
      // `Colleges and Universities Minister`, `Harbours, Refugees and Citizenship Minister`: a
      // portfolio's common nouns joined by `and` (and commas before it) ahead of a title.
      if extending, !headline, j - 1 >= floor, t.is("and") || portfolio && t.isMark(","), finder.joinsPortfolio(j - 1),
        portfolio || finder.isPortfolioWord(lo) && doc.tokens[lo..<start].contains(where: { $0.has(.title) })
      {
        portfolio = true
        lo = j - 1
        j -= 2
        continue
      }
      guard t.kind == .word, !t.has(.determiner), !t.has(.phraseStop) || t.has(.title) else { break }
      // A role word only as a noun: `think` in `think tank`, not in `I don't think Howard Dean …`;
      // and a singular one: a plural's phrase goes on in a clause the name opens (`the
      // critics Bell met`, `the figures Bell cited`).
      guard (t.isCapitalised && !headline) || t.has(.title) || (isRoleNoun(j) && doc.tag(j)?.isNoun != false && doc.tag(j) != .nns) else { break }
      if t.has(.capitalisedFunctionWord) && !t.has(.title) { break }
      // A sentence's opening adverb is no title (`Interestingly Blocher`).
      if doc.positionalCapitals.contains(j), doc.tag(j) == .rb { break }
      lo = j
      j -= 1
    }
    // The title inside the run itself (`President Xi`) is kept by nameRuns' caller as text before the name.
    // A title of address after an office (`Undersecretary for Education Mr. Toccafondi`, `lead
    // author Dr. Amara Osei`, `Prime Minister Sir Keir Starmer`) is how the article addresses
    // the person, not part of the office.
    let end = start - lo > 1 && Lexicon.titlesOfAddress.contains(doc.tokens[start - 1].lower) ? start - 1 : start
    guard lo < end else { return nil }
    // `a group Ana Lima has struggled with`: lowercase role words that `a` opens are another
    // phrase's head, whose relative clause the name begins.
    if lo - 1 >= floor, Lexicon.indefiniteArticles.contains(doc.tokens[lo - 1]), doc.tokens[lo..<end].allSatisfy({ !$0.isCapitalised }) { return nil }
    // A qualifier alone is no role: `Former | Liberal cabinet minister Jane Okafor`.
    if doc.tokens[lo..<end].allSatisfy({ Lexicon.roleQualifiers.contains($0.lower) }) { return nil }
    // Nor is a place's name alone (`the U.S. | Geological Survey`): a person's role names
    // what they are, the place only where (`U.S. Rep.`, `Texas lawyer`).
    if doc.isPlaceName(lo..<end) { return nil }
    // `Senators Ana Lima and Omar Bell`: each holds the office in the singular (not a place's
    // last word: `Ambassador to the United States`).
    let last = doc.tokens[end - 1]
    if last.lower.hasSuffix("s"), !Lexicon.titles.contains(last.lower), Lexicon.titles.contains(String(last.lower.dropLast())),
      !last.bareFlags.contains(.place), !(end - 2 >= lo && Lexicon.isPlaceName([doc.tokens[end - 2].bare, last.bare]))
    {
      let singular = String(last.text.dropLast())
      return lo < end - 1 ? doc.text(doc.span(lo..<(end - 1))) + " " + singular : singular
    }
    return doc.text(doc.span(lo..<end))
  }
}

/// The words an article capitalises inside its body's sentences (names, titles), by
/// lowercase form; gathered only when a headline has a name run to check. A headline's
/// capitals say nothing, its words set in running text do: `Obama Sees 'Personal
/// Insult'` names Obama, not `Obama Sees`, when the body never writes `Sees`.
struct BodyCapitals {
  private let doc: Document
  /// Every word a body sentence capitalises past its first token (and before a glued
  /// subhead, whose words are a headline's), by its lowercase form: gathered in one pass
  /// when first asked (a headline has a few words, the body thousands of tokens, and each
  /// word was a pass of its own).
  private var capitalised: Set<WordKey>? = nil

  init(_ doc: Document) { self.doc = doc }

  /// The parts of a headline's run made of words the body capitalises (or given names:
  /// `Ana Lima` may be only `Lima` below), or the run whole when the body capitalises
  /// none of them (nothing to go by).
  mutating func split(_ run: Range<Int>, _ tokens: [Token]) -> [Range<Int>] {
    guard run.count > 1 else { return [run] }
    let kept = run.filter { tokens[$0].kind != .word || Lexicon.isGivenName(tokens[$0]) || isBodyCapitalised(tokens[$0]) }
    guard kept.contains(where: { tokens[$0].kind == .word }) else { return [run] }
    var parts: [Range<Int>] = []
    for k in kept {
      if let last = parts.last, last.upperBound == k { parts[parts.count - 1] = last.lowerBound..<(k + 1) } else { parts.append(k..<(k + 1)) }
    }
    return parts.filter { r in r.contains { tokens[$0].kind == .word } }
  }

  /// Whether a body sentence has the word capitalised past its first token.
  private mutating func isBodyCapitalised(_ word: Token) -> Bool {
    if capitalised == nil {
      var found = Set<WordKey>()
      for sentence in doc.sentences where doc.blocks[sentence.block].role == .body && !MentionStage.isTitleCase(sentence, doc.tokens) {
        // (Not a glued subhead's words: they are a headline's.)
        let end = GluedSubhead.start(in: sentence.tokens, doc.tokens) ?? sentence.tokens.upperBound
        for k in sentence.tokens.lowerBound + 1..<max(end, sentence.tokens.lowerBound + 1) where doc.tokens[k].kind == .word && doc.tokens[k].isCapitalised {
          found.insert(WordKey(lowercaseOf: doc.tokens[k]))
        }
      }
      capitalised = found
    }
    return capitalised!.contains(WordKey(lowercaseOf: word))
  }
}
