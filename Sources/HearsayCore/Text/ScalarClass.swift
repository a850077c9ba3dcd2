/// Character classes the scanners need, answered on single code points so that every
/// stage agrees with the code-point offsets it reports.
extension Unicode.Scalar {
  @inline(__always) var isLetter: Bool { value < 0x80 ? (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A) : properties.isAlphabetic }
  @inline(__always) var isDigit: Bool { value < 0x80 ? (value >= 0x30 && value <= 0x39) : (properties.numericType != nil && value < 0x3000) }
  @inline(__always) var isUppercaseLetter: Bool { value < 0x80 ? (value >= 0x41 && value <= 0x5A) : properties.isUppercase }
  @inline(__always) var isLowercaseLetter: Bool { value < 0x80 ? (value >= 0x61 && value <= 0x7A) : properties.isLowercase }
  /// Unicode's White_Space code points, listed (a property lookup per code point was
  /// slow), and the byte-order mark.
  @inline(__always) var isSpaceOrNewline: Bool {
    switch value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
    default: false
    }
  }
  @inline(__always) var isNewline: Bool { value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 }
  /// Letters and digits: the characters a word is made of.
  @inline(__always) var isWordCharacter: Bool {
    if value < 0x80 { return Self.isASCIIWordCharacter(value) }
    // General Punctuation (curly quotes, dashes) holds no letter or digit.
    if value >= 0x2000 && value <= 0x206F { return false }
    return properties.isAlphabetic || properties.numericType != nil
  }
  /// A word character of a script written with spaces, or an accent combining with the
  /// letter before (`José` saved decomposed): what carries a word on (an ideograph is a
  /// word of its own). The tokenizer asks it of every letter.
  @inline(__always) var continuesWord: Bool { value < 0x80 ? Self.isASCIIWordCharacter(value) : continuesWordBeyondASCII }
  @inline(never) private var continuesWordBeyondASCII: Bool {
    isWordCharacter ? !isCJK : (0x300...0x36F).contains(value) || properties.generalCategory == .nonspacingMark
  }
  /// A digit or letter below 0x80, as a bit of two words: code points 0–63 (digits at
  /// 0x30–0x39) and 64–127 (letters at 0x41–0x5A and 0x61–0x7A).
  @inline(__always) private static func isASCIIWordCharacter(_ v: UInt32) -> Bool {
    let bits: UInt64 = v < 64 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_07FF_FFFE
    return (bits >> UInt64(v & 63)) & 1 != 0
  }
  /// Ideographs and kana: scripts written without spaces between words.
  @inline(__always) var isCJK: Bool {
    (0x3040...0x30FF).contains(value) || (0x3400...0x4DBF).contains(value)
      || (0x4E00...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0xAC00...0xD7AF).contains(value) || (0x20000...0x2FA1F).contains(value)
  }
  /// Dashes used as clause punctuation: the quote scanner treats them like spaces.
  @inline(__always) var isDash: Bool { value == 0x2014 || value == 0x2013 || value == 0x2012 || value == 0x2015 }
}
