/// Says what kind of thing a capitalised name is, from its words alone: an outlet
/// (`Xinhua News Agency`, `ltn.com`), an organisation (`Taiwan Affairs Office`), a place
/// that speaks as a state (`China`), or a person.
enum NameClassifier {
  enum Kind: Sendable { case person, organisation, outlet, place }

  /// - Parameters:
  ///   - words: the name's words, lowercase.
  ///   - shown: the same words as printed, to recognise acronyms (`DPP`, `FBI`).
  static func kind(of words: [String], shown: [String] = []) -> Kind {
    let cleaned = words.map(stripPossessive)
    let joined = cleaned.joined(separator: " ")
    guard let last = cleaned.last else { return .person }
    if Lexicon.outlets.contains(joined) || (cleaned.contains("the") && Lexicon.outlets.contains(cleaned.filter { $0 != "the" }.joined(separator: " "))) {
      return .outlet
    }
    if [".com", ".org", ".net", ".cn", ".co.uk", ".tw", ".jp", ".io", ".news"].contains(where: { last.hasSuffix($0) }) { return .outlet }
    if cleaned.count >= 2, Lexicon.outletHeads.contains(last) || ["daily", "radio", "tv", "channel", "weekly"].contains(cleaned.first!) {
      return .outlet
    }
    if cleaned.contains(where: { Lexicon.organisationHeads.contains($0) }) { return .organisation }
    if cleaned.allSatisfy({ Lexicon.places.contains($0) }) { return .place }
    if cleaned.count == 1, let word = shown.first, isAcronym(word) { return .organisation }
    return .person
  }

  /// `DPP`, `KMT`, `FBI`: all capitals, two to six letters (from the original text).
  static func isAcronym(_ word: String) -> Bool {
    var letters = 0
    for s in word.unicodeScalars where s.properties.isAlphabetic {
      guard s.properties.isUppercase, letters < 6 else { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// True when words begin an organisation's name, so `of` can continue it
  /// (`Institute of Xiamen University`, `Ministry of Foreign Affairs`).
  static func isOrganisationStart(_ words: [String]) -> Bool {
    words.contains { Lexicon.organisationHeads.contains($0) || Lexicon.outletHeads.contains($0) }
  }

  static func stripPossessive(_ w: String) -> String {
    let scalars = w.unicodeScalars
    guard let last = scalars.last else { return w }
    if last == "'" || last == "\u{2019}" { return String(String.UnicodeScalarView(scalars.dropLast())) }
    if last == "s", scalars.count >= 2 {
      let before = scalars[scalars.index(before: scalars.index(before: scalars.endIndex))]
      if before == "'" || before == "\u{2019}" { return String(String.UnicodeScalarView(scalars.dropLast(2))) }
    }
    return w
  }
}
