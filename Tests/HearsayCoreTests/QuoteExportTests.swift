import Foundation
import Testing
@testable import HearsayCore

/// Exported quotes are pasted into stories and opened by other programs: article text can
/// neither format the Markdown, nor become a link to run, nor a spreadsheet formula.
struct QuoteExportTests {
  func quote(text: String = "We will *not* [yield]", speaker: String = "Zheng Jian", url: String?) -> ExportedQuote {
    ExportedQuote(text: text, speaker: speaker, speakerKind: "person", role: "spokesperson", via: "Xinhua", kind: "direct",
                  title: "Beijing (warns)", outlet: "Global Times", date: "2026-01-05", url: url, path: "/news/a b.txt", start: 3, end: 24)
  }

  @Test func markdownCitesQuoteSpeakerRoleRelayOutletDateAndSource() {
    let md = QuoteExport.markdown([quote(url: "https://example.com/a")], heading: "Quotes")
    #expect(md.contains("> “We will \\*not\\* \\[yield\\]”"))
    #expect(md.contains("— **Zheng Jian**, spokesperson, via Xinhua · *Global Times* · 2026-01-05 · [Beijing (warns)](https://example.com/a)"))
  }

  @Test(arguments: ["javascript:alert(1)", "data:text/html,<script>", "JAVASCRIPT:x", "file:///etc/passwd"])
  func aURLThatIsNotHTTPIsNeverALink(_ url: String) {
    let md = QuoteExport.markdown([quote(url: url)], heading: "Quotes")
    #expect(!md.lowercased().contains("](" + url.prefix(5).lowercased()))
    #expect(md.contains("](/news/a%20b.txt)"))
  }

  @Test func csvGuardsFormulasAndJSONUsesSnakeCase() throws {
    let csv = QuoteExport.csv([quote(text: "=HYPERLINK(\"x\")", url: nil)])
    #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""))
    let json = try #require(try JSONSerialization.jsonObject(with: Data(QuoteExport.json([quote(url: nil)]).utf8)) as? [[String: Any]])
    #expect(json.first?["speaker_kind"] as? String == "person")
  }

  /// What a terminal would obey: C0 controls but newline and tab, DEL, C1, bidi overrides.
  static func obeyed(_ s: String) -> [Unicode.Scalar] { s.unicodeScalars.filter(TextEscaping.isUnsafe) }

  static let osc52 = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"
  static let title = "\u{1B}]0;pwned\u{07}"

  @Test(arguments: ["https://example.com/a\u{1B}]0;pwned\u{07}", "https://example.com/\u{9D}52;c;eA==\u{9C}", "https://example.com/\u{202E}fdp.exe"])
  func markdownLinkTargetsArePercentEncoded(_ url: String) {
    var q = quote(url: url)
    q.path = "/news/" + Self.title + ".txt"
    q.title = nil
    let md = QuoteExport.markdown([q], heading: "Quotes " + Self.osc52)
    #expect(Self.obeyed(md).isEmpty, "\(md.debugDescription)")
    #expect(md.contains("](https://example.com/"))
    let target = md[md.range(of: "](")!.upperBound...].prefix { $0 != ")" }
    #expect(target.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 }, "\(target)")
  }

  @Test func aFileNameWithEscapesIsEncodedInTheLinkAndVisibleInItsText() {
    var q = quote(url: nil)
    q.path = "/news/" + Self.title + ".txt"
    q.title = nil
    let md = QuoteExport.markdown([q], heading: "Quotes")
    #expect(md.contains(#"[\\x1b\]0;pwned\\x07.txt](/news/%1B]0;pwned%07.txt)"#))
  }

  @Test func csvMakesControlsVisibleAndGuardsLeadingTabAndCarriageReturn() {
    let csv = QuoteExport.csv([quote(text: "We will " + Self.osc52 + " \u{9B}31m\u{202E}win", url: nil)])
    #expect(Self.obeyed(csv).isEmpty, "\(csv.debugDescription)")
    #expect(csv.contains("\\x1b]52;c;cm0gLXJmIH4=\\x07"))
    #expect(CSVField.quoted("\t=1+2") == "'\t=1+2")
    #expect(CSVField.quoted("\r=1+2") == "'\\x0d=1+2")
  }

  @Test func jsonEscapesC1ControlsAndBidiOverridesAndDecodesToTheSameText() throws {
    let text = "We will \u{9B}31m\u{202E}win " + Self.osc52
    let json = QuoteExport.json([quote(text: text, url: nil)])
    #expect(Self.obeyed(json).isEmpty, "\(json.debugDescription)")
    #expect(json.contains("\\u009b31m\\u202ewin"))
    let back = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(back.first?["text"] as? String == text)
  }

  @Test func pasteSafeTextIsOneLineWithoutControlsOrBidiOverrides() {
    #expect(TextEscaping.pasteSafe("We will\n\nwin\u{1B}[201~ rm\u{202E}\tx\u{2028}y") == "We will win [201~ rm x y")
    #expect(TextEscaping.pasteSafe("plain “text”") == "plain “text”")
  }

  /// On one line (the CLI's text table), a quote that runs on into the next paragraph shows
  /// the break as ` ¶ `, and its controls stay escaped.
  @Test func aParagraphBreakOnOneLineIsAPilcrow() {
    #expect(TextEscaping.visible("the late boats.\n\n“Nobody wants that.\tTruly", singleLine: true) == "the late boats. ¶ “Nobody wants that. Truly")
    #expect(TextEscaping.visible("\nwin\u{1B}[2J\n", singleLine: true) == "win\\x1b[2J")
    #expect(TextEscaping.visible("two\nlines") == "two\nlines")
  }

  /// A partial quote already carries the marks of the words it quotes: no marks around it all.
  @Test func onlyAWholeQuoteIsPrintedInQuotationMarks() {
    #expect(quote(text: "We will rebuild", url: nil).printed == "“We will rebuild”")
    #expect(quote(text: "the call was \"excellent.\"", url: nil).printed == "the call was \"excellent.\"")
    #expect(quote(text: "the call was \"excellent.\"", url: nil).citation.hasPrefix("the call was \"excellent.\" — Zheng Jian"))
  }
}
