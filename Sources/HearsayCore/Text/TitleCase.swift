/// How a line capitalises its words: a title capitalises every word but the function words
/// (`Maria Okafor Calls Bridge Plan a Disaster`); a sentence only its names.
enum TitleCase {
  /// Whether a word of `sentence` is in lower case and no article, preposition or
  /// conjunction — a verb's, a noun's or a pronoun's, which a title capitalises (`met`,
  /// `he`): the line is in sentence case, however many of its words are names (`Mayor Ana
  /// Lima met Tom Reyes on Monday.`).
  static func hasLowercaseContentWord(_ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
    sentence.contains { k in
      let t = tokens[k]
      return t.kind == .word && !t.isCapitalised && t.text.unicodeScalars.first?.properties.isLowercase == true
        && !Lexicon.articles.contains(t) && !Lexicon.prepositions.contains(t) && !Lexicon.coordinators.contains(t)
        && !Lexicon.titleCaseLowercaseWords.contains(t)
    }
  }
}
