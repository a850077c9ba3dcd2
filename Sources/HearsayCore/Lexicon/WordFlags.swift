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
  /// A verb that reports speech with its particle (`called for`, `talked about`).
  public static let phrasalSpeechVerb = WordFlags(rawValue: 1 << 26)
  /// A verb whose object noun carries a stance (`voiced`, `made`), and such a noun (`concern`).
  public static let stanceCarrier = WordFlags(rawValue: 1 << 27)
  public static let stanceNoun = WordFlags(rawValue: 1 << 28)
  /// A noun for people (`voters`, `fan`, `gunman`): GUM's animate nouns, a singular of a
  /// plural role noun (`critic`), a compound of one (`congresswoman`, `townspeople`).
  public static let animate = WordFlags(rawValue: 1 << 29)
  /// A verb that reports what a document or data say, and only theirs (`the filings show
  /// that …`, `a poll found …`; not `she showed the house`).
  public static let evidenceVerb = WordFlags(rawValue: 1 << 30)
  /// A small word of a French body's name (`de`, `des`, `et`: `Caisse de dépôt et …`).
  public static let frenchNameWord = WordFlags(rawValue: 1 << 31)

  /// The lists of function words and the words that open or stop phrases: what a word in
  /// capitals that spells one (`WHO`, `US`, `IT`) is not (`Token.readAsAcronym`).
  static let functionWord: WordFlags = [.determiner, .capitalisedFunctionWord, .phraseStop, .phraseConnector, .nameParticle,
                                        .adjunctOpener, .cueModifier, .sentenceStarter, .pronoun, .frenchNameWord]

  /// The flags of one lowercase word, from the lexicons: one lookup in the merged word
  /// lists, then the tests that are rules rather than lists, each only where it can apply.
  static func of(_ w: String) -> WordFlags { derived(w, base: listed[w] ?? []) }

  /// The flags the rules give `w` were it on no list (`TaggerLexicon`).
  static func unlisted(_ w: String) -> WordFlags { derived(w, base: []) }

  /// `base`, with the flags the tests that are rules add to it.
  private static func derived(_ w: String, base: WordFlags) -> WordFlags {
    var f = base
    if f.contains(.speechVerb), Lexicon.isFiniteSpeechVerb(w) { f.insert(.finiteSpeechVerb) }
    // German compounds such as `Regierungssprecher` (the list itself is merged above).
    if !f.contains(.title), w.utf8.count > 7, Lexicon.isTitle(w) { f.insert(.title) }
    // `Senators Charles E. Grassley and Patrick J. Leahy`: an office's title in the plural
    // (not a party's: `Republicans` are a group).
    if !f.contains(.title), let singular = Lexicon.singularOfPluralRole(w), Lexicon.titles.contains(singular) { f.insert(.title) }
    if w.containsByte(where: { $0 == UInt8(ascii: "-") }), Lexicon.isHyphenatedAdjective(w) { f.insert(.hyphenatedAdjective) }
    if w.containsByte(where: { $0 == UInt8(ascii: ".") }), Lexicon.isDomain(w) { f.insert(.domain) }
    if !f.contains(.animate), Lexicon.peopleNounEndings.contains(where: w.endsWith) { f.insert(.animate) }
    // `you've`, `they'd`, `couldn't`: a function word with its clitic is one too.
    if !f.contains(.capitalisedFunctionWord), w.containsByte(where: { $0 == UInt8(ascii: "'") }), let stem = Lexicon.contractionStem(w),
      listed[stem]?.contains(.capitalisedFunctionWord) == true
    {
      f.insert(.capitalisedFunctionWord)
    }
    return f
  }

  /// The words on some list.
  static var listedWords: Dictionary<String, WordFlags>.Keys { listed.keys }

  /// Every listed word with the flags of all the lists it is on.
  private static let listed: [String: WordFlags] = {
    var table: [String: WordFlags] = [:]
    func add(_ words: some Sequence<String>, _ flag: WordFlags) {
      for w in words { table[w, default: []].insert(flag) }
    }
    add(Lexicon.determiners, .determiner)
    add(Lexicon.titles, .title)
    add(Lexicon.capitalisedFunctionWords, .capitalisedFunctionWord)
    add(Lexicon.phraseStops, .phraseStop)
    add(Lexicon.phraseConnectors, .phraseConnector)
    add(Lexicon.nameParticles, .nameParticle)
    add(Lexicon.roleNouns, .roleNoun)
    add(Lexicon.documentNouns, .documentNoun)
    add(Lexicon.places, .place)
    add(Lexicon.organisationHeads, .organisationHead)
    add(Lexicon.outletHeads, .outletHead)
    add(Lexicon.adjunctOpeners, .adjunctOpener)
    add(Lexicon.cueModifiers, .cueModifier)
    add(Lexicon.speechVerbs, .speechVerb)
    add(Lexicon.weakCues, .weakCue)
    add(Lexicon.listenerVerbs, .listenerVerb)
    add(Lexicon.speechNouns, .speechNoun)
    add(Lexicon.continuationParticiples, .continuationParticiple)
    add(Lexicon.sentenceStarters, .sentenceStarter)
    add(Lexicon.pronouns.keys, .pronoun)
    add(Lexicon.relayWords, .relayWord)
    add(Lexicon.outlets, .outletName)
    add(Lexicon.outletWords, .outletWord)
    add(Lexicon.phrasalSpeechVerbs.keys, .phrasalSpeechVerb)
    add(Lexicon.gerundPhrasalSpeechVerbs.keys, .phrasalSpeechVerb)
    add(Lexicon.stanceCarrierVerbs, .stanceCarrier)
    add(Lexicon.stanceNouns, .stanceNoun)
    add(Lexicon.evidenceVerbs, .evidenceVerb)
    add(Lexicon.frenchNameWords, .frenchNameWord)
    add(Lexicon.animateNouns, .animate)
    add(Lexicon.roleNouns.lazy.filter { $0.hasSuffix("s") }.map { String($0.dropLast()) }, .animate)
    return table
  }()
}
