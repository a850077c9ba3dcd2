import Foundation
import HearsayCore
import Testing
@testable import HearsayFormats

/// Broken pages and broken dataset lines, generated: nothing crashes, offsets stay inside
/// the extracted text.
struct RandomFormatTests {
  static let pieces = ["<p>", "</p>", "<div class='share'>", "</div>", "<article>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#x1F600;",
                       "&bogus;", "<blockquote>", "“", "”", "\"", "said", "Ada Lovelace", " ", "\n", "<meta property='og:title' content='T'>",
                       "<![CDATA[x]]>", "<time datetime='2026-01-01'>", "<", ">", "/", "=", "'", "\u{0}", "é", "漢字", "<br>", "<li><a href=x>", "</a>"]

  @Test func randomHTMLNeverBreaksExtraction() throws {
    var state: UInt64 = 7
    func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(truncatingIfNeeded: state >> 33) }
    for _ in 0..<1500 {
      var html = "<html><body>"
      for _ in 0..<(next() % 150) { html += Self.pieces[next() % Self.pieces.count] }
      let article = HTMLFormat().article(path: "r.html", text: html)
      let a = Pipeline.standard.analyse(article)
      #expect(a.invariantViolations().isEmpty, "\(a.invariantViolations())")
    }
  }

  @Test func randomDatasetLinesAreSkippedOneByOne() throws {
    var state: UInt64 = 11
    func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(truncatingIfNeeded: state >> 33) }
    let parts = ["{", "}", "[", "]", "\"text\"", ":", "\"a \\\" b\"", ",", "\n", "null", "1", "\"title\"", " ", "\\", "\"x\""]
    var text = ""
    for _ in 0..<10_000 { text += parts[next() % parts.count] }
    // One real record among the garbage: the failures held before it still come out, in order.
    text += "\n{\"title\": \"real\", \"text\": \"The bridge is safe, said Ann Lee.\"}\n"
    for _ in 0..<10_000 { text += parts[next() % parts.count] }
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-random-\(UUID()).jsonl")
    try text.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    var numbers: [Int] = []
    var articles = 0
    try RecordFile.forEach(path: url.path) { record in
      numbers.append(record.number)
      if case .success = record.result { articles += 1 }
      return true
    }
    #expect(articles >= 1)
    #expect(numbers.count > 1)
    #expect(numbers == numbers.sorted(), "records arrive in file order")
  }
}
