extension String {
  /// `hasSuffix` for an ASCII ending, compared byte by byte: the standard one compares
  /// characters, a few hundred instructions a question, and the rules ask it of words
  /// by the hundred thousand.
  @inline(__always)
  func endsWith(_ suffix: StaticString) -> Bool {
    var text = self
    return text.withUTF8 { bytes in
      let n = suffix.utf8CodeUnitCount
      guard bytes.count >= n else { return false }
      let tail = bytes.baseAddress! + (bytes.count - n)
      let end = suffix.utf8Start
      for i in 0..<n where tail[i] != end[i] { return false }
      return true
    }
  }
}
