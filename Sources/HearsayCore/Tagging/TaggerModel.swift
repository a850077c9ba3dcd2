import Foundation

/// A trained averaged perceptron: for each feature it has seen, a weight for some of the
/// tags. The file is the lookup table itself (`TaggerModel.File`), so the shipped model
/// is memory-mapped and used where it lies: nothing is read, copied or built at start-up.
public struct TaggerModel: Sendable {
  /// The hash of the word lists the model was trained against (`TagKeys.lexiconFingerprint`).
  let lexicon: UInt64
  /// Owns the bytes the lookup reads.
  private let storage: Storage
  private let lookup: Lookup
  /// Tells this model's cached word scores from another's (`WordScores`).
  typealias Identity = Storage
  var identity: Identity { storage }

  public var featureCount: Int { lookup.featureCount }

  /// A model of these features, each with its (tag, weight) pairs; those with `denseFrom`
  /// weights or more are stored as dense rows.
  init(features: [(key: UInt64, weights: [(tag: UInt8, weight: Float)])], denseFrom: Int = File.denseFrom) {
    let bytes = File.write(tagNames: PennTag.allCases.map(\.name), lexicon: TagKeys.lexiconFingerprint, features: features, denseFrom: denseFrom)
    // The bytes were just written by `File.write`: reading them back cannot fail.
    try! self.init(storage: Storage(copying: bytes))
  }

  /// A model from a file's bytes (held in memory).
  public init(serialized bytes: [UInt8]) throws(LoadError) {
    try self.init(storage: Storage(copying: bytes))
  }

  /// The model in the file at `path`, mapped into memory (read-only, shared with the page
  /// cache): only the pages a lookup touches are ever read.
  public init(mapping path: String) throws(LoadError) {
    try self.init(storage: Storage(mapping: path))
  }

  private init(storage: Storage) throws(LoadError) {
    // (The file's class names are checked to be `PennTag`'s, in its order, and not kept: a
    // model is copied wherever a word is tagged, and each field held counts a reference.)
    (_, lexicon, lookup) = try File.check(storage.bytes)
    self.storage = storage
  }

  public func serialized() -> [UInt8] { Array(storage.bytes) }

  /// Whether the model has weights for `feature`.
  func has(_ feature: UInt64) -> Bool { lookup.find(feature) != nil }

  /// Lanes of a score buffer: one per tag, rounded up to whole vectors, so that a dense
  /// row is added a vector at a time (the lanes past the tags stay unused).
  static let scoreLanes = (PennTag.allCases.count + Row.scalarCount - 1) / Row.scalarCount * Row.scalarCount
  typealias Row = SIMD16<Float>

  /// Adds the weights of the features at `positions` of `features` to `scores` (of
  /// `scoreLanes` lanes). All the slots are found first and the weights added after: the
  /// lookups miss the caches, and made one after another without the additions between,
  /// their misses overlap.
  func score(_ features: UnsafeBufferPointer<UInt64>, picking positions: [Int], into scores: UnsafeMutableBufferPointer<Float>) {
    withUnsafeTemporaryAllocation(of: Lookup.Found.self, capacity: positions.count) { found in
      var n = 0
      for p in positions {
        guard let entries = lookup.find(features[p]) else { continue }
        found[n] = entries
        n += 1
      }
      for entries in found[..<n] {
        switch entries {
        case .sparse(let range):
          // A tag out of range (a damaged file) is passed over, as checked here rather
          // than over the whole file at start-up.
          for k in range where Int(lookup.tags[k]) < scores.count { scores[Int(lookup.tags[k])] += lookup.weight(k) }
        case .dense(let row):
          lookup.addRow(row, to: scores)
        }
      }
    }
  }

  // MARK: - The file

  public enum LoadError: Error, CustomStringConvertible {
    /// No model file where the program looks (`where` says where that was).
    case missing(where: String)
    case notAModel(String)
    case wrongTags(String)
    public var description: String {
      switch self {
      case .missing(let places): "the part-of-speech model (pos-tagger.bin) was not found \(places)"
      case .notAModel(let why): "not a Hearsay tagger model: \(why)"
      case .wrongTags(let names): "the tagger model's tags (\(names)) are not the ones this build knows"
      }
    }
  }

