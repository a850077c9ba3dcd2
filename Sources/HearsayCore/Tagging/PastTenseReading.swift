/// Where the tagger reads a past participle that its sentence allows only as a past tense
/// (the greedy tagger sees two tags back and two words ahead, not the clause):
/// - right after a subject pronoun, past two adverbs at most, with no auxiliary (`he never
///   pressured Wilson-Raybould`);
/// - right after the noun phrase that opens the sentence or the clause a telling verb
///   reports past its listener (`told reporters the driver left`) or a speech verb past a
///   short prepositional phrase (`said in a statement the driver left`), or after a phrase set
///   off by commas after it (`the victim, a 45-year-old woman, remained`), with no finite verb
///   after it in its clause (`The company cut jobs, saying …`, `The central
///   bank held rates on Tuesday, …`): a participle there would modify the noun and leave
///   the clause no verb (`The money raised last year was spent`).
enum PastTenseReading {
  /// Whether the participle at `k` is a past tense; `tag` gives the tagger's reading of the
  /// sentence's other words.
  static func applies(to k: Int, in tokens: [Token], sentence: Range<Int>, tag: (Int) -> PennTag?) -> Bool {
    VerbSlot.follows(Lexicon.nominativePronouns, k, tokens, sentence, tag) || VerbSlot.isLoneVerbAfterSubject(k, tokens, sentence, tag)
  }
}
