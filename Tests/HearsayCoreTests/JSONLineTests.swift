import Foundation
import Testing
@testable import HearsayCore

/// `--format jsonl` and `json` write each report with their own writer, for speed: it must
/// write the very bytes `JSONEncoder` (through `JSONText.compact` and `.pretty`) writes,
/// escapes and indentation included.
struct JSONLineTests {
  static let samples = (try? FileManager.default.contentsOfDirectory(atPath: Fixture.packageRoot.appendingPathComponent("Resources/articles").path))?
    .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted() ?? []

  @Test(arguments: samples)
  func aSampleArticleIsWrittenAsTheEncoderWritesIt(_ name: String) throws {
    let report = ArticleReport(try Fixture.sample(name))
    #expect(report.jsonLine() == (try JSONText.compact(report)))
    #expect(report.prettyJSON() == (try JSONText.pretty(report)), "--format json too, indentation and empty lists included")
  }

  /// Every C0 control, DEL, a C1 control, bidi overrides, quote marks, backslashes, a
  /// slash, an emoji, metadata keys to sort, and a diagnostic with an offset.
  @Test func hostileTextIsEscapedAsTheEncoderEscapesIt() throws {
    let controls = String(String.UnicodeScalarView((1..<0x20).compactMap(Unicode.Scalar.init).filter { $0 != "\n" && $0 != "\r" }))
    let text = "title: \"Odd\\ones\" / ✓\nsource: Wire\u{85}\nauthor: A\u{202E}B\n\nThe \"mayor\u{7F}\" said \u{1B}]52;c;x\u{7}\(controls) 😀 \"we will \\ rebuild\u{2066}\", Ana Lima said."
    // Ordinary prose around them, or the loader takes the file for binary.
    let report = ArticleReport(try Fixture.analyse(text + "\n\n" + String(repeating: "The council met again on Monday. ", count: 40)
                                                   + "\n\nShe added: \u{201C}this one never closes."))
    #expect(!report.diagnostics.isEmpty)
    #expect(report.jsonLine() == (try JSONText.compact(report)))
    #expect(report.prettyJSON() == (try JSONText.pretty(report)))
  }
}
