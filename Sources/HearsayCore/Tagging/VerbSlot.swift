/// Where a clause's verb must stand, whatever the tagger read there (the greedy tagger sees
/// two tags back and two words ahead, not the clause): right after a subject pronoun, or
/// right after the noun phrase that opens a clause with no other finite verb. The readings
/// (`PastTenseReading`, `PresentTenseReading`) ask it of a word the tagger read as no verb.
enum VerbSlot {
  /// Whether the word at `k` comes right after one of `pronouns`, past two adverbs at most.
  static func follows(_ pronouns: WordSet, _ k: Int, _ tokens: [Token], _ sentence: Range<Int>, _ tag: (Int) -> PennTag?) -> Bool {
    // (The adverbs' tags are asked only with a pronoun among the words before: decoding one
    // is the cost.)
    guard (max(sentence.lowerBound, k - 3)..<k).contains(where: { tokens[$0].kind == .word && pronouns.contains(tokens[$0]) }) else { return false }
    var j = k - 1
    while j >= sentence.lowerBound, k - j <= 2, tokens[j].kind == .word, !pronouns.contains(tokens[j]), tag(j) == .rb { j -= 1 }
    return j >= sentence.lowerBound && tokens[j].kind == .word && pronouns.contains(tokens[j])
  }

  /// Whether the word at `k` is the only place for the verb of a clause whose subject ends
  /// right before it: see `PastTenseReading`. `pastCommas`: no finite verb to the
  /// sentence's end, not only to the next comma.
  static func isLoneVerbAfterSubject(_ k: Int, _ tokens: [Token], _ sentence: Range<Int>, pastCommas: Bool = false, _ tag: (Int) -> PennTag?) -> Bool {
    guard k > sentence.lowerBound else { return false }
    // (`said the premier “stands by …”`: past a quote that opens with the verb.)
    var last = subjectsEnd(before: k, tokens, sentence)
    // (`told reporters the victim, a 45-year-old woman, remained …`: past a phrase a
    // determiner opens, set off by commas after the subject's noun.)
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
    while j < sentence.upperBound, pastCommas || j - k <= 12 && !tokens[j].isMark(",") {
      // (`thanked riders and said …`: a verb after `and` is one more of the subject's.)
      if tokens[j].kind == .word, Lexicon.clauseCoordinators.contains(tokens[j]), j + 1 < sentence.upperBound, tag(j + 1)?.isFiniteVerb == true { return true }
      if tokens[j].kind == .word, Lexicon.auxiliaries.contains(tokens[j]) || tag(j)?.isFiniteVerb == true { return false }
      j += 1
    }
    return true
  }

  /// The last token of a subject right before the verb at `k`: the one before it, or before
  /// the mark of a quote the verb opens (`the premier “stands by …”`).
  static func subjectsEnd(before k: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Int {
    k - 2 >= sentence.lowerBound && tokens[k - 1].kind == .quoteOpen ? k - 2 : k - 1
  }

  /// Whether the phrase at `k` comes right after the comma of a prepositional phrase that
  /// opens the sentence (`In a statement, the agency thanked …`): the clause's subject.
  private static func followsOpeningPhrase(_ k: Int, _ tokens: [Token], _ sentence: Range<Int>, _ tag: (Int) -> PennTag?) -> Bool {
    guard k - 2 > sentence.lowerBound, tokens[k - 1].isMark(","), tokens[sentence.lowerBound].kind == .word, tag(sentence.lowerBound) == .in else { return false }
    return !(sentence.lowerBound..<(k - 1)).contains { tokens[$0].isMark(",") || tokens[$0].kind == .word && tag($0)?.isVerb == true }
  }

  /// Whether the determiner at `k` opens a clause a speech verb reports after its
  /// listener (`told reporters the driver …`; not the listener itself, `told people
  /// gathered …`) or after a short prepositional phrase (`said in an email the premier …`).
  /// (Not right after the verb: `says a source involved in …` names who says.)
  private static func opensReportedClause(at k: Int, _ tokens: [Token], _ sentence: Range<Int>, _ tag: (Int) -> PennTag?) -> Bool {
    guard k - 2 >= sentence.lowerBound, tag(k) == .dt, tokens[k - 1].kind == .word else { return false }
    if Lexicon.tellVerbs.contains(tokens[k - 2]) && (tokens[k - 1].has(.pronoun) || tag(k - 1)?.isNoun == true) { return true }
    // `said in an email the premier …`: past a short prepositional phrase after a speech verb.
    guard tag(k - 1)?.isNoun == true, let p = (max(sentence.lowerBound + 1, k - 4)..<(k - 1)).last(where: { tag($0) == .in }) else { return false }
    return tokens[p - 1].has(.finiteSpeechVerb)
      && (p + 1..<k).allSatisfy { tokens[$0].kind == .word && tag($0).map { $0.isNoun || $0.modifiesNoun || $0 == .cd } == true }
  }
}
