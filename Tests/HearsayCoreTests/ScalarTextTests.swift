import Testing
@testable import HearsayCore

/// Slicing by code point: the text keeps byte offsets only at checkpoints (none for
/// ASCII), so every slice — across checkpoints, at the ends, out of range — must still be
/// the code points asked for.
struct ScalarTextTests {
  static let texts = [
    "plain ASCII text, nothing else",
    String(repeating: "“Zheng” said 台湾 ümlaut 😀 — é\u{301} ", count: 12),
  ]

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
}
