/// What is known of one spelling: made once per thread, shared by every token spelled so.
/// Not `Sendable`: a word belongs to its thread's vocabulary, and the documents that
/// refer to it are analysed on that thread (its tagger keys are filled in there).
final class Word {
  let text: String
  let lower: String
  /// `lower` without a possessive ending: the form names are matched by.
  let bare: String
  let flags: WordFlags
  /// The flags of the word without a possessive ending (`ministry's` → `ministry`).
  let bareFlags: WordFlags
  /// `WordHash.of(lower)`, kept: some stages compare every token against a few words.
  let lowerHash: Int
  /// `WordHash.of(bare)`, kept for asking word lists of names' words.
  let bareHash: Int
  let isCapitalised: Bool
  /// Has a capital letter anywhere (`iPhone`, `eBay`).
  let hasCapital: Bool
  /// Two or more letters, all of them capitals (`WHO`, `US`): where the tagger reads a name,
  /// an acronym's, whatever word it spells (`SegmentationStage`).
  let isInCapitals: Bool
  /// An abbreviation that keeps a following period (`Mr`, `U.S`, `a.m`, an initial):
  /// asked only of a word a period follows, so worked out the first time it is.
  var keepsPeriod: Bool {
    if let cachedKeepsPeriod { return cachedKeepsPeriod }
    let keeps = Vocabulary.keepsPeriod(Array(text.unicodeScalars), lower: lower)
    cachedKeepsPeriod = keeps
    return keeps
  }
  private var cachedKeepsPeriod: Bool?
  /// What the word lists said of `lower` and of `bare` (`WordSet.contains`).
  var lowerLists = ListMemo(), bareLists = ListMemo()
  /// Ends in `'s` or `’s` (the lowercase form has straight apostrophes): asked of every
  /// capitalised word, and a suffix test with a typographic apostrophe is slow.
  let endsInApostropheS: Bool
  /// What the part-of-speech tagger reads of this spelling, worked out the first time it
  /// is asked: most spellings are never near a word the rules ask the tagger about, and
  /// their keys (nine hashes) were half the cost of meeting a new spelling.
  lazy var tagKeys = Self.tagKeys(text: text, lower: lower, flags: flags)
  /// The same for the spelling read in lower case, as a title-case line's words are
  /// (`Calls`, `Plan`): kept with the word, as the same words open headline after headline.
  lazy var lowercaseTagKeys = Self.tagKeys(text: lower, lower: lower, flags: flags)

  /// The tagger's class for the word without a possessive ending, on its own
  /// (`TagCache.lexicalTag`), and the model that gave it: the rules ask it of the same
  /// words article after article, and each answer was a decoding of its own. (The model is
  /// held, so another model — tests train their own — is never taken for it.)
  private var lexical: (model: TaggerModel.Identity, tag: PennTag?)?

  func lexicalTag(_ tagger: Tagger) -> PennTag? {
    if let lexical, lexical.model === tagger.model.identity { return lexical.tag }
    let tag = tagger.knows(tagKeys) ? tagger.tag([TagKeys(text: bare, lower: bare, flags: bareFlags)]).first : nil
    lexical = (tagger.model.identity, tag)
    return tag
  }

  /// A negated contraction is read as its auxiliary (`doesn't` as `does`): the treebanks
  /// the tagger learnt from write it as two words, so it never met `doesn't` whole (and
  /// read it as an adverb, leaving `the party doesn't care` without a verb).
  private static func tagKeys(text: String, lower: String, flags: WordFlags) -> TagKeys {
    guard let auxiliary = Lexicon.auxiliaryOfNegation(lower) else { return TagKeys(text: text, lower: lower, flags: flags) }
    let shown = text.first?.isUppercase == true ? auxiliary.prefix(1).uppercased() + auxiliary.dropFirst() : auxiliary
    return TagKeys(text: shown, lower: auxiliary, flags: WordFlags.of(auxiliary))
  }

