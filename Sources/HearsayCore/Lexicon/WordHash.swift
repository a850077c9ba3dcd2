/// The hash word lists and the vocabulary agree on: FNV-1a over an ASCII word's bytes,
/// mixed so its low bits pick table slots well — a few instructions a letter, where the
/// standard library's seeded hash cost a few hundred a word. Other text keeps the
/// standard hash, which reads it as Unicode does (`é` composed or not is one word).
enum WordHash {
  static func of(_ word: String) -> Int {
    var word = word
    return word.withUTF8 { bytes in ascii(bytes) } ?? word.hashValue
  }

  /// The hash of ASCII bytes (each passed through `transform`), or nil for other text.
  @inline(__always)
  static func ascii(_ bytes: some Collection<UInt8>, transform: (UInt8) -> UInt8 = { $0 }) -> Int? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      guard b < 0x80 else { return nil }
      hash = (hash ^ UInt64(transform(b))) &* 0x100_0000_01b3
    }
    // A murmur finaliser: FNV's low bits follow the last letter too closely.
    hash ^= hash >> 33
    hash &*= 0xff51_afd7_ed55_8ccd
    hash ^= hash >> 33
    return Int(bitPattern: UInt(hash))
  }
}
