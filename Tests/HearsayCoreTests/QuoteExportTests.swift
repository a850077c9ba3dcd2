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
}
