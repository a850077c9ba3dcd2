/// Character classes the scanners need, answered on single code points so that every
/// stage agrees with the code-point offsets it reports.
extension Unicode.Scalar {
  var isLetter: Bool { value < 0x80 ? (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A) : properties.isAlphabetic }
  var isDigit: Bool { value < 0x80 ? (value >= 0x30 && value <= 0x39) : (properties.numericType != nil && value < 0x3000) }
  var isUppercaseLetter: Bool { value < 0x80 ? (value >= 0x41 && value <= 0x5A) : properties.isUppercase }
  var isLowercaseLetter: Bool { value < 0x80 ? (value >= 0x61 && value <= 0x7A) : properties.isLowercase }
  var isSpaceOrNewline: Bool {
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return properties.isWhitespace || value == 0xFEFF
  }
  var isNewline: Bool { value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 }
  /// Letters and digits: the characters a word is made of.
  var isWordCharacter: Bool {
    if value < 0x80 {
      return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
        || (value >= 0x61 && value <= 0x7A)
    }
    return properties.isAlphabetic || properties.numericType != nil
  }
  /// Ideographs and kana: scripts written without spaces between words.
  var isCJK: Bool {
    (0x3040...0x30FF).contains(value) || (0x3400...0x4DBF).contains(value)
      || (0x4E00...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0xAC00...0xD7AF).contains(value) || (0x20000...0x2FA1F).contains(value)
  }
  /// Dashes used as clause punctuation: the quote scanner treats them like spaces.
  var isDash: Bool { value == 0x2014 || value == 0x2013 || value == 0x2012 || value == 0x2015 }
}
