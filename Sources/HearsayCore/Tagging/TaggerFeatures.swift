/// The features of one token for the tagger (the classic greedy perceptron's templates):
/// the word, its affixes and shape, the words around it, and the two tags before it.
/// Training and tagging both call this, so a model only ever sees features made here.
enum TaggerFeatures {
  static let count = 25
  /// The features that depend only on the word itself and on whether it starts the
  /// sentence (the tagger keeps their sum per spelling), and the others. Picked out by
  /// position rather than written first: training sums them in this order, and a new
  /// order would train different weights.
  static let wordOnly = [0, 1, 2, 3, 4, 15, 19, 20, 21, 23]
  static let context = (0..<count).filter { !wordOnly.contains($0) }

  /// The keys that stand for a position before the sentence's start or past its end.
  static let before = TagKeys(text: "-START-", lower: "-start-", flags: [])
  static let after = TagKeys(text: "-END-", lower: "-end-", flags: [])

  /// The feature of the word itself: a model that has weights for it saw the word in training.
  static func word(_ w: TagKeys) -> UInt64 { StableHash.feature(1, w.word) }

  /// Writes the features of token `i` of a sentence into `out` (`count` of them).
  /// `previous` and `previous2` are the tags already chosen for `i - 1` and `i - 2`, or nil.
  static func extract(_ i: Int, _ keys: UnsafeBufferPointer<TagKeys>, previous: PennTag?, previous2: PennTag?,
                      into out: UnsafeMutableBufferPointer<UInt64>) {
    extractWordOnly(i, keys, into: out)
    extractContext(i, keys, previous: previous, previous2: previous2, into: out)
  }

  /// Writes the `wordOnly` features at their positions (the tagger needs them only for a
  /// spelling whose summed weights it has not kept).
  static func extractWordOnly(_ i: Int, _ keys: UnsafeBufferPointer<TagKeys>, into out: UnsafeMutableBufferPointer<UInt64>) {
    let w = keys[i]
    let first: UInt64 = i == 0 ? 1 : 0
    out[0] = StableHash.feature(0, 0)
    out[1] = word(w)
    out[2] = StableHash.feature(2, w.suffix3)
    out[3] = StableHash.feature(3, w.prefix)
    out[4] = StableHash.feature(4, w.shape, first)
    out[15] = StableHash.feature(15, w.suffix2)
    out[19] = StableHash.feature(19, w.prefix3)
    out[20] = StableHash.feature(20, w.suffix4)
    out[21] = StableHash.feature(21, w.outline, first)
    out[23] = StableHash.feature(23, w.lexicon, w.shape)
  }

  /// Writes the `context` features at their positions.
  static func extractContext(_ i: Int, _ keys: UnsafeBufferPointer<TagKeys>, previous: PennTag?, previous2: PennTag?,
                             into out: UnsafeMutableBufferPointer<UInt64>) {
    @inline(__always) func at(_ j: Int) -> TagKeys { j < 0 ? before : j >= keys.count ? after : keys[j] }
    let w = keys[i]
    let p1 = at(i - 1), p2 = at(i - 2), n1 = at(i + 1), n2 = at(i + 2)
    let t1 = previous.map { UInt64($0.rawValue) + 1 } ?? 0
    let t2 = previous2.map { UInt64($0.rawValue) + 1 } ?? 0
    out[5] = StableHash.feature(5, t1)
    out[6] = StableHash.feature(6, t2)
    out[7] = StableHash.feature(7, t1, t2)
    out[8] = StableHash.feature(8, t1, w.word)
    out[9] = StableHash.feature(9, p1.word)
    out[10] = StableHash.feature(10, p1.suffix3)
    out[11] = StableHash.feature(11, p2.word)
    out[12] = StableHash.feature(12, n1.word)
    out[13] = StableHash.feature(13, n1.suffix3)
    out[14] = StableHash.feature(14, n2.word)
    out[16] = StableHash.feature(16, w.shape, n1.shape)
    out[17] = StableHash.feature(17, t1, w.suffix3)
    out[18] = StableHash.feature(18, w.word, n1.word)
    out[22] = StableHash.feature(22, p1.word, w.word)
    out[24] = StableHash.feature(24, n1.lexicon)
  }
}
