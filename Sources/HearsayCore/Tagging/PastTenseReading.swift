/// Where the tagger reads a past participle that its sentence allows only as a past tense
/// (the greedy tagger sees two tags back and two words ahead, not the clause):
/// - right after a subject pronoun, past two adverbs at most, with no auxiliary (`he never
///   pressured Wilson-Raybould`);
/// - right after the noun phrase that opens the sentence, with no finite verb after it in
///   its clause (`The company cut jobs, saying …`, `The central bank held rates on
///   Tuesday, …`): a participle there would modify the noun and leave the clause no verb
///   (`The money raised last year was spent`).
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
    guard k > sentence.lowerBound, k - sentence.lowerBound <= 5, tag(k - 1)?.isNoun == true,
      (sentence.lowerBound..<(k - 1)).allSatisfy({ j in tokens[j].kind == .word && tag(j).map { $0.isNoun || $0.modifiesNoun || $0 == .cd } == true })
    else { return false }
    var j = k + 1
    while j < sentence.upperBound, j - k <= 12, !tokens[j].isMark(",") {
      if tokens[j].kind == .word, Lexicon.auxiliaries.contains(tokens[j]) || tag(j)?.isFiniteVerb == true { return false }
      j += 1
    }
    return true
  }
}
