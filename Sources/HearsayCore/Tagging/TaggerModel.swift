import Foundation

/// A trained averaged perceptron: for each feature it has seen, a weight for some of the
/// tags. Stored as a flat little-endian file (`HTAG`, version, tag names, features,
/// sparse weights) and read into arrays at start-up; lookups go through an
/// open-addressing table built on load.
public struct TaggerModel: Sendable {
  /// The class names in model order; they must be `PennTag`'s.
  let tagNames: [String]
  private let keys: [UInt64]
  private let offsets: [UInt32]
  private let entryTags: [UInt8]
  private let entryWeights: [Float]
  /// Open addressing over `keys`; an empty slot has no weights (`end` 0).
  private let slots: [Slot]
  /// Tells this model's cached word scores from another's (`WordScores`).
  final class Identity: Sendable {}
  let identity: Identity

  public var featureCount: Int { keys.count }

  /// A model of these features, each with its (tag, weight) pairs.
  init(features: [(key: UInt64, weights: [(tag: UInt8, weight: Float)])]) {
    tagNames = PennTag.allCases.map(\.name)
    var keys: [UInt64] = [], offsets: [UInt32] = [0], tags: [UInt8] = [], weights: [Float] = []
    for f in features.sorted(by: { $0.key < $1.key }) where !f.weights.isEmpty {
      keys.append(f.key)
      for (t, w) in f.weights { tags.append(t); weights.append(w) }
      offsets.append(UInt32(tags.count))
    }
    self.keys = keys
    self.offsets = offsets
    entryTags = tags
    entryWeights = weights
    slots = Self.table(keys, offsets)
    identity = Identity()
  }

  /// One slot of the lookup table: a feature and where its weights are, in one cache line
  /// with its neighbours, so a lookup costs one miss for the slot and one for the weights.
  struct Slot {
    var key: UInt64 = 0
    var start: UInt32 = 0
    var end: UInt32 = 0
  }

  private static func table(_ keys: [UInt64], _ offsets: [UInt32]) -> [Slot] {
    var size = 1024
    while size < keys.count * 2 { size *= 2 }
    var slots = [Slot](repeating: Slot(), count: size)
    for (i, key) in keys.enumerated() {
      var s = Int(truncatingIfNeeded: key) & (size - 1)
      while slots[s].end != 0 { s = (s + 1) & (size - 1) }
      slots[s] = Slot(key: key, start: offsets[i], end: offsets[i + 1])
    }
    return slots
  }

  /// The slot holding `feature`'s weights, if the model has any (linear probing from the
  /// feature's own bits; the table is a power of two long).
  @inline(__always)
  private static func slot(of feature: UInt64, in slots: UnsafeBufferPointer<Slot>) -> Slot? {
    let mask = slots.count - 1
    var s = Int(truncatingIfNeeded: feature) & mask
    while slots[s].end != 0 {
      if slots[s].key == feature { return slots[s] }
      s = (s + 1) & mask
    }
    return nil
  }

  /// Whether the model has weights for `feature`.
  func has(_ feature: UInt64) -> Bool {
    slots.withUnsafeBufferPointer { Self.slot(of: feature, in: $0) != nil }
  }

