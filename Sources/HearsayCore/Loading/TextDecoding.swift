import Foundation

/// Turns a file's bytes into text without ever failing on a bad byte: news files come
/// from scrapers and old archives, and one stray Latin-1 byte must not lose the article.
enum TextDecoding {
  struct Decoded {
    var text: String
    var diagnostics: [Diagnostic]
  }

  /// Sniffs the first few kilobytes for NUL bytes and control characters the way `less`
  /// and `grep` decide a file is binary.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
    let sample = bytes.prefix(8192)
    guard !sample.isEmpty else { return false }
    var controls = 0
    var zeros = 0
    sample.withUnsafeBufferPointer { buffer in
      var i = 0
      let space = SIMD16<UInt8>(repeating: 0x20)
      while i < buffer.count {
        // Sixteen bytes at a time past text with no control byte, which is nearly all of it.
        if i + 16 <= buffer.count,
          !any(UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: SIMD16<UInt8>.self) .< space)
        {
          i += 16
          continue
        }
        let b = buffer[i]
        if b == 0 { zeros += 1 } else if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
        i += 1
      }
    }
    // NULs are UTF-16 text or binary; without them only a run of controls is binary.
    guard zeros > 0 else { return controls * 10 > sample.count }
    return utf16WithoutMark(bytes) == nil
  }

  static func decode(_ bytes: [UInt8]) -> Decoded {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
      if let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) {
        return Decoded(
          text: text,
          diagnostics: [Diagnostic(.convertedEncoding, "decoded as UTF-16 (byte-order mark)")])
      }
    }
    // Before UTF-8: ASCII in UTF-16 is valid UTF-8 full of NULs.
    if let encoding = utf16WithoutMark(bytes), let text = String(data: Data(bytes), encoding: encoding) {
      return Decoded(text: text, diagnostics: [Diagnostic(.convertedEncoding, "decoded as UTF-16 (no byte-order mark)")])
    }
    if let text = String(validating: bytes, as: UTF8.self) {
      // UTF-8 that was once read as Windows-1252 and saved again (`FranÃ§ois`): repaired in
      // memory, as the article is read, and said so.
      if let fixed = Mojibake.repair(text) {
        return Decoded(text: fixed.text, diagnostics: [Mojibake.diagnostic(repaired: fixed.repaired)])
      }
      return Decoded(text: text, diagnostics: [])
    }
    let firstBad = firstInvalidUTF8Offset(bytes)
    // Mostly lone high bytes (é = E9, not C3 A9): a Latin-1 / Windows-1252 file.
    if looksLatin1(bytes), let text = String(data: Data(bytes), encoding: .windowsCP1252) {
      return Decoded(text: text, diagnostics: [Diagnostic(.convertedEncoding, "not UTF-8 (first bad byte at \(firstBad)); decoded as Latin-1 / Windows-1252")])
    }
    let text = String(decoding: bytes, as: UTF8.self)
    return Decoded(
      text: text,
      diagnostics: [
        Diagnostic(
          .invalidUTF8,
          "invalid UTF-8 from byte \(firstBad); bad bytes shown as U+FFFD")
      ])
  }

  /// Text in UTF-16 with no byte-order mark: every other byte of the sample is zero.
  static func utf16WithoutMark(_ bytes: [UInt8]) -> String.Encoding? {
    let sample = bytes.prefix(4096)
    guard sample.count >= 8, sample.count % 2 == 0, sample.contains(0) else { return nil }
    var evenZeros = 0
    var oddZeros = 0
    for i in sample.indices where sample[i] == 0 { if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 } }
    let half = sample.count / 2
    if oddZeros * 10 >= half * 7 && evenZeros * 20 < half { return .utf16LittleEndian }
    if evenZeros * 10 >= half * 7 && oddZeros * 20 < half { return .utf16BigEndian }
    return nil
  }

  /// Whether the invalid bytes are single high bytes between ASCII, as Latin-1 text has.
  static func looksLatin1(_ bytes: [UInt8]) -> Bool {
    var lone = 0
    var sequences = 0
    var i = 0
    while i < bytes.count {
      if bytes[i] >= 0x80 {
        var j = i
        while j < bytes.count, bytes[j] >= 0x80 { j += 1 }
        if j - i == 1 { lone += 1 } else { sequences += 1 }
        i = j
      } else {
        i += 1
      }
    }
    return lone > 0 && lone >= sequences * 3
  }

  private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
    var it = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &it) {
      case .valid(let s): offset += s.count
      case .emptyInput: return offset
      case .error: return offset
      }
    }
  }
}
