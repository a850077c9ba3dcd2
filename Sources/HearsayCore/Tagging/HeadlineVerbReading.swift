/// Where the tagger reads a plural noun that a title-case line has as its verb (`Mayor
/// Backs New Housing Plan`, `Governor Eyes Third Term`). Such a line is read in lower case
/// (`TagCache`), and to a tagger that learnt from sentences, `mayor backs new housing plan`
/// is a row of nouns — so the name after the title ran on through the verb. The word is the
/// line's verb when
/// - the line has no finite verb the tagger reads (but in a quote, someone's words: `Mayor
///   Slams Board: ‘It Should Resign’`);
/// - the word before it is a word the tagger never learnt (a surname, which it may read as
///   anything), or a noun for someone who can act: a title, a role or a noun for people, an
///   organisation's word, a given name — not `Housing Costs Under Scrutiny`, whose
///   `housing` acts on nothing;
/// - a word follows it in the line; and
/// - after a subject pronoun the tagger reads the word as a verb (`he backs`, `he eyes`;
///   not `rules`, `he rules` aside, after a word that is no actor).
enum HeadlineVerbReading {
  /// Whether the plural noun at `k`, in the title-case `line` (the part of its sentence
  /// read in lower case), is the line's verb. `tag` gives the tagger's reading of the
  /// line's words, `knows` whether the tagger learnt a word, and `readsAsVerb` what it makes
  /// of the word after `he`.
  static func applies(to k: Int, in tokens: [Token], line: Range<Int>, tag: (Int) -> PennTag?, knows: (Token) -> Bool,
                      readsAsVerb: (Token) -> Bool) -> Bool {
    guard k > line.lowerBound, k + 1 < line.upperBound, tokens[k + 1].kind == .word, tokens[k - 1].kind == .word,
      !knows(tokens[k - 1]) || tag(k - 1)?.isNoun == true && canAct(tokens[k - 1]),
      !line.contains(where: { tokens[$0].kind == .word && tokens[$0].quote == nil && tag($0)?.isFiniteVerb == true })
    else { return false }
    return readsAsVerb(tokens[k])
  }

  private static func canAct(_ t: Token) -> Bool {
    t.has(.title) || t.has(.roleNoun) || t.has(.animate) || t.has(.organisationHead) || Lexicon.isGivenName(t)
  }
}
