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
    for b in sample {
      if b == 0 { return true }
      if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
    }
    return controls * 10 > sample.count
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
    if let text = String(validating: bytes, as: UTF8.self) {
      return Decoded(text: text, diagnostics: [])
    }
    let firstBad = firstInvalidUTF8Offset(bytes)
    let text = String(decoding: bytes, as: UTF8.self)
    return Decoded(
      text: text,
      diagnostics: [
        Diagnostic(
          .invalidUTF8,
          "invalid UTF-8 from byte \(firstBad); bad bytes shown as U+FFFD")
      ])
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
