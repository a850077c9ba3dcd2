/// An article's text held three ways: code points for O(1) indexing by the offsets every
/// stage reports, UTF-8 bytes, and the byte offset of each code point, so that slicing a
/// span back into a `String` is a copy of bytes rather than a re-encoding of scalars.
public struct ScalarText: Sendable {
  public let scalars: [Unicode.Scalar]
  private let utf8: [UInt8]
  private let byteOffsets: [Int32]

  public init(_ text: String) {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int32] = []
    let bytes = Array(text.utf8)
    scalars.reserveCapacity(bytes.count)
    offsets.reserveCapacity(bytes.count + 1)
    var position = 0
    for s in text.unicodeScalars {
      scalars.append(s)
      offsets.append(Int32(position))
      position += UTF8.width(s)
    }
    offsets.append(Int32(position))
    self.scalars = scalars
    self.utf8 = bytes
    self.byteOffsets = offsets
  }

  public var count: Int { scalars.count }

  /// The text of code points `start..<end`, clamped to the text.
  public func string(_ start: Int, _ end: Int) -> String {
    let lo = max(0, min(start, scalars.count))
    let hi = max(lo, min(end, scalars.count))
    return String(decoding: utf8[Int(byteOffsets[lo])..<Int(byteOffsets[hi])], as: UTF8.self)
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
