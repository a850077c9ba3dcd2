import Foundation
import HearsayTestSupport
import Testing
@testable import HearsayCore

/// `--format jsonl` and `json` write each report with their own writer, for speed: it must
/// write the very bytes `JSONEncoder` (through `JSONText.compact` and `.pretty`) writes,
/// escapes and indentation included.
struct JSONLineTests {
  static let samples = (try? FileManager.default.contentsOfDirectory(atPath: PackageRoot.url.appendingPathComponent("Resources/articles").path))?
    .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted() ?? []

  @Test(arguments: samples)
  func aSampleArticleIsWrittenAsTheEncoderWritesIt(_ name: String) throws {
    let report = ArticleReport(try Fixture.sample(name))
    #expect(report.jsonLine() == (try JSONText.compact(report)))
    #expect(report.prettyJSON() == (try JSONText.pretty(report)), "--format json too, indentation and empty lists included")
  }

  /// A very long article's report is written a quote at a time in chunks, never whole:
  /// the bytes must be the whole report's, with the quotes chosen and adjusted the same.
  @Test(arguments: samples)
  func aStreamedReportWritesTheWholeReportsBytes(_ name: String) throws {
    let analysis = try Fixture.sample(name)
    let direct = analysis.quotes.filter { $0.kind == .direct }
    let mark: @Sendable (inout ArticleReport.QuoteInfo) -> Void = { $0.collection_speaker_id = "s\($0.start)" }
    for (selected, adjust) in [(nil, nil), (direct, mark)] as [([Quote]?, (@Sendable (inout ArticleReport.QuoteInfo) -> Void)?)] {
      var whole = ArticleReport(analysis, quotes: selected)
      if let adjust { for i in whole.quotes.indices { adjust(&whole.quotes[i]) } }
      let streamed = ArticleReport.Streamed(analysis, quotes: selected, adjust: adjust ?? { _ in })
      for (pretty, terminator) in [(false, UInt8(ascii: "\n")), (true, nil)] as [(Bool, UInt8?)] {
        var chunks: [[UInt8]] = []
        streamed.writeJSON(pretty: pretty, terminator: terminator, chunk: 256) { chunks.append($0) }
        #expect(chunks.joined().elementsEqual(whole.jsonBytes(pretty: pretty, terminator: terminator)))
        #expect(whole.quotes.count < 3 || chunks.count > 2, "written in several chunks")
      }
    }
  }

  /// Numbers are written without making strings: whole ones, hundredths (confidences)
  /// and the rest must read as the encoder writes them.
  @Test(arguments: [0.85, 0.6, 0.05, 0.1, 0.99, 1.0, 0.0, 12.5, 99.99, 0.1 + 0.2, 1.0 / 3, 0.001, -0.25, 150.25, 1e20, 7.0])
  func aNumberIsWrittenAsTheEncoderWritesIt(_ value: Double) throws {
    var w = JSONLineWriter()
    w.object { $0.field("n", value) }
    let encoded = try JSONEncoder().encode(["n": value])
    #expect(String(decoding: w.bytes, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
  }

  @Test(arguments: [0, 7, -7, 10, 1234567, Int.max, Int.min])
  func anIntegerIsWrittenAsTheEncoderWritesIt(_ value: Int) throws {
    var w = JSONLineWriter()
    w.object { $0.field("n", value) }
    let encoded = try JSONEncoder().encode(["n": value])
    #expect(String(decoding: w.bytes, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
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
