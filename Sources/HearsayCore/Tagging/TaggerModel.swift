import Foundation

/// A trained averaged perceptron: for each feature it has seen, a weight for some of the
/// tags. The file is the lookup table itself (`TaggerModel.File`), so the shipped model
/// is memory-mapped and used where it lies: nothing is read, copied or built at start-up.
public struct TaggerModel: Sendable {
  /// The hash of the word lists the model was trained against (`TaggerLexicon.fingerprint`).
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
    let bytes = File.write(tagNames: PennTag.allCases.map(\.name), lexicon: TaggerLexicon.fingerprint, features: features, denseFrom: denseFrom)
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
    withUnsafeTemporaryAllocation(of: UnsafeRawPointer.self, capacity: positions.count) { found in
      var n = 0
      for p in positions {
        guard let slot = lookup.find(features[p]) else { continue }
        found[n] = slot
        n += 1
      }
      for slot in found[..<n] { lookup.add(slot, to: scores) }
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
    /// (f32 weight, u32 tag) pairs, the runs of the features with a few weights.
    let entries: UnsafeRawPointer
    let dense: UnsafeRawPointer
    let denseRows: Int

    /// The slot of `feature`, if the model has weights for it: linear probing from the
    /// feature's own bits, at most once round the table (a damaged file cannot hang it).
    @inline(__always)
    func find(_ feature: UInt64) -> UnsafeRawPointer? {
      var s = Int(truncatingIfNeeded: feature) & slotMask
      let check = File.check(feature)
      for _ in 0...slotMask {
        let slot = slots + s &* File.slotSize
        if slot.load(fromByteOffset: 12, as: UInt8.self) == File.Kind.empty.rawValue { return nil }
        if UInt32(littleEndian: slot.load(as: UInt32.self)) == check { return slot }
        s = (s &+ 1) & slotMask
      }
      return nil
    }

    /// Adds the weights `slot` holds or names to `scores`. A tag, run or row out of range
    /// (a damaged file) is passed over, as checked here rather than over the whole file
    /// at start-up.
    @inline(__always)
    func add(_ slot: UnsafeRawPointer, to scores: UnsafeMutableBufferPointer<Float>) {
      let a = Int(UInt32(littleEndian: slot.load(fromByteOffset: 4, as: UInt32.self)))
      let b = Int(UInt32(littleEndian: slot.load(fromByteOffset: 8, as: UInt32.self)))
      switch File.Kind(rawValue: slot.load(fromByteOffset: 12, as: UInt8.self)) {
      case .inline:
        let count = slot.load(fromByteOffset: 13, as: UInt8.self)
        let first = Int(slot.load(fromByteOffset: 14, as: UInt8.self)), second = Int(slot.load(fromByteOffset: 15, as: UInt8.self))
        if count >= 1, first < scores.count { scores[first] += Float(bitPattern: UInt32(truncatingIfNeeded: a)) }
        if count >= 2, second < scores.count { scores[second] += Float(bitPattern: UInt32(truncatingIfNeeded: b)) }
      case .run:
        guard a <= b, b <= entryCount else { return }
        for k in a..<b {
          let entry = entries + k &* 8
          let tag = Int(UInt32(littleEndian: entry.load(fromByteOffset: 4, as: UInt32.self)))
          if tag < scores.count { scores[tag] += Float(bitPattern: UInt32(littleEndian: entry.load(as: UInt32.self))) }
        }
      case .dense:
        if a < denseRows { addRow(a, to: scores) }
      case .empty, nil:
        return
      }
    }

    /// Adds dense row `row` to `scores`, a vector at a time.
    @inline(__always)
    private func addRow(_ row: Int, to scores: UnsafeMutableBufferPointer<Float>) {
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
