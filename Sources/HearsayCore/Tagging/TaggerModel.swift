import Foundation

/// A trained averaged perceptron: for each feature it has seen, a weight for some of the
/// tags. The file is the lookup table itself (`TaggerModel.File`), so the shipped model
/// is memory-mapped and used where it lies: nothing is read, copied or built at start-up.
public struct TaggerModel: Sendable {
  /// The class names in model order; they must be `PennTag`'s.
  let tagNames: [String]
  private let table: Table
  /// Tells this model's cached word scores from another's (`WordScores`).
  typealias Identity = Table
  var identity: Identity { table }

  public var featureCount: Int { table.featureCount }

  /// A model of these features, each with its (tag, weight) pairs.
  init(features: [(key: UInt64, weights: [(tag: UInt8, weight: Float)])]) {
    let bytes = File.write(tagNames: PennTag.allCases.map(\.name), features: features)
    // The bytes were just written by `File.write`: reading them back cannot fail.
    try! self.init(table: Table(copying: bytes))
  }

  /// A model from a file's bytes (held in memory).
  public init(serialized bytes: [UInt8]) throws(LoadError) {
    try self.init(table: Table(copying: bytes))
  }

  /// The model in the file at `path`, mapped into memory (read-only, shared with the page
  /// cache): only the pages a lookup touches are ever read.
  public init(mapping path: String) throws(LoadError) {
    try self.init(table: Table(mapping: path))
  }

  private init(table: Table) throws(LoadError) {
    tagNames = try File.check(table)
    self.table = table
  }

  public func serialized() -> [UInt8] { Array(table.bytes) }

  /// Whether the model has weights for `feature`.
  func has(_ feature: UInt64) -> Bool { table.find(feature) != nil }

  /// Adds the weights of the features at `positions` of `features` to `scores`. All the
  /// slots are found first and the weights added after: the lookups miss the caches, and
  /// made one after another without the additions between, their misses overlap.
  func score(_ features: UnsafeBufferPointer<UInt64>, picking positions: [Int], into scores: UnsafeMutableBufferPointer<Float>) {
    withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: positions.count) { found in
      var n = 0
      for p in positions {
        guard let entries = table.find(features[p]) else { continue }
        found[n] = entries
        n += 1
      }
      for entries in found[..<n] {
        for k in entries { scores[Int(table.tags[k])] += table.weight(k) }
      }
    }
  }

  // MARK: - The file

  public enum LoadError: Error, CustomStringConvertible {
    case notAModel(String)
    case wrongTags(String)
    public var description: String {
      switch self {
      case .notAModel(let why): "not a Hearsay tagger model: \(why)"
      case .wrongTags(let names): "the tagger model's tags (\(names)) are not the ones this build knows"
      }
    }
  }

  /// The bytes of a model, whether mapped from its file or held in memory, and the
  /// open-addressing table in them.
  final class Table: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    private let release: () -> Void
    private(set) var featureCount = 0
    private(set) var entryCount = 0
    private var slots = UnsafeRawPointer(bitPattern: 16)!
    private var slotMask = 0
    private var weights = UnsafeRawPointer(bitPattern: 16)!
    private(set) var tags = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

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

    /// Where the table lies in `bytes`, once `File.check` has found the parts sound.
    func locate(features: Int, slots: Int, slotsAt: Int, entries: Int, weightsAt: Int, tagsAt: Int) {
      featureCount = features
      entryCount = entries
      self.slots = bytes.baseAddress! + slotsAt
      slotMask = slots - 1
      weights = bytes.baseAddress! + weightsAt
      tags = UnsafeBufferPointer(start: (bytes.baseAddress! + tagsAt).assumingMemoryBound(to: UInt8.self), count: entries)
    }

    /// The entries of `feature`'s weights, if the model has any: linear probing from the
    /// feature's own bits, at most once round the table (a damaged file cannot hang it).
    @inline(__always)
    func find(_ feature: UInt64) -> Range<Int>? {
      var s = Int(truncatingIfNeeded: feature) & slotMask
      for _ in 0...slotMask {
        let slot = slots + s &* File.slotSize
        let end = Int(UInt32(littleEndian: slot.load(fromByteOffset: 12, as: UInt32.self)))
        if end == 0 { return nil }
        if UInt64(littleEndian: slot.load(as: UInt64.self)) == feature {
          let start = Int(UInt32(littleEndian: slot.load(fromByteOffset: 8, as: UInt32.self)))
          return start <= end && end <= entryCount ? start..<end : nil
        }
        s = (s &+ 1) & slotMask
      }
      return nil
    }

    @inline(__always)
    func weight(_ k: Int) -> Float {
      Float(bitPattern: UInt32(littleEndian: weights.load(fromByteOffset: k &* 4, as: UInt32.self)))
    }
  }
}
