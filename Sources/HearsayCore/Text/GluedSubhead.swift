/// `… February 6, 2016 10:57PMOkafor Hits Ana Lima On Rape Exception`: a live blog's
/// subhead glued to its time stamp is a headline's words, though the line before it makes
/// no title-case sentence. Its capitals say no more than a headline's: the tagger reads it
/// in lower case, and its names stop at its verbs.
enum GluedSubhead {
  /// The subhead's first token in `sentence`: capitalised words (and commas) to the
  /// sentence's end, four or more of them of four letters or more, right after a word that
  /// opens with a digit and ends in a letter (`57PMOkafor`, the time's end glued to the
  /// subhead's first word); nil for none.
  static func start(in sentence: Range<Int>, _ tokens: [Token]) -> Int? {
    var k = sentence.upperBound - 1, long = 0
    while k >= sentence.lowerBound, tokens[k].kind == .word && tokens[k].isCapitalised || tokens[k].isMark(",") {
      if tokens[k].kind == .word, tokens[k].range.length >= 4 { long += 1 }
      k -= 1
    }
    guard long >= 4, k >= sentence.lowerBound, tokens[k].kind == .word,
      tokens[k].text.unicodeScalars.first?.properties.numericType != nil,
      tokens[k].text.unicodeScalars.last?.properties.isAlphabetic == true
    else { return nil }
    return k + 1
  }
}
