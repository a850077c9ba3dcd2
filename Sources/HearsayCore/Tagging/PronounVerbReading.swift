/// Where the tagger reads a plural noun right after `he` or `she` (`because she fears for
/// her job`): the greedy tagger weighs the word's own spelling, which is more often a noun
/// (`fears`, `hopes`), over the pronoun before it; but `he` and `she` are only ever
/// subjects, and a subject's next word with the spelling of a plural is its verb. It is one
/// when the tagger, asked about the word after `he` alone, reads it as one (not a name's
/// word or a noun that is never a verb).
enum PronounVerbReading {
  /// Whether the plural noun at `k` is the verb of the subject pronoun before it;
  /// `readsAsVerb` gives what the tagger makes of the word after `he`.
  static func applies(to k: Int, in tokens: [Token], sentence: Range<Int>, readsAsVerb: (Token) -> Bool) -> Bool {
    guard k > sentence.lowerBound, tokens[k - 1].kind == .word, Lexicon.thirdPersonSubjectPronouns.contains(tokens[k - 1]) else { return false }
    return readsAsVerb(tokens[k])
  }
}
