/// Which word lists a lowercase word is on, worked out once per distinct word of an
/// article: the rules ask a token `has(.title)` instead of hashing its text into a dozen
/// sets, which is where most of the pipeline's time went.
public struct WordFlags: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  public static let determiner = WordFlags(rawValue: 1 << 0)
  public static let title = WordFlags(rawValue: 1 << 1)
  public static let capitalisedFunctionWord = WordFlags(rawValue: 1 << 2)
  public static let phraseStop = WordFlags(rawValue: 1 << 3)
  public static let phraseConnector = WordFlags(rawValue: 1 << 4)
  public static let nameParticle = WordFlags(rawValue: 1 << 5)
  public static let roleNoun = WordFlags(rawValue: 1 << 6)
  public static let documentNoun = WordFlags(rawValue: 1 << 7)
  public static let place = WordFlags(rawValue: 1 << 8)
  public static let organisationHead = WordFlags(rawValue: 1 << 9)
  public static let outletHead = WordFlags(rawValue: 1 << 10)
  public static let adjunctOpener = WordFlags(rawValue: 1 << 11)
  public static let cueModifier = WordFlags(rawValue: 1 << 12)
  public static let speechVerb = WordFlags(rawValue: 1 << 13)
  public static let finiteSpeechVerb = WordFlags(rawValue: 1 << 14)
  public static let weakCue = WordFlags(rawValue: 1 << 15)
  public static let listenerVerb = WordFlags(rawValue: 1 << 16)
  public static let speechNoun = WordFlags(rawValue: 1 << 17)
  public static let continuationParticiple = WordFlags(rawValue: 1 << 18)
  public static let sentenceStarter = WordFlags(rawValue: 1 << 19)
  public static let pronoun = WordFlags(rawValue: 1 << 20)
  public static let hyphenatedAdjective = WordFlags(rawValue: 1 << 21)
  public static let domain = WordFlags(rawValue: 1 << 22)
  public static let relayWord = WordFlags(rawValue: 1 << 23)
  /// A one-word outlet name (`bloomberg`, `xinhua`).
  public static let outletName = WordFlags(rawValue: 1 << 24)
  /// A word of some outlet's name (`jazeera`, `hill`): names without one are not looked up.
  public static let outletWord = WordFlags(rawValue: 1 << 25)

  /// The flags of one lowercase word, from the lexicons.
  static func of(_ w: String) -> WordFlags {
    var f: WordFlags = []
    if Lexicon.determiners.contains(w) { f.insert(.determiner) }
    if Lexicon.isTitle(w) { f.insert(.title) }
    if Lexicon.capitalisedFunctionWords.contains(w) { f.insert(.capitalisedFunctionWord) }
    if Lexicon.phraseStops.contains(w) { f.insert(.phraseStop) }
    if Lexicon.phraseConnectors.contains(w) { f.insert(.phraseConnector) }
    if Lexicon.nameParticles.contains(w) { f.insert(.nameParticle) }
    if Lexicon.roleNouns.contains(w) { f.insert(.roleNoun) }
    if Lexicon.documentNouns.contains(w) { f.insert(.documentNoun) }
    if Lexicon.places.contains(w) { f.insert(.place) }
    if Lexicon.organisationHeads.contains(w) { f.insert(.organisationHead) }
    if Lexicon.outletHeads.contains(w) { f.insert(.outletHead) }
    if Lexicon.adjunctOpeners.contains(w) { f.insert(.adjunctOpener) }
    if Lexicon.cueModifiers.contains(w) { f.insert(.cueModifier) }
    if Lexicon.speechVerbs.contains(w) { f.insert(.speechVerb) }
    if Lexicon.isFiniteSpeechVerb(w) { f.insert(.finiteSpeechVerb) }
    if Lexicon.weakCues.contains(w) { f.insert(.weakCue) }
    if Lexicon.listenerVerbs.contains(w) { f.insert(.listenerVerb) }
    if Lexicon.speechNouns.contains(w) { f.insert(.speechNoun) }
    if Lexicon.continuationParticiples.contains(w) { f.insert(.continuationParticiple) }
    if Lexicon.sentenceStarters.contains(w) { f.insert(.sentenceStarter) }
    if Lexicon.pronouns[w] != nil { f.insert(.pronoun) }
    if Lexicon.isHyphenatedAdjective(w) { f.insert(.hyphenatedAdjective) }
    if Lexicon.isDomain(w) { f.insert(.domain) }
    if Lexicon.relayWords.contains(w) { f.insert(.relayWord) }
    if Lexicon.outlets.contains(w) { f.insert(.outletName) }
    if Lexicon.outletWords.contains(w) { f.insert(.outletWord) }
    return f
  }
}
