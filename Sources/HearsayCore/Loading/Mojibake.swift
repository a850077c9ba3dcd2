import Foundation

/// Undoes text that was UTF-8, read as Windows-1252 and written out as UTF-8 again — once
/// or twice (`GuantÃ¡namo`, `FranÃƒÂ§ois`), as scraped news often is: each run of
/// characters that Windows-1252 spells with one high byte is turned back into those bytes,
/// and where they make a UTF-8 character, it stands for them. Ordinary text has no such
/// runs (`é` alone, `São`: a lead byte needs its continuation bytes), so it is left as it is.
/// Mojibake saved decomposed (`Ã` as `A` and a combining tilde) is composed first.
enum Mojibake {
  /// The repaired text and how many characters were repaired; nil when there was nothing to repair.
  static func repair(_ text: String) -> (text: String, repaired: Int)? {
    // Nearly every text, accented ones too: no character that could open a mis-decoded
    // sequence right before one that could continue it.
    let text = hasCombiningAccent(text) ? text.precomposedStringWithCanonicalMapping : text
    guard hasCandidate(text) else { return nil }
    var scalars = Array(text.unicodeScalars)
    var repaired = 0
    // Text encoded twice comes back in two rounds; a third finds nothing.
    for _ in 0..<3 {
      let (next, n) = repairOnce(scalars)
      guard n > 0 else { break }
      scalars = next
      repaired += n
    }
    guard repaired > 0 else { return nil }
    // (Through UTF-8 bytes: appending code points to a string one by one cost as much as
    // reading the rest of the article.)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count + scalars.count / 4)
    for c in scalars { bytes.append(contentsOf: UTF8.encode(c)!) }
    return (String(decoding: bytes, as: UTF8.self), repaired)
  }

  /// What the article's diagnostics say of a repair.
  static func diagnostic(repaired: Int) -> Diagnostic {
    Diagnostic(.convertedEncoding, "\(repaired) characters encoded twice (mojibake) read as they were meant")
  }

  /// Whether the text has a combining tilde or circumflex (U+0302, U+0303: CC 82, CC 83),
  /// what a decomposed `Â` or `Ã` is spelled with.
  private static func hasCombiningAccent(_ text: String) -> Bool {
    hasByte(0xCC, in: text, before: 1) { bytes, i in bytes[i + 1] == 0x82 || bytes[i + 1] == 0x83 }
  }

  /// Whether the text has a character that could open a mis-decoded sequence (`Ã` … `ô`,
  /// C3 82–C3 B4 in UTF-8) right before one that could continue it (U+0080–U+00BF, C2 xx,
  /// or one of Windows-1252's other high characters, C5, C6, CB or E2 xx).
  private static func hasCandidate(_ text: String) -> Bool {
    hasByte(0xC3, in: text, before: 2) { bytes, i in
      guard bytes[i + 1] >= 0x82, bytes[i + 1] <= 0xB4 else { return false }
      switch bytes[i + 2] {
      case 0xC2, 0xC5, 0xC6, 0xCB, 0xE2: return true
      default: return false
      }
    }
  }

  /// Whether some `lead` byte with `count` bytes after it passes `test` (given the bytes and
  /// its index): read from the bytes, from one `lead` to the next (memchr: most text has
  /// none), as a scan of the code points cost as much as the rest of loading.
  private static func hasByte(_ lead: UInt8, in text: String, before count: Int, where test: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      var i = 0
      while i + count < bytes.count, let found = memchr(base + i, Int32(lead), bytes.count - i - count) {
        i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if test(bytes, i) { return true }
        i += 1
      }
      return false
    }
  }

  private static func repairOnce(_ scalars: [Unicode.Scalar]) -> ([Unicode.Scalar], Int) {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(scalars.count)
    var repaired = 0
    var i = 0
    while i < scalars.count {
      guard let lead = byte(scalars[i]), let length = sequenceLength(lead), i + length <= scalars.count else {
        out.append(scalars[i])
        i += 1
        continue
      }
      var bytes = [lead]
      for k in 1..<length {
        guard let b = byte(scalars[i + k]), b & 0xC0 == 0x80 else { break }
        bytes.append(b)
      }
      // (Never to a C1 control: `Â€` is no mis-read U+0080.)
      if bytes.count == length, let decoded = String(validating: bytes, as: UTF8.self)?.unicodeScalars, decoded.count == 1,
        !(0x80...0x9F).contains(decoded.first!.value)
      {
        out.append(decoded.first!)
        repaired += 1
        i += length
      } else {
        out.append(scalars[i])
        i += 1
      }
    }
    return (out, repaired)
  }

  /// How many bytes a UTF-8 character that opens with `lead` has (two to four); nil for a
  /// byte that opens none.
  private static func sequenceLength(_ lead: UInt8) -> Int? {
    switch lead {
    case 0xC2...0xDF: 2
    case 0xE0...0xEF: 3
    case 0xF0...0xF4: 4
    default: nil
    }
  }

  /// The byte Windows-1252 writes `c` with, for a character it writes with a high byte
  /// (the five bytes it leaves undefined stand for themselves, as decoders pass them on).
  private static func byte(_ c: Unicode.Scalar) -> UInt8? {
    switch c.value {
    // (ASCII, most of any text, without a lookup in the table.)
    case 0..<0x80: nil
    case 0x80...0xFF: UInt8(c.value)
    default: windows1252High[c.value]
    }
  }

  /// Windows-1252's bytes 0x80–0x9F that are not the Latin-1 controls of the same value.
  private static let windows1252High: [UInt32: UInt8] = [
    0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
    0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
    0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
    0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
  ]
}
