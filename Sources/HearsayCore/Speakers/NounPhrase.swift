/// The words naming a speaker at one place in the text, analysed into what they name: a
/// proper name (with the title or role words around it), a pronoun, or a role.
struct NounPhrase: Sendable, Hashable {
  enum Head: Sendable, Hashable {
    /// A proper name: `tokens` index the name itself, without titles.
    case name(tokens: Range<Int>)
    case pronoun(Lexicon.PronounKind)
    /// A role with no name (`a Taiwan Affairs Office spokesperson`, `an analyst`).
    case role(definite: Bool)
  }
  var tokens: Range<Int>
  var range: TextRange
  var head: Head
  /// Words around the name that say what the speaker is (`chair`, `Chinese President`).
  var role: String?

  /// A role with no name (`the levy`, `an analyst`).
  var isRole: Bool {
    if case .role = head { true } else { false }
  }
  var isPronoun: Bool {
    if case .pronoun = head { true } else { false }
  }
  /// `I`, `we`: the article's own voice, outside quotes.
  var isNarrator: Bool {
    if case .pronoun(.firstPerson) = head { true } else { false }
  }
}

/// Finds and analyses speaker phrases next to cues. It walks token by token away from the
/// cue and stops at clause punctuation, function words and verbs, which is enough for
/// the subject positions reporting verbs take in news prose.
struct PhraseFinder {
  let tokens: [Token]
  /// The article's text, for the role words a phrase carries.
  let storage: ScalarText
  /// Its code points, made once for the document (`ScalarText.scalars` is not free).
  let scalars: [Unicode.Scalar]
  /// Top-level quotes by index, to step over a short quoted label inside a name
  /// (`the DPP authorities' "external affairs department"`).
  let quotes: [QuotedSpan]
  /// Capitals of position only, which open no name (`Document.positionalCapitals`).
  let positionalCapitals: IndexMarks
  /// A token's word class from the tagger's training data alone (`TagCache.lexicalTag`).
  let lexicalTag: (Int) -> PennTag?
  /// A token's part of speech, tagged on demand (nil without a model).
  let tag: (Int) -> PennTag?

  private func text(_ r: TextRange) -> String { storage.string(r.start, r.end) }

  private func quoteContentWords(_ q: Int) -> Int { Document.wordCount(in: quotes[q].content, of: scalars) }

  static let maxPhraseTokens = 14

  /// The subject that ends right before `cue` (skipping `also`, `has` …) within `floor..<cue`.
  /// Of a name coordinated with another phrase the name is the speaker (`Wilcox and Beruff
  /// argued`, `Sanders and his supporters argue`, `Bolton and Gorka both denounced`): it
  /// leads the statement. A floating `both` or `all` stands for the subject before it,
  /// found as a cue's is — past an auxiliary (`Cruz and Rubio have both urged`) or a
  /// parenthesis (`Bob Goodlatte (R-Va.) both condemned`).
  func subject(before cue: Int, floor: Int) -> NounPhrase? {
    if let antecedent = contactClauseAntecedent(before: cue, floor: floor) { return antecedent }
    guard var phrase = lastSubject(before: cue, floor: floor) ?? relativeClauseOwner(endingBefore: cue, floor: floor) else { return nil }
    if phrase.tokens.count == 1, Lexicon.coordinationQuantifiers.contains(tokens[phrase.tokens.lowerBound]),
      phrase.tokens.lowerBound - 1 >= floor,
      let before = relativeAsidesOwner(closing: phrase.tokens.lowerBound - 1, floor: floor) ?? lastSubject(before: phrase.tokens.lowerBound, floor: floor)
        ?? namesBeforeComma(phrase.tokens.lowerBound, floor: floor)
    {
      phrase = before
    }
    if let first = firstConjunct(before: phrase, floor: floor) { phrase = first }
    // `Democrats in Iowa who watched the debate said`: the object of a relative clause's
    // verb is not the subject; the clause's antecedent is.
    // (With the role a preposition ties it to: `The family of | a man who died in custody
    // said`.)
    if let antecedent = relativeAntecedent(before: phrase, floor: floor) { phrase = holder(of: antecedent, floor: floor) }
    return bodyOverList(endingIn: phrase, floor: floor) ?? peopleOverComplement(endingIn: phrase, floor: floor)
      ?? documentOverItsModifiers(endingIn: phrase, floor: floor) ?? makerAfterRecord(phrase, cue: cue)
      ?? nameBeforeUnclosedAppositive(phrase, cue: cue, floor: floor) ?? phrase
  }

  /// `A statement from the Harbour Authority said`, `A letter released Tuesday by the
  /// ministry said`: a record whose qualifying words (no finite verb, no mark) run to its
  /// maker after `by` or `from` — a body — is the maker's, as `A report by …` is. (Not a
  /// person's role, `The letter from the mayor said … It added …`, which goes on with the
  /// letter; nor a finding's, `Data from the Harbour Survey show`, `a survey conducted by
  /// …`: the evidence speaks.)
  private func makerAfterRecord(_ phrase: NounPhrase, cue: Int) -> NounPhrase? {
    guard case .role = phrase.head, let record = phrase.tokens.last, tokens[record].has(.documentNoun), !Lexicon.evidenceNouns.contains(tokens[record]),
      let by = maker(after: record, before: cue),
      (record + 1..<by).allSatisfy(qualifiesARecord),
      let maker = self.phrase(after: by, limit: cue), maker.tokens.lowerBound == by + 1, namesBody(maker),
      (maker.tokens.upperBound..<cue).allSatisfy({ tokens[$0].kind == .word && tokens[$0].has(.cueModifier) })
    else { return nil }
    return maker
  }

  /// `Sen. Ana Lima (D-NY), a supporter of the bill told …`, `Paul Roy, a member of the
  /// council said …`: an appositive left unclosed — a role opening with `a` or `an`, no
  /// comma after the cue — after a name that opens its clause is the name's, which speaks.
  /// (Not after a preposition's or verb's object, `After meeting Lima, a spokesman said`, nor
  /// a place's name, `In Cleveland, Ohio, a new poll shows`; nor with the cue set off, `Lima,
  /// a spokesman said, will run again`.)
  private func nameBeforeUnclosedAppositive(_ phrase: NounPhrase, cue: Int, floor: Int) -> NounPhrase? {
    let start = phrase.tokens.lowerBound
    guard case .role(definite: false) = phrase.head, Lexicon.indefiniteArticles.contains(tokens[start]), start - 2 >= floor, tokens[start - 1].isMark(","),
      cue + 1 < tokens.count, !tokens[cue + 1].isMark(","),
      var name = walkBack(from: beforeParenthesis(start - 2, floor: floor), floor: floor), case .name(let words) = name.head,
      !Lexicon.isPlaceName(tokens[words].map(\.bare))
    else { return nil }
    let before = name.tokens.lowerBound - 1
    guard before < floor || tokens[before].isMark(",") || tokens[before].kind == .quoteClose || isDash(before) else { return nil }
    name.role = name.role ?? roleText(phrase, floor: floor)
    return name
  }

  /// `The experts she consulted said`, `an FBI official she spoke to on camera said`: a
  /// relative clause with no relative pronoun — a subject pronoun and its verb right after a
  /// noun for people, running to the cue with no mark or conjunction — stands for the noun's
  /// phrase, which is the subject.
  private func contactClauseAntecedent(before cue: Int, floor: Int) -> NounPhrase? {
    // (A finite cue's: a participle there qualifies the noun, `a document he drew up last
    // year describing his goals`.)
    guard !tokens[cue].lower.endsWith("ing") else { return nil }
    var p = cue - 1
    while p > floor, cue - p <= 8, tokens[p].kind == .word, !tokens[p].has(.pronoun) { p -= 1 }
    // (The lists asked only once a pronoun is found: most cues have none before them.)
    guard p - 1 >= floor, p + 1 < cue, tokens[p].kind == .word, tokens[p].has(.pronoun), Lexicon.subjectPronouns.contains(tokens[p]), !tokens[p].is("there"),
      !(p + 1..<cue).contains(where: { Lexicon.coordinators.contains(tokens[$0]) }),
      tokens[p - 1].kind == .word, !tokens[p - 1].isCapitalised, Self.namesPeople(tokens[p - 1]), tag(p - 1)?.isCommonNoun == true,
      tag(p + 1)?.isFiniteVerb == true, let phrase = walkBack(from: p - 1, floor: floor), case .role = phrase.head
    else { return nil }
    return phrase
  }

  /// `A new survey of reading in Scottish pupils has revealed …`, `A study documenting
  /// iodine levels in children found …`: a phrase after a preposition, in the words that
  /// qualify a record opening the clause (no verb, mark or quote among them), is not the
  /// subject; the record is — or, where the words say who made it, the maker (`A letter from
  /// Ana Lima to the council`; nil when the maker is the phrase itself, `A report by the
  /// Times`, `A poll released Sunday by the Post`).
  private func documentOverItsModifiers(endingIn phrase: NounPhrase, floor: Int) -> NounPhrase? {
    let start = phrase.tokens.lowerBound
    guard let record = record(qualifiedBy: phrase, floor: floor) else { return nil }
    // (`A letter from Ana Lima to the council said …`: the maker, where the words name one.)
    if let by = maker(after: record, before: start) {
      return self.phrase(after: by, limit: start).flatMap { $0.tokens.upperBound < start ? $0 : nil }
    }
    // (Its owner's, as a record's phrase is: `The GOP's complaint to the board says …`.)
    return analyse(floor..<(record + 1), fullEnd: record + 1)
  }

  /// `A report released last month by the budget officer found …`: the record whose maker
  /// `phrase` is, when `by` or `from` ties it to one opening the clause — a subject of
  /// evidence, as the record itself is.
  func recordMade(by phrase: NounPhrase, floor: Int) -> Int? {
    guard let record = record(qualifiedBy: phrase, floor: floor), let by = maker(after: record, before: phrase.tokens.lowerBound),
      by + 1 == phrase.tokens.lowerBound
    else { return nil }
    return record
  }

  /// The record opening the clause at `floor` (within four words, after a determiner or with
  /// none: `Tax filings reviewed by …`) whose qualifying words — no verb, mark or quote among
  /// them — end in a preposition before `phrase`.
  private func record(qualifiedBy phrase: NounPhrase, floor: Int) -> Int? {
    let start = phrase.tokens.lowerBound
    guard start - 2 > floor, tokens[start - 1].kind == .word, Lexicon.prepositions.contains(tokens[start - 1]), tokens[floor].kind == .word else { return nil }
    let first = tokens[floor].has(.determiner) ? floor + 1 : floor
    guard let record = (first..<min(start - 1, floor + 5)).first(where: { tokens[$0].has(.documentNoun) || Lexicon.evidenceNouns.contains(tokens[$0]) }),
      !tokens[record].isCapitalised || record == floor, record + 1 < start,
      (floor..<start).allSatisfy(qualifiesARecord)
    else { return nil }
    return record
  }

  /// Whether the token at `k` may be among a record's qualifying words: a word, not quoted,
  /// and no finite verb (`released Tuesday by`, `obtained by`).
  private func qualifiesARecord(_ k: Int) -> Bool {
    tokens[k].kind == .word && tokens[k].quote == nil && tag(k)?.isFiniteVerb != true
  }

  /// The `by` or `from` after `record` that names its maker.
  private func maker(after record: Int, before start: Int) -> Int? {
    (record + 1..<start).first(where: { tokens[$0].is("by") || tokens[$0].is("from") })
  }

  /// `Critics of the plan to let refugees into Canada say`, `Opponents of allowing refugees
  /// into the U.S. cite …`: a phrase after a preposition, in a verb's words that a plural
  /// of people and its `of` open at the clause's start, is not the subject; the people are.
  private func peopleOverComplement(endingIn phrase: NounPhrase, floor: Int) -> NounPhrase? {
    let start = phrase.tokens.lowerBound
    guard start - 2 > floor, tokens[start - 1].kind == .word, Lexicon.prepositions.contains(tokens[start - 1]) else { return nil }
    var j = start - 2
    var verb = false
    while j > floor, start - j <= 12, tokens[j].kind == .word, tokens[j].quote == nil, !tokens[j].is("of") {
      if !verb, !tokens[j].isCapitalised, tokens[j].lower.endsWith("ing") || tokens[j].is("to") { verb = true }
      j -= 1
    }
    var lo = j - 1
    guard verb, lo >= floor, tokens[j].is("of"), tokens[lo].kind == .word, Self.namesPeople(tokens[lo]), tokens[lo].bare.endsWith("s") else { return nil }
    if lo - 1 >= floor, tokens[lo - 1].has(.determiner) { lo -= 1 }
    guard lo == floor || tokens[lo - 1].kind != .word else { return nil }
    // (Its `to` or `-ing` word is a verb, as the tagger reads it there.)
    guard (j + 1..<start).contains(where: { tag($0) == .vbg || tag($0) == .vb }) else { return nil }
    return NounPhrase(tokens: lo..<phrase.tokens.upperBound, range: span(lo..<phrase.tokens.upperBound), head: .role(definite: tokens[lo].is("the")), role: nil)
  }

  /// `The ministry of training, colleges and universities`: the body whose `of` opens a list
  /// that ends in `last` after `and` or `or`, its items lowercase words (no determiner or
  /// preposition) between commas.
  private func bodyOverList(endingIn last: NounPhrase, floor: Int) -> NounPhrase? {
    var j = last.tokens.lowerBound - 1, comma = false
    guard j > floor, tokens[j].is("and") || tokens[j].is("or") else { return nil }
    j -= 1
    while j > floor, last.tokens.lowerBound - j <= 12, !tokens[j].is("of") {
      let t = tokens[j]
      if t.isMark(",") {
        comma = true
      } else if t.kind != .word || t.isCapitalised || t.quote != nil || t.has(.determiner) || Lexicon.prepositions.contains(t)
        || Lexicon.clauseCoordinators.contains(t)
      {
        return nil
      }
      j -= 1
    }
    guard comma, j > floor, tokens[j].is("of"), tokens[j - 1].has(.organisationHead), let body = walkBack(from: j - 1, floor: floor) else { return nil }
    return analyse(body.tokens.lowerBound..<last.tokens.upperBound, fullEnd: last.tokens.upperBound)
  }

  /// `The leaders — whose parties were once rivals — both said`, `The leaders, who met on
  /// Monday, both said`: the phrase a relative clause set off by commas or dashes describes,
  /// the clause closed by the mark at `close`.
  private func relativeAsidesOwner(closing close: Int, floor: Int) -> NounPhrase? {
    let dash = isDash(close)
    guard dash || tokens[close].isMark(","),
      let open = (max(floor, close - 14)..<close).last(where: { dash ? isDash($0) : tokens[$0].isMark(",") }), open + 1 < close, open - 1 >= floor,
      Lexicon.personOrOwnerRelatives.contains(tokens[open + 1])
    else { return nil }
    return walkBack(from: open - 1, floor: floor)
  }

  /// `His rivals, Sens. Ted Cruz of Texas and Marco Rubio of Florida, have both urged`: the
  /// names closing an appositive that no role opens, right before a floating quantifier.
  private func namesBeforeComma(_ quantifier: Int, floor: Int) -> NounPhrase? {
    let j = skippingCueModifiers(back: quantifier - 1, floor: floor)
    guard j - 1 >= floor, tokens[j].isMark(","), let named = walkBack(from: j - 1, floor: floor), case .name = named.head else { return nil }
    return named
  }

  /// The last token at or before `k` that is not a word standing between a subject and
  /// its cue (`also`, `later`, `has`), stopping at `floor`.
  func skippingCueModifiers(back k: Int, floor: Int) -> Int {
    var j = k
    // `most recently said`: a degree adverb before a modifier passed over.
    while j > floor, tokens[j].kind == .word {
      if tokens[j].has(.cueModifier) || j < k && !tokens[j].isCapitalised && isDegreeAdverb(j) {
        j -= 1
      } else if let before = twoWordModifier(endingAt: j, floor: floor) {
        j = before
      } else {
        break
      }
    }
    return j
  }

  /// Before a two-word adverb that ends at `j` (`in fact`, `of course`), if one does.
  private func twoWordModifier(endingAt j: Int, floor: Int) -> Int? {
    guard j - 1 > floor, tokens[j].kind == .word, !tokens[j].isCapitalised, Lexicon.twoWordCueModifierEnds.contains(tokens[j]),
      Lexicon.twoWordCueModifiers.contains([tokens[j - 1].lower, tokens[j].lower])
    else { return nil }
    return j - 2
  }

  /// `most`, `more` as the tagger reads them before another adverb (`most recently`).
  private func isDegreeAdverb(_ j: Int) -> Bool { tag(j).map { $0 == .rbs || $0 == .rbr } == true }

  /// `Wilcox and | Beruff`, `Clinton and | her campaign`: the name before `and` when the
  /// words after it are a phrase of their own (a name, or a determiner's or possessive's
  /// phrase) — not a role and its holder (`mogul and reality star Donald Trump`), not
  /// `John and Brian Meza`, and no organisation (`Clinton and the State Department`) — whose
  /// own name may hold an `and` (`Department of Parks and Recreation`).
  private func firstConjunct(before later: NounPhrase, floor: Int) -> NounPhrase? {
    let joint = later.tokens.lowerBound - 1
    guard joint - 1 >= floor, tokens[joint].is("and"), let earlier = walkBack(from: joint - 1, floor: floor) else { return nil }
    // `…, he and Mr. Allen said.`: a person's pronoun before a name, the two set off after
    // what they said, speaks first. (Opening the sentence, the name is whom it is about:
    // `He and board chair Maria Okafor both argued …`.)
    if case .pronoun(let p) = earlier.head, p == .male || p == .female, case .name = later.head {
      let before = earlier.tokens.lowerBound - 1
      return before > floor && (tokens[before].isMark(",") || tokens[before].kind == .quoteClose) ? earlier : nil
    }
    guard case .name(let earlierName) = earlier.head else { return nil }
    // (`Minister for Women and Gender Equality Maryam Monsef`, `Colleges and Universities
    // Minister Omar Bell`: an office's words, `and` and all, before the name.)
    if isOfficeWord(earlierName.lowerBound) { return nil }
    if opensPortfolio(later), joinsPortfolio(joint - 1) { return portfolioHolder(endingIn: later, floor: floor) }
    let opener = tokens[later.tokens.lowerBound]
    let standsAlone: Bool
    switch later.head {
    case .name(let laterName):
      standsAlone = !(earlierName.count == 1 && laterName.count > 1 && Lexicon.isGivenName(tokens[earlierName.lowerBound]))
    // (Or a bare plural of people after a name with no article: `Bos and colleagues
    // describe …`, `In a new paper Bos and colleagues describe …`, not `threaten the Grand
    // River and supporters saying …`, where they speak.)
    case .role:
      standsAlone = opener.has(.determiner) || Lexicon.possessiveDeterminers.contains(opener)
        || later.tokens.count == 1 && !opener.isCapitalised && Self.namesPeople(opener) && opener.lower.hasSuffix("s")
          && !(earlierName.lowerBound > floor && Lexicon.articles.contains(tokens[earlierName.lowerBound - 1]))
    case .pronoun: standsAlone = false
    }
    // An organisation's word in the earlier phrase or in the later one's name: not in what
    // follows that name (`Albright and Smith of the Center for …` are two people).
    let laterName: Range<Int> = if case .name(let n) = later.head { n } else { later.tokens }
    let organisational = [earlier.tokens, laterName].contains { r in tokens[r].contains { $0.has(.organisationHead) || $0.has(.outletHead) } }
    if !organisational { return standsAlone ? earlier : nil }
    // `Department of Parks and Recreation`: one organisation's name, `and` and all.
    guard case .name = later.head, opener.isCapitalised, !opener.has(.capitalisedFunctionWord) else { return nil }
    return analyse(earlier.tokens.lowerBound..<later.tokens.upperBound, fullEnd: later.tokens.upperBound)
  }

  /// `Universities Minister Omar Bell`: a name whose role opens with a portfolio's word
  /// before a title — the last of its words, which an `and` before it joins to others.
  private func opensPortfolio(_ phrase: NounPhrase) -> Bool {
    guard case .name(let name) = phrase.head, phrase.tokens.lowerBound < name.lowerBound else { return false }
    let first = phrase.tokens.lowerBound
    return isPortfolioWord(first) && (first + 1..<name.lowerBound).contains { tokens[$0].has(.title) }
  }

  /// Whether token `k` may be a portfolio's last word before its title (`Universities
  /// Minister`, `Urban Development Secretary`): a capitalised word that is no title, known
  /// to the tagger's data as a common noun or an adjective, or never learnt and no place or
  /// given name (`Citizenship`; not `Vermont Sen.`).
  func isPortfolioWord(_ k: Int) -> Bool {
    guard tokens[k].kind == .word, tokens[k].isCapitalised, !tokens[k].has(.title) else { return false }
    if let known = lexicalTag(k) { return known.isCommonNoun || known.isAdjective }
    return !Lexicon.isGivenName(tokens[k]) && !isKnownPlace(k..<(k + 1))
  }

  /// Whether token `k`'s word is a plural noun (`Colleges`, `Fisheries`), as the tagger's
  /// data knows it or, for a word it never learnt, as it reads it in context — one of a
  /// portfolio's words before its `and` (`Colleges and Universities Minister`). Not a
  /// singular (`Housing and …`): a surname may be a common noun's word too (`King and Harbour
  /// Speaker Ana Lima`, `Ford and Finance Minister …`), and there a person leads.
  func joinsPortfolio(_ k: Int) -> Bool {
    tokens[k].kind == .word && tokens[k].isCapitalised && (lexicalTag(k) ?? tag(k)).map { $0 == .nns || $0 == .nnps } == true
  }

  /// `Harbours, Refugees and Citizenship Minister Ana Lima`: the name with all its
  /// portfolio's words, back from the `and` before `later` over capitalised words and the
  /// commas between them.
  private func portfolioHolder(endingIn later: NounPhrase, floor: Int) -> NounPhrase? {
    var start = later.tokens.lowerBound - 1
    while start - 1 >= floor, later.tokens.lowerBound - start < 10 {
      let before = tokens[start - 1]
      if before.kind == .word, before.isCapitalised, !before.has(.capitalisedFunctionWord) {
        start -= 1
      } else if before.isMark(","), start - 2 >= floor, tokens[start - 2].kind == .word, tokens[start - 2].isCapitalised {
        start -= 2
      } else {
        break
      }
    }
    return analyse(start..<later.tokens.upperBound, fullEnd: later.tokens.upperBound)
  }

