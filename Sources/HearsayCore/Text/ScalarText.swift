/// An article's text held three ways: code points for O(1) indexing by the offsets every
/// stage reports, UTF-8 bytes, and the byte offset of each code point, so that slicing a
/// span back into a `String` is a copy of bytes rather than a re-encoding of scalars.
public struct ScalarText: Sendable {
  public let scalars: [Unicode.Scalar]
  private let utf8: [UInt8]
  /// The byte offset of every `stride`-th code point; empty when the text is ASCII (a code
  /// point's offset is then its byte offset). A table of every offset was 4 bytes per
  /// character — as much as the code points themselves.
  private let checkpoints: [Int32]
  static let stride = 64

  public init(_ text: String) {
    var scalars: [Unicode.Scalar] = []
    let bytes = Array(text.utf8)
    scalars.reserveCapacity(bytes.count)
    var checkpoints: [Int32] = []
    var position = 0
    for s in text.unicodeScalars {
      if scalars.count % Self.stride == 0 { checkpoints.append(Int32(position)) }
      scalars.append(s)
      position += UTF8.width(s)
    }
    self.scalars = scalars
    self.utf8 = bytes
    self.checkpoints = bytes.count == scalars.count ? [] : checkpoints
  }

  public var count: Int { scalars.count }

  /// The text of code points `start..<end`, clamped to the text.
  public func string(_ start: Int, _ end: Int) -> String {
    let lo = max(0, min(start, scalars.count))
    let hi = max(lo, min(end, scalars.count))
    return String(decoding: utf8[byteOffset(lo)..<byteOffset(hi)], as: UTF8.self)
  }

  /// Where code point `i` (at most `count`) starts in the UTF-8: from the checkpoint at or
  /// before it, stepping over at most `stride - 1` code points by their lead bytes.
  private func byteOffset(_ i: Int) -> Int {
    guard !checkpoints.isEmpty else { return i }
    if i == scalars.count { return utf8.count }
    var offset = Int(checkpoints[i / Self.stride])
    for _ in 0..<(i % Self.stride) {
      offset += 1
      while offset < utf8.count, utf8[offset] & 0xC0 == 0x80 { offset += 1 }
    }
    return offset
  }
}

extension String {
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
