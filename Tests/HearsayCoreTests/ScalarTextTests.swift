import Testing
@testable import HearsayCore

/// Slicing by code point: the text keeps byte offsets only at checkpoints (none for
/// ASCII), so every slice — across checkpoints, at the ends, out of range — must still be
/// the code points asked for.
struct ScalarTextTests {
  static let texts = [
    "plain ASCII text, nothing else",
    String(repeating: "“Zheng” said 台湾 ümlaut 😀 — é\u{301} ", count: 12),
  ] + mixed

  /// Long ASCII runs broken by other code points and line breaks at every alignment: the
  /// scans read eight bytes at a time, and a checkpoint or a break may fall anywhere.
  static let mixed = [7, 42, 1_001].map { seed in
    var state = UInt64(seed)
    let pieces = ["a", "Lorem ipsum dolor ", "é", "“", "”", "😀", "台", "\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "’s ", " "]
    return (0..<400).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return pieces[Int(state >> 33) % pieces.count]
    }.joined()
  }

  @Test(arguments: texts)
  func everySliceIsTheCodePointsAskedFor(_ text: String) {
    let storage = ScalarText(text)
    let scalars = Array(text.unicodeScalars)
    #expect(storage.count == scalars.count)
    for start in Swift.stride(from: 0, through: scalars.count, by: 7) {
      for end in [start, start + 1, start + 63, start + 64, start + 65, scalars.count, scalars.count + 5] {
        let hi = min(end, scalars.count)
        #expect(storage.string(start, end) == String(String.UnicodeScalarView(scalars[min(start, hi)..<hi])))
      }
    }
    #expect(storage.string(-3, 2) == String(String.UnicodeScalarView(scalars[0..<2])))
  }

  @Test(arguments: texts)
  func theCodePointsAndLineBreaksAreTheTextsOwn(_ text: String) {
    let storage = ScalarText(text)
    let scalars = Array(text.unicodeScalars)
    #expect(storage.scalars == scalars)
    var breaks: [(Int, Bool)] = []
    storage.forEachLineBreak(in: TextRange(0, scalars.count)) { breaks.append(($0, $1)) }
    let expected = scalars.indices.filter { [0x0A, 0x0D, 0x2028, 0x2029].contains(scalars[$0].value) }.map { ($0, scalars[$0] == "\r") }
    #expect(breaks.map(\.0) == expected.map(\.0))
    #expect(breaks.map(\.1) == expected.map(\.1))
    // From the middle, stopping short of the end: no break outside the range.
    var inner: [Int] = []
    storage.forEachLineBreak(in: TextRange(scalars.count / 3, scalars.count / 2)) { i, _ in inner.append(i) }
    #expect(inner == expected.map(\.0).filter { $0 >= scalars.count / 3 && $0 < scalars.count / 2 })
  }
}