  private func lastSubject(before cue: Int, floor: Int) -> NounPhrase? {
    var j = cue - 1
    if j > floor, Lexicon.doSupport.contains(tokens[j]) { j -= 1 }
    var skipped = 0
    // A progressive cue (`is demanding`) has its subject before the auxiliary.
    let progressive = tokens[cue].lower.endsWith("ing")
    // `most recently defended`: a degree adverb before one already passed over.
    while j >= floor, skipped < 3, tokens[j].kind == .word {
      // (`did not say`, `wouldn't say`: an auxiliary that a negation follows or holds.)
      let negatedAuxiliary = Lexicon.auxiliaries.contains(tokens[j]) && (Lexicon.denies(tokens[j]) || j + 1 < cue && Lexicon.negations.contains(tokens[j + 1]))
      // (Not a modal that is a surname: `May said`.)
      if tokens[j].has(.cueModifier) && !(tokens[j].isCapitalised && isModalAsName(j)) || negatedAuxiliary || (progressive && Lexicon.progressiveAuxiliaries.contains(tokens[j]))
        || (isAdverbCandidate(tokens[j]) && (tag(j) == .rb || skipped > 0 && isDegreeAdverb(j)))
      {
        j -= 1
      } else if let before = twoWordModifier(endingAt: j, floor: floor) {
        j = before
      } else {
        break
      }
      skipped += 1
    }
    if j >= floor, let adjunct = adjunctStart(endingAt: j, floor: floor) {
      j = adjunct - 1
      while j >= floor, tokens[j].kind == .word, tokens[j].has(.cueModifier) { j -= 1 }
      // `A news report published Wednesday said`, `A court document filed Thursday says`: the
      // time belongs to a participle after the noun, which is the subject.
      // (A past tense there is the participle the tagger misread: `A statement released this
      // week said`.)
      if j - 1 >= floor, tokens[j].kind == .word, !tokens[j].isCapitalised, tag(j) == .vbn || tag(j) == .vbd && tokens[j].lower.endsWith("ed"),
        tag(j - 1)?.isNoun == true
      {
        j -= 1
      }
    }
    guard j >= floor else { return nil }
    // `Sen. David Perdue (R-Ga.) said`, `Gov. John Kasich (R-OH), said`: step over a
    // parenthesis, and a stray comma after it.
    if tokens[j].isMark(","), j - 1 > floor, tokens[j - 1].isMark(")") { j -= 1 }
    j = beforeParenthesis(j, floor: floor)
    // `Experts and officials, however, said …`: an adverb set off by commas before the cue.
    if j - 2 > floor, tokens[j].isMark(","), tokens[j - 2].isMark(","), tokens[j - 1].kind == .word, !tokens[j - 1].isCapitalised,
      tokens[j - 1].has(.cueModifier) || tag(j - 1) == .rb
    {
      j -= 3
    }
    // `Ford himself called`: a reflexive after the subject only stresses it.
    if j - 1 >= floor, tokens[j].kind == .word, Lexicon.intensiveReflexives.contains(tokens[j]), tokens[j - 1].kind == .word,
      tag(j - 1)?.isNoun == true
    {
      j -= 1
    }
    // `Tom Molomby, SC, said`, `Officials in Salem, Ore., said`: a name's letters or a town's
    // state set off by commas belong to the name before them.
    // (A town's state only where no comma comes before the town: `Officials in Salem, Ore.,
    // said`; not `Ana Lima, of Salem, Ore., said` nor `Lima, speaking in Salem, Ore., said`,
    // whose asides are read below.)
    for k in stride(from: j - 1, through: j - 2, by: -1) where k - 2 >= floor {
      guard setOffNameSuffix(at: k)?.upperBound == j, tokens[k - 2].isCapitalised else { continue }
      if Lexicon.postNominals.contains(tokens[k]) || !(floor..<(k - 1)).contains(where: { tokens[$0].isMark(",") }) {
        j = k - 2
      }
      break
    }
    // `Ana Lima of Columbia, South Carolina says`: a town and its state or country named in
    // full after `of`, `from` or `in`, with no comma after them, end the phrase at the town.
    if let comma = regionAfterTown(endingAt: j, floor: floor) { j = comma - 1 }
    if tokens[j].isMark(",") || tokens[j].isMark("\u{2014}") || tokens[j].isMark("–") {
      // `the official, who declined to be named, told`: a relative clause set off by commas
      // after a role stands for it.
      if tokens[j].isMark(","), let open = (max(floor, j - 20)..<j).last(where: { tokens[$0].isMark(",") }), open + 1 < j,
        Lexicon.personRelatives.contains(tokens[open + 1]), open - 1 >= floor, tokens[open - 1].kind == .word, !tokens[open - 1].isCapitalised,
        let antecedent = antecedent(ofRelativeAt: open + 1, floor: floor), antecedent.tokens.upperBound == restrictiveRelative(endingAt: open - 1, floor: floor) ?? open
      {
        // (`A spokeswoman for the port, who …`: a role's object is read below, with the role.
        // After an article and with no preposition, `who` makes a person of a noun no lexicon
        // knows: `A deckhand who lives nearby, who …`; not `his family's farm, who …`.)
        let person = !namesThing(antecedent)
          || Lexicon.articles.contains(tokens[antecedent.tokens.lowerBound]) && !antecedent.tokens.contains { Lexicon.prepositions.contains(tokens[$0]) }
        if person, roleHolder(of: antecedent, floor: floor) == nil { return antecedent }
        // (`Two sources with knowledge of the inquiry, who …`: `who` is no thing's; the people
        // the thing's preposition ties it to are.)
        if namesThing(antecedent), case let owner = holder(of: antecedent, floor: floor), owner.tokens.lowerBound < antecedent.tokens.lowerBound, !namesThing(owner) {
          return owner
        }
      }
      // `One engineer who raised concerns, and who spoke on condition of anonymity, said`: a
      // relative clause a coordinator joins to an earlier one has its antecedent.
      if tokens[j].isMark(","), let open = (max(floor, j - 20)..<j).last(where: { tokens[$0].isMark(",") }), open + 2 < j,
        tokens[open + 1].kind == .word, Lexicon.coordinators.contains(tokens[open + 1]), Lexicon.personRelatives.contains(tokens[open + 2]),
        earlierRelative(joinedAt: open + 2, floor: floor) != nil, let antecedent = antecedent(ofRelativeAt: open + 2, floor: floor)
      {
        return antecedent
      }
      // `Name, a role …, said`: the appositive sits between two commas (or dashes).
      var comma = j
      var role: String? = nil
      while let appositive = appositiveEnding(at: comma, floor: floor) {
        // `Speaking to Harbour Radio, commuter Tom Reyes, 34, said`: a bare role noun (no
        // determiner, no preposition) and a name between commas are the subject, not an
        // appositive of the words before them (`Ana Lima, a spokeswoman for Tom Reyes, said`).
        if var named = rolesNameBetweenCommas(appositive) {
          named.role = named.role ?? role
          return named
        }
        // `Quina Jones, 25, a nurse, said`: the age is no role, the next appositive may be.
        if role == nil { role = self.role(of: appositive) }
        comma = appositive.lowerBound - 1
      }
      // `Voters over the years, on radio or at town halls, said`, `insiders in two states —
      // Nevada and South Carolina — said`: an aside with no verb after a common noun.
      // (`her aides, who, on a call Friday, criticized`: one after a relative pronoun, whose
      // antecedent speaks.)
      if comma == j, let open = asideOpening(closing: j, floor: floor, afterRelative: true), let antecedent = antecedent(ofRelativeAt: open - 1, floor: floor) {
        return antecedent
      }
      let aside = comma == j ? asideOpening(closing: j, floor: floor) : nil
      if let aside { comma = aside }
      // `A nurse in Leeds, who asked not to be named, said`: a relative clause set off by
      // commas stands for its antecedent.
      if comma < j, Lexicon.personRelatives.contains(tokens[comma + 1]), var antecedent = antecedent(ofRelativeAt: comma + 1, floor: floor) {
        antecedent.role = antecedent.role ?? role
        return antecedent
      }
      // `Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said`. (`Voters over the
      // years, on radio or at town halls, said`: past words of when, as before a cue.)
      // (`Ana Lima, who was to travel to Columbus, Ohio, on Wednesday, said`: the relative
      // clause's antecedent, past the town's region and the words of when.)
      if comma < j, let owner = relativeOwner(pastRegionEndingAt: comma, floor: floor) { return owner }
      var end = beforeParenthesis(comma - 1, floor: floor)
      if comma < j, end >= floor, let adjunct = adjunctStart(endingAt: end, floor: floor) { end = adjunct - 1 }
      guard comma < j, var phrase = walkBack(from: end, floor: floor) ?? peopleBeforeNonSpeaker(endingAt: end, floor: floor) else {
        // `The state's campaign chairman, Phil Lovas, said`: the name between the commas;
        // `about two-thirds, 67 percent, say`: the share between them.
        return nameBetweenCommas(endingAt: j, floor: floor) ?? shareBetweenCommas(endingAt: j, floor: floor)
      }
      phrase.role = phrase.role ?? role
      // (The words before an aside are read as those right before a cue are, and must open a
      // subject: not a list's last item or a preposition's object, `on gaming, taxes and
      // other issues, at both levels, said lobbyist …`. A name before an appositive is the
      // name, whatever role holds it.)
      guard aside != nil else { return phrase }
      let held = holder(of: phrase, floor: floor)
      let subject = relativeAntecedent(before: held, floor: floor) ?? held
      let before = subject.tokens.lowerBound - 1
      if before >= floor, tokens[before].kind == .word,
        Lexicon.coordinators.contains(tokens[before]) && before > floor || Lexicon.prepositions.contains(tokens[before])
      {
        return nil
      }
      return subject
    }
    // `an architect who said`, `Trump, who says`: the relative pronoun's antecedent.
    if Lexicon.personRelatives.contains(tokens[j]), j - 1 >= floor {
      let k = tokens[j - 1].isMark(",") ? j - 2 : j - 1
      if tokens[j - 1].is("of") || tokens[j].is("whom") {
        return k - 1 >= floor ? walkBack(from: k - 1, floor: floor) : nil  // `many of whom say`
      }
      return antecedent(ofRelativeAt: j, floor: floor)
    }
    // `the United States, which alleges`, `the council, which argues`: a body's (the cue
    // right after `which`, its subject: not `Florida, which Will claims affirmed …`).
    if tokens[j].is("which"), cue - j <= 2, !(j + 1..<cue).contains(where: { tokens[$0].isCapitalised }), j - 2 >= floor, tokens[j - 1].isMark(","),
      let body = walkBack(from: j - 2, floor: floor).flatMap({ bodyBeforeItsPlaceOrAgent($0, floor: floor) ?? (namesBody($0) ? $0 : nil) })
    {
      return body
    }
    guard let phrase = walkBack(from: j, floor: floor) else { return peopleBeforeNonSpeaker(endingAt: j, floor: floor) }
    return holder(of: phrase, floor: floor)
  }

  /// Whether the word at `p` is a preposition of where, after a name, a role's noun or a
  /// singular noun for people (or one opening the clause), that puts a place after the
  /// subject (`the China Times on | the island …`, `Nurses at | …`, `A nurse at | the …`,
  /// `A volunteer at | the …`).
  private func isPlaceAfterSubject(preposition p: Int, floor: Int) -> Bool {
    p - 1 >= floor && Lexicon.subjectPlacePrepositions.contains(tokens[p]) && tokens[p - 1].kind == .word
      && (tokens[p - 1].isCapitalised || tokens[p - 1].has(.roleNoun) || isSingularNounForPeople(p - 1) || opensClauseAsNoun(p - 1, floor: floor))
      && !tokens[p - 1].has(.capitalisedFunctionWord)
  }

  /// `Voters in many states said`, `Insiders in the next two states said`: the people a
  /// preposition ties words no one speaks as (`states`) to are the subject.
  private func peopleBeforeNonSpeaker(endingAt j: Int, floor: Int) -> NounPhrase? {
    var k = j
    while k > floor, j - k < 5, tokens[k].kind == .word, !tokens[k].isCapitalised, !Lexicon.prepositions.contains(tokens[k]) { k -= 1 }
    guard k > floor, k < j, tokens[k].kind == .word, Lexicon.prepositions.contains(tokens[k]), tokens[k - 1].kind == .word, Self.namesPeople(tokens[k - 1]),
      let people = walkBack(from: k - 1, floor: floor), case .role = people.head,
      // (Opening the clause: not a verb's object, `he had won the most votes in the states`.)
      people.tokens.lowerBound == floor || tokens[people.tokens.lowerBound - 1].isMark(",") || tokens[people.tokens.lowerBound - 1].mark.isDash
    else { return nil }
    return people
  }

  /// Whether a phrase names a body or a document by a name or its head noun (`the United
  /// States`, `the council`, `the report`), which `which` may stand for as a speaker.
  /// `a company in Ohio, which said`, `a report by the auditor, which said`: before `which`,
  /// a place or a person's role that a preposition ties to a body or a document is where the
  /// body is or who made the document; the body is what `which` stands for.
  private func bodyBeforeItsPlaceOrAgent(_ p: NounPhrase, floor: Int) -> NounPhrase? {
    // (The place inside the phrase, as a speaking noun's is read: `a company in Ohio`.)
    if case .role = p.head, let at = p.tokens.last(where: { Lexicon.placeNamePrepositions.contains(tokens[$0]) }), at > p.tokens.lowerBound,
      at + 1 < p.tokens.upperBound, isKnownPlace((at + 1)..<p.tokens.upperBound),
      let body = analyse(p.tokens.lowerBound..<at, fullEnd: at), case .role = body.head, namesBody(body)
    {
      return body
    }
    let preposition = p.tokens.lowerBound - 1
    guard preposition - 1 > floor, tokens[preposition].kind == .word, Lexicon.prepositions.contains(tokens[preposition]),
      isKnownPlace(p.tokens) || !namesBody(p) && Self.namesPeople(tokens[p.tokens.upperBound - 1]),
      let body = walkBack(from: preposition - 1, floor: floor), body.tokens.upperBound == preposition, case .role = body.head, namesBody(body)
    else { return nil }
    return body
  }

  private func namesBody(_ p: NounPhrase) -> Bool {
    switch p.head {
    case .name: return true
    case .role:
      let head = tokens[p.tokens.upperBound - 1]
      return head.has(.organisationHead) || head.has(.outletHead) || head.has(.documentNoun)
    case .pronoun: return false
    }
  }

  /// The subject a phrase found right before a cue (or its aside) belongs to.
  private func holder(of found: NounPhrase, floor: Int) -> NounPhrase {
    var phrase = found
    // (`The clerk of nearly | six years said`: the words that bound a count are its
    // phrase's, and what ties it to a role comes before them.)
    if case .role = phrase.head, isNumber(phrase.tokens.lowerBound) {
      let bound = quantityBoundStart(endingAt: phrase.tokens.lowerBound - 1, floor: floor)
      if bound < phrase.tokens.lowerBound, bound - 1 > floor, tokens[bound - 1].is("of") {
        let whole = bound..<phrase.tokens.upperBound
        phrase = NounPhrase(tokens: whole, range: span(whole), head: phrase.head, role: phrase.role)
      }
    }
    // `House Republicans supporting the bill have said`, `Residents living near the harbour
    // say`, `The part of the debate devoted to the harbour revealed`: a participle's object
    // (or the object of a preposition after it) is not the subject; the noun the participle
    // follows is. After a past participle, only a preposition's object (not an agent's, `a
    // report released by Brookings said`; not a clause's `when`), and the tagger may read it
    // as a past tense after a common noun (not `Ana tweeted after Lima said`).
    if let v = participle(before: phrase.tokens.lowerBound, floor: floor), let head = walkBack(from: v - 1, floor: floor) {
      phrase = head
    }
    // `Critics of the plan said`, `her rivals for the council seat have said`: a role's
    // object is not the subject; the role the preposition ties it to is, with its object —
    // and that role may be another's object in turn (`Two officials with knowledge of the
    // talks said`).
    // (A place its noun and `of` name is such an object too: `Residents of | the village of
    // Tal Hamra said`, `The mayor of | the town of Kellburg said`.)
    // (So is a pronoun in the object's case: `A source close to | him said`.)
    // (And a person's name, when the role is people around them: `Aides to | Lima said`,
    // `People close to | Lima said`.)
    for _ in 0..<3 {
      let place = isPlaceOfItsNoun(phrase), object = isObjectPronoun(phrase)
      let link = phrase.tokens.lowerBound - 1
      let mayBeAround = !phrase.isRole && !phrase.isPronoun && link > floor && (tokens[link].is("to") || tokens[link].is("of"))
      guard phrase.isRole || place || object || mayBeAround, let holder = roleHolder(of: phrase, floor: floor) else { break }
      // `Calgary mother of three | Tanya Okafor`: a count after the role's `of` ends the role
      // (no name follows a count in one phrase); the name holds it.
      if mayBeAround, tokens[link].is("of"), case .name(let name) = phrase.head, name.lowerBound - 1 == phrase.tokens.lowerBound, isNumber(name.lowerBound - 1) {
        let whole = holder.tokens.lowerBound..<phrase.tokens.upperBound
        var roleStart = whole.lowerBound
        while roleStart < name.lowerBound, tokens[roleStart].has(.determiner) { roleStart += 1 }
        return NounPhrase(tokens: whole, range: span(whole), head: .name(tokens: name), role: text(span(roleStart..<name.lowerBound)))
      }
      let namesItsPeople = mayBeAround && isPeopleAroundAPerson(holder, phrase)
      guard phrase.isRole || place || object || namesItsPeople else { break }
      let whole = holder.tokens.lowerBound..<phrase.tokens.upperBound
      if place || object || namesItsPeople {
        // (The people or the role speak, the place, the pronoun or the name says where or
        // whose: no name heads the whole.)
        let definite = !Lexicon.indefiniteDeterminers.contains(tokens[whole.lowerBound])
        phrase = NounPhrase(tokens: whole, range: span(whole), head: .role(definite: definite), role: nil)
      } else if let analysed = analyse(whole, fullEnd: whole.upperBound) {
        phrase = analysed
      } else {
        break
      }
    }
    return phrase
  }