  init(text: String, lower: String, bare: String, flags: WordFlags, bareFlags: WordFlags, isCapitalised: Bool,
       hasCapital: Bool, isInCapitals: Bool) {
    self.text = text
    self.lower = lower
    self.bare = bare
    self.flags = flags
    self.bareFlags = bareFlags
    self.isCapitalised = isCapitalised
    lowerHash = WordHash.of(lower)
    bareHash = bare == lower ? lowerHash : WordHash.of(bare)
    self.hasCapital = hasCapital
    self.isInCapitals = isInCapitals
    endsInApostropheS = lower.utf8.count >= 2 && lower.utf8.suffix(2).elementsEqual("'s".utf8)
  }
}

/// Every distinct spelling the tokenizer has met on this thread, with what the lexicons
/// say of it. A token's code points are hashed once, with a cheap hash, and its strings,
/// lowercase form and word flags are shared by every later token spelled the same way:
/// building two `String`s and a keyed lookup per token was a fifth of the pipeline.
final class Vocabulary {
  /// Owns the words. Tokens refer to their word without counting references (that
  /// traffic was a tenth of the pipeline), so each document keeps the stores its tokens
  /// came from; clearing the vocabulary starts a new store and leaves old ones to them.
  final class Store {
    fileprivate(set) var words: [Word] = []
  }

  /// One per thread: no lock, and each thread's table stays warm across its articles.
  static let perThread = PerThread<Vocabulary> { Vocabulary() }

  /// Words are dropped when there are this many, so a stream of unique strings (a
  /// hostile file, a huge collection) cannot grow the table without bound.
  private static let limit = 1 << 18

  /// Stores replaced since the tokenizer last took them: tokens may still use their words.
  private var retired: [Store] = []

  /// The stores that were replaced since the last call, for the document to keep.
  func takeRetired() -> [Store] {
    defer { retired = [] }
    return retired
  }

  private(set) var store = Store()
  /// The code points of every spelling, one after another.
  private var keys: [Unicode.Scalar] = []
  private var count = 0
  /// Open addressing, each slot holding what a probe reads: a hash of the spelling, its
  /// length, its code points or where they are in `keys`, and its word (nil for an empty
  /// slot). A collection's vocabulary outgrows the caches, and a lookup that went from the
  /// slot to an entry's key offsets, its code points and its word waited on four misses in
  /// a row; a short ASCII spelling (most tokens) is compared in the slot itself.
  private var slots = [Slot](repeating: Slot(), count: 1 << 12)

  private struct Slot {
    var hash: UInt32 = 0
    /// The spelling's length in code points, with `packedBit` set when `key` holds them.
    var length: UInt32 = 0
    /// Up to eight ASCII code points, a byte each, or the start of the spelling in `keys`.
    var key: UInt64 = 0
    var word: Unmanaged<Word>?
  }

  private static let packedBit: UInt32 = 1 << 31

