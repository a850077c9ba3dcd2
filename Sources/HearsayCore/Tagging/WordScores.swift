/// Summed weights kept per thread, so that a word is tagged with a handful of lookups in
/// the model's table (too large for the processor's caches) instead of twenty-five: per
/// spelling, the sum of its own features and of those it gives as each neighbour of the
/// word being tagged; per pair of tags before a word, the sum of the history features.
/// The same words come back in every article; only the pairs (`TaggerFeatures.pairs`)
/// are scored afresh.
final class WordScores {
  static let perThread = PerThread<WordScores> { WordScores() }

  /// What a spelling's kept sums are of: its own features, as a sentence's first word or
  /// not, and the features it gives as each neighbour.
  enum Part {
    case own(first: Bool)
    case neighbour(TaggerFeatures.Neighbour)

    static let count = 2 + TaggerFeatures.Neighbour.allCases.count
    var index: Int {
      switch self {
      case .own(let first): first ? 0 : 1
      case .neighbour(let n): 2 + n.rawValue
      }
    }
  }

  private struct Spelling: Hashable {
    let keys: TagKeys
    /// The spelling's keys are already hashes: hashing one word's worth is enough (the
    /// hasher over all of them cost as much as the lookups saved).
    func hash(into hasher: inout Hasher) { hasher.combine(keys.word ^ keys.outline) }
    /// Nor a keyed hashing of that: a multiply and a shift mix it with the table's seed.
    func _rawHashValue(seed: Int) -> Int {
      let mixed = (keys.word ^ keys.outline ^ UInt64(UInt(bitPattern: seed))) &* 0x9E37_79B9_7F4A_7C15
      return Int(truncatingIfNeeded: mixed ^ (mixed >> 29))
    }
  }

  /// The model the sums are of: another model's tagging starts the cache again (tests
  /// train their own), and holding it keeps its identity from being reused.
  private var model: TaggerModel.Identity?
  /// Each spelling's first slot in `rowOf`, where its parts' rows are.
  private var spellings: [Spelling: Int] = [:]
  /// Per spelling and part, and per pair of tags: the row of `sums`, or `none`.
  private var rowOf: [Int32] = []
  private var historyRowOf: [Int32] = []
  private static let none: Int32 = -1
  /// `TaggerFeatures.historyValue` has a value per tag and one for none.
  private static let historyValues = PennTag.allCases.count + 1
  private var sums: [Float] = []
  /// Rows kept before the cache starts again, so a stream of unique words cannot grow it.
  private static let limit = 1 << 16
  /// Lanes per row: a model's dense rows are added a vector at a time.
  private let lanes = TaggerModel.scoreLanes

  /// Readies the cache for tagging with `model`: the spelling numbers it gives stay valid
  /// until the next call.
  func start(with model: TaggerModel) {
    if self.model !== model.identity || sums.count >= Self.limit * lanes {
      self.model = model.identity
      spellings.removeAll(keepingCapacity: true)
      rowOf.removeAll(keepingCapacity: true)
      sums.removeAll(keepingCapacity: true)
      historyRowOf = Array(repeating: Self.none, count: Self.historyValues * Self.historyValues)
    }
  }

  /// The number of `keys`' spelling in the cache.
  func spelling(_ keys: TagKeys) -> Int {
    if let known = spellings[Spelling(keys: keys)] { return known }
    let first = rowOf.count
    rowOf.append(contentsOf: repeatElement(Self.none, count: Part.count))
    spellings[Spelling(keys: keys)] = first
    return first
  }

  /// Adds the sum of `part`'s features of spelling `spelling` (whose keys are `keys`) to `out`.
  func add(_ part: Part, of spelling: Int, _ keys: TagKeys, model: TaggerModel, into out: UnsafeMutableBufferPointer<Float>) {
    let slot = spelling + part.index
    if rowOf[slot] == Self.none {
      rowOf[slot] = newRow(model) { features in
        switch part {
        case .own(let first):
          TaggerFeatures.extractWordOnly(keys, first: first, into: features)
          return TaggerFeatures.wordOnly
        case .neighbour(let n):
          TaggerFeatures.extract(n, keys, into: features)
          return n.positions
        }
      }
    }
    add(row: rowOf[slot], into: out)
  }

  /// Adds the sum of the history features of the two tags before a word to `out`.
  func addHistory(previous: PennTag?, previous2: PennTag?, model: TaggerModel, into out: UnsafeMutableBufferPointer<Float>) {
    let slot = Int(TaggerFeatures.historyValue(previous)) * Self.historyValues + Int(TaggerFeatures.historyValue(previous2))
    if historyRowOf[slot] == Self.none {
      historyRowOf[slot] = newRow(model) { features in
        TaggerFeatures.extractHistory(previous: previous, previous2: previous2, into: features)
        return TaggerFeatures.history
      }
    }
    add(row: historyRowOf[slot], into: out)
  }

  /// A new row of `sums`: the weights of the features `extract` writes, at the positions it returns.
  private func newRow(_ model: TaggerModel, _ extract: (UnsafeMutableBufferPointer<UInt64>) -> [Int]) -> Int32 {
    let row = sums.count / lanes
    sums.append(contentsOf: repeatElement(0, count: lanes))
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.count) { features in
      let positions = extract(features)
      sums.withUnsafeMutableBufferPointer { model.score(UnsafeBufferPointer(features), picking: positions, into: UnsafeMutableBufferPointer(rebasing: $0[(row * lanes)..<((row + 1) * lanes)])) }
    }
    return Int32(row)
  }

  /// A row's lanes sixteen at a time, as the model adds its dense rows.
  @inline(__always)
  private func add(row: Int32, into out: UnsafeMutableBufferPointer<Float>) {
    sums.withUnsafeBytes { s in
      let from = s.baseAddress! + Int(row) &* lanes &* 4, to = UnsafeMutableRawPointer(out.baseAddress!)
      for v in stride(from: 0, to: lanes &* 4, by: TaggerModel.Row.scalarCount &* 4) {
        to.storeBytes(of: to.loadUnaligned(fromByteOffset: v, as: TaggerModel.Row.self) + from.loadUnaligned(fromByteOffset: v, as: TaggerModel.Row.self),
                      toByteOffset: v, as: TaggerModel.Row.self)
      }
    }
  }
}
