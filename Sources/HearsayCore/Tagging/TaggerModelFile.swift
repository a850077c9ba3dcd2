/// The tagger model's file, laid out as the table lookups use, all numbers little-endian:
///
///     "HTAG"  u32 version  u32 tag count  (u8 length, name)…  zeros to a multiple of 16
///     u32 features  u32 slots (a power of two)  u32 entries  u32 0
///     slots × (u64 feature, u32 first entry, u32 end of entries; end 0 is an empty slot)
///     entries × f32 weight
///     entries × u8 tag
///
/// A feature's slot is found by linear probing from its own low bits; its weights are the
/// entries from its first to its end. The table is at most half full.
extension TaggerModel {
  enum File {
    static let magic: [UInt8] = Array("HTAG".utf8)
    static let version: UInt32 = 2
    static let alignment = 16
    static let slotSize = 16

    static func write(tagNames: [String], features: [(key: UInt64, weights: [(tag: UInt8, weight: Float)])]) -> [UInt8] {
      let features = features.filter { !$0.weights.isEmpty }.sorted { $0.key < $1.key }
      var slotCount = 1024
      while slotCount < features.count * 2 { slotCount *= 2 }
      var slots = [(key: UInt64, start: UInt32, end: UInt32)](repeating: (0, 0, 0), count: slotCount)
      var tags: [UInt8] = [], weights: [Float] = []
      for f in features {
        let start = UInt32(tags.count)
        for (t, w) in f.weights { tags.append(t); weights.append(w) }
        var s = Int(truncatingIfNeeded: f.key) & (slotCount - 1)
        while slots[s].end != 0 { s = (s + 1) & (slotCount - 1) }
        slots[s] = (f.key, start, UInt32(tags.count))
      }
      var out = magic
      func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
      u32(version)
      u32(UInt32(tagNames.count))
      for name in tagNames { out.append(UInt8(name.utf8.count)); out.append(contentsOf: name.utf8) }
      out.append(contentsOf: repeatElement(0, count: padding(out.count)))
      for n in [features.count, slotCount, tags.count, 0] { u32(UInt32(n)) }
      for slot in slots {
        withUnsafeBytes(of: slot.key.littleEndian) { out.append(contentsOf: $0) }
        u32(slot.start)
        u32(slot.end)
      }
      for w in weights { u32(w.bitPattern) }
      out.append(contentsOf: tags)
      return out
    }

    /// The tag names of the model in `bytes` and its lookup table, once its header and
    /// sizes are found sound. The slots and tags are checked as they are used
    /// (`Lookup.find`, `TaggerModel.score`): checking them all here would read the whole
    /// file at start-up.
    static func check(_ bytes: UnsafeRawBufferPointer) throws(LoadError) -> ([String], Lookup) {
      var r = Reader(bytes: bytes)
      guard try r.bytes(4).elementsEqual(magic) else { throw LoadError.notAModel("no HTAG header") }
      guard try r.u32() == version else { throw LoadError.notAModel("another version") }
      var names: [String] = []
      for _ in 0..<Int(try r.u32()) {
        let n = Int(try r.bytes(1).first!)
        names.append(String(decoding: try r.bytes(n), as: UTF8.self))
      }
      guard names == PennTag.allCases.map(\.name) else { throw LoadError.wrongTags(names.joined(separator: " ")) }
      _ = try r.bytes(padding(r.at))
      let features = Int(try r.u32()), slots = Int(try r.u32()), entries = Int(try r.u32())
      _ = try r.u32()
      let slotsAt = r.at, weightsAt = slotsAt + slots * slotSize, tagsAt = weightsAt + entries * 4
      guard slots >= 1024, slots & (slots - 1) == 0, features * 2 <= slots, tagsAt + entries == bytes.count, let base = bytes.baseAddress else {
        throw LoadError.notAModel("its counts do not match its size")
      }
      let lookup = Lookup(featureCount: features, entryCount: entries, slots: base + slotsAt, slotMask: slots - 1, weights: base + weightsAt,
                          tags: UnsafeBufferPointer(start: (base + tagsAt).assumingMemoryBound(to: UInt8.self), count: entries))
      return (names, lookup)
    }

    private static func padding(_ count: Int) -> Int { (alignment - count % alignment) % alignment }

    /// Reads little-endian numbers from the front of a file's bytes.
    private struct Reader {
      let bytes: UnsafeRawBufferPointer
      var at = 0

      mutating func bytes(_ n: Int) throws(LoadError) -> UnsafeRawBufferPointer.SubSequence {
        guard n >= 0, n <= bytes.count - at else { throw LoadError.notAModel("it ends early") }
        defer { at += n }
        return bytes[at..<(at + n)]
      }

      mutating func u32() throws(LoadError) -> UInt32 {
        UInt32(littleEndian: try bytes(4).withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) })
      }
    }
  }
}
