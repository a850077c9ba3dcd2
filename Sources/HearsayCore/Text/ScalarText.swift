/// An article's text held once, as UTF-8 (the decoded `String` itself, no copy), with the
/// byte offset of every `stride`-th code point: slicing a span back into a `String` is a
/// copy of bytes, and a code point is found from the checkpoint before it. The code points
/// as an array — 4 bytes each, what the stages index in O(1) — are made only when first
/// asked for, and kept: a very long article analysed in windows never makes them, so its
/// text costs a byte a character.
public struct ScalarText: Sendable {
  private let text: String
  /// How many code points the text has.
  public let count: Int
  /// The byte offset of every `stride`-th code point; empty when the text is ASCII (a code
  /// point's offset is then its byte offset).
  private let checkpoints: [Int32]
  private let materialised = Locked<[Unicode.Scalar]?>(nil)
  static let stride = 64

  public init(_ text: String) {
    var text = text
    text.makeContiguousUTF8()
    var checkpoints: [Int32] = []
    var count = 0
    text.utf8.withContiguousStorageIfAvailable { bytes in
      var offset = 0
      while offset < bytes.count {
        // Eight bytes at once while no checkpoint falls among their code points.
        if let block = Self.block(bytes, at: offset) {
          let n = Self.leadBytes(block), r = count % Self.stride
          if n == 0 || (r != 0 && r + n <= Self.stride) {
            count += n
            offset += 8
            continue
          }
        }
        let end = min(offset + 8, bytes.count)
        while offset < end {
          if bytes[offset] & 0xC0 != 0x80 {
            if count % Self.stride == 0 { checkpoints.append(Int32(offset)) }
            count += 1
          }
          offset += 1
        }
      }
    }
    self.text = text
    self.count = count
    self.checkpoints = text.utf8.count == count ? [] : checkpoints
  }

  /// Every code point, made on first use and kept. Each call takes a lock: a stage holds
  /// on to the array rather than asking again.
  public var scalars: [Unicode.Scalar] {
    materialised.withLock { cached in
      if let cached { return cached }
      let all = [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, made in
        withBytes { bytes in
          if checkpoints.isEmpty {
            for (i, b) in bytes.enumerated() { buffer[i] = Unicode.Scalar(b) }
            made = bytes.count
            return
          }
          var offset = 0
          made = 0
          while made < count {
            // Eight ASCII bytes at once: most of a text, between its curly quotes.
            if made + 8 <= count, let block = Self.block(bytes, at: offset), block & Self.highBits == 0 {
              for k in 0..<8 { buffer[made + k] = Unicode.Scalar(UInt8(truncatingIfNeeded: block >> (8 * k))) }
              made += 8
              offset += 8
              continue
            }
            buffer[made] = Self.decode(bytes, &offset)
            made += 1
          }
        }
      }
      cached = all
      return all
    }
  }

  /// Whether `scalars` has been made (the windowed path must never need it).
  var hasMaterialisedScalars: Bool { materialised.withLock { $0 != nil } }

  /// The code point at `i` (in `0..<count`), without making the array.
  public func scalar(at i: Int) -> Unicode.Scalar {
    withBytes { bytes in
      if checkpoints.isEmpty { return Unicode.Scalar(bytes[i]) }
      var offset = byteOffset(i, in: bytes)
      return Self.decode(bytes, &offset)
    }
  }

  /// Calls `body` with each code point of `range` and its index, in order, decoding as it goes.
  public func forEachScalar(in range: TextRange, _ body: (Int, Unicode.Scalar) -> Void) {
    let lo = max(0, min(range.start, count)), hi = max(lo, min(range.end, count))
    guard lo < hi else { return }
    withBytes { bytes in
      if checkpoints.isEmpty {
        for i in lo..<hi { body(i, Unicode.Scalar(bytes[i])) }
        return
      }
      var offset = byteOffset(lo, in: bytes)
      for i in lo..<hi { body(i, Self.decode(bytes, &offset)) }
    }
  }

  /// Calls `body` with the index of each line break in `range` (LF, CR, U+2028, U+2029) and
  /// whether it is a CR, found in the UTF-8 without decoding the rest.
  public func forEachLineBreak(in range: TextRange, _ body: (Int, Bool) -> Void) {
    let lo = max(0, min(range.start, count)), hi = max(lo, min(range.end, count))
    guard lo < hi else { return }
    withBytes { bytes in
      var offset = byteOffset(lo, in: bytes)
      var i = lo
      while i < hi, offset < bytes.count {
        // Eight bytes at once past text with no line break in it and short of `hi`.
        if let block = Self.block(bytes, at: offset), !Self.has(0x0A, block), !Self.has(0x0D, block), !Self.has(0xE2, block) {
          let n = Self.leadBytes(block)
          if i + n <= hi {
            i += n
            offset += 8
            continue
          }
        }
        let b = bytes[offset]
        if b & 0xC0 != 0x80 {
          if b == 0x0A || b == 0x0D {
            body(i, b == 0x0D)
          } else if b == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9 {
            body(i, false)
          }
          i += 1
        }
        offset += 1
      }
    }
  }

