/// What the tagger reads of one spelling, as stable hashes (the same in every process,
/// unlike `hashValue`): its normalised lowercase form, its last letters, its first
/// letter with its case, and its shape. A `Word` keeps them, so a spelling is hashed
/// once per vocabulary, not once per token.
public struct TagKeys: Sendable, Hashable {
  public let word: UInt64
  public let suffix3: UInt64
  public let suffix2: UInt64
  public let prefix: UInt64
  public let prefix3: UInt64
  public let suffix4: UInt64
  public let shape: UInt64
  /// The word's outline: capitals as `X`, small letters `x`, digits `d`, runs cut to two (`Xx-xx`).
  public let outline: UInt64

  /// Which of the lexicons that name things list the word (titles, places, given names …),
  /// as the model was trained on them (`TaggerLexicon`).
  public let lexicon: UInt64

  /// The keys of a token spelled `text`, whose lowercase form is `lower` (as the
  /// vocabulary folds it) and whose lexicon flags are `flags`.
  init(text: String, lower: String, flags: WordFlags) {
    lexicon = TaggerLexicon.bits(lower, flags: flags)
    // An ASCII word (nearly every one) is read from its bytes, where a suffix is a slice;
    // another's from its code points, walked where they lie.
    var lowerBytes = lower, textBytes = text
    let keys = lowerBytes.withUTF8 { l in
      textBytes.withUTF8 { t in
        l.allSatisfy { $0 < 0x80 } && t.allSatisfy { $0 < 0x80 }
          ? SpellingKeys(lower: l.lazy.map { Unicode.Scalar($0) }, text: t.lazy.map { Unicode.Scalar($0) }) : nil
      }
    } ?? SpellingKeys(lower: lower.unicodeScalars, text: text.unicodeScalars)
    word = keys.word
    suffix3 = keys.suffix3
    suffix2 = keys.suffix2
    prefix = keys.prefix
    prefix3 = keys.prefix3
    suffix4 = keys.suffix4
    outline = keys.outline
    shape = keys.shape
  }

  /// The keys a spelling's code points give (all but the lexicon's).
  private struct SpellingKeys {
    let word, suffix3, suffix2, prefix, prefix3, suffix4, outline, shape: UInt64

    init(lower: some BidirectionalCollection<Unicode.Scalar>, text: some Collection<Unicode.Scalar>) {
      var count = 0, digits = 0, letters = 0
      for u in lower {
        count += 1
        switch ScalarKind(u) {
        case .digit: digits += 1
        case .upper, .letter: letters += 1
        case .other: break
        }
      }
      if digits > 0 && letters == 0 {
        // Numbers are a class, not a vocabulary: `!YEAR` for four digits, else `!DIGITS`.
        word = StableHash.of(count == 4 && digits == 4 ? "!YEAR" : "!DIGITS")
      } else {
        word = StableHash.of(scalars: lower)
      }
      suffix3 = StableHash.of(scalars: lower.suffix(3))
      suffix2 = StableHash.of(scalars: lower.suffix(2))
      prefix = StableHash.of(scalars: CollectionOfOne(text.first ?? " "))
      prefix3 = StableHash.of(scalars: lower.prefix(3))
      suffix4 = StableHash.of(scalars: lower.suffix(4))
      outline = TagKeys.outline(text)
      shape = TagKeys.shape(text)
    }
  }

  /// What the keys need to know of a code point; ASCII is answered without a property lookup.
  enum ScalarKind: Equatable {
    case upper, letter, digit, other
    init(_ u: Unicode.Scalar) {
      switch u.value {
      case 0x41...0x5A: self = .upper
      case 0x61...0x7A: self = .letter
      case 0x30...0x39: self = .digit
      case 0..<0x80: self = .other
      default:
        let p = u.properties
        self = p.isUppercase ? .upper : p.isAlphabetic ? .letter : p.numericType != nil ? .digit : .other
      }
    }
  }

  private static func outline(_ s: some Sequence<Unicode.Scalar>) -> UInt64 {
    var hash = StableHash.Running()
    var last: Unicode.Scalar = " ", run = 0
    for u in s {
      let c: Unicode.Scalar = switch ScalarKind(u) {
      case .upper: "X"
      case .letter: "x"
      case .digit: "d"
      case .other: u
      }
      if c == last { run += 1 } else { run = 1; last = c }
      if run <= 2 { hash.add(c) }
    }
    return hash.value
  }

  /// Capitalised, all capitals, digits, a hyphen, a period, one letter long, punctuation only.
  private static func shape(_ s: some Sequence<Unicode.Scalar>) -> UInt64 {
    var count = 0, letters = 0, capitals = 0
    var firstIsCapital = false, digit = false, hyphen = false, period = false
    for u in s {
      let kind = ScalarKind(u)
      if count == 0 { firstIsCapital = kind == .upper }
      count += 1
      switch kind {
      case .upper: letters += 1; capitals += 1
      case .letter: letters += 1
      case .digit: digit = true
      case .other: break
      }
      if u == "-" { hyphen = true }
      if u == "." { period = true }
    }
    var bits: UInt64 = 0
    if firstIsCapital { bits |= 1 }
    if letters > 1 && capitals == letters { bits |= 2 }
    if digit { bits |= 4 }
    if hyphen { bits |= 8 }
    if period { bits |= 16 }
    if count == 1 { bits |= 32 }
    if letters == 0 && !digit { bits |= 64 }
    return bits
  }
}

/// FNV-1a over UTF-8, then a final mix: stable across processes and platforms, so a
/// trained model's features mean the same thing wherever it is loaded.
enum StableHash {
  static func of(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return mix(h)
  }

  /// The same as `of(String(scalars))`, without making the string.
  static func of(scalars: some Sequence<Unicode.Scalar>) -> UInt64 {
    var running = Running()
    for u in scalars { running.add(u) }
    return running.value
  }

  /// The hash of code points added one at a time, as their UTF-8 would be hashed.
  struct Running {
    private var h: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ u: Unicode.Scalar) {
      if u.isASCII {
        h = (h ^ UInt64(u.value)) &* 0x100_0000_01b3
      } else {
        for b in UTF8.encode(u)! { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
      }
    }

    var value: UInt64 { StableHash.mix(h) }
  }

  /// SplitMix64's finaliser: spreads every input bit over the output.
  @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// One feature: a template number and up to two values.
  @inline(__always) static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
    mix(mix(template &* 0x9e37_79b9_7f4a_7c15 ^ a) ^ b)
  }
}
