/// Says what kind of thing a capitalised name is, from its words alone: an outlet
/// (`Xinhua News Agency`, `ltn.com`), an organisation (`Taiwan Affairs Office`), a place
/// that speaks as a state (`China`), or a person.
enum NameClassifier {
  enum Kind: Sendable { case person, organisation, outlet, place, group }

  /// - Parameter name: the name's word tokens; their flags answer the word-list questions,
  ///   and their printed text shows acronyms (`DPP`, `FBI`).
  static func kind(of name: [Token]) -> Kind {
    guard let lastToken = name.last else { return .person }
    // Chinese, one ideograph a token: a body's last character, or a group's noun.
    if name.allSatisfy({ $0.kind == .ideograph }) {
      if Lexicon.cjkGroupNouns.contains(name.map(\.text).joined()) { return .group }
      return name.count > 1 && Lexicon.cjkBodyEnds.contains(lastToken.text) ? .organisation : .person
    }
    if name.count == 1 { return kind(ofWord: lastToken) }
    // Only a name made of outlet words can be an outlet's name (`Al Jazeera`, `The Guardian`).
    if name.allSatisfy({ $0.bareFlags.contains(.outletWord) }) {
      let cleaned = name.map(\.bare)
      if Lexicon.outlets.contains(cleaned.joined(separator: " ")) || (cleaned.contains("the") && Lexicon.outlets.contains(cleaned.filter { $0 != "the" }.joined(separator: " "))) {
        return .outlet
      }
    }
    if isDomainName(lastToken.bare) { return .outlet }
    // `BBC Radio Leeds`, `CBC News Montreal`: an outlet's name, then its station or edition.
    // (Not a body's name: `Florida Atlantic University`.)
    if name.count >= 3, name[name.count - 2].bareFlags.contains(.outletHead), !lastToken.bareFlags.contains(.organisationHead),
      kind(of: Array(name.dropLast())) == .outlet
    {
      return .outlet
    }
    // `Omar Guardian`, `Ann Post`: a given name and one word is a person's name, whatever the word.
    let givenAndSurname = name.count == 2 && Lexicon.isGivenName(name[0]) && !name[0].bareFlags.contains(.place)
    if !givenAndSurname, lastToken.bareFlags.contains(.outletHead) || Lexicon.outletFirstWords.containsBare(name[0]) {
      // `Environmental Protection Agency`: a last word that heads organisations too makes an
      // outlet only beside another outlet word (`Xinhua News Agency`).
      let organisationToo = lastToken.bareFlags.contains(.organisationHead) && !name.dropLast().contains { $0.bareFlags.contains(.outletHead) }
      return organisationToo ? .organisation : .outlet
    }
    if name.contains(where: { $0.bareFlags.contains(.organisationHead) }) { return .organisation }
    // `Ford Motor Co.`, `Acme Widget LLC`: a company's last word.
    if !givenAndSurname, Lexicon.corporateSuffixes.containsBare(lastToken) { return .organisation }
    // `Exxon Mobil`, `Coca-Cola Bottling`: a company known by its first word.
    if !givenAndSurname, Lexicon.organisationNames.containsBare(name[0]) { return .organisation }
    // `Société de transport de Montréal`: a lowercase word after a French body's small words.
    if zip(name, name.dropFirst()).contains(where: { $0.0.has(.frenchNameWord) && !$0.1.isCapitalised && !$0.1.has(.frenchNameWord) }) {
      return .organisation
    }
    // `Hydro One`, `Formula One`: nor does it end in a number's word.
    if Lexicon.numberWords.containsBare(lastToken) { return .organisation }
    // `Citizens for Tax Justice`: a person's name has no `for` inside it.
    if name.dropFirst().dropLast().contains(where: { $0.is("for") }) { return .organisation }
    // `Greek Orthodox Church`, `Anglican Church of Canada`: a congregation's name (its head
    // last or before `of`; not `Church Street`) names the body.
    if !givenAndSurname, let head = name.firstIndex(where: { Lexicon.congregationHeads.containsBare($0) }),
      head == name.count - 1 || name[head + 1].is("of")
    {
      return .organisation
    }
    if name.allSatisfy({ $0.bareFlags.contains(.place) }) { return .place }
    if !givenAndSurname, Lexicon.placeHeads.containsBare(lastToken) || Lexicon.placeOpeners.containsBare(name[0]) { return .place }
    return .person
  }

