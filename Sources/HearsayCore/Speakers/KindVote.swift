/// What the words of a name cannot say alone, its mentions across the article can: a
/// name that is always read in a place's position (`in Tulsa`, `near Friendship Park`) or
/// that the gazetteer knows is a place, and a name ending like a plural that most of its
/// mentions read as one (tagged a plural proper noun, after `many`, before a plural's
/// verb: `Republicans`, `Virginia Democrats`, `Many Latinos`) is a group, and one always read
/// after `the` as a noun of its own (`the Sixth Circuit ruled`, `the Cold War`) or that is
/// made of common words (`Public Health`, `Responsible Federal Budget`: the tagger's data
/// knows `public`, `budget` in lower case) is no person — unless some mention shows a
/// person (a title or role, a given name, a surname of a full name in the article).
enum KindVote {
  static func decide(_ found: [MentionStage.Found], in doc: Document) -> [MentionStage.Found] {
    // Each distinct name once, by a number: what is weighed below is kept per name, and a
    // name's words (an array of strings) are hashed once per mention rather than at every
    // question.
    var numbers: [NameKey: Int] = [:]
    let name = found.map { f in
      guard f.kind == .person else { return -1 }
      let key = NameKey(f.words)
      return numbers[key] ?? { let n = numbers.count; numbers[key] = n; return n }()
    }
    // Only names that could be something else are weighed: one ending like a plural, or
    // read after `in` or `the` somewhere (most names are none, and cost nothing here).
    // A name the gazetteer knows counts as read in a place's position wherever it stands.
    // A town before its state or country (`Houston, Texas`) counts twice: nobody else is named so.
    let beforeRegion = Set(found.indices.filter { found[$0].kind == .person && isBeforeRegion(found[$0].run, doc) })
    let locative = found.indices.filter {
      found[$0].kind == .person && (isLocative(found[$0].run, doc) || isKnownPlace(found[$0].words) || beforeRegion.contains($0))
    }
    let definite = Set(found.indices.filter { found[$0].kind == .person && isDefinite(found[$0].run, doc) })
    // Asked once per name, at its first mention: the answer is the words', not the place's.
    var madeOfCommonWords = [Bool?](repeating: nil, count: numbers.count)
    for (i, f) in found.enumerated() where name[i] >= 0 && madeOfCommonWords[name[i]] == nil { madeOfCommonWords[name[i]] = isMadeOfCommonWords(f, doc) }
    var isCandidateName = madeOfCommonWords.map { $0 == true }
    let owning = Set(found.indices.filter {
      found[$0].kind == .person && (isBesideWhatOrganisationsOwn(found[$0].run, doc) || isBeforeWhich(found[$0].run, doc) && !isKnownPlace(found[$0].words))
    })
    for i in locative + definite + owning { isCandidateName[name[i]] = true }
    let isCandidate = found.indices.map { name[$0] >= 0 && (endsInS(found[$0].words.last) || isCandidateName[name[$0]]) }
    guard isCandidate.contains(true) else { return found }
    // Surnames and given names of the article's full names are people's.
    var personWords = Set<WordKey>()
    // (Not of a name that may be a group's itself, `Nevada Democrats`: ending like a plural,
    // with no given name first.)
    for f in found where f.kind == .person && f.words.count > 1 && (opensLikeAPerson(f.words) || !endsInS(f.words.last) || opensWithUnlearntWord(f, doc)) {
      personWords.formUnion(f.words.lazy.map(WordKey.init))
    }
    // Person evidence by its source: a given name or a full name's word, or only a role.
    // (`titled`: a title right before a mention, `Sen. Harris`; a role of other words,
    // `senior Democrats`, may describe a group.)
    var evidence = [(place: Int, group: Int, definite: Int, owning: Int, other: Int, named: Bool, roled: Bool, titled: Bool)?](repeating: nil, count: numbers.count)
    // The tagger is asked once per plural-looking word, at its first mention outside a
    // place's position and a headline (each of those is asked on its own).
    var plural: [String: Bool] = [:]
    let locativeSet = Set(locative)
    // How a mention of a name ending like a plural reads it: true for people (a group),
    // false for a body (a name of more words whose last is a plural of no people's noun:
    // `United Nations`, `National Academies`; not `Virginia Democrats`, `Many Latinos`),
    // nil for no plural.
    func pluralReading(_ f: MentionStage.Found, last: String, headline: Bool) -> Bool? {
      if readsAsPlural(f.run, doc) || isPluralOfRole(last) { return true }
      let tagged = headline ? isTaggedPlural(f.run, doc) : plural[last] ?? { let p = isTaggedPlural(f.run, doc); plural[last] = p; return p }()
      return tagged && !opensWithUnlearntWord(f, doc) ? f.words.count == 1 : nil
    }
    for (i, f) in found.enumerated() where isCandidate[i] {
      var e = evidence[name[i]] ?? (0, 0, 0, 0, 0, false, false, false)
      if opensLikeAPerson(f.words) || (f.words.count == 1 && personWords.contains(WordKey(f.words[0]))) { e.named = true }
      // (An owner alone is no role: `Manitoba's Employment Standards Branch`.)
      if let role = f.role, EntityRegistry.Entity.isRole(role) { e.roled = true }
      // (`Former Liberal`: a qualifier of the role after the name says nothing of it; nor
      // does one before the plural of a role or a party's member, which says which of them:
      // `senior Conservatives`, `Top Democrats`.)
      if f.run.lowerBound > 0, doc.tokens[f.run.lowerBound - 1].has(.title), !Lexicon.roleQualifiers.contains(doc.tokens[f.run.lowerBound - 1].lower),
        !(f.words.count == 1 && isPluralOfRole(f.words[0]))
      {
        e.titled = true
      }
      if owning.contains(i) {
        e.owning += 1
        evidence[name[i]] = e
        continue
      }
      // `Phoenix police`, `the Trump campaign`: a name before a noun says nothing of its kind
      // (a plural before one is its subject: `Hispanics telling their stories`).
      if !locativeSet.contains(i), !endsInS(f.words.last), isModifier(f.run, doc) {
        evidence[name[i]] = e
        continue
      }
      // A headline capitalises every word, and the tagger reads it as it can: its mention
      // says a name is a plural, never that it is none.
      let headline = doc.isInHeadline(token: f.run.lowerBound)
      if locativeSet.contains(i) {
        e.place += beforeRegion.contains(i) ? 2 : 1
      } else if let last = f.words.last, endsInS(last), !e.named, !e.titled, f.words.count == 1 || !opensLikeAPerson(f.words),
        let ofPeople = pluralReading(f, last: last, headline: headline)
      {
        if ofPeople { e.group += 1 } else { e.definite += 1 }
      } else if definite.contains(i) {
        e.definite += 1
      } else if !headline {
        e.other += 1
      }
      evidence[name[i]] = e
    }
    return found.indices.map { i in
      let f = found[i]
      // A role alone says person less than two places' positions say place (`an Elks Lodge
      // in Salem, followed by town halls …` read as Salem's role).
      // (A role before a one-word plural, `senior Democrats`, says which of them; before
      // two words, `election lawyer Charlie Spies`, it says a person.)
      guard isCandidate[i], let e = evidence[name[i]], !e.named,
        !e.roled || (e.place >= 2 && e.other == 0) || f.words.count == 1 && !e.titled && e.group > e.other
      else { return f }
      var decided = f
      if e.place > 0 && e.place >= e.other + e.group { decided.kind = .place }
      else if e.owning > 0 && !e.roled && !e.titled { decided.kind = .organisation }
      else if e.group > 0 && e.group >= e.other { decided.kind = .group }
      else if e.definite > 0 && e.other == 0 || madeOfCommonWords[name[i]] == true { decided.kind = .organisation }
      return decided
    }
  }

