/// The name a sentence is about: the one that opens it as the subject of its verb
/// (`Political analyst David Bositis agreed …`, `Trump himself was delighted …`), which a
/// later `he` or `she` most likely refers to.
/// (Asked with the document rather than holding it: a copy of the document per question
/// was most of what it cost.)
enum SentenceSubject {
  /// The entity named as the subject at the head of sentence `si`, if that name comes
  /// before `limit`: only a preposition's phrase and its comma, a title, a role or
  /// capitalised words before it, its finite verb after it (past an adverb or `himself`;
  /// a past the tagger reads as a participle counts, before no preposition). A name that only qualifies a role and the
  /// name after it (`McConnell spokesman Don Stewart`) gives way to that name. The tagger
  /// is asked last, of one word or two. Mentions at offsets `skip` rules out are passed
  /// over (a name inside a quote is nobody's subject).
  static func entity(inSentence si: Int, before limit: Int, in doc: Document, skip: (Int) -> Bool) -> Int? {
    let sentence = doc.sentences[si]
    let end = sentence.tokens.upperBound
    let mentions = doc.entities.mentions(in: TextRange(sentence.range.start, min(sentence.range.end, limit)))
    guard let opening = mentions.first(where: { !skip($0.offset) }) else { return nil }
    let from = openingAdjunctEnd(of: sentence, firstMention: opening.offset, doc)
    let past = doc.tokens[from].range.start
    guard let first = opening.offset >= past ? opening : mentions.first(where: { !skip($0.offset) && $0.offset >= past }),
      let k = doc.tokenIndex(startingAt: first.offset),
      (from..<k).allSatisfy({ opensName($0, doc) })
    else { return nil }
    var mention = first
    var next = nameEnd(from: k, before: end, doc)
    // `McConnell spokesman Don Stewart`: a name, a role, and the name the role is of.
    var role = next
    while role < end, role - next < 3, doc.tokens[role].kind == .word, doc.tokens[role].has(.roleNoun) || doc.tokens[role].has(.title) {
      role += 1
    }
    if role > next, role < end, let named = mentions.first(where: { $0.offset == doc.tokens[role].range.start }) {
      mention = named
      next = nameEnd(from: role, before: end, doc)
    }
    // `BlazeTV's Glenn Beck asked …`: a possessive name is not the subject — but the name
    // set off after its noun is (`Okoro's sister, Adaeze Okoro, said …`).
    if doc.tokens[next - 1].bare != doc.tokens[next - 1].lower {
      guard let (named, after) = appositiveName(after: next, mentions, before: end, doc) else { return nil }
      mention = named
      next = after
    }
    while next < end, isAdverbOrReflexive(next, doc) { next += 1 }
    guard next < end, doc.tokens[next].range.start < limit, doc.tokens[next].kind == .word,
      Lexicon.auxiliaries.contains(doc.tokens[next]) || !doc.tokens[next].isCapitalised && doc.tag(next).map({ $0.isFiniteVerb || $0 == .vbn && !isBeforePreposition(next, doc) }) == true
    else { return nil }
    return mention.entity
  }

  /// A participle before a preposition qualifies the name (`the … Study published in the
  /// journal`); before an object, the tagger misread a past tense (`pressed Ortiz`).
  private static func isBeforePreposition(_ k: Int, _ doc: Document) -> Bool {
    k + 1 < doc.tokens.count && doc.tokens[k + 1].kind == .word && Lexicon.prepositions.contains(doc.tokens[k + 1])
  }

  /// Where the subject may start past a preposition's, a subordinator's or a participle's
  /// phrase that opens the sentence (`Under cross-examination, | Pierce's lawyer, Stanley Whitmore,
  /// pressed …`; `After the results from New York were in, | Bell's campaign manager …`):
  /// right after its comma, and a name inside it is not the subject; else at the
  /// sentence's start.
  private static func openingAdjunctEnd(of sentence: Sentence, firstMention: Int, _ doc: Document) -> Int {
    let start = sentence.tokens.lowerBound
    let first = doc.tokens[start]
    // (`Asked whether Bell would endorse her, Lima declined`: a participle's phrase too.)
    let participle = (first.lower.endsWith("ed") || first.lower.endsWith("ing")) && !Lexicon.prepositions.contains(first)
    // (The closed class by its list first: the tagger is asked last, of a sentence that may
    // not be tagged yet — and only of one whose first name is past the comma; before it, the
    // word's own class says whether it is a preposition.)
    guard first.kind == .word, participle || Lexicon.prepositions.contains(first) || Lexicon.circumstanceSubordinators.contains(first),
      let comma = (start..<sentence.tokens.upperBound - 1).dropFirst().first(where: { doc.tokens[$0].isMark(",") }),
      Lexicon.circumstanceSubordinators.contains(first)
        || (participle ? doc.readsAsSubjectlessParticiple(start)
          : (firstMention > doc.tokens[comma].range.start ? doc.tag(start) : doc.lexicalTag(start)) == .in)
    else { return start }
    return comma + 1
  }