  /// The word spelled `scalars[a..<b]`, made on first sight; valid while `store` is kept.
  func word(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> Unmanaged<Word> {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var packed: UInt64 = 0, ascii: UInt32 = 0
    for i in a..<b {
      let v = scalars[i].value
      hash = (hash ^ UInt64(v)) &* 0x100_0000_01b3
      packed = packed << 8 | UInt64(truncatingIfNeeded: v)
      ascii |= v
    }
    let isPacked = b - a <= 8 && ascii < 0x80
    let length = UInt32(truncatingIfNeeded: b - a) | (isPacked ? Self.packedBit : 0)
    let short = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    let mask = slots.count - 1
    var s = Int(short) & mask
    while let word = slots[s].word {
      if slots[s].hash == short, slots[s].length == length, isPacked ? slots[s].key == packed : matches(Int(slots[s].key), scalars, a, b) {
        return word
      }
      s = (s + 1) & mask
    }
    // A stream of long unique tokens starts afresh before `keys` passes 4 G code points.
    if count >= Self.limit || keys.count + (b - a) > Int(UInt32.max) {
      clear()
      return self.word(scalars, a, b)
    }
    let word = Self.make(Array(scalars[a..<b]))
    store.words.append(word)
    let handle = Unmanaged.passUnretained(word)
    if isPacked {
      slots[s] = Slot(hash: short, length: length, key: packed, word: handle)
    } else {
      slots[s] = Slot(hash: short, length: length, key: UInt64(keys.count), word: handle)
      keys.append(contentsOf: scalars[a..<b])
    }
    count += 1
    if count * 2 > slots.count { rehash() }
    return handle
  }

  private func matches(_ start: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> Bool {
    keys.withUnsafeBufferPointer { keys in
      for k in 0..<(b - a) where keys[start + k] != scalars[a + k] { return false }
      return true
    }
  }

  private func rehash() {
    let old = slots
    slots = [Slot](repeating: Slot(), count: old.count * 2)
    let mask = slots.count - 1
    for slot in old where slot.word != nil {
      var s = Int(slot.hash) & mask
      while slots[s].word != nil { s = (s + 1) & mask }
      slots[s] = slot
    }
  }

  private func clear() {
    retired.append(store)
    store = Store()
    keys.removeAll(keepingCapacity: true)
    count = 0
    slots = [Slot](repeating: Slot(), count: 1 << 12)
  }

  private static func make(_ scalars: [Unicode.Scalar]) -> Word {
    let text = String(scalars: scalars)
    let lower: String
    if scalars.allSatisfy({ $0.value < 0x80 }) {
      lower = scalars.contains(where: { $0.value >= 0x41 && $0.value <= 0x5A }) ? text.lowercased() : text
    } else {
      let folded = text.lowercased().unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }
      lower = String(scalars: folded)
    }
    let isCapitalised = scalars.first?.isUppercaseLetter ?? false || isParticleCompound(scalars)
    let flags = WordFlags.of(lower)
    let bare = NameClassifier.stripPossessive(lower)
    return Word(text: text, lower: lower, bare: bare, flags: flags, bareFlags: bare == lower ? flags : WordFlags.of(bare),
                isCapitalised: isCapitalised, hasCapital: scalars.contains(where: \.isUppercaseLetter),
                isInCapitals: scalars.count >= 2 && scalars.allSatisfy(\.isUppercaseLetter))
  }

  /// `al-Baghdadi`, `el-Sisi`: a name particle joined by a hyphen to a capitalised name is
  /// capitalised as a name's word is.
  private static func isParticleCompound(_ scalars: [Unicode.Scalar]) -> Bool {
    guard let hyphen = scalars.firstIndex(of: "-"), hyphen > 0, hyphen + 1 < scalars.count, scalars[hyphen + 1].isUppercaseLetter else { return false }
    return Lexicon.nameParticles.contains(String(String.UnicodeScalarView(scalars[..<hyphen])).lowercased())
  }

  /// `Mr.`, `J.`, `U.S.`: an abbreviation keeps its period, so it can neither end a
  /// sentence by mistake nor split a name.
  /// `a.f.l.`, `c.i.o`: single letters, each before a period (the last may have none).
  private static func isInitials(_ part: Substring.UTF8View.SubSequence) -> Bool {
    let bytes = Array(part.last == UInt8(ascii: ".") ? part.dropLast() : part)
    return bytes.count >= 3 && bytes.count % 2 == 1
      && bytes.indices.allSatisfy { $0 % 2 == 0 ? (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[$0]) : bytes[$0] == UInt8(ascii: ".") }
  }

  fileprivate static func keepsPeriod(_ scalars: [Unicode.Scalar], lower: String) -> Bool {
    // (An initial, or a listed letter: `Roe v. Wade`.)
    if scalars.count == 1 { return scalars[0].isUppercaseLetter || Lexicon.titleAbbreviations.contains(lower) }
    // `R-Wis.`, `D-Calif.`: a legislator's party and state.
    if (3...8).contains(scalars.count), "RDI".unicodeScalars.contains(scalars[0]), scalars[1] == "-", scalars[2].isUppercaseLetter,
      scalars[2...].allSatisfy(\.isLetter)
    {
      return true
    }
    // `A.F.L.-C.I.O.`: initials joined by a hyphen to more initials.
    if scalars.count >= 7, scalars.contains("-"), scalars.contains("."), lower.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false).allSatisfy(isInitials) {
      return true
    }
    if scalars.count > 6 { return false }
    return Lexicon.titleAbbreviations.contains(lower) || Lexicon.sentenceFinalAbbreviations.contains(lower)
      || (lower.contains(".") && !Lexicon.isDomain(lower) && lower.allSatisfy { $0.isLetter || $0 == "." })
  }
}
