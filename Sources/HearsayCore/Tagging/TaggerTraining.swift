/// What the tagger's training program needs of the core: text cut into words exactly as
/// articles are, so a model learns the tokens it will be asked to tag.
public enum TaggerTraining {
  /// The tokens of `text` (a sentence or paragraph, no quotes paired): code-point spans and keys.
  public static func words(in text: String) -> [(start: Int, end: Int, keys: TagKeys)] {
    let scalars = ScalarText(text)
    var tokenizer = Tokenizer(text: scalars, quotes: [])
    var tokens: [Token] = []
    tokenizer.tokens(in: TextRange(0, scalars.count), into: &tokens)
    return withExtendedLifetime(tokenizer.stores) { tokens.map { ($0.range.start, $0.range.end, $0.tagKeys) } }
  }
}