  /// `Workers objected …`, `Many local residents say …`: the people a plural common noun
  /// of people names as the subject that opens sentence `si` (past a determiner and
  /// modifiers, its finite verb right after it), which a later `they` most likely means.
  static func people(inSentence si: Int, in doc: Document) -> TextRange? {
    let tokens = doc.tokens, sentence = doc.sentences[si]
    let start = sentence.tokens.lowerBound, end = sentence.tokens.upperBound
    if let pair = namedPair(opening: sentence, doc) { return pair }
    var k = start
    if k < end, tokens[k].kind == .word, tokens[k].has(.determiner) || Lexicon.pluralDeterminers.contains(tokens[k]) { k += 1 }
    while k + 1 < end, k - start < 4, tokens[k].kind == .word, tokens[k].quote == nil, !isPeople(k, doc), let tag = doc.tag(k), tag.isAdjective || tag == .nn {
      k += 1
    }
    // (The tagger often reads a past tense after a noun as a participle: `residents objected/VBN`.)
    guard k + 1 < end, tokens[k].quote == nil, isPeople(k, doc), tokens[k + 1].kind == .word,
      Lexicon.auxiliaries.contains(tokens[k + 1]) || doc.tag(k + 1).map({ $0.isFiniteVerb || $0 == .vbn }) == true
    else { return nil }
    return doc.span(start..<(k + 1))
  }

  /// `Ana Lima and Omar Bell met …`: two people named and joined by `and` as the subject
  /// that opens the sentence, its finite verb right after them.
  private static func namedPair(opening sentence: Sentence, _ doc: Document) -> TextRange? {
    let tokens = doc.tokens, start = sentence.tokens.lowerBound, end = sentence.tokens.upperBound
    let isPerson = { (k: Int) in
      doc.entities.mentions(in: tokens[k].range).first { $0.offset == tokens[k].range.start }.map { doc.entities[$0.entity].kind == .person } == true
    }
    guard tokens[start].kind == .word, tokens[start].isCapitalised, isPerson(start) else { return nil }
    let and = nameEnd(from: start, before: end, doc)
    guard and + 1 < end, tokens[and].is("and"), tokens[and + 1].isCapitalised, isPerson(and + 1) else { return nil }
    let next = nameEnd(from: and + 1, before: end, doc)
    guard next < end, tokens[next].kind == .word,
      Lexicon.auxiliaries.contains(tokens[next]) || doc.tag(next).map({ $0.isFiniteVerb || $0 == .vbn }) == true
    else { return nil }
    return doc.span(start..<next)
  }

  /// A plural noun of people (`workers`, `residents`, `senators`), lowercase but for a
  /// sentence's first word, as the tagger reads it there.
  private static func isPeople(_ k: Int, _ doc: Document) -> Bool {
    let t = doc.tokens[k]
    guard t.kind == .word, !t.isCapitalised || doc.opensSentence(token: k), t.lower.utf8.last == UInt8(ascii: "s") else { return false }
    let people: WordFlags = [.animate, .roleNoun, .title]
    // (Or a plural ending as one who does something: `contenders`, `lobbyists`, which no
    // list may hold.)
    guard !t.bareFlags.isDisjoint(with: people) || !Lexicon.singularFlags(ofPlural: t.lower).isDisjoint(with: people)
      || Lexicon.pluralAgentEndings.contains(where: t.lower.hasSuffix)
    else { return false }
    return doc.tag(k) == .nns
  }

  /// Words that may come before a subject's name: a title or role (`Political analyst`,
  /// `Former Rep.`), a determiner, a capitalised word.
  static func opensName(_ k: Int, _ doc: Document) -> Bool {
    let t = doc.tokens[k]
    if t.isMark(".") { return true }
    return t.kind == .word && (t.isCapitalised || t.has(.title) || t.has(.roleNoun) || t.has(.determiner))
  }

  /// The mention between commas right after the lowercase noun at `k` (`sister`, `longtime
  /// friend`, of a possessive before it), and the first token after its closing comma.
  private static func appositiveName(after k: Int, _ mentions: [(offset: Int, entity: Int)], before end: Int,
                                     _ doc: Document) -> ((offset: Int, entity: Int), Int)? {
    var comma = k
    while comma < end, comma - k < 4, doc.tokens[comma].kind == .word, !doc.tokens[comma].isCapitalised { comma += 1 }
    guard comma > k, comma + 1 < end, doc.tokens[comma].isMark(","),
      let named = mentions.first(where: { $0.offset == doc.tokens[comma + 1].range.start })
    else { return nil }
    let close = nameEnd(from: comma + 1, before: end, doc)
    guard close < end, doc.tokens[close].isMark(",") else { return nil }
    return (named, close + 1)
  }

  /// `himself` by its shape; `also`, `recently`, `then` (no auxiliary) asked of the tagger.
  private static func isAdverbOrReflexive(_ k: Int, _ doc: Document) -> Bool {
    let t = doc.tokens[k]
    guard t.kind == .word, !t.isCapitalised else { return false }
    if t.lower.endsWith("self") { return true }
    return (t.lower.endsWith("ly") || t.has(.cueModifier)) && !Lexicon.auxiliaries.contains(t) && doc.tag(k) == .rb
  }

  /// The first token after the name that starts at `k`: its capitalised words, initials
  /// with their periods, and the small words inside names (`Bill de Blasio`), up to and
  /// with a possessive.
  static func nameEnd(from k: Int, before end: Int, _ doc: Document) -> Int {
    var j = k + 1
    while j < end, doc.tokens[j - 1].bare == doc.tokens[j - 1].lower,
      doc.tokens[j].isMark(".") || doc.tokens[j].kind == .word && (doc.tokens[j].isCapitalised || doc.tokens[j].has(.nameParticle))
    {
      j += 1
    }
    return j
  }
}