  /// The kind of a name the sentence makes a person's if it can be one — a speaker's, or one
  /// after a role (`Press secretary Lena Park`): two words whose last is a place's noun that
  /// is a surname as often (`Park`, `Church`, `Wall`) name a person, given name known or not,
  /// unless the gazetteer knows them as a place.
  static func kind(of name: [Token], asPerson: Bool) -> Kind {
    let kind = kind(of: name)
    // (A congregation's two words, `Ngozi Church`, are read so too.)
    guard asPerson, name.count == 2, kind == .place || kind == .organisation && Lexicon.congregationHeads.containsBare(name[1]),
      Lexicon.surnamePlaceHeads.containsBare(name[1]), !name[0].bareFlags.contains(.place),
      !Lexicon.isPlaceName(name.map(\.bare))
    else { return kind }
    return .person
  }

  /// The same for a one-word name (`Xinhua`, `ltn.com`, `DPP`, `China`, `Zheng`), from its flags.
  private static func kind(ofWord t: Token) -> Kind {
    if t.bareFlags.contains(.outletName) { return .outlet }
    if isDomainName(t.bare) { return .outlet }
    if t.bareFlags.contains(.organisationHead) || Lexicon.organisationNames.containsBare(t) { return .organisation }
    // `Americans`, `Canadians`: the people of a place are a group, not the place.
    if Lexicon.isPeopleOfAPlace(t.bare) { return .group }
    if t.bareFlags.contains(.place) { return .place }
    // `Concord, N.H.`, `Tampa, Fla.`: a state's abbreviation with its periods is the state.
    if t.text.utf8.contains(UInt8(ascii: ".")), Lexicon.state(abbreviated: t.text) != nil { return .place }
    if isAcronym(t.text) { return .organisation }
    // `PACs`, `NGOs`, `CEOs`: an acronym's plural names several, a group.
    if t.text.utf8.last == UInt8(ascii: "s"), isAcronym(String(t.text.dropLast())) { return .group }
    return .person
  }

  /// A web address (`ltn.com`, `CBC.ca`): the lexicon's one list of domain endings.
  private static func isDomainName(_ word: String) -> Bool { word.containsByte { $0 == UInt8(ascii: ".") } && Lexicon.isDomain(word) }

  /// `DPP`, `KMT`, `FBI`: all capitals, two to six letters (from the original text).
  static func isAcronym(_ word: String) -> Bool { (2...6).contains(capitalLetters(in: word) ?? 0) }

  /// `WALLACE`, `Q`, `LOS`: capitals only — a transcript label or a dateline, not a
  /// sentence's first word.
  static func isCapitalsOnly(_ word: String) -> Bool { (capitalLetters(in: word) ?? 0) > 0 }

  /// How many letters `word` has when every one is a capital (`WALLACE:` → 7), else nil.
  /// Scalar by scalar with the ASCII fast paths: this runs for every name and label.
  static func capitalLetters(in word: String) -> Int? {
    var letters = 0
    for s in word.unicodeScalars {
      if s.isUppercaseLetter {
        letters += 1
      } else if s.isLowercaseLetter || (s.value >= 0x80 && s.properties.isAlphabetic && !s.properties.isUppercase) {
        return nil
      }
    }
    return letters
  }

  static func stripPossessive(_ w: String) -> String {
    // Most words end in none of `'`, `s` or the last byte of `’`: no decoding then.
    guard let lastByte = w.utf8.last, lastByte == 0x27 || lastByte == 0x73 || lastByte == 0x99 else { return w }
    let scalars = w.unicodeScalars
    guard let last = scalars.last else { return w }
    if last == "'" || last == "\u{2019}" { return String(scalars: scalars.dropLast()) }
    if last == "s", scalars.count >= 2 {
      let before = scalars[scalars.index(before: scalars.index(before: scalars.endIndex))]
      if before == "'" || before == "\u{2019}" { return String(scalars: scalars.dropLast(2)) }
    }
    return w
  }
}
