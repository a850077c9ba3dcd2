/// A word, number or punctuation mark with its code-point span. Quote marks are tokens
/// too, so patterns can see where a quote opens and closes.
///
/// Plain data: copying a token counts no references, as every pattern reads tokens by
/// the dozen. Its spelling lives in a `Word` that the document's vocabulary stores own,
/// so a token must not outlive the `Document` it was made for.
struct Token {
  enum Kind: Sendable, Hashable { case word, punctuation, quoteOpen, quoteClose, ideograph }
  // Declared widest first, so a token packs into 48 bytes: articles have millions.
  var range: TextRange
  private let word: Unmanaged<Word>
  /// Index of the top-level quote whose marks or content this token belongs to.
  var quote: Int?
  var kind: Kind
  /// Starts with a capital letter: the cheap signal names and sentence starts share.
  let isCapitalised: Bool
  /// Spells a function word in capitals where the tagger reads a name: an acronym's name
  /// (`the WHO`, `the US`), read as no function word (`readAsAcronym`).
  private(set) var readsAsAcronym = false
  /// The word lists its lowercase form is on.
  var flags: WordFlags
  /// The same without a possessive ending: what a name's words are looked up by.
  var bareFlags: WordFlags
  /// The code point of a one-code-point token (`,`, `"`, `a`); NUL for longer ones.
  let mark: Unicode.Scalar

  /// A token spelled as `word` says; only words carry flags.
  init(_ a: Int, _ b: Int, _ kind: Kind, _ word: Unmanaged<Word>, mark: Unicode.Scalar, quote: Int?) {
    range = TextRange(a, b)
    self.mark = b - a == 1 ? mark : "\u{0}"
    self.kind = kind
    self.word = word
    self.quote = quote
    let (flags, bareFlags, isCapitalised) = word._withUnsafeGuaranteedRef { ($0.flags, $0.bareFlags, $0.isCapitalised) }
    self.flags = kind == .word ? flags : []
    self.bareFlags = kind == .word ? bareFlags : []
    self.isCapitalised = isCapitalised
  }

  /// The hash of `lower` (of the word's lowercase form, for word tokens).
  var lowerHash: Int { word._withUnsafeGuaranteedRef(\.lowerHash) }
  /// The hash of `bare` (for word tokens).
  var bareHash: Int { word._withUnsafeGuaranteedRef(\.bareHash) }
  /// Two or more letters, all capitals (`WHO`, `NATO`).
  var isInCapitals: Bool { kind == .word && word._withUnsafeGuaranteedRef(\.isInCapitals) }
  /// Has a capital letter anywhere (`iPhone`).
  var hasCapital: Bool { word._withUnsafeGuaranteedRef(\.hasCapital) }
  /// As printed.
  var text: String { word._withUnsafeGuaranteedRef(\.text) }
  /// Lowercase, with typographic apostrophes made straight; punctuation, and a word read as
  /// an acronym (`readsAsAcronym`: on no list of words), as printed.
  var lower: String { word._withUnsafeGuaranteedRef { kind == .word && !readsAsAcronym ? $0.lower : $0.text } }
  /// `lower` without a possessive ending (`ministry's` → `ministry`), as names are matched.
  var bare: String { word._withUnsafeGuaranteedRef { kind == .word ? $0.bare : $0.text } }
  /// A word ending in `'s` or `’s` (`Trump's`, `People’s`).
  var endsInApostropheS: Bool { kind == .word && word._withUnsafeGuaranteedRef(\.endsInApostropheS) }
  /// An apostrophe on its own, straight or typographic (a plural's possessive: `Sanders '`).
  var isApostrophe: Bool { isMark("'") || isMark("\u{2019}") }

  /// What `tagger` makes of this word token's word on its own (`TagCache.lexicalTag`).
  func lexicalTag(_ tagger: Tagger) -> PennTag? { word._withUnsafeGuaranteedRef { $0.lexicalTag(tagger) } }

  /// What the part-of-speech tagger reads of this token's spelling.
  var tagKeys: TagKeys { word._withUnsafeGuaranteedRef(\.tagKeys) }
  /// What it reads of the token in lower case (a title-case line's words; other tokens as
  /// printed, with no flags).
  var lowercaseTagKeys: TagKeys {
    kind == .word ? word._withUnsafeGuaranteedRef(\.lowercaseTagKeys) : TagKeys(text: text, lower: text, flags: [])
  }

  func has(_ f: WordFlags) -> Bool { flags.contains(f) }

  /// What the word list in `slot` says of this word token's word (its lowercase form, or
  /// with `lower` false its bare form), asked of the word with `ask` the first time.
  @inline(__always)
  func listed(lower: Bool, slot: Int, _ ask: (Word) -> Bool) -> Bool {
    word._withUnsafeGuaranteedRef { w in
      lower ? w.lowerLists.answer(slot) { ask(w) } : w.bareLists.answer(slot) { ask(w) }
    }
  }

  /// `the WHO said`, `the US said`: reads a word in capitals that spells a function word as
  /// an acronym's name (`SegmentationStage` says where). It keeps only the flags of names
  /// (`WHO` is an organisation's), and its `lower` is its own spelling, which no list of
  /// function words holds (its `bare`, by which names are matched, is unchanged).
  mutating func readAsAcronym() {
    flags.subtract(.functionWord)
    bareFlags.subtract(.functionWord)
    readsAsAcronym = true
  }

  var isWord: Bool { kind == .word || kind == .ideograph }
  /// Four digits from 1000 to 2099: a year (`in 2015`), no count of people.
  var isYear: Bool {
    let word = lower.utf8
    return word.count == 4 && word.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } && (word.first == UInt8(ascii: "1") || word.starts(with: "20".utf8))
  }
  /// Lengths first: most tokens asked are not the word, and differ in length.
  /// Read in place from the word, with no reference counted. A word read as an acronym is
  /// no function word it spells (`readsAsAcronym`).
  func `is`(_ spelling: String) -> Bool {
    guard !readsAsAcronym else { return false }
    return word._withUnsafeGuaranteedRef { w in
      kind == .word ? w.lower.utf8.count == spelling.utf8.count && w.lower == spelling : w.text.utf8.count == spelling.utf8.count && w.text == spelling
    }
  }
  /// Whether this is exactly the punctuation mark `c`: a comparison of code points, as
  /// patterns ask it of nearly every token they pass.
  func isMark(_ c: Unicode.Scalar) -> Bool { mark == c }
  /// A dash, or a hyphen standing alone as one (`Ohio - and`).
  var isDashMark: Bool { mark.isDash || mark == "-" }
}

extension ArraySlice where Element == Token {
  /// The words among these tokens (ideographs too), made at once: `filter` grew its array
  /// a token at a time, and names and phrases are filtered so by the ten thousand.
  var wordTokens: [Token] {
    var out: [Token] = []
    out.reserveCapacity(count)
    for t in self where t.isWord { out.append(t) }
    return out
  }
}
