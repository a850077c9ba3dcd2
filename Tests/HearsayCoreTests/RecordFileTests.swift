import Foundation
import Testing
@testable import HearsayCore

/// News datasets: JSON Lines and JSON arrays, one article per record, bad records named
/// by line, fields mapped.
struct RecordFileTests {
  static func write(_ text: String, ext: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-records-\(UUID()).\(ext)")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  static func records(_ path: String, map: RecordFile.FieldMap = .init()) throws -> [RecordFile.Record] {
    var out: [RecordFile.Record] = []
    try RecordFile.forEach(path: path, map: map) { out.append($0); return true }
    return out
  }

  @Test func jsonLinesGivesOneArticlePerRecordAndNamesBadLines() throws {
    let path = try Self.write("""
      {"title": "Tram plan backed", "text": "“The tram is the future,” said Mayor Lena Ortiz.", "date": "2026-05-01", "source_domain": "x.example", "authors": ["A. Writer"]}

      not json at all
      {"title": "No body", "date": "2026-05-02"}
      {"headline": "Rain stops play", "maintext": "The referee said the pitch was unplayable.", "date_publish": "2026-05-03 10:00:00"}
      """, ext: "jsonl")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let records = try Self.records(path)
    #expect(records.count == 4)
    let first = try records[0].result.get()
    #expect(first.title == "Tram plan backed")
    #expect(first.metadata["source"] == "x.example")
    #expect(first.metadata["author"] == "A. Writer")
    #expect(first.path == path + "#1")
    guard case .failure(let bad) = records[1].result else { Issue.record("a line that is not JSON must fail"); return }
    #expect(bad == .badRecord(path: path, line: 3, reason: "not a JSON object"))
    #expect(bad.description.hasSuffix(":3: not a JSON object, skipped"))
    guard case .failure(.badRecord(_, let line, _)) = records[2].result else { Issue.record("record without text must fail"); return }
    #expect(line == 4)
    let last = try records[3].result.get()
    #expect(last.title == "Rain stops play")
    let analysis = Pipeline.standard.analyse(first)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "The tram is the future")) == "Lena Ortiz")
  }

  /// A dataset's text encoded twice is read as it was meant, as a file's is.
  @Test func aRecordsTextEncodedTwiceIsReadAsMeant() throws {
    let path = try Self.write("""
      {"title": "Fran\u{C3}\u{A7}ois speaks", "text": "Fran\u{C3}\u{A7}ois Delattre said Guant\u{C3}\u{A1}namo must close."}
      """, ext: "jsonl")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let article = try #require(try Self.records(path).first).result.get()
    #expect(article.title == "François speaks")
    #expect(article.text.contains("François Delattre said Guantánamo must close."))
    #expect(article.diagnostics.first?.code == .convertedEncoding)
  }

  @Test func jsonArrayIsReadElementByElement() throws {
    let path = try Self.write("[\n {\"title\": \"A\", \"body\": \"\\\"Yes, {really}\\\" said Bo Lind.\"},\n {\"title\": \"B [two]\", \"body\": \"Nothing said.\"}\n]", ext: "json")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let records = try Self.records(path)
    #expect(records.count == 2)
    #expect(try records[1].result.get().title == "B [two]")
    #expect(try ArticleLoader().load(path: path + "#2").title == "B [two]")
  }

  @Test func fieldMappingReadsOtherShapes() throws {
    let path = try Self.write("{\"hed\": \"Custom\", \"story\": \"It works, said Ann Lee.\"}\n", ext: "jsonl")
    defer { try? FileManager.default.removeItem(atPath: path) }
    var map = RecordFile.FieldMap()
    try map.apply("title=hed,text=story")
    let article = try Self.records(path, map: map)[0].result.get()
    #expect(article.title == "Custom")
    #expect(throws: ArticleLoadError.self) { var m = RecordFile.FieldMap(); try m.apply("colour=red") }
  }

  @Test func manyRecordsStreamWithoutHoldingTheFile() throws {
    let line = "{\"title\": \"T\", \"text\": \"Short text, said Ann Lee.\"}\n"
    let path = try Self.write(String(repeating: line, count: 20_000), ext: "jsonl")
    defer { try? FileManager.default.removeItem(atPath: path) }
    var count = 0
    try RecordFile.forEach(path: path) { record in
      if case .success = record.result { count += 1 }
      return true
    }
    #expect(count == 20_000)
  }

  /// A record cut mid-string ends at its line: the records after it are still read, and a
  /// large valid record after a broken line is not lost either.
  @Test func aTruncatedRecordLosesNothingAfterIt() throws {
    let big = String(repeating: "The council voted again. ", count: 40_000)
    let path = try Self.write("""
      {"title": "a", "text": "Said Ann Lee."}
      {"title": "b", "text": "cut
      {"title": "c", "text": "Said Bo Lind."}
      {"title": "d", "text": "\(big)"}
      {"title": "e", "text": "Said Cy Moe.\\"}

      """, ext: "jsonl")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let records = try Self.records(path)
    #expect(records.map(\.number) == [1, 2, 3, 4, 5])
    #expect(try records.filter { (try? $0.result.get()) != nil }.map { try $0.result.get().title } == ["a", "c", "d"])
    guard case .failure(.badRecord(_, let line, _)) = records[1].result else { Issue.record("the cut record is reported"); return }
    #expect(line == 2)
    guard case .failure(.badRecord(_, let last, _)) = records[4].result else { Issue.record("an escaped quote leaves the string open"); return }
    #expect(last == 5)
  }

  /// A pretty-printed JSON document is one value over many lines: a settings or gold file
  /// holds no articles (one error, not one per line); one article object is its record.
  @Test func aPrettyPrintedDocumentIsOneArticleOrNone() throws {
    let article = try Self.write("{\n  \"title\": \"Pretty\",\n  \"text\": \"The bridge is safe, said Ann Lee.\"\n}\n", ext: "json")
    defer { try? FileManager.default.removeItem(atPath: article) }
    let records = try Self.records(article)
    #expect(records.count == 1)
    #expect(try records.first?.result.get().title == "Pretty")
    let settings = try Self.write("{\n  \"quotes\": [\n    {\"start\": 1}\n  ],\n  \"ignore\": []\n}\n", ext: "json")
    defer { try? FileManager.default.removeItem(atPath: settings) }
    var seen = 0
    #expect(throws: ArticleLoadError.notArticles(path: settings, reason: "not a JSON object")) {
      try RecordFile.forEach(path: settings) { _ in seen += 1; return true }
    }
    #expect(seen == 0)
  }
}