  /// `Aides to | Lima`, `Allies of | Lima`, `a source close to | Lima`: people tied to a name
  /// with no organisation's word by `to` or `of`, who speak for themselves. (Those `for`
  /// someone speak for them, `a spokeswoman for Fiorina`, and a body's people for the body,
  /// `officials of the Harbour Authority`: the name says who speaks.)
  private func isPeopleAroundAPerson(_ holder: NounPhrase, _ name: NounPhrase) -> Bool {
    let link = name.tokens.lowerBound - 1
    guard link > holder.tokens.lowerBound, !startsOrganisation(name.tokens) else { return false }
    // (Not a name after the place or the noun the preposition takes: `ambassador to | Peru
    // Omar Bell`, `minister of | finance Ana Lima` are the role's holder.)
    if case .name(let run) = name.head, run.lowerBound > name.tokens.lowerBound,
      (name.tokens.lowerBound..<run.lowerBound).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].has(.title) && !tokens[$0].has(.determiner) })
    {
      return false
    }
    return Self.namesPeople(tokens[nounBefore(link, floor: holder.tokens.lowerBound)])
  }

  /// The noun before the preposition at `link`, past the adjective it goes with (`a source
  /// close | to`).
  private func nounBefore(_ link: Int, floor: Int) -> Int {
    link - 2 >= floor && isAdjectiveAfterNoun(link - 1) ? link - 2 : link - 1
  }

  /// `him`, `them`, `her` alone: a pronoun no verb can have for its subject.
  private func isObjectPronoun(_ phrase: NounPhrase) -> Bool {
    phrase.isPronoun && phrase.tokens.count == 1 && Lexicon.objectPronouns.contains(tokens[phrase.tokens.lowerBound])
      && !tokens[phrase.tokens.lowerBound].is("you")
  }

  /// `the village of Tal Hamra`, `the town of Kellburg`: a determiner, a lowercase place's
  /// noun and `of` before the name the phrase is headed by.
  private func isPlaceOfItsNoun(_ phrase: NounPhrase) -> Bool {
    guard case .name(let name) = phrase.head, name.lowerBound - 2 > phrase.tokens.lowerBound else { return false }
    return tokens[phrase.tokens.lowerBound].has(.determiner) && Self.followsPlacesNoun(name.lowerBound, tokens)
  }

  /// Whether the name at `k` follows a lowercase place's noun and `of` (`the town of |
  /// Kellburg`, `the province of | Limburg`): it is that place — as is every name of a list
  /// after the noun's plural (`the towns of Kellburg and | Tarrow`).
  static func followsPlacesNoun(_ k: Int, _ tokens: [Token]) -> Bool {
    var first = k
    // (A list's joiner by its word list, asked of a word: most names follow none.)
    while first >= 2, k - first < 12, tokens[first - 1].kind == .word ? Lexicon.coordinators.contains(tokens[first - 1]) : tokens[first - 1].isMark(",") {
      var j = first - 2
      guard tokens[j].kind == .word, tokens[j].isCapitalised else { return false }
      while j > 0, tokens[j - 1].kind == .word, tokens[j - 1].isCapitalised { j -= 1 }
      first = j
    }
    guard first >= 2, tokens[first - 1].is("of"), tokens[first - 2].kind == .word, !tokens[first - 2].isCapitalised else { return false }
    if first == k, Lexicon.placeNouns.contains(tokens[first - 2]) { return true }
    return Lexicon.singular(ofPlural: tokens[first - 2].lower).map(Lexicon.placeNouns.contains) ?? false
  }

  /// The participle after a noun that the phrase opening at `start` is the object of, when
  /// it is one: `supporting | the bill`, `living near | the harbour`, `speaking on condition
  /// of | anonymity` (a present participle may reach over prepositions and their objects),
  /// `representing more than | 1,400 workers` (over the words that make a number a bound).
  private func participle(before start: Int, floor: Int) -> Int? {
    var v = start - 1
    let preposition = v - 1 > floor && tokens[v].kind == .word && Lexicon.prepositions.contains(tokens[v])
    if preposition, isParticipleAfterNoun(v - 1, floor: floor), isPastParticipleBeforePreposition(v - 1) { return v - 1 }
    // (The words first, the tagger only when they bound something.)
    let bound = quantityBoundStart(endingAt: v, floor: floor)
    if bound <= v, tokens[start].kind == .word, isNumber(start) { v = bound - 1 }
    // Back over prepositions and the lowercase nouns and modifiers of their objects, to a
    // participle that the object or a preposition follows (not `remaining | rivals for`).
    let object = v + 1
    var sawPreposition = false
    while v - 1 > floor, start - v <= 8, tokens[v].kind == .word, !tokens[v].isCapitalised, !tokens[v].lower.endsWith("ing") {
      let isPreposition = Lexicon.prepositions.contains(tokens[v])
      guard isPreposition || sawPreposition && (tokens[v].has(.determiner) || tag(v).map { $0.isNoun || $0.isAdjective } == true) else { break }
      sawPreposition = sawPreposition || isPreposition
      v -= 1
    }
    guard v - 1 >= floor, v + 1 == object || Lexicon.prepositions.contains(tokens[v + 1]), tokens[v].kind == .word, tokens[v].lower.endsWith("ing"),
      tag(v) == .vbg, isParticipleAfterNoun(v, floor: floor)
    else { return nil }
    return v
  }

  /// Whether the word at `v` comes right after a noun (the one its participle qualifies).
  private func isParticipleAfterNoun(_ v: Int, floor: Int) -> Bool { v - 1 >= floor && tokens[v].kind == .word && tag(v - 1)?.isNoun == true }

  /// The comma before a state or country the gazetteer knows (a word or two) that ends at
  /// `j`, after a capitalised town that `of`, `from` or `in` follows a word before (`… of
  /// Columbia, | South Carolina`); nil otherwise.
  private func regionAfterTown(endingAt j: Int, floor: Int) -> Int? {
    guard let comma = (max(floor, j - 2)..<j).last(where: { tokens[$0].isMark(",") }), comma + 1 <= j,
      tokens[(comma + 1)...j].allSatisfy({ $0.kind == .word && $0.isCapitalised }), Lexicon.isPlaceName(tokens[(comma + 1)...j].map(\.bare)),
      comma - 2 >= floor, tokens[comma - 1].kind == .word, tokens[comma - 1].isCapitalised
    else { return nil }
    let town = tokens[comma - 2].kind == .word && tokens[comma - 2].isCapitalised ? comma - 2 : comma - 1
    guard town - 2 >= floor, Lexicon.placeNamePrepositions.contains(tokens[town - 1]), tokens[town - 2].kind == .word else { return nil }
    return comma
  }

  /// The words from `k` to a closing comma that a comma before sets off as part of the name
  /// before it: a name's letters (`, QC,`, `, MP,`) or a town's state (`Salem, OR,`,
  /// `Salem, Ore.,`); nil when there are none.
  func setOffNameSuffix(at k: Int) -> Range<Int>? {
    guard k >= 1, k + 1 < tokens.count, tokens[k - 1].isMark(","), tokens[k].kind == .word, tokens[k + 1].isMark(",") || tokens[k + 1].isMark("."),
      tokens[k].hasCapital
    else { return nil }
    let state = Lexicon.state(abbreviated: tokens[k].text) != nil
    guard state || Lexicon.postNominals.contains(tokens[k]) else { return nil }
    let end = state && tokens[k + 1].isMark(".") ? k + 2 : k + 1
    return end < tokens.count && tokens[end].isMark(",") ? k..<end : nil
  }

  /// Where a share of the group whose phrase starts at `k` starts: a number or a quantifier
  /// and `of` before it, with their article (`one of | the marchers`, `a majority of | her
  /// backers`, `some of | us`); nil with none.
  private func shareStart(before k: Int, floor: Int) -> Int? {
    guard k - 2 >= floor, tokens[k - 1].is("of"), tokens[k - 2].kind == .word, Lexicon.quantifierSubjects.contains(tokens[k - 2]) || tag(k - 2) == .cd
    else { return nil }
    return k - 3 >= floor && Lexicon.articles.contains(tokens[k - 3]) ? k - 3 : k - 2
  }

  /// `more than | 1,400`, `at least | 30`, `nearly | 200`: the first of the words before a
  /// number that bound it (or `k + 1` when none do).
  private func quantityBoundStart(endingAt k: Int, floor: Int) -> Int {
    guard k >= floor, tokens[k].kind == .word else { return k + 1 }
    if Lexicon.quantityBounds.contains(tokens[k]) { return k }
    if k - 1 >= floor, Lexicon.twoWordBoundEnds.contains(tokens[k]), Lexicon.twoWordBoundStarts.contains(tokens[k - 1]) { return k - 1 }
    return k + 1
  }

  /// `devoted | to`, `posted | on`: the word at `v` is a past participle (or a past tense the
  /// tagger misread after a common noun) and the word after it a preposition — an agent's
  /// `by` only after a noun of people (`councillors led by Ana Lima`), whose leader speaks
  /// no more than they do; a document's agent is its source (`a report released by Brookings`).
  private func isPastParticipleBeforePreposition(_ v: Int) -> Bool {
    let agent = tokens[v + 1].is("by")
    return (!agent || Self.namesPeople(tokens[v - 1])) && (tag(v + 1) == .in || tag(v + 1) == .to)
      && (tokens[v].lower.endsWith("ed") || agent && tag(v) == .vbn)
      && (tag(v) == .vbn || tag(v) == .vbd && (tag(v - 1) == .nn || tag(v - 1) == .nns))
  }

  /// The phrase before `who` when `object` follows the relative clause's verb (`Democrats
  /// in Iowa | who watched | the debate`), an adverb or auxiliary between them allowed —
  /// or, further into the clause, past its verb (`Some voters | who have listened to | the
  /// mayor`, `People | who know | Ana Lima`), the people or body the clause belongs to, a
  /// noun phrase with no name or verb (not `Jupiter, Florida | who were voting in …`). Never
  /// for a subordinate clause's own subject (`the congressman who gained attention when |
  /// he | yelled`), though past an object inside one (`The judges | who ruled that Texas
  /// could not implement | their laws`), nor for a pronoun.
  private func relativeAntecedent(before object: NounPhrase, floor: Int) -> NounPhrase? {
    var v = object.tokens.lowerBound - 1
    // (Right after `who`, a phrase in lower case opens with the clause's verb, whatever it
    // was read as: `Economists who study income programs said`; after `whom` it is the
    // clause's subject, `whom one insider described as …`.)
    if v > floor, tokens[v].is("who"), !tokens[v + 1].hasCapital, case .role = object.head,
      let antecedent = antecedent(ofRelativeAt: v, floor: floor)
    {
      return antecedent
    }
    // The object's own article and time words (`the Saturday debate`).
    while v > floor, tokens[v].kind == .word, Lexicon.articles.contains(tokens[v]) || Lexicon.timeNouns.contains(tokens[v]) { v -= 1 }
    // (And the preposition after the clause's verb: `A deckhand who testified before | the
    // court said`, `a pilot who works on | the ferry said` — where the object is a whole
    // phrase, not the owner of a noun after it, `riders who answered | Lima's call`.)
    if v - 2 > floor, tokens[v].kind == .word, Lexicon.prepositions.contains(tokens[v]), tokens[v - 1].kind == .word, !tokens[v - 1].isCapitalised,
      (max(floor, v - 4)..<(v - 1)).contains(where: { Lexicon.personRelatives.contains(tokens[$0]) }),
      case let last = tokens[object.tokens.upperBound - 1], !last.endsInApostropheS, !last.isApostrophe, object.tokens.upperBound < tokens.count,
      tokens[object.tokens.upperBound].kind == .word, tag(object.tokens.upperBound)?.isVerb == true
    {
      v -= 1
    }
    // `who` is looked for before the tagger is asked: most subjects have none before them.
    if v - 1 > floor, tokens[v].kind == .word, !tokens[v].isCapitalised,
      (max(floor, v - 3)..<v).contains(where: { Lexicon.personRelatives.contains(tokens[$0]) }), tag(v)?.isVerb == true
    {
      let verb = v
      v -= 1
      while v > floor, verb - v <= 2, tokens[v].kind == .word, Lexicon.auxiliaries.contains(tokens[v]) || tag(v) == .rb { v -= 1 }
      if Lexicon.personRelatives.contains(tokens[v]), let antecedent = antecedent(ofRelativeAt: v, floor: floor) {
        // `Democrats in Iowa who …`: the people before the place are the antecedent.
        let p = antecedent.tokens.lowerBound - 1
        if p - 1 >= floor, Lexicon.subjectPlacePrepositions.contains(tokens[p]), case .name = antecedent.head,
          let people = walkBack(from: p - 1, floor: floor)
        {
          return people
        }
        return antecedent
      }
    }
    return clauseOwner(before: object, floor: floor)
  }

  /// The mark that opens an aside closed by the comma or dash at `close` before a cue: the
  /// same mark after a lowercase noun (or, `afterRelative`, a relative pronoun), at most a
  /// dozen words between with no verb or quote — opened by a preposition, `and` between
  /// dashes (between commas it goes on with a list), or a list of names (`on radio or at
  /// town halls`, `— and two-thirds of those in Truro —`, `Truro and Bedford`).
  private func asideOpening(closing close: Int, floor: Int, afterRelative: Bool = false) -> Int? {
    let isDash = tokens[close].mark.isDash
    guard let open = (max(floor, close - 13)..<close).last(where: { isDash ? tokens[$0].mark.isDash : tokens[$0].isMark(",") }),
      open - 1 >= floor, open + 1 < close, tokens[open - 1].kind == .word,
      afterRelative ? Lexicon.personRelatives.contains(tokens[open - 1]) : !tokens[open - 1].isCapitalised && tag(open - 1)?.isNoun == true,
      (open + 1..<close).allSatisfy({ tokens[$0].kind == .word && tokens[$0].quote == nil && tag($0)?.isVerb != true })
    else { return nil }
    let first = tokens[open + 1]
    // (A list, not one name: `the spokesman, Josh Earnest, said` names the spokesman. Not a
    // list of people's full names, which are the subject: `Two objectors, Lawrence Joyce and
    // William Graham, argued`.)
    let names = (open + 1..<close).allSatisfy { tokens[$0].isCapitalised || tokens[$0].is("and") } && (open + 1..<close).contains { tokens[$0].is("and") }
      && peoplesNames(open + 1..<close) == nil
    return Lexicon.prepositions.contains(first) || isDash && first.is("and") || names ? open : nil
  }

  /// `Two objectors, Lawrence Joyce and William Graham,`: the first of the people's names set
  /// off by commas after a role (which it takes), up to `limit`.
  func namesApposed(to role: NounPhrase, floor: Int, limit: Int) -> NounPhrase? {
    let open = role.tokens.upperBound
    guard case .role = role.head, open < limit, tokens[open].isMark(","),
      let close = (open + 1..<limit).first(where: { tokens[$0].isMark(",") }), let first = peoplesNames(open + 1..<close),
      var phrase = analyse(first, fullEnd: first.upperBound), case .name = phrase.head
    else { return nil }
    phrase.role = roleText(role, floor: floor)
    return phrase
  }

  /// `Lawrence Joyce and William Graham`: the first of two or more full names joined by
  /// `and`, each opening with a given name (not `Nevada and South Carolina`).
  private func peoplesNames(_ range: Range<Int>) -> Range<Int>? {
    let conjuncts = tokens[range].indices.split(whereSeparator: { tokens[$0].is("and") })
    guard conjuncts.count >= 2, conjuncts.count == tokens[range].filter({ $0.is("and") }).count + 1,
      conjuncts.allSatisfy({ $0.count >= 2 && $0.count <= 4 && Lexicon.isGivenName(tokens[$0.first!]) && $0.allSatisfy { tokens[$0].isCapitalised || tokens[$0].has(.nameParticle) } }),
      let first = conjuncts.first
    else { return nil }
    return first.startIndex..<first.endIndex
  }

  /// The far case of `relativeAntecedent`: a role with no verb before the clause's `who`
  /// or `which` (or a pronoun the clause describes, `those who`), up to fourteen words
  /// before the object, and a verb of the clause before the object (from a name itself: the
  /// words before it may have been read as its role, `know Ana Lima`).
  private func clauseOwner(before object: NounPhrase, floor: Int) -> NounPhrase? {
    let start: Int
    switch object.head {
    case .pronoun: return nil
    case .name(let name): start = name.lowerBound
    case .role: start = object.tokens.lowerBound
    }
    // The relative pronoun first, by its spelling: the tagger is asked only when there is one.
    var j = start - 1
    while j > floor, start - j <= 14, tokens[j].kind == .word, tokens[j].quote == nil, !Lexicon.relativePronouns.contains(tokens[j]), !opensRelativeAfterNoun(j) { j -= 1 }
    guard j > floor, tokens[j].kind == .word, Lexicon.relativePronouns.contains(tokens[j]) || opensRelativeAfterNoun(j) else { return participleOwner(before: start, floor: floor) }
    var sawVerb = false
    for k in stride(from: start - 1, to: j, by: -1) where !sawVerb {
      if Lexicon.circumstanceSubordinators.contains(tokens[k]) || tokens[k].is("that") || tokens[k].is("if") { return nil }
      sawVerb = tag(k)?.isVerb == true
    }
    guard sawVerb else { return nil }
    // (`Even those who have sketched out paths for Mr. Rubio to win the nomination
    // acknowledge …`: the pronoun the clause describes.)
    if Lexicon.relativeHeads.contains(tokens[j - 1]) { return antecedent(ofRelativeAt: j, floor: floor) }
    guard tokens[j - 1].kind == .word, tag(j - 1)?.isNoun == true,
      let antecedent = walkBack(from: j - 1, floor: floor), antecedent.tokens.upperBound == j,
      !antecedent.tokens.contains(where: { tag($0)?.isVerb == true })
    else { return nil }
    if antecedent.isRole { return antecedent }
    // (`Riders who spoke to …`: a plural common noun capitalised to open the sentence.)
    guard antecedent.tokens.count == 1, tag(j - 1) == .nns else { return nil }
    return NounPhrase(tokens: antecedent.tokens, range: antecedent.range, head: .role(definite: false), role: nil)
  }

  /// `The company that | owns`: `that` between a common noun and a finite verb opens a
  /// relative clause (after a verb it opens a claim, `said that`; before a noun it is a
  /// determiner, `that plan`). Looser than `SentenceCursor.isRelativeThat`, which also wants
  /// the tagger's relative pronoun and misses this one.
  private func opensRelativeAfterNoun(_ j: Int) -> Bool {
    guard tokens[j].is("that"), j + 1 < tokens.count, tokens[j - 1].kind == .word, !tokens[j - 1].isCapitalised else { return false }
    return tag(j - 1)?.isNoun == true && tag(j + 1)?.isFiniteVerb == true
  }

  /// `The state officials whose laws were invalidated say`, `A lawyer who asked not to be
  /// named said`: a relative clause, no commas round it, that ends in its own verb right
  /// before the cue (not `whose group does not endorse`, where the cue is that verb); the
  /// phrase it describes is the cue's subject.
  private func relativeClauseOwner(endingBefore cue: Int, floor: Int) -> NounPhrase? {
    // (Nor a passive's `been` before it: `who has been mentioned as …` is no cue's clause.)
    guard cue - 1 > floor, tokens[cue - 1].kind == .word, !Lexicon.auxiliaries.contains(tokens[cue - 1]), !Lexicon.beForms.contains(tokens[cue - 1]),
      tag(cue - 1)?.isVerb == true
    else { return nil }
    var j = cue - 2
    while j > floor, cue - j <= 10, tokens[j].kind == .word, tokens[j].quote == nil, !Lexicon.personOrOwnerRelatives.contains(tokens[j]) { j -= 1 }
    guard j > floor, tokens[j].kind == .word, Lexicon.personOrOwnerRelatives.contains(tokens[j]), let antecedent = antecedent(ofRelativeAt: j, floor: floor) else { return nil }
    // (Its role's, where a preposition ties it to one: `A lawyer for | the council who …`.)
    return holder(of: antecedent, floor: floor)
  }

  /// `Democrats trying to win the council say`: the object of a participle that describes a
  /// plural right before it (no comma, no finite verb between) is not the subject; the
  /// plural is. (Not a participle that works as a preposition: `Republicans including Lima`.)
  private func participleOwner(before start: Int, floor: Int) -> NounPhrase? {
    var j = start - 1
    while j > floor, start - j <= 8, tokens[j].kind == .word, tokens[j].quote == nil, !tokens[j].lower.endsWith("ing") { j -= 1 }
    // (The tagger last: a plural before it is asked of the word's letters first.)
    guard j > floor, tokens[j].kind == .word, tokens[j].lower.endsWith("ing"), !Lexicon.prepositionalParticiples.contains(tokens[j]),
      tokens[j - 1].kind == .word, tokens[j - 1].lower.endsWith("s"), tag(j) == .vbg,
      tag(j - 1) == .nns || tag(j - 1) == .nnps, !(j + 1..<start).contains(where: { tag($0)?.isFiniteVerb == true }),
      let owner = walkBack(from: j - 1, floor: floor), owner.tokens.upperBound == j
    else { return nil }
    return owner
  }

  /// `released a statement that said …`, `cited a poll which found …`: a record (a
  /// document, a finding or words said) right before the relative `that` or `which` that
  /// opens the cue's clause is the cue's subject.
  func recordBeforeRelative(of cue: Int, floor: Int) -> NounPhrase? {
    let j = cue - 1
    guard j - 1 > floor, Lexicon.thingRelatives.contains(tokens[j]), tokens[j - 1].kind == .word, !tokens[j - 1].isCapitalised,
      tokens[j - 1].has(.documentNoun) || tokens[j - 1].has(.speechNoun) || Lexicon.evidenceNouns.contains(tokens[j - 1]),
      let record = walkBack(from: j - 1, floor: floor), case .role = record.head
    else { return nil }
    return record
  }

  /// `a lawyer whose firm won but who said`, `Bell, who ran the port, and who argued`: the
  /// relative pronoun of an earlier relative clause (within 20 words) that a coordinator
  /// before the one at `j` joins it to — the two have one antecedent.
  private func earlierRelative(joinedAt j: Int, floor: Int) -> Int? {
    let c = j - 1
    guard c > floor, tokens[c].kind == .word, Lexicon.coordinators.contains(tokens[c]) else { return nil }
    return (max(floor + 1, c - 20)..<c).last { k in
      tokens[k].kind == .word && tokens[k].quote == nil && Lexicon.personOrOwnerRelatives.contains(tokens[k])
    }
  }

  /// `A deckhand who lives nearby, | who …`: the relative pronoun of a clause with no commas
  /// and a verb of its own that ends at `end`, before a second relative clause's comma,
  /// which then describes the same person. Not when the clause ends in a name or a noun for
  /// people (`voters who backed Ana Lima, who …`): the second may describe those.
  private func restrictiveRelative(endingAt end: Int, floor: Int) -> Int? {
    guard end > floor, tokens[end].kind == .word, !tokens[end].isCapitalised else { return nil }
    var r = end - 1
    while r > floor, end - r < 10, tokens[r].kind == .word, tokens[r].quote == nil, !Lexicon.personRelatives.contains(tokens[r]) { r -= 1 }
    guard r > floor, tokens[r].kind == .word, Lexicon.personRelatives.contains(tokens[r]), (r + 1...end).contains(where: { tag($0)?.isVerb == true }),
      tag(end)?.isNoun != true || walkBack(from: end, floor: floor).map(namesThing) ?? true
    else { return nil }
    return r
  }

  /// The phrase the relative pronoun at `j` stands for (`an architect | who`, `Trump, | who`).
  func antecedent(ofRelativeAt j: Int, floor: Int) -> NounPhrase? {
    if let earlier = earlierRelative(joinedAt: j, floor: floor) { return antecedent(ofRelativeAt: earlier, floor: floor) }
    if j - 2 >= floor, tokens[j - 1].isMark(","), let first = restrictiveRelative(endingAt: j - 2, floor: floor) { return antecedent(ofRelativeAt: first, floor: floor) }
    let k = j - 1 >= floor && tokens[j - 1].isMark(",") ? j - 2 : j - 1
    guard k >= floor else { return nil }
    // `Those who attended said`, `many of those who …`, `27 percent of those who …`: the
    // pronoun the clause describes, with the share of it that spoke.
    if tokens[k].kind == .word, Lexicon.relativeHeads.contains(tokens[k]) {
      var start = k
      if k - 2 >= floor, tokens[k - 1].is("of") {
        if Lexicon.quantifierSubjects.contains(tokens[k - 2]) {
          start = k - 2
        } else if Lexicon.shareNouns.contains(tokens[k - 2]), let share = walkBack(from: k - 2, floor: floor) {
          start = share.tokens.lowerBound
        }
      }
      return NounPhrase(tokens: start..<(k + 1), range: span(start..<(k + 1)), head: .role(definite: true), role: nil)
    }
    guard let phrase = walkBack(from: k, floor: floor) else { return nil }
    // `A member of the Harbour Pilots Association who …`: a body's name is no one `who` stands for;
    // the role a preposition ties it to is, whatever the lists know of its noun (not a
    // document's) — where the role is set off after a name, the name is, as below.
    if case .name(let name) = phrase.head, [.organisation, .outlet].contains(NameClassifier.kind(of: tokens[name].wordTokens)),
      let holder = roleHolder(of: phrase, floor: floor), case .role = holder.head, let noun = headNoun(of: holder),
      !tokens[noun].has(.documentNoun), !tokens[noun].has(.organisationHead), holder.tokens.lowerBound == floor || !tokens[holder.tokens.lowerBound - 1].isMark(",")
    {
      let whole = holder.tokens.lowerBound..<phrase.tokens.upperBound
      return NounPhrase(tokens: whole, range: span(whole), head: holder.head, role: nil)
    }
    // `Bell says to Lima on camera, who responds …`: a bare singular noun after a
    // preposition says how or where (`on camera`, `by phone`, `at home`), no one `who` can
    // stand for; the phrase before the preposition is.
    if phrase.tokens.count == 1, let k = phrase.tokens.first, tokens[k].kind == .word, !tokens[k].isCapitalised, tag(k) == .nn,
      k - 2 >= floor, tokens[k - 1].kind == .word, Lexicon.prepositions.contains(tokens[k - 1]),
      let before = walkBack(from: k - 2, floor: floor), before.tokens.upperBound == k - 1
    {
      return before
    }
    if let subject = subjectOfPredicate(phrase, floor: floor) { return subject }
    if let named = nameBeforeRoles(phrase, floor: floor) { return named }
    // `Nicky Driscoll, 24, from Salem, who said`, `Alan Berger, a gynecologist from
    // Englewood, New Jersey, who said`: a place set off as where someone is from (a town
    // before its state or country too) is theirs; the name before it is who said.
    var p = phrase.tokens.lowerBound - 1
    if p - 1 > floor, tokens[p].isMark(","), tokens[p - 1].kind == .word, tokens[p - 1].isCapitalised {
      var town = p - 1
      while town - 1 > floor, p - town < 3, tokens[town - 1].kind == .word, tokens[town - 1].isCapitalised { town -= 1 }
      if Lexicon.placeNamePrepositions.contains(tokens[town - 1]) { p = town - 1 }
    }
    if case .name = phrase.head, p - 1 > floor, Lexicon.placeNamePrepositions.contains(tokens[p]),
      tokens[p - 1].isMark(",") || tokens[p - 1].kind == .word && !tokens[p - 1].isCapitalised,
      var person = lastSubject(before: p, floor: floor)
    {
      // `Alan Berger, a gynecologist from …`: past the role set off after the name.
      if case .role = person.head, person.tokens.lowerBound - 1 > floor, tokens[person.tokens.lowerBound - 1].isMark(","),
        let named = lastSubject(before: person.tokens.lowerBound - 1, floor: floor)
      {
        person = named
      }
      if case .name = person.head { return person }
      // `A nurse in Leeds, who …`, `an engineer from Salem, who …`: the role before where
      // they are (not `the endorsement of Sen. Gordon Humphrey, who …`).
      if case .role = person.head, tokens[p].is("in") || tokens[p].is("from") { return person }
    }
    return phrase
  }

  /// `Rep. Dana Ruiz (D-Tex.), a Clinton endorser who said`, `Lionel Sosa, a media
  /// consultant and an influential Republican who said`: a role set off by a comma after a
  /// name, or the second of two joined by `and`, each with its article, is the name's
  /// (`Harold Doley, a banker and former official who …` is one role, found as such).
  private func nameBeforeRoles(_ last: NounPhrase, floor: Int) -> NounPhrase? {
    guard case .role = last.head, Lexicon.indefiniteArticles.contains(tokens[last.tokens.lowerBound]) else { return nil }
    var first = last
    let and = last.tokens.lowerBound - 1
    if and - 1 > floor, tokens[and].is("and"), let earlier = walkBack(from: and - 1, floor: floor), case .role = earlier.head,
      earlier.tokens.upperBound == and, Lexicon.indefiniteArticles.contains(tokens[earlier.tokens.lowerBound])
    {
      first = earlier
    }
    let comma = first.tokens.lowerBound - 1
    guard comma - 1 >= floor, tokens[comma].isMark(","), case let end = beforeParenthesis(comma - 1, floor: floor), end >= floor,
      var name = walkBack(from: end, floor: floor), case .name = name.head, name.tokens.upperBound == end + 1,
      // (Not a preposition's object, in a phrase of where or when set off before the
      // sentence's subject: `At the town hall in Hanoi, a young woman who …`.)
      name.tokens.lowerBound == floor || !Lexicon.prepositions.contains(tokens[name.tokens.lowerBound - 1])
    else { return nil }
    name.role = name.role ?? text(span(first.tokens.lowerBound..<last.tokens.upperBound))
    return name
  }

  /// `Okafor is a former mayor who says …`, `Lima is a serial liar, rampant xenophobe and
  /// birther who has pledged …`: a role after `is`/`was` (a list of them too) describes the
  /// named subject, who is the relative clause's antecedent.
  private func subjectOfPredicate(_ role: NounPhrase, floor: Int) -> NounPhrase? {
    guard case .role = role.head else { return nil }
    var b = role.tokens.lowerBound - 1
    while b > floor, role.tokens.lowerBound - b < 16, tokens[b].isMark(",") || tokens[b].kind == .word && !Lexicon.beForms.contains(tokens[b]) && tag(b).map({ !$0.isVerb }) == true {
      b -= 1
    }
    guard b > floor, tokens[b].kind == .word, tokens[b].is("is") || tokens[b].is("was") else { return nil }
    // (`Lima regularly stirs anger and is …`: the sentence's subject has both verbs — after a
    // label's colon, `Editor's note: Lima …`.)
    let opening = (floor..<b).last { tokens[$0].isMark(":") } ?? floor - 1
    let subject = tokens[b - 1].is("and") ? phrase(after: opening, limit: b) : lastSubject(before: b, floor: floor)
    guard let subject, case .name = subject.head, tokens[b - 1].is("and") || subject.tokens.upperBound == b else { return nil }
    return subject
  }

  /// The first word of a list of capitalised names with a separator at `separator` (`Kano, |
  /// Jos and Lagos`, `Lagos | and Abuja`): names of up to three words between commas, `and`, `or`.
  private func placeListStart(separator: Int, floor: Int) -> Int? {
    var k = separator
    var first: Int? = nil
    while k - 1 >= floor, separator - k < 16, tokens[k].isMark(",") || tokens[k].is("and") || tokens[k].is("or") {
      // `Kano, Jos, and Lagos`: the comma before the conjunction.
      if tokens[k].kind == .word, k - 2 >= floor, tokens[k - 1].isMark(",") { k -= 1 }
      var word = k - 1
      while word >= floor, k - word <= 3, tokens[word].kind == .word, tokens[word].isCapitalised, !tokens[word].has(.capitalisedFunctionWord) { word -= 1 }
      guard word < k - 1 else { break }
      first = word + 1
      k = word
    }
    return first
  }

  /// Words the place lexicons know as a place (`Nigeria`, `New Mexico`).
  private func isKnownPlace(_ r: Range<Int>) -> Bool {
    tokens[r].allSatisfy { $0.has(.place) } || Lexicon.isPlaceName(tokens[r].map(\.bare))
  }

  /// `The Globe and Mail`: `and` at `k` between two words of outlets' names.
  private func joinsOutletWords(at k: Int, limit: Int) -> Bool {
    tokens[k].is("and") && tokens[k - 1].has(.outletHead) && k + 1 < limit && tokens[k + 1].isCapitalised && tokens[k + 1].has(.outletHead)
  }

  /// The token before the parenthesis that closes at `j` (`Perdue (R-Ga.)`), or `j`.
  private func beforeParenthesis(_ j: Int, floor: Int) -> Int {
    guard j > floor, tokens[j].isMark(")"), let open = (max(floor, j - 12)..<j).last(where: { tokens[$0].isMark("(") }), open > floor else { return j }
    return open - 1
  }

  /// The first token of a time or medium adjunct that ends at `j` and sits between a
  /// subject and its cue: `on Wednesday`, `last week`, `earlier this month`, `today`,
  /// `in a statement`. Nil when the words there are something else.
  private func adjunctStart(endingAt j: Int, floor: Int) -> Int? {
    let t = tokens[j]
    guard t.kind == .word else { return nil }
    if Lexicon.timeNouns.contains(t) {
      var k = j
      while k - 1 >= floor, j - k < 3, tokens[k - 1].kind == .word,
        Lexicon.isTimePhraseWord(tokens[k - 1])
      {
        k -= 1
      }
      // (`The deckhand of nearly four years said`: after a person's noun and `of`, a length of
      // time is the person's — not `over the last couple of weeks`.)
      var p = k - 1
      while p > floor, k - p <= 3, tokens[p].kind == .word, tag(p).map({ $0 == .cd || $0 == .rb || $0 == .jjr || $0 == .in && !tokens[p].is("of") }) == true {
        p -= 1
      }
      if p > floor, tokens[p].is("of"), tokens[p - 1].kind == .word, Self.namesPeople(tokens[p - 1]) { return nil }
      return k > floor ? k : nil
    }
    // `in a statement`, `in an interview`, `in a tweet`.
    if t.has(.speechNoun) || t.has(.documentNoun), j - 2 > floor, Lexicon.mediumOpeners.contains(tokens[j - 1]), tokens[j - 2].is("in") {
      return j - 2
    }
    // `a study in the journal Nature`, `a report published Wednesday in Science`: where a
    // document appeared, after its noun (and its participle and time).
    if t.isCapitalised, let inAt = (max(floor, j - 6)..<j).last(where: { tokens[$0].is("in") }),
      (inAt + 1...j).allSatisfy({ tokens[$0].kind == .word && (tokens[$0].isCapitalised || Lexicon.articles.contains(tokens[$0]) || Lexicon.outletNouns.contains(tokens[$0].bare)) })
    {
      var k = inAt - 1
      while k > floor, inAt - k <= 3, tokens[k].kind == .word, !tokens[k].has(.documentNoun) || tokens[k].isCapitalised,
        Lexicon.timeNouns.contains(tokens[k]) || Lexicon.timeOpeners.contains(tokens[k]) || tag(k) == .vbn
      {
        k -= 1
      }
      if k >= floor, k < inAt, tokens[k].kind == .word, !tokens[k].isCapitalised, tokens[k].has(.documentNoun) { return k + 1 }
    }
    return nil
  }

  /// `Just over a quarter, 26 percent, say`: a number set off between commas restates the
  /// share before it, which is the subject (or the number, where the share is no phrase).
  private func shareBetweenCommas(endingAt comma: Int, floor: Int) -> NounPhrase? {
    guard comma - 1 > floor, let share = walkBack(from: comma - 1, floor: floor), share.tokens.lowerBound - 1 > floor,
      tokens[share.tokens.lowerBound - 1].isMark(","), isNumber(share.tokens.lowerBound)
    else { return nil }
    return walkBack(from: share.tokens.lowerBound - 2, floor: floor).map { holder(of: $0, floor: floor) } ?? share
  }

  private func nameBetweenCommas(endingAt comma: Int, floor: Int) -> NounPhrase? {
    // `Two objectors, Lawrence Joyce and William Graham, said`: the first of the names.
    if let open = (max(floor, comma - 12)..<comma).last(where: { tokens[$0].isMark(",") }), open - 1 >= floor,
      let role = walkBack(from: open - 1, floor: floor), let first = namesApposed(to: role, floor: floor, limit: comma + 1)
    {
      return first
    }
    guard let open = (max(floor, comma - 6)..<comma).last(where: { tokens[$0].isMark(",") }), open + 1 < comma,
      (open + 1..<comma).allSatisfy({ tokens[$0].kind == .word && (tokens[$0].isCapitalised || tokens[$0].has(.nameParticle)) })
    else { return nil }
    if let owner = relativeOwner(pastRegionEndingAt: comma, floor: floor) { return owner }
    // `Farmers in Kano, Nigeria, said`: a region after a town says where, not who.
    if isKnownPlace(open + 1..<comma), isPlaceContinuation(comma: open, end: comma) {
      return walkBack(from: open - 1, floor: floor)
    }
    guard var phrase = analyse(open + 1..<comma, fullEnd: comma), case .name = phrase.head else { return nil }
    if let before = walkBack(from: open - 1, floor: floor) { phrase.role = roleText(before, floor: floor) }
    return phrase
  }

  /// `Ana Lima, who was to travel to Columbus, Ohio, said`: a region after a town, set off by
  /// commas, that closes a relative clause opened by a comma says where the clause's
  /// antecedent went, not who speaks: the antecedent does.
  private func relativeOwner(pastRegionEndingAt comma: Int, floor: Int) -> NounPhrase? {
    guard let open = (max(floor, comma - 4)..<comma).last(where: { tokens[$0].isMark(",") }), open + 1 < comma, open - 1 >= floor,
      tokens[open - 1].isCapitalised, isKnownPlace(open + 1..<comma),
      let who = (max(floor + 1, open - 20)..<open).last(where: { Lexicon.personRelatives.contains(tokens[$0]) && tokens[$0 - 1].isMark(",") })
    else { return nil }
    return antecedent(ofRelativeAt: who, floor: floor)
  }

  /// `The transport minister, Daniel Osei, resigned`: the role a name set between commas
  /// stands in apposition to, when that role is the sentence's opening phrase and names
  /// people (not a list's first item mid-sentence, `met the mayor, Ana Lima, Tom Reyes …`),
  /// and not one picked from a set (`One candidate, Ana Lima, …` says little of her); with
  /// the kind of name its head says (`The firm, SNC-Halifax,`: a company).
  func roleApposed(to run: Range<Int>, in sentence: Range<Int>) -> (role: String, kind: NameClassifier.Kind?)? {
    guard run.lowerBound - 2 > sentence.lowerBound, run.upperBound < sentence.upperBound, tokens[run.lowerBound - 1].isMark(","),
      tokens[run.upperBound].isMark(","), let object = walkBack(from: run.lowerBound - 2, floor: sentence.lowerBound),
      case .role = object.head,
      // (`The company behind the tool, Scribewell,`: the role a preposition ties the phrase
      // before the commas to says what the name is.)
      case let before = roleHolder(of: object, floor: sentence.lowerBound) ?? object,
      before.tokens.lowerBound == sentence.lowerBound, !namesThing(before), !Lexicon.setMembers.contains(tokens[before.tokens.lowerBound]),
      // (`Farmers in Kano, Nigeria, said`: a region after a town says where, not who.)
      !(isKnownPlace(run) && isPlaceContinuation(comma: run.lowerBound - 1, end: run.upperBound)),
      role(of: before.tokens) != nil
    else { return nil }
    return (roleText(object, floor: sentence.lowerBound), kind(ofRole: before.tokens))
  }

  /// The text of a role before a name: from the role noun a preposition ties the phrase to
  /// (`A lawyer for | the port, Ana Lima,`), or from the phrase itself, to the phrase's end.
  private func roleText(_ phrase: NounPhrase, floor: Int) -> String {
    text(TextRange((roleHolder(of: phrase, floor: floor)?.range ?? phrase.range).start, phrase.range.end))
  }

  /// The role a preposition ties `object` to (`A lawyer` for the port, `Critics` of the
  /// plan, `an aide` to the mayor): a phrase of no name whose last word is a noun.
  private func roleHolder(of object: NounPhrase, floor: Int) -> NounPhrase? {
    // (`Lawmakers from both parties`: past a plural's determiner the walk stopped at.)
    let before = object.tokens.lowerBound - 1
    let p = before > floor && tokens[before].kind == .word && Lexicon.pluralDeterminers.contains(tokens[before]) ? before - 1 : before
    // `Experts on the harbour and coastal shipping`: the second of a preposition's objects
    // has the first one's holder (found by the walk back itself when the preposition puts a
    // place after a subject).
    // (Not a clause's verb before the conjunction: `the agency declined to comment and aides said`.)
    if p - 1 > floor, tokens[p].is("and") || tokens[p].is("or"), tag(p - 1)?.isNoun == true, let first = walkBack(from: p - 1, floor: floor),
      case .role = first.head
    {
      if first.tokens.upperBound == p { return roleHolder(of: first, floor: floor) }
      return Lexicon.subjectPlacePrepositions.contains(tokens[first.tokens.upperBound]) ? first : nil
    }
    // (Not an infinitive's `to` after its verb: `declined to comment`. Where from or where
    // in only after a noun for people, `MPs from rural ridings`, `Councillors across the
    // four wards`: `a statement from the ministry` is its.)
    guard p - 1 >= floor, tokens[p].kind == .word, tokens[p - 1].kind == .word,
      Lexicon.roleLinkPrepositions.contains(tokens[p])
        || (Lexicon.subjectPlacePrepositions.contains(tokens[p]) || Lexicon.locativePrepositions.contains(tokens[p])) && Self.namesPeople(tokens[p - 1]),
      !(tokens[p].is("to") && tag(p - 1)?.isVerb == true && !isAdjectiveAfterNoun(p - 1))
    else { return nil }
    // `Those close to the mayor`, `others familiar with the plan`: a pronoun for people and
    // the adjective the preposition goes with.
    if p - 2 >= floor, Lexicon.relativeHeads.contains(tokens[p - 2]), tokens[p - 1].kind == .word, tag(p - 1) == .jj {
      let words = (p - 2)..<p
      return NounPhrase(tokens: words, range: span(words), head: .role(definite: tokens[p - 2].is("those")), role: nil)
    }
    if let head = walkBack(from: p - 1, floor: floor), holdsRoles(head) { return head }
    // `People close to the mayor`: the role, then the adjective the preposition goes with.
    guard p - 2 >= floor, isAdjectiveAfterNoun(p - 1), let head = walkBack(from: p - 2, floor: floor), holdsRoles(head) else { return nil }
    return head
  }

  /// `the mayor's chief of | staff, Omar Bell`, `head of | security Ana Lima`: whether the
  /// `of` at `j` joins a role's noun to the one lowercase noun that ends the role, before a
  /// comma or the name (not `the attorney general of the state of …`, `a group of 67 …`).
  private func isRolesOf(_ j: Int, limit: Int) -> Bool {
    guard tokens[j].is("of"), j > 0, j + 2 < limit, tokens[j - 1].has(.title) || tokens[j - 1].has(.roleNoun) || Self.namesPeople(tokens[j - 1])
    else { return false }
    let noun = tokens[j + 1], next = tokens[j + 2]
    guard noun.kind == .word, !noun.isCapitalised, !noun.has(.phraseStop), !noun.has(.determiner), !isNumber(j + 1) else { return false }
    let fullName = j + 3 < limit && next.isCapitalised && tokens[j + 3].isCapitalised && !next.has(.title)
    return next.kind == .punctuation || next.kind == .word && Lexicon.isGivenName(next) || fullName
  }

  /// A lowercase noun for people the tagger reads as singular (`nurse`, `aide`).
  private func isSingularNounForPeople(_ k: Int) -> Bool {
    tokens[k].kind == .word && !tokens[k].isCapitalised && Self.namesPeople(tokens[k]) && tag(k) == .nn
  }

  /// `A former staffer | in the mayor's office said`: a singular common noun after an
  /// article (and adjectives) that opens the clause heads its subject, whatever the lists
  /// know of it — the place after it says where (not a record's noun, `A report in the
  /// Times`, whose speaker is who made it, nor a time's, `The day in court`).
  private func opensClauseAsNoun(_ k: Int, floor: Int) -> Bool {
    guard tokens[k].kind == .word, !tokens[k].isCapitalised, tag(k) == .nn, !Lexicon.isTimeWord(tokens[k]), !tokens[k].has(.documentNoun)
    else { return false }
    var j = k - 1
    while j > floor, tokens[j].kind == .word, !tokens[j].isCapitalised, tag(j)?.isAdjective == true { j -= 1 }
    return j == floor && Lexicon.articles.contains(tokens[j])
  }

  /// `a spokesperson for | the Harbour Authority`, `a lawyer for | Ana Lima`: a role for
  /// people whose preposition's object is the name `phrase` — the words before the name
  /// that it speaks through.
  func roleSpeakingThrough(_ phrase: NounPhrase, floor: Int) -> NounPhrase? {
    guard case .name = phrase.head, let holder = roleHolder(of: phrase, floor: floor), case .role = holder.head,
      let noun = headNoun(of: holder), Self.namesPeople(tokens[noun])
    else { return nil }
    return holder
  }

  /// A role, or a noun for people in the plural read as a name (`Liberal MPs`, `Senators`,
  /// `Councillors` opening a sentence): what a preposition's object after it (`from rural
  /// ridings`) belongs to.
  private func holdsRoles(_ phrase: NounPhrase) -> Bool {
    switch phrase.head {
    case .role: true
    case .name(let name): Self.namesPeople(tokens[name.upperBound - 1]) && tokens[name.upperBound - 1].lower.hasSuffix("s")
    case .pronoun: false
    }
  }

  /// Whether a role names a thing rather than who speaks: its head noun (the word before
  /// its first preposition, or its last) is a document (`a statement`) or names no person
  /// or organisation (`a pitch to New York voters`, `a new radio ad`, `a microphone`). A
  /// share or a count of people is people (`30 percent of voters`, `many`, `three in 10`,
  /// `dozens of residents`).
  func namesThing(_ p: NounPhrase) -> Bool {
    guard let head = headNoun(of: p).map({ tokens[$0] }) else { return false }
    return head.has(.documentNoun) || !Self.namesPeople(head)
  }

  /// Whether a role names nothing that may speak: no people, body, outlet, document or
  /// evidence (`…, vows court fight`, `…, promises legal challenge`: a headline's second
  /// predicate and its object; not `…, warns new report`).
  func namesNoSource(_ p: NounPhrase) -> Bool {
    guard let k = headNoun(of: p), tokens[k].bareFlags.isDisjoint(with: [.documentNoun, .organisationHead, .outletHead]),
      !Lexicon.evidenceNouns.contains(tokens[k]), !Self.namesPeople(tokens[k])
    else { return false }
    // (A head the tagger reads as no noun is an adjective after it, `a source close to …`:
    // then people by any word before it.)
    return tag(k)?.isNoun == true || !p.tokens.prefix { $0 < k }.contains { tokens[$0].kind == .word && Self.namesPeople(tokens[$0]) }
  }

  /// A role's head noun: its last word before any preposition (past an adjective that
  /// follows its noun, `a source close | to her`); nil for a share or a count of people
  /// (`30 percent of voters`, `many`, `three in 10`, `dozens of residents`).
  private func headNoun(of p: NounPhrase) -> Int? {
    guard case .role = p.head else { return nil }
    let words = p.tokens.filter { tokens[$0].kind == .word }
    if words.contains(where: { k in
      Lexicon.quantifierSubjects.contains(tokens[k]) || Lexicon.shareNouns.contains(tokens[k]) || Lexicon.countNouns.contains(tokens[k])
        || Lexicon.numberWords.contains(tokens[k])
        || scalars[tokens[k].range.start].isDigit
    }) {
      return nil
    }
    let end = words.firstIndex { Lexicon.prepositions.contains(tokens[$0]) } ?? words.count
    guard end > 0 else { return nil }
    return end > 1 && end < words.count && isAdjectiveAfterNoun(words[end - 1]) ? words[end - 2] : words[end - 1]
  }

  /// `FEC records`, `a new poll released Friday`, `exit polls taken in South Carolina`,
  /// `the auditor's report`, `Dana Ruiz's study`: words whose last noun of evidence (before
  /// any preposition) is not followed by a person's noun (`the report's author`).
  func namesEvidence(_ r: Range<Int>) -> Bool {
    let words = r.filter { tokens[$0].kind == .word }
    let end = words.firstIndex { Lexicon.prepositions.contains(tokens[$0]) } ?? words.count
    // (Capitalised only for its place, `Polls in Iowa show …`, as the tagger reads it; not
    // inside a name, `Consumer Reports`.)
    let isEvidence = { (k: Int) in
      Lexicon.evidenceNouns.contains(self.tokens[k]) && (!self.tokens[k].isCapitalised || self.positionalCapitals.contains(k) || k == words.first && self.tag(k) == .nns)
    }
    guard let document = words[..<end].lastIndex(where: isEvidence) else { return false }
    return !words[(document + 1)..<end].contains { Self.namesPeople(tokens[$0]) }
  }

  /// `close to | her`: `her` right after a preposition is its object, no possessive.
  static func isPrepositionsObjectHer(_ k: Int, _ tokens: [Token], floor: Int) -> Bool {
    tokens[k].is("her") && k - 1 >= floor && Lexicon.prepositions.contains(tokens[k - 1])
  }

  /// A noun for a person or organisation: a title or role noun (either number), one GUM's
  /// annotations give people (`fans`, `journalist`), or a compound of one (`gunman`,
  /// `congresswoman`, `townspeople`).
  static func namesPeople(_ noun: Token) -> Bool {
    noun.has(.title) || noun.has(.roleNoun) || noun.bareFlags.contains(.animate)
      // `Democrats Hillary Clinton, Bernie Sanders and …`: a title's plural before names.
      || isTitlesPlural(noun)
      // `Vice-chief`, `Ex-premier`: a title or role noun after a hyphen.
      || isHyphenatedRole(noun.bare)
  }

  /// `Democrats`, `Senators`: a title's plural.
  private static func isTitlesPlural(_ noun: Token) -> Bool {
    noun.bare.utf8.count > 3 && noun.bare.utf8.last == UInt8(ascii: "s") && Lexicon.singularFlags(ofPlural: noun.bare).contains(.title)
  }

  /// `Republicans Jolly of Indian Shores and DeSantis …`: a title's plural before a
  /// capitalised word, with `and` and another capitalised word within the next few, is a
  /// list's role (not `Democrats Abroad said`).
  private func isTitlesPluralBeforeList(_ k: Int, limit: Int) -> Bool {
    guard Self.isTitlesPlural(tokens[k]), k + 1 < limit, tokens[k + 1].kind == .word, tokens[k + 1].isCapitalised else { return false }
    guard let and = (k + 2..<min(limit, k + 8)).first(where: { tokens[$0].is("and") }) else { return false }
    return and + 1 < limit && tokens[and + 1].kind == .word && tokens[and + 1].isCapitalised
  }

  /// A word whose part after its last hyphen is a title or a role noun (`vice-chief`).
  private static func isHyphenatedRole(_ word: String) -> Bool {
    guard word.containsByte(where: { $0 == UInt8(ascii: "-") }), let hyphen = word.lastIndex(of: "-") else { return false }
    let tail = String(word[word.index(after: hyphen)...])
    return Lexicon.titles.contains(tail) || Lexicon.roleNouns.contains(tail)
  }

  /// The name an appositive's words make with the bare role noun before it and its
  /// modifiers (`commuter Tom Reyes`, `retired teacher Ana Lima`), if that is all they are.
  private func rolesNameBetweenCommas(_ appositive: Range<Int>) -> NounPhrase? {
    guard let named = walkBack(from: appositive.upperBound - 1, floor: appositive.lowerBound), case .name(let name) = named.head,
      named.tokens.lowerBound == appositive.lowerBound, name.lowerBound > appositive.lowerBound, name.upperBound == appositive.upperBound
    else { return nil }
    // (Its head a noun the tagger reads; the words before it may be any modifier: `retired`.)
    let words = appositive.lowerBound..<name.lowerBound
    let bare = words.allSatisfy { k in
      tokens[k].kind == .word && !tokens[k].isCapitalised && !tokens[k].has(.determiner) && !Lexicon.prepositions.contains(tokens[k])
    }
    return bare && tag(name.lowerBound - 1)?.isNoun == true ? named : nil
  }

  /// The tokens of an appositive that ends with the comma at `comma`, if there is one.
  func appositiveEnding(at comma: Int, floor: Int) -> Range<Int>? {
    var p = comma - 1
    while p >= floor, p > comma - 25 {
      let t = tokens[p]
      if t.isMark(","), isPlaceContinuation(comma: p, end: comma) {
        p -= 1
        continue
      }
      if t.isMark(",") || t.isMark("\u{2014}") || t.isMark("–") {
        let first = p + 1
        guard first < comma, p - 1 >= floor else { return nil }
        let head = tokens[first]
        let opensAppositive =
          (head.kind == .word && !head.isCapitalised) || scalars[head.range.start].isDigit
          || (head.kind == .word && head.has(.determiner))
          || (head.kind == .word && head.has(.title)) || Self.isPartyAffiliation(head)
        let afterName = tokens[p - 1].kind == .word && tokens[p - 1].isCapitalised
          || tokens[p - 1].isMark(")") || scalars[tokens[p - 1].range.start].isDigit
        guard opensAppositive || (afterName && (first..<comma).contains { tokens[$0].kind == .word && !tokens[$0].isCapitalised }),
          afterName
        else { return nil }
        return first..<comma
      }
      // `Hemsley, the co-author of "Going Viral," about …, said`: a short quoted title is
      // part of the appositive, the comma inside it too.
      if t.kind == .quoteClose, let q = t.quote, quoteContentWords(q) <= 5 {
        while p >= floor, tokens[p].quote == q { p -= 1 }
        continue
      }
      if t.kind == .quoteOpen || t.kind == .quoteClose || t.isMark(".") || t.isMark(";") { return nil }
      if t.kind == .word, t.has(.finiteSpeechVerb), !t.has(.title),
        !(max(floor, p - 3)..<p).contains(where: { Lexicon.relativePronouns.contains(tokens[$0]) })
      {
        return nil
      }
      p -= 1
    }
    return nil
  }

  /// `of Ashton, Md.,`: a comma inside a place name, not the start of the appositive.
  private func isPlaceContinuation(comma p: Int, end: Int) -> Bool {
    let segment = (p + 1)..<end
    guard !segment.isEmpty, segment.count <= 3, segment.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalised }) else { return false }
    return (max(0, p - 4)..<p).contains { Lexicon.placeNamePrepositions.contains(tokens[$0]) }
  }

  /// A phrase that ends at token `end`, walking towards the sentence start.
  func walkBack(from end: Int, floor: Int) -> NounPhrase? {
    guard end >= floor, end < tokens.count else { return nil }
    let last = tokens[end]
    // (`her` only alone or as a preposition's object: `close to her`.)
    if last.has(.pronoun), let p = Lexicon.pronouns[last.lower], !last.is("his"),
      !last.is("her") || end == floor || Self.isPrepositionsObjectHer(end, tokens, floor: floor)
    {
      // `one of them`, `some of us`: a share of the ones the pronoun stands for.
      if let start = shareStart(before: end, floor: floor) {
        return NounPhrase(tokens: start..<(end + 1), range: span(start..<(end + 1)), head: .role(definite: false), role: nil)
      }
      if p == .firstPerson { return nil }
      return NounPhrase(tokens: end..<(end + 1), range: last.range, head: .pronoun(p))
    }
    // `She’s suggesting that …`: the pronoun, its auxiliary contracted onto it. Not `it`:
    // contracted, it is a passive's subject (`as it's currently written`), not a speaker.
    if last.kind == .word, let contracted = Lexicon.contractedSubject(last.lower), let p = Lexicon.pronouns[contracted.pronoun] {
      return p == .firstPerson || p == .neuterSingular ? nil : NounPhrase(tokens: end..<(end + 1), range: last.range, head: .pronoun(p))
    }
    if let quantity = quantity(endingAt: end, floor: floor) { return quantity }
    if let polled = polledGroup(endingAt: end, floor: floor) { return polled }
    var j = end
    var start = end + 1
    var coreEnd = end + 1
    /// The speaking noun before a place (`officials` in Tulsa), once passed.
    var place: Int? = nil
    while j >= floor, end - j < Self.maxPhraseTokens {
      let t = tokens[j]
      if t.kind == .quoteClose, let q = t.quote, quoteContentWords(q) <= 5, j - 1 >= floor,
        tokens[j - 1].kind == .word
      {
        var k = j - 1
        while k >= floor, tokens[k].quote == q { k -= 1 }
        // Only a label inside the phrase: a word must come before it (`authorities' "…"`).
        guard k >= floor, tokens[k].kind == .word || tokens[k].isApostrophe else { break }
        start = k + 1
        j = k
        continue
      }
      if t.kind == .punctuation, t.isApostrophe, j > floor, tokens[j - 1].kind == .word,
        tokens[j - 1].range.end == t.range.start
      {
        j -= 1
        continue
      }
      // `farmers in Kano, Jos and Lagos`: a list of places after the speaking noun, its last
      // joined by a conjunction (`in the United States, Cruz said` is no list).
      if t.is("and") || t.is("or") || t.isMark(",") && tokens[start..<coreEnd].contains(where: { $0.is("and") || $0.is("or") }),
        start == j + 1, tokens[start].isCapitalised || tokens[start].is("and") || tokens[start].is("or"),
        let first = placeListStart(separator: j, floor: floor), hasRoleNoun(before: first..<coreEnd, floor: floor)
      {
        start = first
        j = first - 1
        continue
      }
      guard t.kind == .word else { break }
      // `farmers in rural | Alberta`, `fishermen in southwest | Nova Scotia`: a region of the
      // place after the speaking noun, as `officials in Tulsa` below.
      if start == j + 1, start < coreEnd, j - 1 > floor, qualifiesAPlace(j, before: coreEnd), hasRoleNoun(before: start..<coreEnd, floor: floor)
      {
        start = j - 1
        j -= 2
        place = j
        continue
      }
      if j > floor, endsNameWithNumber(j) {
        start = j
        j -= 1
        continue
      }
      // `his campaign announced`, `their lawyers said`: a possessive opens the phrase.
      // (`that` only opening its sentence, `That person said`: elsewhere it may open the
      // clause, `said that Lima …`.)
      if (t.has(.determiner) && (!t.is("that") || t.isCapitalised && j < end)) || (j < end && Lexicon.possessiveDeterminers.contains(t)) {
        // `a move officials say will …`: an article of one thing before a plural is another
        // phrase's, whose noun ends it; the subject is what follows that noun.
        if let other = otherPhrasesNoun(determiner: j, head: coreEnd - 1) {
          start = other + 1
          break
        }
        // `In a new paper Bos and colleagues describe …`: a record's noun before a name is
        // another phrase's (the name's own starts after it), no role of the name's.
        if let name = nameAfterRecord(determiner: j, end: coreEnd) {
          start = name
          break
        }
        start = j
        // `two in three`: a number word is a determiner too, and may close a proportion.
        if j - 1 > floor, let first = proportionStart(joint: j - 1, floor: floor) {
          start = first
          break
        }
        // `one of the marchers`, `a majority of her backers`: a share of the group named after it.
        if let share = shareStart(before: j, floor: floor) {
          start = share
          break
        }
        // `the two men`: a number's article.
        if j - 1 >= floor, tag(j) == .cd, Lexicon.articles.contains(tokens[j - 1]) {
          start = j - 1
          break
        }
        // `the Institute for the Study of War`, `Dana Ruiz of the Harbor Institute`: an
        // article between a name's connector and its next capitalised word is inside it.
        if Lexicon.articles.contains(t), tokens[j + 1].isCapitalised, j - 2 >= floor, tokens[j - 1].has(.phraseConnector),
          tokens[j - 2].isCapitalised, !tokens[j - 2].has(.capitalisedFunctionWord)
        {
          j -= 1
          continue
        }
        // `the China Times on the island of Taiwan`: a place after the subject.
        if isPlaceAfterSubject(preposition: j - 1, floor: floor) {
          coreEnd = j - 1
          j -= 2
          continue
        }
        break
      }
      // `other experts`, `more lawmakers`, `both sides`: a word that stops a phrase elsewhere
      // opens this one.
      // (A quantifier that is no noun itself, with its article, `a few lawmakers`: `a strong
      // majority of …` goes on to its own; before a person's name or title, `Both Mr. King
      // and …`, it is no part of the name.)
      if start == j + 1, start < coreEnd, Lexicon.nounPhraseOpeners.contains(t)
        || Lexicon.quantifierSubjects.contains(t) && tag(j)?.isNoun == false && tag(start) != .nnp && !tokens[start].has(.title)
      {
        start = j - 1 >= floor && Lexicon.articles.contains(tokens[j - 1]) ? j - 1 : j
        break
      }
      if t.isCapitalised || t.hasCapital {
        if t.has(.capitalisedFunctionWord) && !isSurnameAfterGivenName(j) && (j == floor || !t.has(.title)) && !isModalAsName(j) { break }
        start = j
        // `Nurses at Winnipeg's Health Sciences Centre`: an owner's name before a name opens a
        // place after the subject as an article does (not `people in Lima's orbit`).
        if t.endsInApostropheS, j + 1 < coreEnd, tokens[j + 1].isCapitalised, isPlaceAfterSubject(preposition: j - 1, floor: floor) {
          coreEnd = j - 1
          j -= 2
          continue
        }
        j -= 1
        continue
      }
      // `62 percent of residents`, `most of the delegates`: a share of a group.
      if t.is("of"), j > floor, start == j + 1, tokens[j - 1].is("percent") || tokens[j - 1].isMark("%") || Lexicon.quantifierSubjects.contains(tokens[j - 1]) {
        start = j
        j -= 1
        continue
      }
      // `six in 10`, `two of three`, `nine out of 10`: a proportion of people polled, which
      // starts at its first number (`The study found six in 10 said`).
      if let first = proportionStart(joint: j, floor: floor) {
        start = first
        break
      }
      // `The Société de transport de Montréal said`: back over a French body's name whole.
      if t.has(.frenchNameWord), let run = nameRuns(floor..<coreEnd).first(where: { $0.contains(j) }), run.lowerBound < j {
        start = run.lowerBound
        j = run.lowerBound - 1
        continue
      }
      if t.has(.phraseConnector) || t.has(.nameParticle) {
        // Only inside a name or title: a capitalised word must follow (or the next of a
        // name's particles, `von der Linde`).
        guard j + 1 < tokens.count, j + 1 < start + 1, start == j + 1 || tokens[j + 1].isCapitalised,
          tokens[j + 1].isCapitalised || tokens[j + 1].has(.determiner) || t.has(.nameParticle) && particlesEndBeforeCapital(from: j, limit: coreEnd)
        else { break }
        start = j
        j -= 1
        continue
      }
      // `officials in Tulsa`: a place's name after the speaking noun.
      // (Or a body's: `The Chinese Embassy in Ottawa`.)
      if Self.placesAName(t), start == j + 1, tokens[start].isCapitalised, hasRoleNoun(before: start..<coreEnd, floor: floor) || isBodysPlace(after: j, start..<coreEnd, floor: floor) {
        start = j
        j -= 1
        place = j
        continue
      }
      // `The council met | fishermen in Lagos`: the noun before the place opens no clause.
      if let place, j < place, !t.isCapitalised, !t.has(.determiner), tag(j)?.isVerb == true { break }
      // `the House Select Committee on Benghazi`, `the Department of Parks and Recreation`:
      // a name joined across `on` or `and` wherever the name finder joins it.
      if start == j + 1, t.is("on") || t.is("and"), tokens[start].isCapitalised,
        let run = nameRuns(floor..<coreEnd).first(where: { $0.contains(start) }), run.lowerBound < j
      {
        start = run.lowerBound
        j = run.lowerBound - 1
        continue
      }
      // `the senator and presidential candidate told …`: two roles of one person, the second
      // without an article of its own (not `the mayor and council members`, two parties).
      if t.is("and"), start == j + 1, start < coreEnd, !tokens[start].has(.determiner), isSingularRoleNoun(tokens[coreEnd - 1]),
        let first = roleWithArticle(endingBefore: j, floor: floor)
      {
        start = first
        break
      }
      if t.has(.phraseStop) || t.has(.finiteSpeechVerb) || isLyAdverb(j) {
        break
      }
      // `Okafor rebuked critics who …`, `Lima sat face to face`: a past the tagger reads as
      // a verb's, after its subject's noun or an adverb, is the clause's verb before the
      // phrase (`the leaked emails`, `In Leeds, retired teacher Ana Lima`: an adjective).
      if t.lower.endsWith("ed") || Lexicon.irregularFiniteVerbs.contains(t), j > floor, tokens[j - 1].kind == .word, tag(j) == .vbd,
        let before = tag(j - 1), before.isNoun || before == .prp || before == .rb
      {
        break
      }
      // (And a verb's base form after an auxiliary, a negation or `to` before a name alone:
      // `did not satisfy | Holt, who …`, `wanted to please | Senator Holt`; not a phrase's
      // own, `the push to boycott Trump's speech`.)
      if j > floor, start < coreEnd, tokens[start..<coreEnd].allSatisfy(\.isCapitalised), tag(j) == .vb, tokens[j - 1].kind == .word,
        Lexicon.auxiliaries.contains(tokens[j - 1]) || Lexicon.negations.contains(tokens[j - 1]) || tokens[j - 1].is("to")
      {
        break
      }
      // (So is one it reads as a participle after a singular noun its determiner opens, before
      // its object: `The agency planted newspaper articles alleging …`.)
      if t.lower.endsWith("ed"), j - 2 >= floor, start == j + 1, tag(j) == .vbn, tag(j - 1) == .nn, tokens[j - 2].has(.determiner),
        !tokens[start].is("by"), tag(start)?.isNoun == true
      {
        break
      }
      // `…, something riders have long called for`: a pronoun for a thing before the phrase
      // is a phrase of its own, the object of the clause the phrase opens.
      if Lexicon.thingPronouns.contains(t) { break }
      start = j
      j -= 1
    }
    while start < coreEnd, tokens[start].kind == .word, tokens[start].has(.phraseConnector) {
      start += 1
    }
    guard start < coreEnd else { return nil }
    return analyse(start..<coreEnd, fullEnd: end + 1)
  }

  /// In `a move officials say`, `a decision local officials say`, `a move aides said` (a
  /// plural of people the tagger may read as a verb), the noun (`move`) that
  /// ends the phrase a singular determiner opens before a plural head (`officials`): the
  /// determiner, adjectives, that noun, then only adjectives and nouns (names among them)
  /// up to the head — not a count (`a dozen residents`), an adjective (`a few officials`),
  /// or a phrase that goes on past a preposition or participle (`a majority of voters`, `a
  /// union representing flight attendants`).
  private func otherPhrasesNoun(determiner d: Int, head: Int) -> Int? {
    // (A plural of people the tagger reads as a compound's singular is one: `a forecast
    // analysts/NN at the bank described`.)
    guard Lexicon.singularDeterminers.contains(tokens[d]), head > d + 1,
      tag(head) == .nns || (tag(head) == .nn || tag(head) == .vbz) && tokens[head].lower.endsWith("s")
        && !Lexicon.singularFlags(ofPlural: tokens[head].lower).isDisjoint(with: [.roleNoun, .animate])
    else { return nil }
    func lowercaseWord(_ k: Int) -> Bool { tokens[k].kind == .word && !tokens[k].isCapitalised }
    var k = d + 1
    while k < head, lowercaseWord(k), tag(k)?.isAdjective == true { k += 1 }
    // (The tagger may read that noun as an adjective of the plural's, which a singular
    // article cannot open: a word that is a noun by its own class is the noun there.)
    let misread = k == head && k - 1 > d && lexicalTag(k - 1) == .nn
    if misread { k -= 1 }
    guard k < head, lowercaseWord(k), misread || tag(k) == .nn, !Lexicon.countNouns.contains(tokens[k]) else { return nil }
    // (A modifier may be a people's or a place's name: `a decision Franco-Ontarian groups say`.)
    let modifiers = (k + 1)...head
    return modifiers.allSatisfy({ m in
      tokens[m].kind == .word && (m == head || tag(m)?.isAdjective == true || tag(m) == .nn || tag(m) == .nns || m < head && tag(m) == .nnp)
    }) && lowercaseWord(head) ? k : nil
  }

  /// Where a name starts that follows, with no comma, a phrase the indefinite determiner at
  /// `d` opens in lowercase words ending on a record's noun (`a new paper | Bos`), before `end`.
  /// (After a definite one the name is the record's own: `the website FerryWatch.ca`.)
  private func nameAfterRecord(determiner d: Int, end: Int) -> Int? {
    guard Lexicon.indefiniteDeterminers.contains(tokens[d]), let name = (d + 1..<end).first(where: { tokens[$0].kind != .word || tokens[$0].isCapitalised }), name > d + 1, name < end,
      tokens[name].kind == .word, tokens[name - 1].has(.documentNoun), (name..<end).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalised })
    else { return nil }
    return name
  }

  /// The phrase right after `cue` (`said Zheng`, `quoted practice head … David Meale as`).
  /// `Judge blocks harbour merger, …`, `Mayor backs levy`: a bare title or role noun opening
  /// its sentence, then a lowercase word in `-s` that names no people, before more words, is
  /// a subject and its verb — however the tagger reads the `-s` word — for a bare title
  /// heads no compound of plurals.
  private func opensWithBareTitleThenVerb(_ start: Int, limit: Int) -> Bool {
    let verb = start + 1
    guard start == 0 || tokens[start - 1].kind != .word, verb + 1 < limit, tokens[start].isCapitalised,
      tokens[start].bareFlags.contains(.title) || tokens[start].bareFlags.contains(.roleNoun),
      tokens[verb].kind == .word, !tokens[verb].isCapitalised, tokens[verb].lower.endsWith("s"), tokens[verb + 1].kind == .word,
      Lexicon.singularFlags(ofPlural: tokens[verb].lower).isDisjoint(with: [.title, .roleNoun, .animate])
    else { return false }
    return tag(verb) == .nns || tag(verb) == .vbz
  }

  /// `a federal appeals court judge sided …`: a present verb between a plural noun and a
  /// noun that a finite verb follows is a compound's noun the tagger misread (two finite
  /// verbs stand so close only in a clause with no `that`, `residents fear crime rises`).
  func isCompoundsNoun(_ k: Int) -> Bool {
    guard k > 0, k + 2 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 2].kind == .word, tag(k) == .vbp, tag(k - 1) == .nns,
      tag(k + 1) == .nn, let after = tag(k + 2)
    else { return false }
    return after.isFiniteVerb
  }

  func phrase(after cue: Int, limit: Int) -> NounPhrase? {
    var j = cue + 1
    guard j < limit else { return nil }
    let first = tokens[j]
    if first.has(.pronoun), let p = Lexicon.pronouns[first.lower], p != .firstPerson, !first.is("her"), !first.is("his") {
      return NounPhrase(tokens: j..<(j + 1), range: first.range, head: .pronoun(p))
    }
    // `He's comparing … and says …`: a subject pronoun contracted with its auxiliary (not
    // `It's easy to …`, whose `it` stands for nobody).
    if first.kind == .word, let contracted = Lexicon.contractedSubject(first.lower), let p = Lexicon.pronouns[contracted.pronoun],
      p != .firstPerson, p != .neuterSingular
    {
      return NounPhrase(tokens: j..<(j + 1), range: first.range, head: .pronoun(p))
    }
    let start = j
    var complemented = false
    /// The tokens of a quoted label passed over, which do not make a role longer.
    var labelTokens = 0
    while j < limit, j - start < Self.maxPhraseTokens {
      let t = tokens[j]
      if t.kind == .punctuation, t.isApostrophe { j += 1; continue }
      // `the "Harbour for all" paper`: a short quoted label before the phrase's noun.
      if j > start, t.kind == .quoteOpen, let q = t.quote, quoteContentWords(q) <= 5 {
        var k = j + 1
        while k < limit, tokens[k].quote == q { k += 1 }
        guard k < limit, tokens[k].kind == .word, !tokens[k].isCapitalised, tag(k)?.isNoun == true else { break }
        labelTokens += k - j
        j = k
        continue
      }
      guard t.kind == .word else { break }
      // (A preposition opens no speaker: `said at a Harbourton forum`.)
      if j == start, t.has(.phraseConnector) { break }
      // `Trump himself weighed in`: a reflexive after the phrase only stresses it.
      if j > start, Lexicon.intensiveReflexives.contains(t) { break }
      // `Ambassador to the United States Hamdullah Mohib`: a title's `to` joins like `of`.
      // (Not a lowercase role's: `an adviser to Bill Clinton` is not Clinton.)
      let titleTo = t.is("to") && j > start && tokens[j - 1].has(.title) && tokens[j - 1].isCapitalised
      if j > start, joinsOutletWords(at: j, limit: limit) {
        j += 2
        continue
      }
      // `people familiar with the matter`, `a person close to the mayor`: an adjective after
      // the role noun takes its preposition and the object after it.
      if j >= start + 2, j + 1 < limit, Lexicon.roleLinkPrepositions.contains(t), isAdjectiveAfterNoun(j - 1), tokens[j + 1].kind == .word {
        complemented = true
        j += 1
        continue
      }
      // `former Leeds Mayor and Labour Party Chairman Tom Okafor`: titles joined by `and`
      // go on to the one name they both belong to.
      if t.is("and"), j > start, tokens[j - 1].has(.title), tokens[j - 1].isCapitalised, j + 1 < limit, tokens[j + 1].isCapitalised {
        j += 1
        continue
      }
      // `Harbour Times contributor and monetary historian Omar Bell`, `Former prosecutor and
      // Leeds Mayor Omar Bell`: two bare roles (no article: `the mayor and council member
      // Omar Bell` are two people) joined before the one name they belong to.
      if t.is("and"), j > start, !tokens[j - 1].isCapitalised, !tokens[start].has(.determiner), !Lexicon.possessiveDeterminers.contains(tokens[start]),
        let name = ((j + 1)..<min(limit, j + 5)).first(where: { tokens[$0].isCapitalised && !tokens[$0].has(.title) }),
        ((j + 1)..<name).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].has(.determiner) && !tokens[$0].has(.phraseStop) }),
        Self.namesPeople(tokens[j - 1]) || tag(j - 1) == .nn
      {
        j += 1
        continue
      }
      if t.has(.phraseConnector) || t.has(.nameParticle) || titleTo {
        let roleOf = j > start && isRolesOf(j, limit: limit)
        guard roleOf || j + 1 < limit && (tokens[j + 1].isCapitalised
          || (tokens[j + 1].has(.determiner) && j + 2 < limit && tokens[j + 2].isCapitalised))
          || t.has(.nameParticle) && particlesEndBeforeCapital(from: j, limit: limit)
        else { break }
        j += 1
        continue
      }
      // `according to his Facebook profile`, `its FEC reports`: a possessive opens the phrase.
      if j == start, Lexicon.possessiveDeterminers.contains(t), j + 1 < limit, tokens[j + 1].kind == .word { j += 1; continue }
      if j == start + 1, opensWithBareTitleThenVerb(start, limit: limit) { break }
      // Names and roles stop at a verb (`Judge Ana Lima imposed …`, `Chris Christie Calls …`),
      // or a participle (`the report published Wednesday`; the tagger often reads a past
      // tense after a noun as one: `a judge sided with …`) — but not a hyphenated adjective
      // before its noun (`the DPP-aligned ltn.com`), whatever the tagger reads there.
      if j > start, Self.mayBeVerb(t), !t.has(.hyphenatedAdjective), let tg = tag(j), tg.isFiniteVerb || (tg == .vbn && t.lower.endsWith("ed")),
        !isCompoundsNoun(j)
      {
        break
      }
      // (Or an irregular verb's past, whatever the tagger reads: `Pastor Bradley Cranston stood`.)
      if j > start, !t.isCapitalised, Lexicon.irregularPastForms.contains(t) { break }
      if t.isCapitalised { j += 1; continue }
      // (Not an article right after a name: `according to Ana Lima | the levy will …`.)
      if Lexicon.articles.contains(t), j > start, tokens[j - 1].isCapitalised, !tokens[j - 1].has(.title) { break }
      if t.has(.determiner) && !t.is("that") {
        // (A determiner right after a common noun opens a clause that qualifies it, with no
        // `that`: `according to a memo the mayor sent`.)
        if j > start, tokens[j - 1].kind == .word, !tokens[j - 1].isCapitalised, !tokens[j - 1].has(.determiner), let before = tag(j - 1), before == .nn || before == .nns {
          break
        }
        j += 1
        continue
      }
      // (`Lima put off the vote`, `Lima set off the alarm`: right after a name, a past with no
      // verb's ending that the tagger reads as one.)
      if j > start, tokens[j - 1].isCapitalised, !tokens[j - 1].has(.title), !Self.isPossessive(tokens[j - 1]), !t.has(.hyphenatedAdjective), tag(j) == .vbd { break }
      // (A speech verb's form is the phrase's noun after its adjective: `according to
      // confidential reports from …`.)
      if t.has(.phraseStop) || isLyAdverb(j) { break }
      // (An adjective in lower case, or one by its own data: a name the tagger misreads as
      // one is the verb's subject, `Okafor denies that, saying …`.)
      if t.has(.finiteSpeechVerb),
        !(j > start && tag(j) == .nns && tag(j - 1) == .jj && (!tokens[j - 1].isCapitalised || lexicalTag(j - 1) == .jj))
      {
        break
      }
      // `another leading Supreme Court advocate`: an -ing word inside the phrase modifies it
      // (a document's is its head: `a regulatory filing`).
      if t.lower.endsWith("ing"),
        !(j + 1 < limit && tokens[j + 1].kind == .word && (tokens[j + 1].isCapitalised || tokens[j + 1].has(.roleNoun) || tokens[j + 1].has(.title)))
      {
        if t.has(.documentNoun) { j += 1 }
        break
      }
      j += 1
    }
    guard j > start else { return nil }
    var phrase = analyse(start..<j, fullEnd: j)
    // (The role is the speaker, not a name its adjective's object holds: `a person close to
    // the Limas`.)
    if complemented, let found = phrase, case .name = found.head {
      phrase = NounPhrase(tokens: start..<j, range: span(start..<j), head: .role(definite: !Lexicon.indefiniteDeterminers.contains(tokens[start])), role: nil)
    }
    // `said another leading advocate, Ana Lima of …`: the name the role introduces.
    if let role = phrase, case .role = role.head, j + 1 < limit, tokens[j].isMark(","), tokens[j + 1].isCapitalised,
      var named = self.phrase(after: j, limit: limit), case .name = named.head,
      named.tokens.upperBound >= limit || tokens[named.tokens.upperBound].isMark(",") || tokens[named.tokens.upperBound].isMark(".")
    {
      named.role = named.role ?? text(role.range)
      return named
    }
    // (Longer with an adjective's object: `two people familiar with the company's plans`.)
    if let phrase, case .role = phrase.head, phrase.tokens.count - labelTokens > (complemented ? 9 : 6) { return nil }
    if phrase != nil, j + 1 < limit, tokens[j].isMark(","), let appositive = appositiveAfter(j, limit: limit) {
      phrase!.role = phrase!.role ?? role(of: appositive)
    }
    return phrase
  }

  /// `Lin Jian, spokesperson of the Chinese Ministry of Foreign Affairs, …`
  /// `According to Statistics Canada, hospital spending rose …`: after an `according to` that
  /// opens the sentence, the words after the source's comma that run to its end are what it
  /// says, not its description (`According to WKOW, the ABC affiliate, …` and `…, according
  /// to Ana Lima, a nurse.` describe the source).
  func saysWhatFollows(_ source: Range<Int>, in sentence: Range<Int>) -> Bool {
    let comma = source.upperBound
    guard source.lowerBound - 2 == sentence.lowerBound, tokens[source.lowerBound - 1].is("to"), tokens[source.lowerBound - 2].is("according"),
      comma < sentence.upperBound, tokens[comma].isMark(","), let appositive = appositiveAfter(comma, limit: sentence.upperBound)
    else { return false }
    return appositive.upperBound >= sentence.upperBound || !tokens[appositive.upperBound].isMark(",")
  }

  func appositiveAfter(_ comma: Int, limit: Int) -> Range<Int>? {
    let first = comma + 1
    guard first < limit, tokens[first].kind == .word, !tokens[first].isCapitalised || tokens[first].has(.determiner) else { return nil }
    if tokens[first].lower.endsWith("ing") || tokens[first].has(.phraseStop) { return nil }
    var j = first
    while j < limit, j - first < 25 {
      let t = tokens[j]
      if t.isMark(",") || t.isMark(".") || t.isMark(";") || t.kind == .quoteOpen { break }
      j += 1
    }
    return j > first ? first..<j : nil
  }

  /// An appositive as a role: a noun phrase of at most twelve words (`a nurse`), never an
  /// age, an adverb (`Clinton, meanwhile, said`) or an adjective phrase (`clearly frustrated`)
  /// — a noun the tagger reads, and not a function word it may misread as one — and never
  /// a clause: no finite verb but inside a relative clause (`a lawyer who represents …`),
  /// so neither the sentence's own predicate (`David Schulz, said no decision had been
  /// made`, `lawmakers said Friday`) nor a relative clause alone (`who runs the drive`).
  func role(of appositive: Range<Int>) -> String? {
    let t = text(span(appositive))
    // The text's shape first: it is cheap, and the tagger tags the whole sentence.
    guard EntityRegistry.Entity.isRole(t) else {
      // `a Tory MPP who represents an eastern riding with …`: too long with its relative
      // clause, the phrase before `who`.
      if let who = appositive.first(where: { tokens[$0].kind == .word && Lexicon.personRelatives.contains(tokens[$0]) }), who - appositive.lowerBound >= 2 {
        return role(of: appositive.lowerBound..<who)
      }
      return nil
    }
    // `it's still the Kennedy Court`: a subject pronoun opens a clause, not a noun phrase.
    // (Nor does a conjunction open one: `Democrats — and some Republicans — say`.)
    if let first = appositive.first(where: { tokens[$0].kind == .word }), Lexicon.subjectPronouns.contains(tokens[first])
      || Lexicon.isContractedSubject(tokens[first].lower) || Lexicon.coordinators.contains(tokens[first])
    {
      return nil
    }
    // The tagger is asked of words up to the first noun, and after it only of what may be
    // a finite verb (`-s`, `-ed`, a reporting verb in any form, an auxiliary) or the
    // relative `that`.
    var hasNoun = false
    // An article is never the noun or a verb: the tagger is not asked (each question decodes
    // the words before it too).
    for k in appositive where tokens[k].kind == .word && !Lexicon.articles.contains(tokens[k]) {
      let w = tokens[k]
      if Lexicon.roleClauseOpeners.contains(w), !w.is("that") || tag(k) == .wdt { return hasNoun ? t : nil }
      let mayBeFinite = Self.mayBeVerb(w) || w.has(.speechVerb) || w.has(.weakCue) || Lexicon.auxiliaries.contains(w)
      guard mayBeFinite || !hasNoun else { continue }
      guard let tag = tag(k) else {
        // No tagger: any word but a function word may be the noun.
        if !w.has(.capitalisedFunctionWord) { hasNoun = true }
        continue
      }
      // (Nor does a verb's base form before any noun, an order's: `look around rents` — a
      // word its own data knows as something else than a noun, as the tagger may misread a
      // noun there, `billionaire Republican`.)
      if tag.isFiniteVerb || !hasNoun && tag == .vb && lexicalTag(k).map({ !$0.isNoun }) == true { return nil }
      // `based in Leeds`, `written by Ana Lima`: a participle and its preposition open a clause.
      if !hasNoun, tag == .vbn || tag == .vbg, k + 1 < appositive.upperBound, Lexicon.prepositions.contains(tokens[k + 1]) { return nil }
      // `citing data from the State Department`: nor does a reporting verb's participle.
      if !hasNoun, tag == .vbg, w.has(.speechVerb) { return nil }
      if tag.isNoun, !w.has(.capitalisedFunctionWord) { hasNoun = true }
    }
    return hasNoun ? t : nil
  }

  /// What an appositive's head noun says the name before it is: `one of the nation's
  /// largest coal companies` and `another mining company that …` an organisation, `a
  /// conservative website` an outlet; nil for a person's role (`a spokesman for the
  /// company`: the head is `spokesman`).
  func kind(ofRole appositive: Range<Int>) -> NameClassifier.Kind? {
    var words = appositive.filter { tokens[$0].kind == .word }
    // `one of the …`, `among the …`: the group named after it.
    if words.count > 2, tokens[words[0]].is("one"), tokens[words[1]].is("of") {
      words.removeFirst(2)
    } else if words.count > 1, tokens[words[0]].is("among") {
      words.removeFirst()
    }
    // (A preposition inside a name, `a University of South Carolina professor`, ends nothing;
    // after a title, `the CEO of Harbour Holdings`, `the MPP for Hamilton Centre`, it
    // ends the head.)
    let insideName = { (i: Int) in
      i > 0 && i + 1 < words.count && tokens[words[i - 1]].isCapitalised && !tokens[words[i - 1]].has(.title)
        && tokens[words[i + 1]].isCapitalised
    }
    // A participle after a common noun opens a clause (`the union representing workers at
    // …`, `the group based in Somalia`) — unless only the head follows it: `the coal mining
    // company`, `the Canadian mining company` are companies.
    let opensClause = { (i: Int) in
      i > 0 && i + 2 < words.count && !tokens[words[i - 1]].isCapitalised && [.vbg, .vbn].contains(tag(words[i]))
        && [.nn, .nns].contains(tag(words[i - 1]))
    }
    if let end = words.indices.first(where: { i in
      (Lexicon.prepositions.contains(tokens[words[i]]) || Lexicon.roleClauseOpeners.contains(tokens[words[i]])) && !insideName(i) || opensClause(i)
    }) {
      words.removeSubrange(end...)
    }
    guard let head = words.last.map({ tokens[$0] }) else { return nil }
    // `agency`, `network` are both: the organisation is the safer reading.
    if head.bareFlags.contains(.organisationHead) { return .organisation }
    let bare = head.bare
    let singular = Lexicon.singular(ofPlural: bare) ?? bare
    if singular != bare, Lexicon.organisationHeads.contains(singular) { return .organisation }
    // (`the retailer`, `the furniture chain`: a company's noun after `the` — after `a`, one
    // may name a person too, `a longtime policy maker`.)
    if Lexicon.companyNouns.contains(singular), tokens[appositive.lowerBound].is("the") { return .organisation }
    return Lexicon.outletNouns.contains(singular) ? .outlet : nil
  }

  func span(_ r: Range<Int>) -> TextRange { TextRange(tokens[r.lowerBound].range.start, tokens[r.upperBound - 1].range.end) }

  /// `her analysis`, `his report`, `the company's annual report`: a document's owner
  /// said what it says — a possessive pronoun, resolved as the pronoun, or the role
  /// before a possessive. (A name's, `Dana Ruiz's study`, is the name's already.)
  private func documentOwner(_ r: Range<Int>) -> NounPhrase? {
    guard let last = r.last(where: { tokens[$0].kind == .word }), last > r.lowerBound, tokens[last].has(.documentNoun), !tokens[last].isCapitalised
    else { return nil }
    // (The phrase's tokens are all its words, the document's too: what follows it follows
    // them, `Their report, released in May, found …`.)
    if let kind = Lexicon.possessivePronouns[tokens[r.lowerBound].lower] {
      return NounPhrase(tokens: r, range: span(r.lowerBound..<r.lowerBound + 1), head: .pronoun(kind), role: nil)
    }
    guard let owner = (r.lowerBound..<last).first(where: { Self.isPossessive(tokens[$0]) }), !tokens[owner].isCapitalised else { return nil }
    return analyse(r.lowerBound..<owner + 1, fullEnd: owner + 1)
  }

  /// Decides what a phrase names.
  func analyse(_ r: Range<Int>, fullEnd: Int) -> NounPhrase? {
    let range = span(r.lowerBound..<fullEnd)
    // `an internal review seen by the Times`, `a memo obtained by CNN`: a document someone
    // came by says what it says; who came by it says nothing.
    if r.count > 3, let k = (r.lowerBound..<(r.upperBound - 2)).first(where: { k in
      tokens[k].kind == .word && tokens[k].has(.documentNoun) && !tokens[k].isCapitalised && Lexicon.receivingVerbs.contains(tokens[k + 1])
        && tokens[k + 2].is("by")
    }) {
      return analyse(r.lowerBound..<(k + 1), fullEnd: fullEnd)
    }
    // After a document noun, the producer is the speaker: `the description from Chinese state media`
    // (not after a name's capitalised word: `the Institute for the Study of War`).
    var lo = r.lowerBound
    for k in r where k + 1 < r.upperBound && tokens[k].kind == .word && tokens[k].has(.documentNoun) && !tokens[k].isCapitalised
      && Lexicon.sourcePrepositions.contains(tokens[k + 1])
    {
      lo = k + 2
    }
    if lo >= r.upperBound { lo = r.lowerBound }
    if let owner = documentOwner(lo..<r.upperBound) { return owner }
    let runs = nameRuns(lo..<r.upperBound)
    let isRoleWord: (Token) -> Bool = { $0.kind == .word && !$0.isCapitalised && !$0.has(.documentNoun) }
    if let affiliated = affiliatedName(runs, end: r.upperBound) {
      // `Bill Richardson of New Mexico`, `Dana Ruiz of the Harbor Institute`: the person.
      var roleStart = lo
      while roleStart < affiliated.lowerBound, tokens[roleStart].has(.determiner) { roleStart += 1 }
      let roleText = affiliated.lowerBound > roleStart ? text(span(roleStart..<affiliated.lowerBound)) : nil
      return NounPhrase(tokens: r, range: range, head: .name(tokens: affiliated), role: roleText)
    }
    // `the Xinhua news agency`, `The Guardian newspaper`: a name before an outlet's noun is
    // the outlet (`a Baton Rouge newspaper` is one from there).
    if let run = runs.last, run.upperBound < r.upperBound, Lexicon.outletNouns.contains(tokens[r.upperBound - 1].lower),
      (run.upperBound..<(r.upperBound - 1)).allSatisfy({ tokens[$0].is("news") }), !Lexicon.indefiniteDeterminers.contains(tokens[lo]),
      NameClassifier.kind(of: tokens[run].wordTokens) != .place
    {
      return NounPhrase(tokens: r, range: range, head: .name(tokens: run), role: text(span(run.upperBound..<r.upperBound)))
    }
    // `The Chinese Embassy in Ottawa`, `the Harbour Bank in Leeds`: a body's name, then the
    // place it is in, is the body.
    if let body = bodyBeforeItsPlace(runs, end: r.upperBound) {
      return NounPhrase(tokens: r, range: range, head: .name(tokens: body), role: nil)
    }
    if let run = runs.last, run.upperBound == r.upperBound, hasRoleNoun(before: coordinated(runs).lowerBound..<run.upperBound, floor: lo) {
      // `the mayor of Lagos`, `officials in Tulsa`: the role speaks, the name says where.
      let definite = !Lexicon.indefiniteDeterminers.contains(tokens[lo])
      return NounPhrase(tokens: lo..<r.upperBound, range: span(lo..<r.upperBound), head: .role(definite: definite), role: nil)
    }
    if let run = runs.last {
      let tail = (run.upperBound..<r.upperBound).filter { tokens[$0].kind == .word || tokens[$0].kind == .quoteClose }
      let tailHasRole = tail.contains { isRoleWord(tokens[$0]) } || tail.contains { tokens[$0].kind == .quoteClose }
      // `In the 62nd minute Kim Min-Woo conceded …`: a time before the name is when, no role.
      if !tailHasRole, run.lowerBound > lo, Lexicon.timeNouns.contains(tokens[run.lowerBound - 1]) {
        return NounPhrase(tokens: run.lowerBound..<r.upperBound, range: span(run.lowerBound..<r.upperBound), head: .name(tokens: run), role: nil)
      }
      // (`a new Canadian study`, `a British report`: a place's name or its people's before a
      // record says where it was made; the record speaks.)
      let placesRecord = tail.last.map { tokens[$0].has(.documentNoun) } == true && NameClassifier.kind(of: tokens[run].wordTokens) == .place
      if !tailHasRole, !placesRecord {
        var roleStart = lo
        while roleStart < run.lowerBound, tokens[roleStart].has(.determiner) { roleStart += 1 }
        let roleText = roleStart < run.lowerBound && isRoleHead(run.lowerBound - 1) ? text(span(roleStart..<run.lowerBound)) : nil
        return NounPhrase(tokens: r, range: range, head: .name(tokens: run), role: roleText)
      }
    }
    // A role needs a noun that can speak (`officials`, `the report`), not `however` or
    // `this month` — or a proportion of people (`six in 10`).
    guard let headIndex = (lo..<r.upperBound).last(where: { tokens[$0].kind == .word }) else { return nil }
    let headWord = NameClassifier.stripPossessive(tokens[headIndex].lower)
    guard Self.canSpeak(headWord) || (lo..<r.upperBound).contains(where: { proportionStart(joint: $0, floor: lo) != nil }) else { return nil }
    // …and a noun it must be: not `ran` (`All ran counter to …`) or `dismissing` — though
    // after a determiner the tagger's verb may be a noun (`an interfaith gathering`), and
    // after a possessive it is one (`the council's plan`, `Lima's longtime allies`).
    // (An -s form right before a finite verb is the plural that verb agrees with, `Democrats
    // say`, `Clinton allies suggested`: two finite verbs do not follow each other; not `Omar
    // finds costs …`, nor a lowercase one before a base form, `That helps explain …`.)
    if !Lexicon.roleNouns.contains(headWord), let t = tag(headIndex), Self.verbLikeTags.contains(t),
      !(t == .vbg && tokens[lo].has(.determiner)), !isPossessed(headIndex, floor: lo), !(t == .vbz && isBeforeFiniteVerb(headIndex) && (tokens[headIndex].isCapitalised || tag(headIndex + 1) != .vb))
    {
      return nil
    }
    // …and a noun phrase, not a clause that ends in one: the speaker of `Trump took a risk,
    // telling …` is its subject, `Trump` — a subject and its verb, not a participle that
    // modifies (`some miffed supporters`).
    if headIndex > lo + 1, let verb = (lo + 1..<headIndex).first(where: { k in
      tokens[k].kind == .word && !tokens[k].isCapitalised && !Self.isPossessive(tokens[k]) && tokens[k - 1].kind == .word
        && !tokens[k - 1].has(.capitalisedFunctionWord) && (tokens[k - 1].isCapitalised || tag(k - 1)?.isNoun == true)
        && tag(k)?.isFiniteVerb == true && !isCompoundsNoun(k) && !isAdjectiveBeforeItsPreposition(k)
    }) {
      return analyse(r.lowerBound..<verb, fullEnd: verb)
    }
    let definite = !Lexicon.indefiniteDeterminers.contains(tokens[r.lowerBound])
    return NounPhrase(tokens: lo..<r.upperBound, range: span(lo..<r.upperBound), head: .role(definite: definite), role: nil)
  }

  /// `in rural | Alberta`, `in southwest | Nova Scotia`: a lowercase adjective or region's
  /// word between a place's preposition and a capitalised name (the tagger asked last).
  private func qualifiesAPlace(_ k: Int, before end: Int) -> Bool {
    k > 0 && k + 1 < end && tokens[k].kind == .word && !tokens[k].isCapitalised && tokens[k + 1].isCapitalised && Self.placesAName(tokens[k - 1])
      && (Lexicon.regionQualifiers.contains(tokens[k]) || tag(k) == .jj)
  }

  /// Whether token `k` is a lowercase adjective (or adverb: `close`) right after a noun.
  /// A word that is mostly an adjective or adverb is one there even when the tagger reads
  /// it as a verb (`People close to the mayor`: a plural and a verb, to the tagger), and so
  /// is one listed as following its noun whatever the tagger reads (`People familiar with
  /// the matter`: a present tense, to the tagger).
  private func isAdjectiveAfterNoun(_ k: Int) -> Bool {
    guard k > 0, tokens[k].kind == .word, !tokens[k].isCapitalised, let t = tag(k) else { return false }
    guard t == .jj || t == .rb || t.isVerb && [.jj, .rb].contains(lexicalTag(k)) || Lexicon.postnominalAdjectives.contains(tokens[k]) else { return false }
    return tokens[k - 1].kind == .word && tag(k - 1)?.isNoun == true
  }

  /// `close to`, `familiar with`: an adjective after a noun, with the preposition it takes.
  private func isAdjectiveBeforeItsPreposition(_ k: Int) -> Bool {
    k + 1 < tokens.count && tokens[k + 1].kind == .word && Lexicon.roleLinkPrepositions.contains(tokens[k + 1]) && isAdjectiveAfterNoun(k)
  }

  /// Whether the word after `k` is a verb that needs a subject: a finite one, a modal, a
  /// present the tagger reads as the base form after the misread `-s` (`Democrats say`), or
  /// a speech verb's past it reads as a participle there (`allies said that …`; no verb of
  /// saying is a participle after a present that is no auxiliary).
  private func isBeforeFiniteVerb(_ k: Int) -> Bool {
    guard k + 1 < tokens.count, tokens[k + 1].kind == .word, let next = tag(k + 1) else { return false }
    return next.isFiniteVerb || next == .md || next == .vb || next == .vbn && tokens[k + 1].has(.speechVerb) && !Lexicon.auxiliaries.contains(tokens[k])
  }

  /// Whether a possessive owns the word at `head`: right before it, or before one modifier
  /// (`Lima's longtime allies`; not `Lima's death at a public gathering`).
  private func isPossessed(_ head: Int, floor: Int) -> Bool {
    if head > floor, Self.isPossessive(tokens[head - 1]) { return true }
    guard head - 2 >= floor, Self.isPossessive(tokens[head - 2]) else { return false }
    let modifier = tokens[head - 1]
    return modifier.kind == .word && !modifier.has(.determiner) && !modifier.has(.phraseStop) && !Lexicon.prepositions.contains(modifier)
  }

  /// The names at the end of `runs` joined by commas, `and` or `or` (`Kano, Jos and Lagos`),
  /// as one range; the last run alone when it stands on its own.
  private func coordinated(_ runs: [Range<Int>]) -> Range<Int> {
    guard var first = runs.last else { return 0..<0 }
    for run in runs.dropLast().reversed() {
      let between = tokens[run.upperBound..<first.lowerBound]
      guard !between.isEmpty, between.count <= 2, between.allSatisfy({ $0.isMark(",") || $0.is("and") || $0.is("or") }) else { break }
      first = run.lowerBound..<first.upperBound
    }
    return first
  }

  /// `the mayor of | Lagos`, `officials in | Tulsa`, `residents of | Lagos`, `75 percent
  /// of | Democrats`, `Democrats on | Capitol Hill`: a role, a share or a group, then where
  /// or of whom (and a determiner) before the name. Not one who speaks for the name (`a
  /// spokeswoman for Clinton`: the name is the source), nor a thing (`footage of Trump`).
  /// A person's role noun in the singular (`candidate`, `senator`; not `members`).
  private func isSingularRoleNoun(_ t: Token) -> Bool {
    t.kind == .word && !t.isCapitalised && (t.has(.roleNoun) || t.has(.title)) && !t.lower.endsWith("s")
  }

  /// Where a role with its article starts that ends right before the `and` at `k`: `the
  /// independent Vermont senator` in `… senator and Democratic presidential candidate`.
  private func roleWithArticle(endingBefore k: Int, floor: Int) -> Int? {
    guard k - 1 >= floor, isSingularRoleNoun(tokens[k - 1]) else { return nil }
    var j = k - 2
    while j >= floor, k - j <= 7, tokens[j].kind == .word {
      if Lexicon.articles.contains(tokens[j]) { return j }
      if tokens[j].has(.phraseStop) || tokens[j].has(.finiteSpeechVerb) || tokens[j].has(.determiner) { return nil }
      j -= 1
    }
    return nil
  }

  private func hasRoleNoun(before run: Range<Int>, floor: Int) -> Bool {
    var p = run.lowerBound - 1
    // (Past a region's word: `farmers in rural | Alberta`.)
    if p > floor, qualifiesAPlace(p, before: run.upperBound) { p -= 1 }
    // (Past the name's titles: `Critics of Mayor Ana Lima`.)
    while p > floor, tokens[p].kind == .word, tokens[p].isCapitalised, tokens[p].has(.title) { p -= 1 }
    if p > floor, tokens[p].has(.determiner) { p -= 1 }
    // `An aide to Ana Lima`, `a source close to Lima`: a noun for people tied to a person by
    // `to` (past the adjective it goes with). (`A spokesman for Lima` speaks for her.)
    if p - 1 >= floor, tokens[p].is("to"), !startsOrganisation(run) {
      let noun = nounBefore(p, floor: floor)
      if tokens[noun].kind == .word, !tokens[noun].isCapitalised || noun == floor, Self.namesPeople(tokens[noun]), tag(noun)?.isCommonNoun == true {
        return true
      }
    }
    guard p - 1 >= floor, tokens[p].kind == .word, Self.placesAName(tokens[p]) else { return false }
    let head = tokens[p - 1]
    guard head.kind == .word else { return false }
    // A group by its plural proper name (`Republicans in Congress`), which the tagger reads.
    if head.isCapitalised, head.bare.endsWith("s"), tag(p - 1) == .nnps { return true }
    // A capital only where the phrase starts (`Officials in Tulsa said`). (Papers and firms
    // speak as people do: `Six newspapers in Halifax said`, `companies in Ontario say`.)
    let isPapersOrFirms = {
      let singular = Lexicon.singular(ofPlural: head.bare) ?? head.bare
      return Lexicon.outletNouns.contains(singular) || Lexicon.companyNouns.contains(singular)
    }
    // (A noun for people, or any plural noun in a place, as people are named by what they do
    // or own: `Tenants in Leeds said`, `shopkeepers in Salem say` — not a party's or an
    // office's, `Democrats in Iowa who …`, nor where its phrase is a preposition's object,
    // `testified on the attacks in Benghazi, and …`.)
    // (Or one someone new from or in a place of one word, a singular noun after `a` that
    // names no thing the lists know: `a widow from Bloomington`, `a 67-year-old retiree in
    // Leeds` — not `an email from Omar Bell`, `a number of Democrats`, `an attack on Trump`.)
    let headTag = tag(p - 1)
    let isPeopleInAPlace = {
      !head.has(.title) && !Lexicon.singularFlags(ofPlural: head.bare).contains(.title)
        && (head.has(.animate) || headTag == .nns && Lexicon.locativePrepositions.contains(self.tokens[p]) && !self.isPrepositionsObject(p - 1, floor: floor)
          || headTag == .nn && self.isSomeoneNewFromAPlace(p - 1, of: run, floor: floor))
    }
    guard !head.isCapitalised || p - 1 == floor,
      Lexicon.roleNouns.containsBare(head) || Lexicon.quantifierSubjects.containsBare(head) || Lexicon.shareNouns.containsBare(head)
        || isPapersOrFirms() || isPeopleInAPlace()
    else { return false }
    return headTag.map(\.isCommonNoun) ?? !head.isCapitalised
  }

  /// Whether the lowercase noun at `head`, before `from` or `in` and the one-word name
  /// `run`, is introduced by `a` or `an` (past a few lowercase modifiers) and is no
  /// document, outlet, organisation or company noun.
  private func isSomeoneNewFromAPlace(_ head: Int, of run: Range<Int>, floor: Int) -> Bool {
    let noun = tokens[head]
    guard run.count == 1, tokens[head + 1].is("from") || tokens[head + 1].is("in"), !Lexicon.isGivenName(tokens[run.lowerBound]), !noun.isCapitalised, !noun.has(.documentNoun), !noun.has(.organisationHead), !noun.has(.outletHead),
      !Lexicon.outletNouns.contains(noun.bare), !Lexicon.companyNouns.contains(noun)
    else { return false }
    var j = head - 1
    while j >= floor, head - j <= 3, tokens[j].kind == .word, !tokens[j].isCapitalised || j == floor {
      if Lexicon.indefiniteArticles.contains(tokens[j]) { return true }
      if tokens[j].has(.determiner) || Lexicon.prepositions.contains(tokens[j]) { return false }
      j -= 1
    }
    return false
  }

  /// Whether the noun at `head` ends a preposition's object: a preposition before the
  /// determiners, numbers, adjectives and nouns that lead up to it (`on the 2011 attacks`).
  private func isPrepositionsObject(_ head: Int, floor: Int) -> Bool {
    var j = head - 1
    while j >= floor, tokens[j].kind == .word, let t = tag(j), t == .dt || t == .cd || t == .prpPossessive || t == .pos || t.isAdjective || t.isNoun {
      j -= 1
    }
    return j >= floor && tag(j) == .in
  }

  /// `of`, `from`, `at`, `in`, `on`, `near`: a preposition that puts a name where the
  /// speaker is, or whom they belong to.
  private static func placesAName(_ t: Token) -> Bool {
    Lexicon.affiliationConnectors.contains(t) || Lexicon.locativePrepositions.contains(t) || Lexicon.subjectPlacePrepositions.contains(t)
  }

  /// A person's name followed by where they are from or work (`Richardson of New
  /// Mexico`, `Ruiz at the Harbor Institute`): the first run that is no organisation
  /// and has only `of`/`from`/`at` (and a determiner) between it and the next — and,
  /// with no determiner, the two are not one name before a noun (`judges handling Freedom
  /// of Information Act lawsuits`; but `Robert Antonacci of the New York delegation`).
  private func affiliatedName(_ runs: [Range<Int>], end: Int) -> Range<Int>? {
    // (`Justice Department spokesman Paul Roy of Ohio`: the name after a body's role.)
    runs.indices.dropLast().lazy.compactMap { affiliatedName(runs[$0], runs[$0 + 1], end: end) }.first
  }

  /// `run` as a person's name when `next` says where they are from or work.
  private func affiliatedName(_ run: Range<Int>, _ next: Range<Int>, end: Int) -> Range<Int>? {
    // (`Staff Sgt. Paul Roy of the OPP`: a rank's words before a given name are no
    // organisation's.)
    let first = run.last(where: { tokens[$0].has(.title) }).flatMap { t in
      t + 1 < run.upperBound && Lexicon.isGivenName(tokens[t + 1]) ? (t + 1)..<run.upperBound : nil
    } ?? run
    guard !startsOrganisation(first), !tokens[first].contains(where: { $0.has(.place) }) else { return nil }
    let between = first.upperBound..<next.lowerBound
    // (`of First Methodist Church`: a title's word may open the body's name.)
    guard between.count >= 1, between.count <= 2, Lexicon.affiliationConnectors.contains(tokens[between.lowerBound]),
      between.count == 1 || tokens[between.upperBound - 1].has(.determiner) || tokens[between.upperBound - 1].isCapitalised && tokens[between.upperBound - 1].has(.title)
    else { return nil }
    if between.count == 1, next.upperBound < end, tokens[next.upperBound].kind == .word, !tokens[next.upperBound].isCapitalised,
      tag(next.upperBound)?.isNoun == true
    {
      return nil
    }
    return first
  }

  /// `those surveyed say`, `voters polled said`: the people a poll asked, named by the
  /// participle after them — a role (not `surveyed` as a noun).
  private func polledGroup(endingAt end: Int, floor: Int) -> NounPhrase? {
    guard end - 1 >= floor, tokens[end].kind == .word, Lexicon.pollParticiples.contains(tokens[end]), tokens[end - 1].kind == .word else { return nil }
    if tokens[end - 1].is("those") {
      return NounPhrase(tokens: (end - 1)..<(end + 1), range: span((end - 1)..<(end + 1)), head: .role(definite: true), role: nil)
    }
    guard var group = walkBack(from: end - 1, floor: floor), case .role = group.head else { return nil }
    group.tokens = group.tokens.lowerBound..<(end + 1)
    group.range = span(group.tokens)
    return group
  }

  /// A share of people standing for them (`47% say`, `Some said`, `Others argue`, `A third
  /// say`, `Those over 60 say`): a role with no noun of its own.
  private func quantity(endingAt end: Int, floor: Int) -> NounPhrase? {
    let last = tokens[end]
    var start = end
    if last.isMark("%"), end - 1 >= floor, tokens[end - 1].kind == .word, tokens[end - 1].lower.first?.isNumber == true {
      start = end - 1
    } else if last.kind == .word, Lexicon.fractionNouns.contains(last), end - 1 >= floor, tokens[end - 1].kind == .word,
      Lexicon.articles.contains(tokens[end - 1]) || Lexicon.numberWords.contains(tokens[end - 1])
    {
      start = end - 1
    } else if last.kind == .word, end - 2 >= floor, Lexicon.agePrepositions.contains(tokens[end - 1]), tokens[end - 2].is("those"), isNumber(end) {
      start = end - 2
    } else if last.kind == .word, Lexicon.quantifierSubjects.contains(last), end == floor || !tokens[end - 1].has(.determiner) {
      start = end
    } else if isBareCount(end, floor: floor) {
      start = end
    } else if last.kind == .word, Lexicon.shareNouns.contains(last), end - 1 >= floor, isNumber(end - 1), tag(end)?.isNoun != true {
      // `Twelve percent indicated …`: a share after a number is people, however the tagger
      // reads the share's word there (a past tense, after a number it took for a name).
      start = end - 1
    } else {
      return nil
    }
    return NounPhrase(tokens: start..<(end + 1), range: span(start..<(end + 1)), head: .role(definite: false), role: nil)
  }

  /// `and 39 have said`, `Nine said they …`: a bare count opening its clause, an auxiliary
  /// or a speech verb the tagger reads as one next, stands for that many people — not an
  /// age between commas (`Ms. Nwanguma, 21, who …`), a thousand's last digits (`21,000
  /// said`), a year, or a count before a participle and its noun (`60 pledged delegates`).
  private func isBareCount(_ k: Int, floor: Int) -> Bool {
    // Asked of every phrase's last word: the words around it first, the tagger last.
    guard k + 1 < tokens.count, tokens[k].kind == .word, tokens[k + 1].kind == .word,
      k == floor || Lexicon.coordinators.contains(tokens[k - 1])
        || tokens[k - 1].isMark(",") && tokens[k - 1].range.end < tokens[k].range.start
    else { return false }
    let auxiliary = Lexicon.auxiliaries.contains(tokens[k + 1])
    guard auxiliary || tokens[k + 1].has(.finiteSpeechVerb), !tokens[k].isYear, isNumber(k) else { return false }
    return auxiliary || tag(k + 1)?.isVerb == true && !(k + 2 < tokens.count && tokens[k + 2].kind == .word && tag(k + 2)?.isNoun == true)
  }

  /// A dash that sets words off: an em or en dash, or what stands for one in plain text —
  /// a hyphen with spaces round it (` - `), or two hyphens (` -- `, each a token).
  func isDash(_ k: Int) -> Bool {
    let t = tokens[k]
    if t.mark.isDash { return true }
    guard t.isMark("-") else { return false }
    let before = t.range.start > 0 ? scalars[t.range.start - 1] : " "
    let after = t.range.end < scalars.count ? scalars[t.range.end] : " "
    return (before.isSpaceOrNewline || before == "-") && (after.isSpaceOrNewline || after == "-")
  }

  /// Where the proportion joined at `j` starts, when `j` is `in` or `of` between two
  /// numbers (`six in 10`, `two of three`) or `out of` (`nine out of 10`): at its first number.
  private func proportionStart(joint j: Int, floor: Int) -> Int? {
    guard j > floor, j + 1 < tokens.count, tokens[j].is("in") || tokens[j].is("of"), isNumber(j + 1) else { return nil }
    if isNumber(j - 1) { return j - 1 }
    return tokens[j].is("of") && j - 2 >= floor && tokens[j - 1].is("out") && isNumber(j - 2) ? j - 2 : nil
  }

  /// A number, in digits or words (`Nine`, which the tagger may read as a name).
  private func isNumber(_ k: Int) -> Bool {
    tokens[k].kind == .word && (Lexicon.numberWords.contains(tokens[k]) || tag(k) == .cd)
  }

  /// An adverb between a subject and its cue (`first said`, `flatly denied`, `soon
  /// noted`) is a lowercase word, neither a pronoun, a determiner nor an auxiliary; the
  /// tagger says whether it is one.
  private func isAdverbCandidate(_ t: Token) -> Bool {
    !t.isCapitalised && !t.has(.pronoun) && !t.has(.determiner) && !Lexicon.auxiliaries.contains(t)
  }

  /// An adverb in -ly (`reportedly`, `flatly`), not a noun that ends so (`a tally`, `the
  /// family`, `an ally`): the tagger decides when there is one.
  private func isLyAdverb(_ j: Int) -> Bool {
    guard tokens[j].lower.endsWith("ly") else { return false }
    // After a determiner it belongs to the phrase (`a tally`, `the likely nominee`).
    if j > 0, tokens[j - 1].kind == .word, tokens[j - 1].has(.determiner) { return false }
    guard let t = tag(j) else { return true }
    // `early results`, `elderly residents`: an adjective before its noun is the phrase's.
    if t == .jj, j + 1 < tokens.count, tokens[j + 1].kind == .word, tag(j + 1)?.isNoun == true { return false }
    return t == .rb || t == .jj
  }

  /// Whether a word is worth asking the tagger about as a verb: one with a finite verb's
  /// ending (`imposed`, `Calls` in a title-case headline) or a finite form without one
  /// (`went`, `think`). Tagging costs; most words need none.
  static func mayBeVerb(_ t: Token) -> Bool {
    guard t.kind == .word, !t.has(.determiner), !t.has(.phraseConnector), !t.has(.nameParticle) else { return false }
    if isPossessive(t) { return false }
    let w = t.lower
    return w.endsWith("s") || w.endsWith("ed") || Lexicon.irregularFiniteVerbs.contains(t)
  }

  /// `the community's inspector general`, `Trump's`: a possessive, though the tagger may
  /// read its `'s` as `is` — which it is only after a few words (`it's`, `that's`).
  static func isPossessive(_ t: Token) -> Bool { t.endsInApostropheS && !Lexicon.contractionHosts.contains(t.bare) }

  /// `R-Utah`, `D-Calif.`, `I-Vt.`: a legislator's party and state, said after the name.
  static func isPartyAffiliation(_ t: Token) -> Bool {
    guard t.kind == .word, t.range.length > 3 else { return false }
    var bytes = t.text.utf8.makeIterator()
    guard let party = bytes.next(), party == UInt8(ascii: "R") || party == UInt8(ascii: "D") || party == UInt8(ascii: "I"),
      bytes.next() == UInt8(ascii: "-"), let state = bytes.next()
    else { return false }
    return state >= UInt8(ascii: "A") && state <= UInt8(ascii: "Z")
  }

  /// Tags no role's head word carries.
  private static let verbLikeTags: Set<PennTag> = [.vb, .vbd, .vbg, .vbn, .vbp, .vbz, .md, .rb, .in]

  /// Whether the word right before a name ends a role of the person's: a title, role or
  /// person noun (`Gov.`, `spokeswoman`, `hopeful`), or a noun that can speak (`Democrat`). Not
  /// an adjective alone (`the popular Ana Lima`), a word that is no noun (`Even China`,
  /// `Say Mexico demanded …`), or a time or a document the name's clause goes on to
  /// describe (`the third time AROS said`, `the famous story Ana Lima told`).
  private func isRoleHead(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word else { return false }
    if t.has(.title) || t.has(.roleNoun) { return true }
    let noun = tag(k)?.isNoun == true
    // A person noun the tagger read as an adjective is one after its own modifier
    // (`presidential hopeful`), not right after a determiner (`the nonpartisan CBO`).
    if t.has(.animate), noun || k > 0 && tokens[k - 1].kind == .word && !tokens[k - 1].has(.determiner) { return true }
    guard noun, !t.has(.documentNoun), !Lexicon.timeNouns.contains(t) else { return false }
    return Self.canSpeak(t.bare)
  }

  /// Nouns that can head a speaking role.
  static func canSpeak(_ noun: String) -> Bool {
    if Lexicon.roleNouns.contains(noun) || Lexicon.documentNouns.contains(noun) { return true }
    if Lexicon.capitalisedFunctionWords.contains(noun) || Lexicon.phraseStops.contains(noun) { return false }
    // A number is no speaker (`59`), unless it is an age that stands for a person.
    if noun.first?.isNumber == true { return Lexicon.ageNounEndings.contains { noun.hasSuffix($0) } }
    return !Lexicon.nonSpeakers.contains(noun)
  }

  /// Whether the capitalised word at `k` is among an office's words after a title's `of` or
  /// `for` (`Minister for | Women`, `Secretary of Homeland | Security`).
  private func isOfficeWord(_ k: Int) -> Bool {
    guard tokens[k].kind == .word, tokens[k].isCapitalised else { return false }
    var j = k - 1
    while j > 0, k - j <= 3, tokens[j].kind == .word, tokens[j].isCapitalised, !tokens[j].has(.title) { j -= 1 }
    return j >= 1 && Lexicon.officePrepositions.contains(tokens[j]) && tokens[j - 1].has(.title)
  }

  /// `After the meeting, May said …`, `Will described him as …`, `Senator Dana May said …`: a
  /// capitalised modal before a past or present tense (a modal takes a bare verb), past an
  /// adverb (`May also criticized …`), is a surname, alone or after a given name the list
  /// may not know; so is one before a relative clause on a person (`May, who represents …`).
  private func isModalAsName(_ k: Int) -> Bool {
    guard tokens[k].has(.capitalisedFunctionWord), Lexicon.auxiliaries.contains(tokens[k]), k + 2 < tokens.count else { return false }
    if tokens[k + 1].isMark(","), Lexicon.personRelatives.contains(tokens[k + 2]) { return true }
    var j = k + 1
    while j < tokens.count, j - k <= 2, tokens[j].kind == .word, !tokens[j].isCapitalised {
      let tag = tag(j)
      if tag == .vbd || tag == .vbz { return true }
      guard tag == .rb else { return false }
      j += 1
    }
    return false
  }

  /// `Theresa May`, `Rob Will`: after a given name a capitalised function word is the
  /// surname; so is one of another language, which the tagger never learnt, after a name it
  /// never learnt either (`Bipul Das`). Asked only of such a word: the given-name lookup
  /// makes a string.
  private func isSurnameAfterGivenName(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.has(.capitalisedFunctionWord), k > 0, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalised, !t.is("the"), !t.is("and") else { return false }
    if Lexicon.isGivenName(tokens[k - 1]) { return true }
    return !tokens[k - 1].has(.capitalisedFunctionWord) && lexicalTag(k) == nil && lexicalTag(k - 1) == nil
  }

  /// `Société | de transport de Montréal`, `Assemblée | de la francophonie de l'Ontario`: a
  /// French body's name goes on past a capitalised word through its small words and the
  /// lowercase words after them to a capitalised word (or an elided one, `l'Ontario`);
  /// where it ends, if a lowercase word is on the way — a person's particles (`de la Cruz`)
  /// are followed only by capitals. Or it ends in lowercase words the tagger never learnt
  /// (`Bureau | de coopération interuniversitaire`): English words after it it knows.
  func frenchNameEnd(from k: Int, limit: Int) -> Int? {
    // (Or from a lowercase word the tagger never learnt before them: `Office | québécois de la langue française`.)
    guard tokens[k].kind == .word,
      tokens[k].has(.frenchNameWord) || k + 1 < limit && tokens[k + 1].has(.frenchNameWord) && !tokens[k].isCapitalised && lexicalTag(k) == nil
    else { return nil }
    var j = k, end: Int? = nil, sawLowercase = false
    while j < limit, j - k < 10, tokens[j].kind == .word {
      let t = tokens[j]
      if t.has(.frenchNameWord) {
        j += 1
      } else if t.isCapitalised || isElidedCapital(t) {
        j += 1
        if sawLowercase { end = j }
        guard j < limit, tokens[j].kind == .word, tokens[j].has(.frenchNameWord) else { break }
      } else if j > k && tokens[j - 1].has(.frenchNameWord) || (j == k || sawLowercase) && lexicalTag(j) == nil {
        sawLowercase = true
        j += 1
        if lexicalTag(j - 1) == nil { end = j }
      } else {
        break
      }
    }
    return end
  }

  /// `l'Ontario`, `d'Ottawa`: an elided article or preposition before a capitalised word.
  private func isElidedCapital(_ t: Token) -> Bool {
    let scalars = Array(t.text.unicodeScalars.prefix(3))
    return scalars.count == 3 && (scalars[0] == "l" || scalars[0] == "d") && (scalars[1] == "'" || scalars[1] == "\u{2019}") && scalars[2].properties.isUppercase
  }

  /// `7:19 p.m. EST`, `11:40 PM GMT`: a clock's `AM`/`PM` after its number, and the zone in
  /// capitals after that, are a time's words, nobody's name.
  private func isClockWord(_ k: Int) -> Bool {
    func isMeridiem(_ j: Int) -> Bool {
      guard j > 0, tokens[j].kind == .word, tokens[j - 1].kind == .word, tokens[j - 1].text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
      let letters = tokens[j].lower.filter { $0 != "." }
      return letters == "am" || letters == "pm"
    }
    return isMeridiem(k) || k > 1 && isMeridiem(k - 1) && tokens[k].text.utf8.count <= 4 && (NameClassifier.capitalLetters(in: tokens[k].text) ?? 0) == tokens[k].text.utf8.count
  }

  /// `Procter & Gamble`, `Power & Politics`: an ampersand between capitalised words, which
  /// joins them into one name.
  func isAmpersandInName(_ k: Int) -> Bool {
    tokens[k].isMark("&") && k > 0 && k + 1 < tokens.count && tokens[k - 1].isCapitalised && tokens[k + 1].kind == .word && tokens[k + 1].isCapitalised
  }

  /// `told BBC Radio Leeds.`, `on CBC News Montreal in May`: an outlet's last word, then one
  /// capitalised word that is neither a given name nor a title, before punctuation or a
  /// preposition: the station or edition is part of the outlet's name (not `Eurasia Group
  /// David Meale`, `Fox News host …`, nor `the Washington Post Trump said`, a subject).
  private func isOutletsEdition(_ k: Int) -> Bool {
    let next = k + 1
    guard tokens[k].has(.outletHead), next < tokens.count, tokens[next].kind == .word, !Lexicon.isGivenName(tokens[next]), !tokens[next].has(.title) else {
      return false
    }
    return next + 1 >= tokens.count || tokens[next + 1].kind == .punctuation || Lexicon.prepositions.contains(tokens[next + 1])
  }

  /// A one-word place of the gazetteer at `k` before a given name and another capitalised
  /// word (`Peru | Omar Bell`).
  private func isPlaceBeforeFullName(_ k: Int, limit: Int) -> Bool {
    // (The gazetteer last: it joins the words it is asked.)
    k + 2 < limit && tokens[k + 2].kind == .word && tokens[k + 2].isCapitalised && Lexicon.isGivenName(tokens[k + 1])
      && Lexicon.isPlaceName([tokens[k].bare])
  }

  /// Maximal runs of capitalised words that could be a name, split after an
  /// organisation's last word (`Eurasia Group | David Meale`); titles and places
  /// in front are not part of a person's name.
  func nameRuns(_ r: Range<Int>) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start: Int? = nil
    // Where the run goes on past words taken whole: a French body's name (`… de transport de
    // Montréal`) or a nickname in quotes.
    var skipTo = r.lowerBound
    for k in r {
      if k < skipTo { continue }
      if start != nil, let end = frenchNameEnd(from: k, limit: r.upperBound) {
        skipTo = end
        continue
      }
      let t = tokens[k]
      let capital = t.kind == .word && ((t.isCapitalised && !t.has(.hyphenatedAdjective)) || t.has(.domain))
      // (First, or where a name may start, a particle opens the name: a phrase's `de Blasio`.)
      let particle = t.kind == .word && t.has(.nameParticle) && (start != nil || k == r.lowerBound || particleOpensName(k))
        && particlesEndBeforeCapital(from: k, limit: r.upperBound)
      let connector = start != nil && t.kind == .word && isConnector(k, in: r, runStart: start!)
      // That article, right after a connector the run took.
      let article = start != nil && k > r.lowerBound && tokens[k - 1].has(.phraseConnector) && Lexicon.articles.contains(t)
        && k + 1 < r.upperBound && tokens[k + 1].isCapitalised && startsOrganisation(start!..<(k - 1))
      if start == nil, capital, let end = departmentNameEnd(from: k, limit: r.upperBound) {
        appendTrimmed(k..<end, to: &runs)
        skipTo = end
        continue
      }
      if start == nil, capital, positionalCapitals.contains(k) || Self.isPartyAffiliation(t) || isClockWord(k) { continue }
      // `Witness Maria Santos`, `Actress Ana Lima`: a noun for a person capitalised before a
      // given name is the person's role, not part of the name.
      // (Or, opening the sentence, a singular one before two capitalised words of a full
      // name the given-name list may not know: `Teammate Fred VanVleet`, `Striker Kofi Mensah`.)
      // Opening the phrase, a word the tagger learnt as a common noun is such a noun before
      // a given name and a surname: the lists cannot hold every occupation (`Historian
      // Dorothy Brennan`; but `Cory James`, where the given-name list lacks `Cory`).
      if start == nil, capital, !t.has(.title), k + 1 < r.upperBound, !Lexicon.isGivenName(t),
        Self.namesPeople(t) || k == r.lowerBound && isCommonNounBeforeFullName(k, limit: r.upperBound),
        Lexicon.isGivenName(tokens[k + 1]) || k == r.lowerBound && isRoleBeforeFullName(k, limit: r.upperBound)
          || isTitlesPluralBeforeList(k, limit: r.upperBound),
        !namesOrganisation(from: k + 1, limit: r.upperBound)
      {
        continue
      }
      // `ambassador to Peru Omar Bell`: a place a preposition takes, before a given name and
      // a surname, is a name of its own.
      if start == nil, capital, k > 0, tokens[k - 1].is("to") || Lexicon.prepositions.contains(tokens[k - 1]), isPlaceBeforeFullName(k, limit: r.upperBound) {
        appendTrimmed(k..<(k + 1), to: &runs)
        continue
      }
      // `the Spaniard said`, `the German, who …`: one person of a place, after an article
      // and ending its phrase, is an epithet and no name (`the German government` is not one).
      if start == nil, capital, isDemonymEpithet(k, limit: r.upperBound) { continue }
      // `the Ohio Republican said`: a party's member (of a place) after an article is one too.
      if start == nil, capital, let end = partyEpithetEnd(from: k, limit: r.upperBound) {
        skipTo = end
        continue
      }
      let surname = capital && start != nil && isSurnameAfterGivenName(k)
      let ampersand = start != nil && k + 1 < r.upperBound && isAmpersandInName(k)
      let numbered = start != nil && endsNameWithNumber(k)
      // (`said Jan Simpson`: a month's abbreviation with no period before a capitalised word
      // that is no function word is a given name; `Jan 5` stays a date.)
      let monthAsGivenName = capital && start == nil && t.has(.capitalisedFunctionWord) && k + 1 < r.upperBound && tokens[k + 1].kind == .word
        && tokens[k + 1].isCapitalised && !tokens[k + 1].has(.capitalisedFunctionWord) && Lexicon.monthAbbreviations.contains(t)
      if (capital && !t.has(.capitalisedFunctionWord)) || particle || connector || article || surname || ampersand || numbered || monthAsGivenName
        || (capital && start != nil && t.has(.title) && !t.is("the")) || capital && isModalAsName(k)
      {
        // `… of the Council on Coastal Relations | Dana Ruiz said`: a body's name runs into
        // a full name that closes the run.
        if let s = start, k > s, isFullNameAfterBody(k, runStart: s, limit: r.upperBound) {
          appendTrimmed(s..<k, to: &runs)
          start = nil
        }
        if start == nil { start = k }
        // `Eurasia Group | David Meale`, `Senate | President Steve Sweeney`: an
        // organisation's last word ends its name.
        if capital, t.has(.organisationHead) || t.has(.outletHead),
          k > start! || (k + 1 < r.upperBound && tokens[k + 1].has(.title)), k + 1 < r.upperBound, tokens[k + 1].isCapitalised, !isOrganisationWord(tokens[k + 1]),
          !tokens[k + 1].has(.outletHead), !tokens[k + 1].has(.phraseConnector), !isOutletsEdition(k), !isCountryEndingName(k + 1, limit: r.upperBound),
          // (Not before a body's own name within it: `United Nations Security Council`.)
          !namesOrganisation(from: k + 1, limit: r.upperBound)
        {
          appendTrimmed(start!..<(k + 1), to: &runs)
          start = nil
        } else if capital, t.endsInApostropheS, k + 1 < r.upperBound, tokens[k + 1].isCapitalised,
          !tokens[k + 1].has(.organisationHead), !tokens[k + 1].has(.outletHead)
        {
          // `Coastal University's Dana Ruiz`: the owner and the name are two (but `Taiwan
          // People's Party` is one).
          appendTrimmed(start!..<(k + 1), to: &runs)
          start = nil
        }
      } else if t.kind == .punctuation, t.isApostrophe, let s = start {
        // `Fox News' Sean Hannity`, `the Times' Ben Sisario`: a plural owner's apostrophe
        // before a given name or a title parts them as `'s` does (`Veterans' Affairs` stays one).
        if isPluralOwnersMark(k, limit: r.upperBound) {
          appendTrimmed(s..<k, to: &runs)
          start = nil
        }
        continue
      } else if let s = start, let close = nicknameClose(at: k, after: s..<k, limit: r.upperBound) {
        // `Juan "Chico" Manriquez`: a nickname in quotes between a given name and a surname.
        skipTo = close + 1
        continue
      } else {
        if let s = start { appendTrimmed(s..<k, to: &runs) }
        start = nil
      }
    }
    if let s = start { appendTrimmed(s..<r.upperBound, to: &runs) }
    return runs
  }

  /// Where a nickname's quote that opens at `k` closes, when it holds one to three words
  /// starting with a capital, comes right after a given name (`name`, one or two words) and
  /// before a capitalised word: `Juan "Chico" Manriquez`, `Dwayne "The Rock" Johnson`.
  private func nicknameClose(at k: Int, after name: Range<Int>, limit: Int) -> Int? {
    guard tokens[k].kind == .quoteOpen, let q = tokens[k].quote, name.count <= 2, Lexicon.isGivenName(tokens[name.lowerBound]),
      let close = (k + 1..<min(limit, k + 5)).first(where: { tokens[$0].kind == .quoteClose && tokens[$0].quote == q }),
      close > k + 1, (k + 1..<close).allSatisfy({ tokens[$0].kind == .word }), tokens[k + 1].isCapitalised,
      close + 1 < limit, tokens[close + 1].kind == .word, tokens[close + 1].isCapitalised, !tokens[close + 1].has(.capitalisedFunctionWord)
    else { return nil }
    return close
  }

  /// Whether the apostrophe at `k` is a plural's possessive (right after a word ending in
  /// `s`) before a capitalised word that opens a name of its own: one after an outlet's or
  /// a body's last word, or a given name or a title — or a surname alone, a word the tagger
  /// knows as no common noun (`Raptors' Lowry`; not `Farmers' Market`).
  private func isPluralOwnersMark(_ k: Int, limit: Int) -> Bool {
    guard k > 0, k + 1 < limit else { return false }
    let owner = tokens[k - 1], next = tokens[k + 1]
    guard owner.kind == .word, owner.range.end == tokens[k].range.start, owner.lower.hasSuffix("s"),
      next.kind == .word, next.isCapitalised, !next.has(.capitalisedFunctionWord), !next.has(.organisationHead), !next.has(.outletHead)
    else { return false }
    if owner.has(.outletHead) || owner.has(.organisationHead) || Lexicon.isGivenName(next) || next.has(.title) { return true }
    let surnameAlone = k + 2 >= limit || !(tokens[k + 2].kind == .word && tokens[k + 2].isCapitalised)
    return surnameAlone && lexicalTag(k + 1).map({ $0.isProperNoun }) ?? true
  }

  /// Whether a given name at `k` (no place's name: `Council of Virginia Beach`) and one
  /// capitalised word after it close a run that names a body before them: the words after
  /// the surname neither go on capitalised nor join a name (`Church of Jesus Christ of …`).
  private func isFullNameAfterBody(_ k: Int, runStart: Int, limit: Int) -> Bool {
    guard k + 1 < limit, Lexicon.isGivenName(tokens[k]), !tokens[k].has(.place), tokens[k + 1].kind == .word, tokens[k + 1].isCapitalised,
      !tokens[k + 1].has(.capitalisedFunctionWord), !tokens[k + 1].has(.organisationHead), !tokens[k + 1].has(.outletHead),
      k + 2 >= limit || tokens[k + 2].kind != .word || !tokens[k + 2].isCapitalised && !tokens[k + 2].has(.phraseConnector)
    else { return false }
    return startsOrganisation(runStart..<k)
  }

  /// Whether the noun for people at `k` is singular and two capitalised words follow it
  /// that are no function words, organisation's or outlet's words, or nouns the tagger
  /// knows in lower case (`Teammate Fred VanVleet`, not `Doctors Without Borders`).
  private func isRoleBeforeFullName(_ k: Int, limit: Int) -> Bool {
    guard k + 2 < limit, !tokens[k].bare.hasSuffix("s") || tokens[k].bare.hasSuffix("ss"), lexicalTag(k).map({ $0 == .nn }) ?? true else { return false }
    return (k + 1...k + 2).allSatisfy { j in
      tokens[j].kind == .word && tokens[j].isCapitalised && !tokens[j].has(.capitalisedFunctionWord) && !tokens[j].has(.organisationHead)
        && !tokens[j].has(.outletHead) && !tokens[j].has(.title) && lexicalTag(j)?.isProperNoun != false
    }
  }

  /// `Indigenous Services | Canada`: a place the word lists know (a country, a province)
  /// that ends the run after a body's word is the body's name's last word, as federal
  /// departments are named, not another name.
  private func isCountryEndingName(_ k: Int, limit: Int) -> Bool {
    tokens[k].has(.place) && (k + 1 >= limit || !(tokens[k + 1].kind == .word && tokens[k + 1].isCapitalised))
  }

  /// Whether the place named at `place` follows a preposition of place at `k` right after a
  /// body's last word (`Embassy | in | Ottawa`).
  private func isBodysPlace(after k: Int, _ place: Range<Int>, floor: Int) -> Bool {
    guard k - 1 >= floor, Lexicon.subjectPlacePrepositions.contains(tokens[k]), tokens[k - 1].kind == .word, tokens[k - 1].isCapitalised,
      isOrganisationWord(tokens[k - 1]) || tokens[k - 1].has(.outletHead)
    else { return false }
    return isKnownPlace(place)
  }

  /// The name of a body right before a preposition of place and a place's name that ends
  /// the phrase at `end` (`isBodysPlace`).
  private func bodyBeforeItsPlace(_ runs: [Range<Int>], end: Int) -> Range<Int>? {
    guard runs.count >= 2, let place = runs.last, place.upperBound == end, let body = runs.dropLast().last, body.upperBound + 1 == place.lowerBound,
      isBodysPlace(after: body.upperBound, place, floor: body.lowerBound)
    else { return nil }
    return body
  }

  /// `Environment and Climate Change Canada`, `Immigration, Refugees and Citizenship Canada`:
  /// fields of government (one to three capitalised words each, none a given name or a
  /// word the tagger learnt as a proper noun), listed with commas and one `and`, then a
  /// country or a province ending the run, name one department; where its name ends.
  private func departmentNameEnd(from k: Int, limit: Int) -> Int? {
    // (Asked of every run's first capital: the first field's `and` or comma, and a place
    // after it, are looked for before the tagger is asked anything.)
    var joint = k + 1
    while joint < limit, joint - k < 4, tokens[joint].kind == .word, tokens[joint].isCapitalised { joint += 1 }
    guard joint < limit, tokens[joint].isMark(",") || tokens[joint].kind == .word && tokens[joint].is("and"),
      (joint..<min(limit, k + 13)).contains(where: { tokens[$0].has(.place) })
    else { return nil }
    let isField = { (j: Int) in
      self.tokens[j].kind == .word && self.tokens[j].isCapitalised && !self.tokens[j].has(.capitalisedFunctionWord)
        && !Lexicon.isGivenName(self.tokens[j]) && self.lexicalTag(j)?.isProperNoun != true
    }
    var j = k, last = false
    while j < limit, j - k < 12 {
      let field = j
      while j < limit, j - field < 3, isField(j) { j += 1 }
      guard j > field, j < limit else { return nil }
      // (The field after `and` is the last: the country comes next.)
      if last { return isCountryEndingName(j, limit: limit) ? j + 1 : nil }
      if tokens[j].isMark(","), j + 1 < limit, tokens[j + 1].is("and") { j += 1 }
      last = tokens[j].is("and")
      guard last || tokens[j].isMark(",") else { return nil }
      j += 1
    }
    return nil
  }

  /// `Hydro One`, `Formula One`: a capitalised number after a name's word ends the name.
  private func endsNameWithNumber(_ k: Int) -> Bool {
    let t = tokens[k]
    return k > 0 && t.isCapitalised && Lexicon.numberWords.contains(t) && tokens[k - 1].kind == .word && tokens[k - 1].isCapitalised
      && !tokens[k - 1].has(.capitalisedFunctionWord)
  }

  /// Whether the capitalised words from `k` end in an organisation's word: the name before
  /// them is the body's (`Saint Mary's University`), not a person's after a role.
  private func namesOrganisation(from k: Int, limit: Int) -> Bool {
    let words = tokens[k..<min(limit, k + 5)].prefix { $0.kind == .word && $0.isCapitalised }
    return words.last.map { $0.has(.organisationHead) || $0.has(.outletHead) } ?? false
  }

  /// Whether the capitalised word at `k`, before a given name (or two words of a full name)
  /// and a capitalised word, is one the tagger learnt as a common noun, or never learnt and
  /// ending as a noun of what a person does, and no list names as a place, body or outlet.
  private func isCommonNounBeforeFullName(_ k: Int, limit: Int) -> Bool {
    let t = tokens[k]
    guard k + 2 < tokens.count, tokens[k + 2].kind == .word, tokens[k + 2].isCapitalised,
      !t.isInCapitals, !t.has(.place), !t.has(.organisationHead),
      !t.has(.outletHead), !t.has(.outletWord), !t.has(.capitalisedFunctionWord)
    else { return false }
    let agentNoun = lexicalTag(k) == nil && Lexicon.agentNounSuffixes.contains(where: t.lower.hasSuffix)
    // (Before a given name the list lacks, `Homeowner Kwame Mensah`, only such a noun, before
    // two words of a full name — not an initial, which says the noun is a given name:
    // `Sander M. Okafor`.)
    guard Lexicon.isGivenName(tokens[k + 1]) else {
      return agentNoun && tokens[k + 1].text.utf8.last != UInt8(ascii: ".") && isRoleBeforeFullName(k, limit: limit)
    }
    return lexicalTag(k) == .nn || agentNoun
  }

  /// Whether the capitalised word at `k` is a noun for one person of a place after an
  /// article, with no noun of its phrase after it (`the Frenchman who coaches …`).
  private func isDemonymEpithet(_ k: Int, limit: Int) -> Bool {
    // (The cheap questions first: most capitalised words after an article open a name of
    // more capitalised words, and the word lists are asked of few.)
    guard k > 0, tokens[k - 1].has(.determiner), Lexicon.articles.contains(tokens[k - 1]) else { return false }
    return Lexicon.isDemonymNoun(tokens[k].lower) && endsItsPhrase(k, limit: limit)
  }

  /// Where the words end, from the capitalised word at `k` after an article, that are
  /// a party's member, perhaps after the place they are from, and end their phrase: `the
  /// Republican`, `the South Carolina Republican`, `a Hispanic Republican`, past the
  /// article's adjectives `an influential Ohio Republican` — not `the Ohio Republican Party`.
  private func partyEpithetEnd(from k: Int, limit: Int) -> Int? {
    // (The member's noun first; the words before it are adjectives by their class alone, as
    // the tagger's data has them: the name pass tags no sentence for them.)
    var j = k
    while j < limit, j - k < 3, tokens[j].kind == .word, tokens[j].isCapitalised, !Lexicon.partyMemberNouns.contains(tokens[j]) { j += 1 }
    guard k > 0, j < limit, tokens[j].kind == .word, tokens[j].isCapitalised, Lexicon.partyMemberNouns.contains(tokens[j]) else { return nil }
    var article = k - 1
    while article > 0, k - article <= 2, tokens[article].kind == .word, !tokens[article].isCapitalised, !tokens[article].has(.determiner),
      lexicalTag(article)?.isAdjective == true
    {
      article -= 1
    }
    guard tokens[article].has(.determiner), Lexicon.articles.contains(tokens[article]), endsItsPhrase(j, limit: limit),
      j == k || Lexicon.isPlaceName(tokens[k..<j].map(\.bare)) || j == k + 1 && Lexicon.peoplesNames.contains(tokens[k])
    else { return nil }
    return j + 1
  }

  /// Whether no capitalised word or noun of the phrase comes after the word at `k`.
  private func endsItsPhrase(_ k: Int, limit: Int) -> Bool {
    guard k + 1 < limit else { return true }
    let next = tokens[k + 1]
    return next.kind != .word || !next.isCapitalised && tag(k + 1).map { !$0.isNoun } == true
  }

  /// `Mr. de Vos`, `“…,” de Souza said`, `said van der Berg`: after a title, a mark or a
  /// verb of speaking, a particle opens a name. (Not after other words, where a particle may
  /// open a body's name, `fought al Qaeda`, or be a noun, `the delivery van Tuesday`.)
  private func particleOpensName(_ k: Int) -> Bool {
    let before = tokens[k - 1]
    return before.kind != .word || before.has(.title) || before.has(.speechVerb)
  }

  /// `von der Leyen`, `de la Cruz`: the name particles from `k` on (up to three) are
  /// followed by a capitalised word.
  private func particlesEndBeforeCapital(from k: Int, limit: Int) -> Bool {
    var j = k
    while j < limit, j - k < 3, tokens[j].kind == .word, tokens[j].has(.nameParticle) { j += 1 }
    return j < limit && tokens[j].kind == .word && tokens[j].isCapitalised
  }

  /// A run as a name: titles and demonyms at its front are role words, not the name —
  /// unless the run names a place itself (`South China Sea`, `Gulf of Mexico`); a run of
  /// role words alone names nobody.
  private func appendTrimmed(_ run: Range<Int>, to runs: inout [Range<Int>]) {
    // (Not a connector the run took before words that did not go on with it: `Council of
    // Canadian Fishers and | the Port Workers Union`.)
    var run = run
    while run.count > 1, case let last = tokens[run.upperBound - 1], last.kind == .word, !last.isCapitalised, last.has(.phraseConnector) || last.is("and") {
      run = run.lowerBound..<(run.upperBound - 1)
    }
    // `The Hill`, `The Atlantic`: an outlet whose listed name holds its article keeps it.
    // (The words of an outlet's name first: most runs after `the` are none, and are asked no more.)
    if run.count <= 2, run.lowerBound > 0, tokens[run.lowerBound - 1].is("the"), tokens[run].allSatisfy({ $0.has(.outletWord) }),
      Lexicon.outlets.contains("the " + tokens[run].map(\.bare).joined(separator: " ").lowercased())
    {
      runs.append((run.lowerBound - 1)..<run.upperBound)
      return
    }
    // `British Columbia`, `American Samoa`: a place the gazetteer knows keeps its first word,
    // a title's elsewhere (`British Prime Minister …`). (Asked only where the first word
    // would be cut: the lookup joins the words.)
    if run.count > 1, tokens[run.lowerBound].has(.title) || tokens[run.lowerBound].has(.place), Lexicon.isPlaceName(tokens[run].map(\.bare)) {
      runs.append(run)
      return
    }
    // `The American Legion`: a title and one word after `the` are a body's name (nobody is
    // `the President Lima`); so are words after `the` that end in a title and a word the
    // tagger learnt as a common noun (`the Peace River Regional District`).
    let last = run.upperBound - 1
    if run.count >= 2, run.lowerBound > 0, tokens[run.lowerBound - 1].is("the"), !tokens[last].has(.title), !Lexicon.isGivenName(tokens[last]),
      tokens[last - 1].has(.title), !Lexicon.courtesyTitles.contains(tokens[last - 1].lower),
      run.count == 2 || lexicalTag(last)?.isCommonNoun == true
    {
      runs.append(run)
      return
    }
    var lo = run.lowerBound
    let namesAPlace = Lexicon.placeHeads.containsBare(tokens[run.upperBound - 1])
    // `American Civil Liberties Union`, `Chinese Foreign Ministry`, `U.S. Department of
    // Agriculture`: an institution's name keeps the words in front that would be a person's title.
    let namesAnInstitution = tokens[run.upperBound - 1].has(.organisationHead) || tokens[run.upperBound - 1].has(.outletHead)
      || (run.lowerBound..<(run.upperBound - 1)).contains { tokens[$0].has(.organisationHead) && tokens[$0 + 1].is("of") }
    while lo < run.upperBound - 1,
      tokens[lo].has(.title) && !namesAnInstitution || (tokens[lo].has(.place) && run.count > 2 && !namesAPlace && !startsOrganisation(lo..<run.upperBound))
    {
      lo += 1
    }
    // `Ambassador to the United States Hamdullah Mohib`: a place of several words before a
    // name of two is where the role before it is held.
    // (Not `the United States Pacific Command`: the two words are a body's.)
    if lo == run.lowerBound, run.count >= 4, run.count <= 5, !namesAPlace, !namesAnInstitution, let place = leadingPlace(run), run.upperBound - place == 2,
      tokens[place..<run.upperBound].allSatisfy({ !$0.has(.place) && !$0.has(.organisationHead) && !$0.has(.outletHead) && !Lexicon.placeHeads.containsBare($0) })
    {
      lo = place
    }
    // `Local MP Sarah Whitfield`: everything up to the last title word is the role — in an
    // organisation's name too when a given name follows it (`Harbour Council Chairman Ed Moss`)
    // or two or three words no organisation's or place's (`EU Trade Commissioner Cecilia Okafor`).
    // (A hyphenated one too: `Post Editor-in-Chief Martin Baron`.)
    if let lastTitle = (lo..<(run.upperBound - 1)).last(where: { tokens[$0].has(.title) || Self.isHyphenatedRole(tokens[$0].bare) }),
      !startsOrganisation(run) || Lexicon.isGivenName(tokens[lastTitle + 1]) || isPersonalName(lastTitle + 1..<run.upperBound)
    {
      lo = lastTitle + 1
    }
    // `Minister of Education Stefania Giannini`, `Secretary of Homeland Security Jeh Johnson`,
    // `Undersecretary for Political Affairs Wendy Sherman`: after a title's `of` or `for`,
    // the office's words come first, and the name is the last two words, or those from a
    // given name on.
    // (The run may start after the preposition, or hold it.)
    // (`… for Women and | Gender Equality Maryam Monsef`: or after an office's `and`.)
    let before = run.lowerBound - 1
    let office = before >= 1 && (tokens[before - 1].has(.title) && Lexicon.officePrepositions.contains(tokens[before])
      || tokens[before].is("and") && isOfficeWord(before - 1)) ? run.lowerBound
      : (run.lowerBound + 1..<lo + 1).first { tokens[$0 - 1].has(.title) && Lexicon.officePrepositions.contains(tokens[$0]) }.map { $0 + 1 }
    // (Of a body's words too, before a given name: `Director of Government Affairs Phil Smith`.)
    if let office, run.upperBound - max(lo, office) >= 3 {
      let given = (max(lo, office)..<(run.upperBound - 1)).first { Lexicon.isGivenName(tokens[$0]) }
      // (No two words ending in a country a name never ends in: `a spokesperson for Global
      // Affairs Canada` speaks for the department, whole.)
      if let given { lo = given } else if !startsOrganisation(run), !tokens[run.upperBound - 1].has(.place) { lo = run.upperBound - 2 }
    }
    let name = tokens[lo..<run.upperBound]
    // `Hammers Wells Fargo CEO`, `the Harbour Council Chairman said`: words ending in a
    // title with no name after it are a role, not a name (`Office of the President` is one).
    // (So are words ending in a title in capitals, a legislator's: `an Independent MP`. But a
    // given name and one such word are a person's name: `Aaron Judge`.)
    let capitals = NameClassifier.capitalLetters(in: name.last!.text) ?? 0
    if name.count > 1, name.last!.bareFlags.contains(.title), name.last!.bareFlags.contains(.roleNoun) || capitals >= 2,
      !name.contains(where: { $0.has(.phraseConnector) }), !(name.count == 2 && capitals < 2 && Lexicon.isGivenName(name.first!))
    {
      return
    }
    // (After a courtesy title the one word is a surname, whatever else it can be: `Mr. King`,
    // `Ms. Bishop`.)
    if name.count == 1, name.first!.bareFlags.contains(.title) || name.first!.bareFlags.contains(.roleNoun),
      lo == 0 || !Lexicon.courtesyTitles.contains(tokens[lo - 1].lower)
    {
      return
    }
    if name.allSatisfy({ $0.bareFlags.contains(.capitalisedFunctionWord) || scalars[$0.range.start].isDigit }), !(name.count == 1 && isModalAsName(lo)) { return }
    runs.append(lo..<run.upperBound)
  }

  /// Two or three capitalised words that name no organisation, outlet or place: a
  /// person's name, known given name or not (`Cecilia Okafor`, not `Trade Office`).
  private func isPersonalName(_ r: Range<Int>) -> Bool {
    (2...3).contains(r.count) && !startsOrganisation(r)
      && tokens[r].allSatisfy { $0.isCapitalised && !$0.has(.place) && !$0.has(.title) && !Lexicon.placeHeads.containsBare($0) }
  }

  /// The end of a place of two or three words in the gazetteer that opens `run` (the
  /// longest), nil when none does.
  private func leadingPlace(_ run: Range<Int>) -> Int? {
    stride(from: min(3, run.count - 1), through: 2, by: -1).lazy.map { run.lowerBound + $0 }.first { end in
      Lexicon.isPlaceName(tokens[run.lowerBound..<end].map(\.bare))
    }
  }

  /// True when the words begin an organisation's name, so `of` can continue it
  /// (`Institute of Xiamen University`, `Ministry of Foreign Affairs`).
  private func startsOrganisation(_ r: Range<Int>) -> Bool {
    tokens[r].contains { $0.has(.outletHead) || isOrganisationWord($0) }
  }

  /// An organisation's word, or one capitalised in the plural (`Centers for Disease Control
  /// and Prevention`, `Ontario Public School Boards' Association`).
  private func isOrganisationWord(_ t: Token) -> Bool {
    t.has(.organisationHead)
      || t.isCapitalised && t.bare.utf8.last == UInt8(ascii: "s") && Lexicon.singularFlags(ofPlural: t.bare).contains(.organisationHead)
  }

  /// Whether the word at `k` joins the name run begun at `runStart` to the capitalised word
  /// after it: `Institute of Xiamen University`; `on` right after an organisation's word
  /// (`Commission on Presidential Debates`, not `the White House on Monday`); `and` once
  /// such a name has its `of` (`Department of Parks and Recreation`, but not `the Treasury
  /// Department and Trump`, nor a person's given name or title after it: `the University of
  /// Chicago and Professor Knittel`). An article may stand between (`Committee for a
  /// Responsible Federal Budget`, `Institute for the Study of War`).
  private func isConnector(_ k: Int, in r: Range<Int>, runStart: Int) -> Bool {
    let t = tokens[k]
    // Nearly every token is none of these words: the rest is asked only of them.
    guard t.has(.phraseConnector) || t.is("on") || t.is("and") else { return false }
    let resumes = k + 1 < r.upperBound && Lexicon.articles.contains(tokens[k + 1]) ? k + 2 : k + 1
    guard resumes < r.upperBound, tokens[resumes].isCapitalised else { return false }
    // `Dock and Railway Company`, `Food and Drug Administration`, `Fire and Rescue Service`:
    // `and` inside a company's or a body's name, its suffix or head a word or two on (not
    // between two names, `Apple Inc and Alphabet Inc`, `the State Department and Justice
    // Department`). A body's head joins no word the tagger learnt as a proper noun (`Food`,
    // `Parks`; not `Clinton and State Department`), and then past a title (`U.S.`) too.
    if t.is("and"), k - runStart <= 3, !Lexicon.isGivenName(tokens[runStart]),
      !tokens[runStart..<k].contains(where: { $0.has(.organisationHead) || Lexicon.corporateSuffixes.containsBare($0) }),
      let suffix = (k + 1..<min(k + 3, r.upperBound)).first(where: { Lexicon.corporateSuffixes.containsBare(tokens[$0]) || tokens[$0].has(.organisationHead) }),
      tokens[(k + 1)...suffix].allSatisfy(\.isCapitalised),
      Lexicon.corporateSuffixes.containsBare(tokens[suffix])
        ? !tokens[runStart..<k].contains(where: { $0.has(.title) }) : lexicalTag(k - 1).map({ !$0.isProperNoun }) ?? true
    {
      return true
    }
    // (The name ends there: not `the Times and Post Co`.)
    if k > runStart, joinsOutletWords(at: k, limit: r.upperBound), k + 2 >= r.upperBound || !tokens[k + 2].isCapitalised { return true }
    let joins = t.has(.phraseConnector)
      || (t.is("on") && k > r.lowerBound && tokens[k - 1].has(.organisationHead) && !tokens[k + 1].has(.capitalisedFunctionWord))
      || (t.is("and") && tokens[runStart..<k].contains { $0.has(.phraseConnector) } && !Lexicon.isGivenName(tokens[resumes]) && !tokens[resumes].has(.title))
    return joins && (startsOrganisation(runStart..<k) || t.is("for") && isAdvocacyName(runStart..<k)
      || t.is("of") && (isMunicipality(runStart..<k) || tokens[runStart..<k].contains { Lexicon.congregationHeads.containsBare($0) }))
  }

  /// `City of Burnaby`, `Town of Whitby`, `County of Essex`: a place's noun alone, capitalised,
  /// names the body that governs the place after its `of`.
  private func isMunicipality(_ r: Range<Int>) -> Bool {
    guard r.count == 1, let t = tokens[r].first else { return false }
    return t.isCapitalised && Lexicon.municipalityNouns.contains(t)
  }

  /// `Citizens for Tax Justice`, `Americans for Prosperity`: one capitalised plural before
  /// `for` — people who band together for something, named by it (not people who act for
  /// someone: `Attorneys for Clinton`, `Spokesmen for the firm`).
  private func isAdvocacyName(_ r: Range<Int>) -> Bool {
    guard r.count == 1, let t = tokens[r].first else { return false }
    return t.isCapitalised && t.lower.utf8.last == UInt8(ascii: "s") && !t.endsInApostropheS && !Lexicon.isGivenName(t)
      && !t.has(.title) && !t.has(.roleNoun)
  }
}