  /// The text of code points `start..<end`, clamped to the text.
  public func string(_ start: Int, _ end: Int) -> String {
    let lo = max(0, min(start, count))
    let hi = max(lo, min(end, count))
    return withBytes { bytes in
      String(decoding: UnsafeBufferPointer(rebasing: bytes[byteOffset(lo, in: bytes)..<byteOffset(hi, in: bytes)]), as: UTF8.self)
    }
  }

  /// The code point whose UTF-8 starts at `offset`, moving `offset` past it. The bytes are
  /// a Swift string's, so valid UTF-8: no checks beyond the lead byte's length.
  @inline(__always)
  static func decode(_ b: UnsafeBufferPointer<UInt8>, _ offset: inout Int) -> Unicode.Scalar {
    let b0 = UInt32(b[offset])
    if b0 < 0x80 {
      offset += 1
      return Unicode.Scalar(UInt8(b0))
    }
    var value: UInt32
    if b0 < 0xE0 {
      value = (b0 & 0x1F) << 6 | UInt32(b[offset + 1] & 0x3F)
      offset += 2
    } else if b0 < 0xF0 {
      value = (b0 & 0x0F) << 12 | UInt32(b[offset + 1] & 0x3F) << 6 | UInt32(b[offset + 2] & 0x3F)
      offset += 3
    } else {
      value = (b0 & 0x07) << 18 | UInt32(b[offset + 1] & 0x3F) << 12 | UInt32(b[offset + 2] & 0x3F) << 6 | UInt32(b[offset + 3] & 0x3F)
      offset += 4
    }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// The eight bytes from `offset` as one word (first byte lowest), if there are that many:
  /// the scans below test eight bytes with a few operations on it.
  @inline(__always)
  private static func block(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64? {
    offset + 8 <= bytes.count ? UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)) : nil
  }

  private static let highBits: UInt64 = 0x8080_8080_8080_8080
  private static let lowBits: UInt64 = 0x0101_0101_0101_0101

  /// How many code points start among eight bytes: those that are not continuation
  /// bytes (`10xxxxxx`: the top bit set, the next clear).
  @inline(__always)
  private static func leadBytes(_ block: UInt64) -> Int {
    8 - (block & ~(block << 1) & highBits).nonzeroBitCount
  }

  /// Whether one of the eight bytes is `byte` (the zero-byte test on the word's XOR).
  @inline(__always)
  private static func has(_ byte: UInt8, _ block: UInt64) -> Bool {
    let x = block ^ (lowBits &* UInt64(byte))
    return (x &- lowBits) & ~x & highBits != 0
  }

  private func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    // `init` made the string contiguous UTF-8: the storage is always there.
    text.utf8.withContiguousStorageIfAvailable(body)!
  }

  /// Where code point `i` (at most `count`) starts in the UTF-8: from the checkpoint at or
  /// before it, stepping over at most `stride - 1` code points, eight bytes at a time
  /// while the one sought is not among them, then by lead bytes.
  private func byteOffset(_ i: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int {
    guard !checkpoints.isEmpty else { return i }
    if i == count { return utf8.count }
    var offset = Int(checkpoints[i / Self.stride])
    // How many code points start before the one sought, from `offset` on.
    var before = i % Self.stride
    while let block = Self.block(utf8, at: offset) {
      let n = Self.leadBytes(block)
      if n > before { break }
      before -= n
      offset += 8
    }
    while true {
      if utf8[offset] & 0xC0 != 0x80 {
        if before == 0 { return offset }
        before -= 1
      }
      offset += 1
    }
  }
}

extension String {
  /// Whether a byte of the UTF-8 satisfies `test`, read in place: the generic `contains`
  /// on the UTF-8 view walked an iterator and cost more than the tests around it.
  func containsByte(where test: (UInt8) -> Bool) -> Bool {
    utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? utf8.contains(where: test)
  }
  /// A string of these code points, encoded to UTF-8 here: the standard library's
  /// `String.UnicodeScalarView` initialiser is not specialised for the caller's
  /// collection and cost more than the work around it.
  init<C: Sequence>(scalars: C) where C.Element == Unicode.Scalar {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.underestimatedCount)
    for s in scalars { UTF8.encode(s) { bytes.append($0) } }
    self = String(decoding: bytes, as: UTF8.self)
  }
}
