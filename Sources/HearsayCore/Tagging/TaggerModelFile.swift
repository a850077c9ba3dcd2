/// The tagger model's file, laid out as the table lookups use, all numbers little-endian:
///
///     "HTAG"  u32 version  u64 lexicon  u32 tag count  (u8 length, name)…  zeros to a multiple of 16
///     u32 features  u32 slots (a power of two)  u32 entries  u32 dense rows
///     slots × (u32 check, u32 a, u32 b, u8 kind, u8 count, u8 tag, u8 tag)
///     entries × (f32 weight, u32 tag)
///     zeros to a multiple of 64, then dense rows × `TaggerModel.scoreLanes` f32
///
/// A feature's slot is found by linear probing from its own low bits and told by its high
/// ones (`check`). What the slot holds depends on how many weights the feature has:
/// - one or two (most features): the weights themselves, `a` and `b`, with their tags in
///   the slot's last bytes — a lookup reads one cache line, not three;
/// - a few: the run of entries from `a` to `b`;
/// - many (`denseFrom` or more): the dense row numbered `a`, a weight for every tag, added
///   a vector at a time. The features with many weights (the tags before a word, its
///   suffixes, the commonest words) are the ones asked of every word, and a row of them
///   costs a few additions instead of one per entry. Zeros fill the tags a dense feature
///   has no weight for, so the sums are the same.
/// The table is at most half full. `lexicon` is the hash of the word lists the model was
/// trained against (`TaggerLexicon.fingerprint`), the snapshot of them the tagger reads.
extension TaggerModel {
  enum File {
    static let magic: [UInt8] = Array("HTAG".utf8)
    static let version: UInt32 = 5
    static let alignment = 64
    static let slotSize = 16
    /// Features with at least this many weights are written as dense rows.
    static let denseFrom = 16
    /// Features with at most this many weights keep them in their slot.
    static let inlineUpTo = 2

    /// What a slot holds (its byte 12); an empty slot is all zeros.
    enum Kind: UInt8 {
      case empty = 0, inline, run, dense
    }

    /// The part of a feature's key its slot keeps: the high half (the low bits place it).
    @inline(__always)
    static func check(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key >> 32) }

    static func write(
      tagNames: [String], lexicon: UInt64, features: [(key: UInt64, weights: [(tag: UInt8, weight: Float)])], denseFrom: Int = denseFrom
    ) -> [UInt8] {
      let features = features.filter { !$0.weights.isEmpty }.sorted { $0.key < $1.key }
      var slotCount = 1024
      while slotCount < features.count * 2 { slotCount *= 2 }
      var slots = [(check: UInt32, a: UInt32, b: UInt32, info: [UInt8])](repeating: (0, 0, 0, [0, 0, 0, 0]), count: slotCount)
      var entries: [(weight: Float, tag: UInt8)] = [], dense: [Float] = []
      for f in features {
        let placed: (a: UInt32, b: UInt32, info: [UInt8])
        if f.weights.count >= denseFrom {
          var row = [Float](repeating: 0, count: TaggerModel.scoreLanes)
          for (t, w) in f.weights where Int(t) < row.count { row[Int(t)] = w }
          placed = (UInt32(dense.count / TaggerModel.scoreLanes), 0, [Kind.dense.rawValue, 0, 0, 0])
          dense += row
        } else if f.weights.count <= inlineUpTo {
          let second = f.weights.count > 1 ? f.weights[1] : (tag: 0, weight: 0)
          placed = (f.weights[0].weight.bitPattern, second.weight.bitPattern,
                    [Kind.inline.rawValue, UInt8(f.weights.count), f.weights[0].tag, second.tag])
        } else {
          let start = UInt32(entries.count)
          entries += f.weights.map { ($0.weight, $0.tag) }
          placed = (start, UInt32(entries.count), [Kind.run.rawValue, 0, 0, 0])
        }
        var s = Int(truncatingIfNeeded: f.key) & (slotCount - 1)
        while slots[s].info[0] != Kind.empty.rawValue { s = (s + 1) & (slotCount - 1) }
        slots[s] = (check(f.key), placed.a, placed.b, placed.info)
      }
      var out = magic
      func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
      u32(version)
      withUnsafeBytes(of: lexicon.littleEndian) { out.append(contentsOf: $0) }
      u32(UInt32(tagNames.count))
      for name in tagNames { out.append(UInt8(name.utf8.count)); out.append(contentsOf: name.utf8) }
      out.append(contentsOf: repeatElement(0, count: padding(out.count, to: 16)))
      for n in [features.count, slotCount, entries.count, dense.count / TaggerModel.scoreLanes] { u32(UInt32(n)) }
      for slot in slots {
        u32(slot.check)
        u32(slot.a)
        u32(slot.b)
        out.append(contentsOf: slot.info)
      }
      for entry in entries {
        u32(entry.weight.bitPattern)
        u32(UInt32(entry.tag))
      }
      if !dense.isEmpty {
        out.append(contentsOf: repeatElement(0, count: padding(out.count, to: alignment)))
        for w in dense { u32(w.bitPattern) }
      }
      return out
    }

    /// The tag names of the model in `bytes`, the lexicon it was trained against and its
    /// lookup table, once its header and
    /// sizes are found sound. The slots, runs, rows and tags are checked as they are used
    /// (`Lookup.find`, `Lookup.add`): checking them all here would read the whole file at
    /// start-up.
    static func check(_ bytes: UnsafeRawBufferPointer) throws(LoadError) -> (tagNames: [String], lexicon: UInt64, lookup: Lookup) {
      var r = Reader(bytes: bytes)
      guard try r.bytes(4).elementsEqual(magic) else { throw LoadError.notAModel("no HTAG header") }
      guard try r.u32() == version else { throw LoadError.notAModel("another version") }
      let lexicon = try r.u64()
      var names: [String] = []
      for _ in 0..<Int(try r.u32()) {
        let n = Int(try r.bytes(1).first!)
        names.append(String(decoding: try r.bytes(n), as: UTF8.self))
      }
      guard names == PennTag.allCases.map(\.name) else { throw LoadError.wrongTags(names.joined(separator: " ")) }
      _ = try r.bytes(padding(r.at, to: 16))
      let features = Int(try r.u32()), slots = Int(try r.u32()), entries = Int(try r.u32()), rows = Int(try r.u32())
      let slotsAt = r.at, entriesAt = slotsAt + slots * slotSize, entriesEnd = entriesAt + entries * 8
      let denseAt = rows == 0 ? entriesEnd : entriesEnd + padding(entriesEnd, to: alignment)
      guard slots >= 1024, slots & (slots - 1) == 0, features * 2 <= slots, entries <= Int(UInt32.max),
        denseAt + rows * TaggerModel.scoreLanes * 4 == bytes.count, let base = bytes.baseAddress
      else {
        throw LoadError.notAModel("its counts do not match its size")
      }
      let lookup = Lookup(featureCount: features, entryCount: entries, slots: base + slotsAt, slotMask: slots - 1,
                          entries: base + entriesAt, dense: base + denseAt, denseRows: rows)
      return (names, lexicon, lookup)
    }

    /// Zeros after `count` bytes that bring the next part to a multiple of `multiple`.
    private static func padding(_ count: Int, to multiple: Int) -> Int { (multiple - count % multiple) % multiple }

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

      mutating func u64() throws(LoadError) -> UInt64 {
        UInt64(littleEndian: try bytes(8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
      }
    }
  }
}