  /// `Many Latinos`, `both Okafors`, `Latinos have`: a plural determiner before the name,
  /// or after it a plural's present — read so there, and a verb in the tagger's data (not
  /// `RealClearPolitics average`).
  private static func readsAsPlural(_ run: Range<Int>, _ doc: Document) -> Bool {
    if run.lowerBound > 0, doc.tokens[run.lowerBound - 1].kind == .word, Lexicon.pluralDeterminers.contains(doc.tokens[run.lowerBound - 1]) { return true }
    // (Not the last of names joined by `and`, whose verb agrees with them all: `Both Lima
    // and Reyes have said`.)
    if run.lowerBound > 0, doc.tokens[run.lowerBound - 1].kind == .word, Lexicon.coordinators.contains(doc.tokens[run.lowerBound - 1]) { return false }
    let next = run.upperBound
    return next < doc.tokens.count && doc.tokens[next].kind == .word && doc.tag(next) == .vbp && doc.lexicalTag(next)?.isVerb == true
  }

  /// `Republicans`, `Jews`, `Latinos`, `Conservatives`: the plural of a role, of a noun for
  /// people, of a party's member or of a people's or faith's name (the lexicons' data)
  /// names a group, however the tagger reads it.
  /// (`word` is a name's word as registered: lower case already.)
  private static func isPluralOfRole(_ word: String) -> Bool {
    guard word.utf8.count > 3 else { return false }
    return !Lexicon.singularFlags(ofPlural: word).isDisjoint(with: [.title, .roleNoun, .animate, .place])
      || Lexicon.peoplesNames.contains(String(word.dropLast())) || Lexicon.singular(ofPlural: word).map(Lexicon.partyMemberNouns.contains) == true
  }

