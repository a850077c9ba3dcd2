/// Where the tagger reads a past participle that its sentence allows only as a past tense
/// (the greedy tagger sees two tags back and two words ahead, not the clause):
/// - right after a subject pronoun, past two adverbs at most, with no auxiliary (`he never
///   pressured Wilson-Raybould`);
/// - right after the noun phrase that opens the sentence or the clause a telling verb
///   reports past its listener (`told reporters the driver left`), or after a phrase set
///   off by commas after it (`the victim, a 45-year-old woman, remained`), with no finite verb
///   after it in its clause (`The company cut jobs, saying …`, `The central
///   bank held rates on Tuesday, …`): a participle there would modify the noun and leave
///   the clause no verb (`The money raised last year was spent`).
enum PastTenseReading {
  /// Whether the participle at `k` is a past tense; `tag` gives the tagger's reading of the
  /// sentence's other words.
  static func applies(to k: Int, in tokens: [Token], sentence: Range<Int>, tag: (Int) -> PennTag?) -> Bool {
    followsNominativePronoun(k, tokens, sentence, tag) || isLoneVerbAfterSubject(k, tokens, sentence, tag)
  }

  private static func followsNominativePronoun(_ k: Int, _ tokens: [Token], _ sentence: Range<Int>, _ tag: (Int) -> PennTag?) -> Bool {
    var j = k - 1
    while j >= sentence.lowerBound, k - j <= 2, tokens[j].kind == .word, !Lexicon.nominativePronouns.contains(tokens[j]), tag(j) == .rb { j -= 1 }
    return j >= sentence.lowerBound && tokens[j].kind == .word && Lexicon.nominativePronouns.contains(tokens[j])
  }

  private static func isLoneVerbAfterSubject(_ k: Int, _ tokens: [Token], _ sentence: Range<Int>, _ tag: (Int) -> PennTag?) -> Bool {
    guard k > sentence.lowerBound else { return false }
    // (`told reporters the victim, a 45-year-old woman, remained …`: past a phrase a
    // determiner opens, set off by commas after the subject's noun.)
    var last = k - 1
    if last > sentence.lowerBound, tokens[last].isMark(","),
      let open = (max(sentence.lowerBound, last - 8)..<last).last(where: { tokens[$0].isMark(",") }), open > sentence.lowerBound, open + 1 < last,
      tag(open + 1) == .dt, (open + 1..<last).allSatisfy({ tokens[$0].kind == .word && tag($0).map { $0.isNoun || $0.modifiesNoun || $0 == .cd || $0 == .dt } == true })
    {
      last = open - 1
    }
    guard tag(last)?.isNoun == true else { return false }
    // The phrase's first word: back over up to four words of a noun phrase, to its determiner.
    var start = last
    while start > sentence.lowerBound, last - start < 4, tokens[start].kind == .word, tag(start) != .dt,
      tokens[start - 1].kind == .word, let t = tag(start - 1), t.isNoun || t.modifiesNoun || t == .cd
    {
      start -= 1
    }
    guard start == sentence.lowerBound || opensReportedClause(at: start, tokens, sentence, tag) || followsOpeningPhrase(start, tokens, sentence, tag) else { return false }
    var j = k + 1
    while j < sentence.upperBound, j - k <= 12, !tokens[j].isMark(",") {
      // (`thanked riders and said …`: a verb after `and` is one more of the subject's.)
      if tokens[j].kind == .word, Lexicon.clauseCoordinators.contains(tokens[j]), j + 1 < sentence.upperBound, tag(j + 1)?.isFiniteVerb == true { return true }
      if tokens[j].kind == .word, Lexicon.auxiliaries.contains(tokens[j]) || tag(j)?.isFiniteVerb == true { return false }
      j += 1
    }
    return true
  }

  /// Whether the phrase at `k` comes right after the comma of a prepositional phrase that
  /// opens the sentence (`In a statement, the agency thanked …`): the clause's subject.
  private static func followsOpeningPhrase(_ k: Int, _ tokens: [Token], _ sentence: Range<Int>, _ tag: (Int) -> PennTag?) -> Bool {
    guard k - 2 > sentence.lowerBound, tokens[k - 1].isMark(","), tokens[sentence.lowerBound].kind == .word, tag(sentence.lowerBound) == .in else { return false }
    return !(sentence.lowerBound..<(k - 1)).contains { tokens[$0].isMark(",") || tokens[$0].kind == .word && tag($0)?.isVerb == true }
  }

  /// Whether the determiner at `k` opens a clause a speech verb reports after its
  /// listener (`told reporters the driver …`; not the listener itself, `told people
  /// gathered …`). (Not right after the verb: `says a source involved in …` names who says.)
  private static func opensReportedClause(at k: Int, _ tokens: [Token], _ sentence: Range<Int>, _ tag: (Int) -> PennTag?) -> Bool {
    guard k - 2 >= sentence.lowerBound, tag(k) == .dt, tokens[k - 1].kind == .word else { return false }
    return Lexicon.tellVerbs.contains(tokens[k - 2]) && (tokens[k - 1].has(.pronoun) || tag(k - 1)?.isNoun == true)
  }
}
