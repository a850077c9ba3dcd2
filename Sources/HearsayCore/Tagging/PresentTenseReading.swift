/// Where the tagger reads a plural noun that its sentence allows only as a present tense:
/// the greedy tagger weighs the word's own spelling, more often a noun's (`fears`, `stands`),
/// over the clause around it. The word is the verb when the tagger, asked about it after
/// `he` alone, reads it as one (not a name's word or a noun that is never a verb), and it
/// stands
/// - right after `he` or `she`, which are only ever subjects (`because she fears for her
///   job`), past two adverbs at most; or
/// - right after a singular noun that ends the phrase opening a clause with no other
///   finite verb to the sentence's end (`said in an email the premier stands by his
///   decision`: `premier stands` is no compound when the clause would be left without a
///   verb; but `Six county newspapers in Harbourton, including …, said`), or after it and
///   a quote's opening mark (`the premier “stands by …”`).
enum PresentTenseReading {
  /// Whether the plural noun at `k` is a present tense; `tag` gives the tagger's reading of
  /// the sentence's other words, `readsAsVerb` what it makes of the word after `he`.
  static func applies(to k: Int, in tokens: [Token], sentence: Range<Int>, tag: (Int) -> PennTag?, readsAsVerb: (Token) -> Bool) -> Bool {
    guard k > sentence.lowerBound else { return false }
    if VerbSlot.follows(Lexicon.thirdPersonSubjectPronouns, k, tokens, sentence, tag) { return readsAsVerb(tokens[k]) }
    let subject = VerbSlot.subjectsEnd(before: k, tokens, sentence)
    // (A speech verb later in the sentence, by its spelling, is the clause's verb: most
    // sentences are passed over before any word is decoded.)
    guard tag(subject) == .nn || tag(subject) == .nnp, !(k + 1..<sentence.upperBound).contains(where: { tokens[$0].has(.finiteSpeechVerb) }) else { return false }
    return VerbSlot.isLoneVerbAfterSubject(k, tokens, sentence, pastCommas: true, tag) && readsAsVerb(tokens[k])
  }
}