  /// The name's last word read as a plural where it stands: a proper noun's, or, for a
  /// word alone that opens its sentence, a common noun's (`Mourners said …`: capitalised
  /// only by its place; elsewhere a capitalised plural noun is a surname, `Dana Woods`).
  private static func isTaggedPlural(_ run: Range<Int>, _ doc: Document) -> Bool {
    let tag = doc.tag(run.upperBound - 1)
    return tag == .nnps || tag == .nns && run.count == 1 && doc.opensSentence(token: run.lowerBound)
  }

  /// A given name first (`Dana Waters`), or an initial before the last word (`M. Dane
  /// Waters`, `Loretta E. Lynch`): only people's names are written so — but for a party's
  /// members (`Christian Democrats`).
  static func opensLikeAPerson(_ words: [String]) -> Bool {
    guard let first = words.first, let last = words.last,
      Lexicon.isGivenName(first) || words.dropLast().contains(where: { $0.utf8.count == 2 && $0.utf8.last == UInt8(ascii: ".") && $0.first!.isLetter })
    else { return false }
    return !(words.count > 1 && endsInS(last) && Lexicon.singular(ofPlural: last).map(Lexicon.partyMemberNouns.contains) == true)
  }

  /// A word ending like a plural (`Republicans`, `Democrats`); nil for no word.
  private static func endsInS(_ word: String?) -> Bool { word?.utf8.last == UInt8(ascii: "s") }

  /// `Jalen Rivers`, `Tomas Sparks`: two words whose first the tagger never learnt and no
  /// list knows as a place is a given name no list has and a surname, not a body's name
  /// (`United Nations`, `National Academies` open with words it learnt) — nor a group's,
  /// whose last word is the plural of a role or a party's member (`Latino Republicans`).
  private static func opensWithUnlearntWord(_ f: MentionStage.Found, _ doc: Document) -> Bool {
    f.words.count == 2 && !doc.tags.knows(doc.tokens[f.run.lowerBound]) && !isPluralOfRole(f.words[1])
      && !Lexicon.oneWordPlaces.contains(f.words[0]) && !Lexicon.isPlaceName(f.words[..<1])
  }

  /// `Public Health`, `Disease Control`: a name of two words or more, not opened by a given
  /// name (a place's opens a body of that place), whose last word the tagger learnt as a
  /// common noun (or a verb: a subhead's `The Gap Goes On:`) and whose first as no proper
  /// noun. (A surname that is also a noun, `Susan Rice`, has a given name before it; one
  /// the tagger never learnt, `Patriot Coal`, stays undecided.)
  private static func isMadeOfCommonWords(_ f: MentionStage.Found, _ doc: Document) -> Bool {
    guard f.words.count > 1, !opensLikeAPerson(f.words) else { return false }
    let first = doc.lexicalTag(f.run.lowerBound), last = doc.lexicalTag(f.run.upperBound - 1)
    // `Vancouver Coastal Health`, `Winnipeg Transit`, `Nova Scotia Power`, `Boston
    // Scientific`: a place's name that is nobody's name before common words is a body of
    // that place.
    let placeWords = isNobodysPlace(f.words[0], doc.tokens[f.run.lowerBound]) ? 1
      : (2..<f.words.count).last { Lexicon.isPlaceName(f.words[..<$0]) } ?? 0
    if placeWords > 0, last == .nn || last == .nns || last == .jj,
      (f.run.lowerBound + placeWords..<f.run.upperBound - 1).allSatisfy({ doc.lexicalTag($0).map { $0 != .nnp && $0 != .nnps } ?? false })
    {
      return true
    }
    // `Health Canada`, `Air Canada`, `Global Affairs Canada`: words before a place listed as
    // nobody's name are a body of that place (a given name first was asked above: `Denzel
    // Washington`; and `Patti Davis`, `Angel Mendoza` end in places that are surnames too).
    if isNobodysPlace(f.words[f.words.count - 1], doc.tokens[f.run.upperBound - 1]) { return true }
    guard first != .nnp && first != .nnps else { return false }
    // (A verb last says so whether or not the tagger's data had the first word.)
    if last?.isFiniteVerb == true { return true }
    guard let last, last == .nn || last == .nns else { return false }
    // (A first word the tagger's data has in names as often, `employment`, needs two more
    // words, the middle ones learnt as common words: `Employment Standards Branch`.)
    return first != nil || f.words.count >= 3
      && (f.run.lowerBound + 1..<f.run.upperBound - 1).allSatisfy({ doc.lexicalTag($0).map { [.nn, .nns, .jj].contains($0) } ?? false })
  }

