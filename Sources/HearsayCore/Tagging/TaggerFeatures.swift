/// The features of one token for the tagger (the classic greedy perceptron's templates):
/// the word, its affixes and shape, the words around it, and the two tags before it.
/// Training and tagging both call this, so a model only ever sees features made here.
enum TaggerFeatures {
  static let count = 25
  /// The features that depend only on the word itself and on whether it starts the
  /// sentence, those of a neighbour (only on its spelling and where it stands), those of
  /// the two tags before, and the pairs that read two of these at once. The tagger keeps
  /// the summed weights of each of the first three kinds (`WordScores`) and looks up only
  /// the pairs afresh. Picked out by position rather than written in groups: training sums
  /// them in this order, and a new order would train different weights.
  static let wordOnly = [0, 1, 2, 3, 4, 15, 19, 20, 21, 23]
  static let history = [5, 6, 7]
  static let pairs = [8, 16, 17, 18, 22]

  /// A word's place beside the one being tagged, and the features it gives there.
  enum Neighbour: Int, CaseIterable {
    case previous, previous2, next, next2
    /// How far from the tagged word the neighbour stands.
    var offset: Int { [-1, -2, 1, 2][rawValue] }
    var positions: [Int] { [[9, 10], [11], [12, 13, 24], [14]][rawValue] }
  }

  /// The keys that stand for a position before the sentence's start or past its end.
  static let before = TagKeys(text: "-START-", lower: "-start-", flags: [])
  static let after = TagKeys(text: "-END-", lower: "-end-", flags: [])

  /// The feature of the word itself: a model that has weights for it saw the word in training.
  static func word(_ w: TagKeys) -> UInt64 { StableHash.feature(1, w.word) }

  /// Writes the features of token `i` of a sentence into `out` (`count` of them).
  /// `previous` and `previous2` are the tags already chosen for `i - 1` and `i - 2`, or nil.
  static func extract(_ i: Int, _ keys: UnsafeBufferPointer<TagKeys>, previous: PennTag?, previous2: PennTag?,
                      into out: UnsafeMutableBufferPointer<UInt64>) {
    extractWordOnly(keys[i], first: i == 0, into: out)
    extractContext(i, keys, previous: previous, previous2: previous2, into: out)
  }

  /// Writes the `wordOnly` features of `w` at their positions; `first` says it starts the
  /// sentence.
  static func extractWordOnly(_ w: TagKeys, first: Bool, into out: UnsafeMutableBufferPointer<UInt64>) {
    let first: UInt64 = first ? 1 : 0
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

  /// Writes the features of the words around token `i` and of the tags before it.
  static func extractContext(_ i: Int, _ keys: UnsafeBufferPointer<TagKeys>, previous: PennTag?, previous2: PennTag?,
                             into out: UnsafeMutableBufferPointer<UInt64>) {
    extractHistory(previous: previous, previous2: previous2, into: out)
    for n in Neighbour.allCases { extract(n, neighbour(n, of: i, keys), into: out) }
    extractPairs(i, keys, previous: previous, into: out)
  }

  /// The keys of the word `n` stands for beside token `i`.
  @inline(__always)
  static func neighbour(_ n: Neighbour, of i: Int, _ keys: UnsafeBufferPointer<TagKeys>) -> TagKeys { self.keys(at: i + n.offset, keys) }

  /// The keys of token `j`: `before` or `after` past the sentence's ends.
  @inline(__always)
  static func keys(at j: Int, _ keys: UnsafeBufferPointer<TagKeys>) -> TagKeys { j < 0 ? before : j >= keys.count ? after : keys[j] }

  /// Writes the features `w` gives as neighbour `n`, at their positions.
  static func extract(_ n: Neighbour, _ w: TagKeys, into out: UnsafeMutableBufferPointer<UInt64>) {
    switch n {
    case .previous:
      out[9] = StableHash.feature(9, w.word)
      out[10] = StableHash.feature(10, w.suffix3)
    case .previous2:
      out[11] = StableHash.feature(11, w.word)
    case .next:
      out[12] = StableHash.feature(12, w.word)
      out[13] = StableHash.feature(13, w.suffix3)
      out[24] = StableHash.feature(24, w.lexicon)
    case .next2:
      out[14] = StableHash.feature(14, w.word)
    }
  }

  /// Writes the `history` features: of the tags chosen for the two words before.
  static func extractHistory(previous: PennTag?, previous2: PennTag?, into out: UnsafeMutableBufferPointer<UInt64>) {
    let t1 = historyValue(previous), t2 = historyValue(previous2)
    out[5] = StableHash.feature(5, t1)
    out[6] = StableHash.feature(6, t2)
    out[7] = StableHash.feature(7, t1, t2)
  }

  /// Writes the `pairs` features of token `i`.
  static func extractPairs(_ i: Int, _ keys: UnsafeBufferPointer<TagKeys>, previous: PennTag?, into out: UnsafeMutableBufferPointer<UInt64>) {
    let w = keys[i], p1 = neighbour(.previous, of: i, keys), n1 = neighbour(.next, of: i, keys)
    let t1 = historyValue(previous)
    out[8] = StableHash.feature(8, t1, w.word)
    out[16] = StableHash.feature(16, w.shape, n1.shape)
    out[17] = StableHash.feature(17, t1, w.suffix3)
    out[18] = StableHash.feature(18, w.word, n1.word)
    out[22] = StableHash.feature(22, p1.word, w.word)
  }

  /// A tag as the history features read it: 0 for none (before the sentence's start).
  static func historyValue(_ tag: PennTag?) -> UInt64 { tag.map { UInt64($0.rawValue) + 1 } ?? 0 }
}
