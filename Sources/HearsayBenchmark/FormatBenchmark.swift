import Foundation
import GRDB
import HearsayCore
import HearsayFormats

/// Loading throughput per format (no analysis): the same generated articles written as
/// plain text, Markdown, HTML pages with clutter, one JSON Lines file and a newsboat cache.
enum FormatBenchmark {
  static func run(_ articles: [String]) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-formats-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let loader = ArticleLoader.standard
    var jsonl = ""
    let cache = try DatabaseQueue(path: dir.appendingPathComponent("cache.db").path)
    try cache.write { db in
      try db.execute(sql: "CREATE TABLE rss_feed (rssurl TEXT PRIMARY KEY, url TEXT, title TEXT); CREATE TABLE rss_item (id INTEGER PRIMARY KEY, title TEXT, author TEXT, url TEXT, feedurl TEXT, pubDate INTEGER, content TEXT, deleted INTEGER DEFAULT 0); INSERT INTO rss_feed VALUES ('f', 'u', 'Feed')")
    }
    var sizes: [String: Int] = [:]
    for (i, text) in articles.enumerated() {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let title = String(lines[1])
      let body = lines.dropFirst(4).joined(separator: "\n")
      let paragraphs = body.split(separator: "\n", omittingEmptySubsequences: true)
      let html = "<html><head><title>\(title)</title><meta property=\"og:title\" content=\"\(title)\"></head><body><nav><a href='/'>Home</a></nav><article><h1>\(title)</h1>"
        + paragraphs.map { "<p>\($0)</p>" }.joined() + "</article><footer>© Example</footer></body></html>"
      let markdown = "---\ntitle: \(title)\ndate: 2026-03-01\n---\n\n# \(title)\n\n" + paragraphs.joined(separator: "\n\n")
      for (ext, content) in [("txt", text), ("md", markdown), ("html", html)] {
        try content.write(to: dir.appendingPathComponent("\(ext)/\(i).\(ext)").creatingParent(), atomically: false, encoding: .utf8)
        sizes[ext, default: 0] += content.utf8.count
      }
      let record = try JSONSerialization.data(withJSONObject: ["title": title, "text": body, "date": "2026-03-01"])
      jsonl += String(decoding: record, as: UTF8.self) + "\n"
      try cache.write { db in
        try db.execute(sql: "INSERT INTO rss_item (title, author, url, feedurl, pubDate, content) VALUES (?, 'A', 'u', 'f', 1767225600, ?)",
                       arguments: [title, paragraphs.map { "<p>\($0)</p>" }.joined()])
      }
    }
    try jsonl.write(to: dir.appendingPathComponent("data.jsonl"), atomically: false, encoding: .utf8)
    sizes["jsonl"] = jsonl.utf8.count
    sizes["newsboat"] = sizes["html"]
    for ext in ["txt", "md", "html"] {
      let files = ArticleLoader.expand(paths: [dir.appendingPathComponent(ext).path])
      let t0 = DispatchTime.now().uptimeNanoseconds
      for f in files { _ = try loader.load(path: f) }
      report(ext, count: files.count, bytes: sizes[ext]!, since: t0)
    }
    for (name, path) in [("jsonl", dir.appendingPathComponent("data.jsonl").path), ("newsboat", dir.appendingPathComponent("cache.db").path)] {
      let t0 = DispatchTime.now().uptimeNanoseconds
      var count = 0
      try loader.collection(for: path)!.forEach(path: path) { _ in count += 1; return true }
      report(name, count: count, bytes: sizes[name]!, since: t0)
    }
  }

  static func report(_ name: String, count: Int, bytes: Int, since t0: UInt64) {
    let s = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
    print(String(format: "  load %-8@ %6d articles, %6.1f MB in %.2f s: %.1f MB/s, %.0f articles/s", name as NSString, count, Double(bytes) / 1e6, s, Double(bytes) / 1e6 / s, Double(count) / s))
  }
}

extension URL {
  func creatingParent() throws -> URL {
    try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
    return self
  }
}