  /// A name's word (as registered) that is a place listed as nobody's name, or one of the
  /// places the word lists know (`Ottawa`, `Canada`).
  private static func isNobodysPlace(_ word: String, _ token: Token) -> Bool {
    Lexicon.oneWordPlaces.contains(word) || token.bareFlags.contains(.place)
  }

  /// A place of two words or more in the gazetteer (`Addis Ababa`), or a region of one
  /// (`Central America`, `Northern Ontario`). One word alone is as often a surname (`Lima`,
  /// `Stanley`): only its position tells — unless it is listed as nobody's (`Ottawa`).
  private static func isKnownPlace(_ words: [String]) -> Bool {
    guard words.count > 1 else { return words.count == 1 && Lexicon.oneWordPlaces.contains(words[0]) }
    if words.count == 2, Lexicon.regionQualifiers.contains(words[0]), Lexicon.isPlaceName(words[1...]) { return true }
    return Lexicon.isPlaceName(words)
  }

  /// `Houston, Texas,`, `Clearwater, Florida.`, `in Houston, Texas as …`: a name, a comma and
  /// a place the gazetteer knows, standing alone before punctuation or after a place's
  /// preposition (not `Greg Abbott, Texas governor`).
  private static func isBeforeRegion(_ run: Range<Int>, _ doc: Document) -> Bool {
    let comma = run.upperBound, region = comma + 1, after = comma + 2
    guard after < doc.tokens.count, doc.tokens[comma].isMark(","), doc.tokens[region].kind == .word, doc.tokens[region].isCapitalised,
      doc.tokens[region].has(.place), !doc.tokens[region].endsInApostropheS
    else { return false }
    return doc.tokens[after].kind == .punctuation || isLocative(run, doc)
  }

  /// `the Sixth Circuit`, `the Cold War`: `the` right before the name, which is a noun of
  /// its own there — not a modifier (`the Trump campaign`) and no possessive (`the
  /// Clintons' home` is about people).
  private static func isDefinite(_ run: Range<Int>, _ doc: Document) -> Bool {
    let last = doc.tokens[run.upperBound - 1]
    // `Fortune 500 companies`, `Formula 1`: a number right after the name makes it a thing's
    // (after an abbreviation, `No. 2`, the number is only counted).
    if run.upperBound < doc.tokens.count, doc.tokens[run.upperBound].kind == .word,
      doc.scalars[doc.tokens[run.upperBound].range.start].isDigit, doc.scalars[last.range.end - 1] != ".", last.bare == last.lower
    {
      return true
    }
    // (A place's name may stand between: `the U.S. Geological Survey`.)
    let before = run.lowerBound - (run.lowerBound > 1 && doc.isPlaceName((run.lowerBound - 1)..<run.lowerBound) ? 2 : 1)
    guard before >= 0, doc.tokens[before].is("the"), last.bare == last.lower else { return false }
    guard run.upperBound < doc.tokens.count, doc.tokens[run.upperBound].kind == .word else { return true }
    guard let next = doc.tag(run.upperBound) else { return false }
    return !(next.isNoun || next == .jj || next == .pos)
  }