  /// The bytes of a model, mapped from its file or held in memory.
  final class Storage: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    private let release: () -> Void

    init(copying source: [UInt8]) {
      let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: source.count, alignment: File.alignment)
      source.withUnsafeBytes { memory.copyMemory(from: $0) }
      bytes = UnsafeRawBufferPointer(memory)
      release = { memory.deallocate() }
    }

    init(mapping path: String) throws(LoadError) {
      let fd = open(path, O_RDONLY | O_CLOEXEC)
      guard fd >= 0 else { throw LoadError.notAModel("\(path) cannot be read (\(String(cString: strerror(errno))))") }
      defer { close(fd) }
      var info = stat()
      guard fstat(fd, &info) == 0, info.st_size > 0 else { throw LoadError.notAModel("\(path) is empty") }
      let size = Int(info.st_size)
      guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != UnsafeMutableRawPointer(bitPattern: -1) else {
        throw LoadError.notAModel("\(path) cannot be mapped (\(String(cString: strerror(errno))))")
      }
      bytes = UnsafeRawBufferPointer(start: base, count: size)
      release = { munmap(base, size) }
    }

    deinit { release() }
  }

  /// The open-addressing table in a model's bytes, where `File.check` found its parts
  /// sound; valid while the storage that holds the bytes lives.
  struct Lookup: @unchecked Sendable {
    let featureCount: Int
    let entryCount: Int
    let slots: UnsafeRawPointer
    let slotMask: Int
    let weights: UnsafeRawPointer
    let tags: UnsafeBufferPointer<UInt8>
    let dense: UnsafeRawPointer
    let denseRows: Int

    /// Where a feature's weights are: a run of (tag, weight) entries, or a dense row.
    enum Found {
      case sparse(Range<Int>)
      case dense(Int)
    }

    /// The weights of `feature`, if the model has any: linear probing from the feature's
    /// own bits, at most once round the table (a damaged file cannot hang it).
    @inline(__always)
    func find(_ feature: UInt64) -> Found? {
      var s = Int(truncatingIfNeeded: feature) & slotMask
      for _ in 0...slotMask {
        let slot = slots + s &* File.slotSize
        let end = UInt32(littleEndian: slot.load(fromByteOffset: 12, as: UInt32.self))
        if end == 0 { return nil }
        if UInt64(littleEndian: slot.load(as: UInt64.self)) == feature {
          let start = Int(UInt32(littleEndian: slot.load(fromByteOffset: 8, as: UInt32.self)))
          if end == File.denseBit { return start < denseRows ? .dense(start) : nil }
          return start <= Int(end) && Int(end) <= entryCount ? .sparse(start..<Int(end)) : nil
        }
        s = (s &+ 1) & slotMask
      }
      return nil
    }

    @inline(__always)
    func weight(_ k: Int) -> Float {
      Float(bitPattern: UInt32(littleEndian: weights.load(fromByteOffset: k &* 4, as: UInt32.self)))
    }

    /// Adds dense row `row` to `scores`, a vector at a time.
    @inline(__always)
    func addRow(_ row: Int, to scores: UnsafeMutableBufferPointer<Float>) {
      let from = dense + row &* TaggerModel.scoreLanes &* 4
      #if _endian(little)
      let to = UnsafeMutableRawPointer(scores.baseAddress!)
      for v in 0..<(TaggerModel.scoreLanes / Row.scalarCount) {
        let at = v &* Row.scalarCount &* 4
        let sum = to.loadUnaligned(fromByteOffset: at, as: Row.self) + from.loadUnaligned(fromByteOffset: at, as: Row.self)
        to.storeBytes(of: sum, toByteOffset: at, as: Row.self)
      }
      #else
      for t in 0..<TaggerModel.scoreLanes {
        scores[t] += Float(bitPattern: UInt32(littleEndian: from.load(fromByteOffset: t &* 4, as: UInt32.self)))
      }
      #endif
    }
  }
}
