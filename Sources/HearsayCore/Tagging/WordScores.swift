/// The summed weights of a spelling's own features (`TaggerFeatures.wordOnly`), kept per
/// thread: the same words come back in every article, and each feature is a lookup in a
/// table too large for the processor's caches, so a word's part costs one lookup here
/// instead of ten there. Only the history and the neighbours are scored afresh.
final class WordScores {
  static let perThread = PerThread<WordScores> { WordScores() }

  private struct Key: Hashable {
    let keys: TagKeys
    let first: Bool
    /// The spelling's keys are already hashes: hashing one word's worth is enough (the
    /// hasher over all of them cost as much as the lookups saved).
    func hash(into hasher: inout Hasher) { hasher.combine(keys.word ^ keys.outline ^ (first ? 1 : 0)) }
    /// Nor a keyed hashing of that: a multiply and a shift mix it with the table's seed.
    func _rawHashValue(seed: Int) -> Int {
      let mixed = (keys.word ^ keys.outline ^ (first ? 1 : 0) ^ UInt64(UInt(bitPattern: seed))) &* 0x9E37_79B9_7F4A_7C15
      return Int(truncatingIfNeeded: mixed ^ (mixed >> 29))
    }
  }

  /// The model the scores are of: another model's tagging starts the cache again (tests
  /// train their own), and holding it keeps its identity from being reused.
  private var model: TaggerModel.Identity?
  /// Row of each spelling's scores in `scores`.
  private var rows: [Key: Int] = [:]
  private var scores: [Float] = []
  /// Spellings kept before the cache starts again, so a stream of unique words cannot grow it.
  private static let limit = 1 << 16
  /// Lanes per row: a model's dense rows are added a vector at a time.
  private let tagCount = TaggerModel.scoreLanes

  /// Adds the scores of `keys`' own features to `into`, working them out with `score`
  /// (into zeroed scores) the first time the spelling is seen.
  func add(_ keys: TagKeys, first: Bool, of model: TaggerModel, into out: UnsafeMutableBufferPointer<Float>,
           score: (UnsafeMutableBufferPointer<Float>) -> Void) {
    if self.model !== model.identity {
      self.model = model.identity
      clear()
    }
    let key = Key(keys: keys, first: first)
    let row: Int
    if let known = rows[key] {
      row = known
    } else {
      if rows.count >= Self.limit { clear() }
      row = rows.count
      rows[key] = row
      scores.append(contentsOf: repeatElement(0, count: tagCount))
      scores.withUnsafeMutableBufferPointer { score(UnsafeMutableBufferPointer(rebasing: $0[(row * tagCount)..<((row + 1) * tagCount)])) }
    }
    // A row's lanes sixteen at a time, as the model adds its dense rows.
    scores.withUnsafeBytes { s in
      let from = s.baseAddress! + row &* tagCount &* 4, to = UnsafeMutableRawPointer(out.baseAddress!)
      for v in stride(from: 0, to: tagCount &* 4, by: TaggerModel.Row.scalarCount &* 4) {
        to.storeBytes(of: to.loadUnaligned(fromByteOffset: v, as: TaggerModel.Row.self) + from.loadUnaligned(fromByteOffset: v, as: TaggerModel.Row.self),
                      toByteOffset: v, as: TaggerModel.Row.self)
      }
    }
  }

  private func clear() {
    rows.removeAll(keepingCapacity: true)
    scores.removeAll(keepingCapacity: true)
  }
}
