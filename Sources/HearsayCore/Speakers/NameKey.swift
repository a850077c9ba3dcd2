/// A name's words as a table's key, hashed once from the words' cheap hashes: the
/// standard hash of a string costs a few hundred instructions, and every mention of a
/// name asks two tables or more.
struct NameKey: Hashable {
  let words: [String]
  let hash: Int

  init(_ words: [String]) {
    self.words = words
    hash = words.reduce(0) { $0 &* 31 &+ WordHash.of($1) }
  }

  static func == (a: NameKey, b: NameKey) -> Bool { a.hash == b.hash && a.words == b.words }
  func hash(into hasher: inout Hasher) { hasher.combine(hash) }
  /// The hash as it is, mixed with the table's seed: already well mixed, it needs no
  /// second, keyed hashing (a hundred instructions and more per question).
  func _rawHashValue(seed: Int) -> Int { hash ^ seed }
}

/// One word as a table's key, hashed the same cheap way (no array made for it).
struct WordKey: Hashable {
  let word: String
  let hash: Int

  init(_ word: String) {
    self.word = word
    hash = WordHash.of(word)
  }

  /// A word token's lowercase form, with the hash its word keeps (none is made here).
  init(lowercaseOf token: Token) {
    word = token.lower
    hash = token.lowerHash
  }

  static func == (a: WordKey, b: WordKey) -> Bool { a.hash == b.hash && a.word == b.word }
  func hash(into hasher: inout Hasher) { hasher.combine(hash) }
  func _rawHashValue(seed: Int) -> Int { hash ^ seed }
}
