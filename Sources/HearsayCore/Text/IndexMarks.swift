/// Some of a document's indexes (of its tokens, of its mentions), a bit each: asked of
/// nearly every capitalised token, where a hashed set of them cost a few hundred
/// instructions a question.
struct IndexMarks: Sendable {
  private var bits: [UInt64] = []

  init() {}

  init(_ indexes: some Sequence<Int>) {
    for k in indexes { insert(k) }
  }

  mutating func insert(_ k: Int) {
    guard k >= 0 else { return }
    let word = k >> 6
    if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word + 1 - bits.count)) }
    bits[word] |= 1 << UInt64(k & 63)
  }

  func contains(_ k: Int) -> Bool {
    let word = k >> 6
    return k >= 0 && word < bits.count && bits[word] & (1 << UInt64(k & 63)) != 0
  }
}