  /// Adds the weights of the features at `positions` of `features` to `scores`. All the
  /// slots are found first and the weights added after: the lookups miss the caches, and
  /// made one after another without the additions between, their misses overlap.
  func score(_ features: UnsafeBufferPointer<UInt64>, picking positions: [Int], into scores: UnsafeMutableBufferPointer<Float>) {
    slots.withUnsafeBufferPointer { slots in
      withUnsafeTemporaryAllocation(of: Slot.self, capacity: positions.count) { found in
        var n = 0
        for p in positions {
          guard let slot = Self.slot(of: features[p], in: slots) else { continue }
          found[n] = slot
          n += 1
        }
        entryTags.withUnsafeBufferPointer { tags in
          entryWeights.withUnsafeBufferPointer { weights in
            for slot in found[..<n] {
              for k in Int(slot.start)..<Int(slot.end) { scores[Int(tags[k])] += weights[k] }
            }
          }
        }
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

  private static let magic: [UInt8] = Array("HTAG".utf8)
  private static let version: UInt32 = 1

  public func serialized() -> [UInt8] {
    var out = Self.magic
    func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
    u32(Self.version)
    u32(UInt32(tagNames.count))
    for name in tagNames { out.append(UInt8(name.utf8.count)); out.append(contentsOf: name.utf8) }
    u32(UInt32(keys.count))
    u32(UInt32(entryTags.count))
    for k in keys { withUnsafeBytes(of: k.littleEndian) { out.append(contentsOf: $0) } }
    for o in offsets { u32(o) }
    out.append(contentsOf: entryTags)
    for w in entryWeights { u32(w.bitPattern) }
    return out
  }

  public init(serialized bytes: [UInt8]) throws {
    try self = bytes.withUnsafeBytes { try TaggerModel(serializedBytes: $0) }
  }

  /// The same from the file's bytes where they lie (the shipped model is read at every
  /// start: each copy of its 3 MB showed in a small article's time).
  public init(serializedBytes bytes: UnsafeRawBufferPointer) throws {
    var r = ByteReader(bytes)
    guard try r.take(4) == Self.magic else { throw LoadError.notAModel("no HTAG header") }
    guard try r.u32() == Self.version else { throw LoadError.notAModel("another version") }
    var names: [String] = []
    for _ in 0..<Int(try r.u32()) {
      let n = Int(try r.take(1)[0])
      names.append(String(decoding: try r.take(n), as: UTF8.self))
    }
    guard names == PennTag.allCases.map(\.name) else { throw LoadError.wrongTags(names.joined(separator: " ")) }
    let featureCount = Int(try r.u32()), entryCount = Int(try r.u32())
    guard featureCount * 12 + 4 + entryCount * 5 == r.remaining else { throw LoadError.notAModel("its counts do not match its size") }
    let keys = try r.array(featureCount, of: UInt64.self)
    let offsets = try r.array(featureCount + 1, of: UInt32.self)
    let tags = try r.take(entryCount)
    let weights = try r.floats(entryCount)
    guard offsets.first == 0, offsets.last == UInt32(entryCount), zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }),
      tags.allSatisfy({ Int($0) < names.count })
    else { throw LoadError.notAModel("its tables do not agree") }
    tagNames = names
    self.keys = keys
    self.offsets = offsets
    entryTags = tags
    entryWeights = weights
    slots = Self.table(keys, offsets)
    identity = Identity()
  }
}

/// Reads little-endian numbers from the front of a run of bytes.
private struct ByteReader {
  let bytes: UnsafeRawBufferPointer
  var at = 0
  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }
  var remaining: Int { bytes.count - at }

  mutating func take(_ n: Int) throws -> [UInt8] {
    guard n >= 0, n <= remaining else { throw TaggerModel.LoadError.notAModel("it ends early") }
    defer { at += n }
    return Array(UnsafeRawBufferPointer(rebasing: bytes[at..<(at + n)]))
  }

  /// `Float`s stored as their little-endian bit patterns.
  mutating func floats(_ n: Int) throws -> [Float] {
    1.littleEndian == 1 ? try copy(n) : try array(n, of: UInt32.self).map(Float.init(bitPattern:))
  }

  mutating func u32() throws -> UInt32 { try array(1, of: UInt32.self)[0] }

  /// One copy of the bytes, then a byte swap only on a big-endian machine: the file is
  /// read at every start, and element-by-element loads were slow in debug builds.
  mutating func array<T: FixedWidthInteger & BitwiseCopyable>(_ n: Int, of: T.Type) throws -> [T] {
    let values: [T] = try copy(n)
    return 1.littleEndian == 1 ? values : values.map { T(littleEndian: $0) }
  }

  /// The next `n` values of `T`, copied as they lie.
  private mutating func copy<T: BitwiseCopyable>(_ n: Int) throws -> [T] {
    let size = n * MemoryLayout<T>.size
    guard n >= 0, size <= remaining else { throw TaggerModel.LoadError.notAModel("it ends early") }
    defer { at += size }
    return [T](unsafeUninitializedCapacity: n) { buffer, count in
      UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[at..<(at + size)]))
      count = n
    }
  }
}
