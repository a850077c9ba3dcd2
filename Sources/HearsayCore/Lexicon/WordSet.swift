/// A word list the rules ask of tokens. A token's word keeps the hash of its lowercase
/// (and bare) form, so asking whether a token is on the list hashes nothing: the hash
/// picks a slot of an open-addressed table, and strings are compared only when the hashes
/// agree. Most tokens are on no list, and a miss costs a probe or two. (A `Set<String>`
/// hashed the token's text again for every question: a sixteenth of the pipeline.)
/// A list also has a slot (`ListMemo`): a word remembers the answers of the lists with one,
/// so asking a token about a list it was asked about before reads a bit.
public struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
  public let words: Set<String>
  /// This list's place in every word's `ListMemo`, nil once they are all taken.
  private let slot: Int?
  /// Slot by slot: the word's hash and the word, `""` in an empty slot.
  private let hashes: [Int]
  private let entries: [String]
  private let mask: Int

  public init(_ words: some Sequence<String>) {
    self.words = Set(words)
    precondition(!self.words.contains(""), "a word list holds no empty word")
    // At most half full, so a miss meets an empty slot within a probe or two.
    var size = 8
    while size < self.words.count * 2 { size <<= 1 }
    var hashes = [Int](repeating: 0, count: size)
    var entries = [String](repeating: "", count: size)
    for w in self.words {
      let hash = WordHash.of(w)
      var i = hash & (size - 1)
      while !entries[i].isEmpty { i = (i + 1) & (size - 1) }
      hashes[i] = hash
      entries[i] = w
    }
    self.hashes = hashes
    self.entries = entries
    mask = size - 1
    slot = ListMemo.newSlot()
  }

  public init(arrayLiteral words: String...) { self.init(words) }

  public func makeIterator() -> Set<String>.Iterator { words.makeIterator() }

  public func contains(_ word: String) -> Bool { find(WordHash.of(word)) { $0 == word } }

  /// Whether an ASCII word, read in lower case, is on the list: asked of bytes, so no
  /// string is made for a word that is not.
  func contains(lowercasing word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    guard let hash = WordHash.ascii(word, transform: { $0 | 0x20 }) else { return false }
    return find(hash) { entry in
      var entry = entry
      return entry.withUTF8 { $0.count == word.count && zip($0, word).allSatisfy { $0 == $1 | 0x20 } }
    }
  }

  /// Whether the token's lowercase form is on the list (punctuation as printed).
  func contains(_ t: Token) -> Bool {
    guard t.kind == .word else { return contains(t.lower) }
    guard let slot, !t.readsAsAcronym else { return find(t.lowerHash) { $0 == t.lower } }
    return t.listed(lower: true, slot: slot) { find($0.lowerHash) { [lower = $0.lower] entry in entry == lower } }
  }

  /// Whether the token's form without a possessive ending is on the list.
  func containsBare(_ t: Token) -> Bool {
    guard t.kind == .word else { return contains(t.bare) }
    guard let slot else { return find(t.bareHash) { $0 == t.bare } }
    return t.listed(lower: false, slot: slot) { find($0.bareHash) { [bare = $0.bare] entry in entry == bare } }
  }

  @inline(__always)
  private func find(_ hash: Int, _ matches: (String) -> Bool) -> Bool {
    var i = hash & mask
    while !entries[i].isEmpty {
      if hashes[i] == hash, matches(entries[i]) { return true }
      i = (i + 1) & mask
    }
    return false
  }
}

/// The answers a word has had from the word lists with a slot, for its lowercase form and
/// for its form without a possessive ending: a bit saying the list was asked, and a bit
/// with its answer. Rules ask the same lists of the same words article after article.
struct ListMemo {
  static let slots = 64
  private var asked: UInt64 = 0
  private var held: UInt64 = 0

  /// The answer for the list in `slot`, worked out by `ask` the first time.
  @inline(__always)
  mutating func answer(_ slot: Int, _ ask: () -> Bool) -> Bool {
    let bit: UInt64 = 1 << UInt64(slot)
    if asked & bit != 0 { return held & bit != 0 }
    let answer = ask()
    asked |= bit
    if answer { held |= bit }
    return answer
  }

  /// The next free slot (nil when all are taken: that list is asked as before).
  static func newSlot() -> Int? {
    nextSlot.withLock { next in
      guard next < slots else { return nil }
      defer { next += 1 }
      return next
    }
  }

  private static let nextSlot = Locked(0)
}
