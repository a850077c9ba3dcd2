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

  /// Which of the lexicons that name things list the word (titles, places, given names …).
  public let lexicon: UInt64

  /// The keys of a token spelled `text`, whose lowercase form is `lower` (as the
  /// vocabulary folds it) and whose lexicon flags are `flags`.
  init(text: String, lower: String, flags: WordFlags) {
    lexicon = Self.lexicon(lower, flags)
    let scalars = Array(lower.unicodeScalars)
    let hasDigit = scalars.contains { $0.properties.numericType != nil }
    let hasLetter = scalars.contains { $0.properties.isAlphabetic }
    if hasDigit && !hasLetter {
      // Numbers are a class, not a vocabulary: `!YEAR` for four digits, else `!DIGITS`.
      word = StableHash.of(scalars.count == 4 && scalars.allSatisfy({ $0.properties.numericType != nil }) ? "!YEAR" : "!DIGITS")
    } else {
      word = StableHash.of(lower)
    }
    suffix3 = StableHash.of(String(String.UnicodeScalarView(scalars.suffix(3))))
    suffix2 = StableHash.of(String(String.UnicodeScalarView(scalars.suffix(2))))
    prefix = StableHash.of(String(text.unicodeScalars.first.map(Character.init) ?? " "))
    prefix3 = StableHash.of(String(String.UnicodeScalarView(scalars.prefix(3))))
    suffix4 = StableHash.of(String(String.UnicodeScalarView(scalars.suffix(4))))
    outline = Self.outline(text)
    shape = Self.shape(text)
  }

  /// The lexicon lists that tell a word's class: titles, role nouns, places, organisation
  /// and outlet words, given names, speech verbs and nouns, pronouns, determiners.
  private static func lexicon(_ lower: String, _ flags: WordFlags) -> UInt64 {
    let telling: WordFlags = [.title, .roleNoun, .place, .organisationHead, .outletHead, .outletWord, .speechVerb,
                              .speechNoun, .pronoun, .determiner, .capitalisedFunctionWord, .documentNoun]
    var bits = UInt64(flags.intersection(telling).rawValue)
    if Lexicon.femaleGivenNames.contains(lower) || Lexicon.maleGivenNames.contains(lower) { bits |= 1 << 40 }
    return bits
  }

  private static func outline(_ text: String) -> UInt64 {
    var out = "", last: Character = " ", run = 0
    for u in text.unicodeScalars {
      let c: Character = u.properties.isUppercase ? "X" : u.properties.isAlphabetic ? "x" : u.properties.numericType != nil ? "d" : Character(u)
      if c == last { run += 1 } else { run = 1; last = c }
      if run <= 2 { out.append(c) }
    }
    return StableHash.of(out)
  }

  /// Capitalised, all capitals, digits, a hyphen, a period, one letter long, punctuation only.
  private static func shape(_ text: String) -> UInt64 {
    let s = Array(text.unicodeScalars)
    let letters = s.filter { $0.properties.isAlphabetic }
    var bits: UInt64 = 0
    if s.first?.properties.isUppercase == true { bits |= 1 }
    if letters.count > 1 && letters.allSatisfy({ $0.properties.isUppercase }) { bits |= 2 }
    if s.contains(where: { $0.properties.numericType != nil }) { bits |= 4 }
    if s.contains("-") { bits |= 8 }
    if s.contains(".") { bits |= 16 }
    if s.count == 1 { bits |= 32 }
    if letters.isEmpty && !s.contains(where: { $0.properties.numericType != nil }) { bits |= 64 }
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