  /// `Carrier workers`, `a Léger poll`, `Harbourline's employees`: the name stands right
  /// before what only an organisation has (the lexicon's `organisationsOwn`), or before the
  /// role someone named holds in it (`Liberal cabinet minister Jane Okafor`, `Apple chief
  /// executive Tim Cook`) — or after its shares (`shares in Harbourline`, `a stake of …`) or
  /// one who speaks for it (`a spokesperson for BC Ferries`).
  private static func isBesideWhatOrganisationsOwn(_ run: Range<Int>, _ doc: Document) -> Bool {
    let next = run.upperBound, of = run.lowerBound - 1
    if next < doc.tokens.count, doc.tokens[next].kind == .word, !doc.tokens[next].isCapitalised,
      Lexicon.organisationsOwn.contains(doc.tokens[next]) || isRoleBeforeName(from: next, doc.tokens)
    {
      return true
    }
    // `a spokesperson for BC Ferries`: one who speaks for it (a person named so has a given
    // name, a title or a full name elsewhere, which outweigh this).
    if of > 0, doc.tokens[of].is("for"), doc.tokens[of - 1].kind == .word, Lexicon.spokespersonNouns.contains(doc.tokens[of - 1]) { return true }
    // (The name the object, not a modifier: `shares of Lorvex 500 companies`.)
    guard of > 0, doc.tokens[of].is("in") || doc.tokens[of].is("of"), Lexicon.stakeNouns.contains(doc.tokens[of - 1]) else { return false }
    return next >= doc.tokens.count || doc.tokens[next].kind != .word || !doc.scalars[doc.tokens[next].range.start].isDigit && !isModifier(run, doc)
  }

  /// `Unifor, which represents workers …`: a name a relative `which` goes on about is no
  /// person's (one is `who`).
  private static func isBeforeWhich(_ run: Range<Int>, _ doc: Document) -> Bool {
    let next = run.upperBound
    return next + 1 < doc.tokens.count && doc.tokens[next].isMark(",") && doc.tokens[next + 1].is("which")
  }

  /// One to three lowercase words from `k`, no determiner, possessive, auxiliary,
  /// conjunction or preposition among them (`and his wife`), that end
  /// in a role noun, with a capitalised name right after them (`cabinet minister | Jane
  /// Okafor`; not `is a former | U.S. Army captain`).
  private static func isRoleBeforeName(from k: Int, _ tokens: [Token]) -> Bool {
    var j = k
    while j < tokens.count, j - k < 3, tokens[j].kind == .word, !tokens[j].isCapitalised,
      !tokens[j].has(.determiner), !Lexicon.auxiliaries.contains(tokens[j]), !Lexicon.possessiveDeterminers.contains(tokens[j]),
      !tokens[j].has(.phraseConnector), !Lexicon.prepositions.contains(tokens[j])
    {
      j += 1
    }
    return j > k && j < tokens.count && tokens[j].kind == .word && tokens[j].isCapitalised && tokens[j - 1].has(.roleNoun)
  }

  /// `Phoenix police officers`: the name modifies the common noun after it.
  private static func isModifier(_ run: Range<Int>, _ doc: Document) -> Bool {
    guard run.upperBound < doc.tokens.count, doc.tokens[run.upperBound].kind == .word, !doc.tokens[run.upperBound].isCapitalised,
      let next = doc.tag(run.upperBound) else { return false }
    return next == .nn || next == .nns
  }

  /// `in Tulsa`, `near the Oval Office`, `the city of Phoenix`: a place's preposition (or
  /// noun and `of`) before the name, and no
  /// possessive on it (`in Trump's view` says nothing of Trump).
  private static func isLocative(_ run: Range<Int>, _ doc: Document) -> Bool {
    let last = doc.tokens[run.upperBound - 1]
    guard last.bare == last.lower else { return false }
    var k = run.lowerBound - 1
    if k >= 0, doc.tokens[k].has(.determiner) { k -= 1 }
    // `the city of Phoenix`, `the state of Georgia`: a place's noun, then `of`.
    if k >= 1, doc.tokens[k].is("of"), Lexicon.placeHeads.contains(doc.tokens[k - 1]) { return true }
    return k >= 0 && doc.tokens[k].kind == .word && Lexicon.locativePrepositions.contains(doc.tokens[k])
  }
}
