import Foundation

/// News datasets as JSON Lines or JSON arrays: each record is one article. Records are
/// read one at a time — a JSON Lines file line by line, an array object by object — so a
/// file of 100,000 records never has to be held whole as parsed JSON.
public struct RecordFile: Sendable {
  /// Which record field holds what, tried in order; `--map text=story` puts a field first.
  public struct FieldMap: Sendable {
    public var title = ["title", "headline", "name"]
    public var text = ["text", "content", "body", "maintext", "article", "article_text", "description"]
    public var date = ["date", "published", "date_publish", "published_at", "pubDate", "datePublished", "publish_date"]
    public var url = ["url", "link", "source_url"]
    public var source = ["source", "source_domain", "outlet", "publisher", "site"]
    public var authors = ["authors", "author", "byline"]

    public init() {}

    /// Applies `field=key` pairs (`text=story,title=headline`); unknown fields are refused.
    public mutating func apply(_ spec: String) throws(ArticleLoadError) {
      for pair in spec.split(separator: ",") {
        let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[1].isEmpty else { throw .unreadable(path: spec, reason: "field mapping must look like text=story") }
        switch parts[0] {
        case "title": title.insert(parts[1], at: 0)
        case "text": text.insert(parts[1], at: 0)
        case "date": date.insert(parts[1], at: 0)
        case "url": url.insert(parts[1], at: 0)
        case "source": source.insert(parts[1], at: 0)
        case "authors", "author": authors.insert(parts[1], at: 0)
        default: throw .unreadable(path: spec, reason: "unknown field \(parts[0]) (title, text, date, url, source, authors)")
        }
      }
    }
  }

  public static let extensions: Set<String> = ["jsonl", "ndjson", "json"]

  public static func isRecordFile(_ path: String) -> Bool {
    extensions.contains(PathName.lowercasedExtension(path))
  }

  /// One record: its number (1-based), and the article or why it could not be read.
  public typealias Record = (number: Int, result: Result<Article, ArticleLoadError>)

  /// Calls `body` with each record of the file, in order, until it returns false.
  ///
  /// A file in which no record is an article — a pretty-printed JSON document, an array of
  /// something else — is not a dataset: it throws `notArticles` instead of one failure per
  /// line (unless the whole file is a single article object, which is then its record).
  /// Failures before the first article wait until one comes, so they still arrive in order.
  public static func forEach(path: String, map: FieldMap = FieldMap(), _ body: (Record) -> Bool) throws(ArticleLoadError) {
    var held: [Record] = []
    var sawArticle = false
    try forEachRecord(path: path, map: map) { record in
      if sawArticle { return body(record) }
      guard case .success = record.result else {
        held.append(record)
        return true
      }
      sawArticle = true
      for failure in held where !body(failure) { return false }
      held = []
      return body(record)
    }
    guard !sawArticle, let first = held.first else { return }
    if let article = wholeFileArticle(path: path, map: map) {
      _ = body((1, .success(article)))
      return
    }
    let reason: String
    if case .failure(.badRecord(_, _, let why)) = first.result { reason = why } else { reason = "no record is an article" }
    throw .notArticles(path: path, reason: reason)
  }

  /// One article object spread over many lines (`{\n  "title": …,\n  "text": …\n}`).
  private static func wholeFileArticle(path: String, map: FieldMap) -> Article? {
    guard let (fd, size) = try? RegularFile.open(path) else { return nil }
    let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    guard size <= 64 << 20, let data = try? handle.readToEnd() else { return nil }
    return try? article(from: [UInt8](data), path: path, number: 1, line: 1, map: map).get()
  }

  private static func forEachRecord(path: String, map: FieldMap, _ body: (Record) -> Bool) throws(ArticleLoadError) {
    let handle = try RegularFile.handle(path)
    try forEachRecord(named: path, map: map, read: { () throws(ArticleLoadError) -> [UInt8] in
      do { return [UInt8](try handle.read(upToCount: 1 << 20) ?? Data()) } catch { throw .unreadable(path: path, reason: "\(error)") }
    }, body)
  }

  /// The records of a stream, each handed over as soon as its bytes are in: `read` returns
  /// the next bytes, empty at the end. A bad record is reported to `body` and the stream goes on.
  public static func forEachRecord(named name: String, map: FieldMap, read: () throws(ArticleLoadError) -> [UInt8],
                                   _ body: (Record) -> Bool) throws(ArticleLoadError) {
    var splitter = RecordSplitter()
    var number = 0
    while true {
      let chunk = try read()
      let done = chunk.isEmpty
      for piece in done ? splitter.finish() : splitter.feed(chunk) {
        number += 1
        let result = article(from: piece.bytes, path: name, number: number, line: piece.line, map: map)
        if !body((number, result)) { return }
      }
      if done { break }
    }
  }

  /// The article of record `n` (1-based).
  public static func record(_ n: Int, path: String, map: FieldMap = FieldMap()) throws(ArticleLoadError) -> Article {
    var found: Result<Article, ArticleLoadError>?
    try forEach(path: path, map: map) { record in
      if record.number == n { found = record.result }
      return record.number < n
    }
    guard let found else { throw .notFound(path: "\(path)#\(n)") }
    return try found.get()
  }

  static func article(from bytes: [UInt8], path: String, number: Int, line: Int, map: FieldMap) -> Result<Article, ArticleLoadError> {
    guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
      return .failure(.badRecord(path: path, line: line, reason: "not a JSON object"))
    }
    func raw(_ keys: [String]) -> String? {
      for k in keys {
        if let s = object[k] as? String, !s.isEmpty { return s }
        if let list = object[k] as? [String], !list.isEmpty { return list.joined(separator: ", ") }
        if let o = object[k] as? [String: Any], let name = o["name"] as? String { return name }
      }
      return nil
    }
    // A scraped dataset's text may be encoded twice, as a file's may.
    func string(_ keys: [String]) -> String? { raw(keys).map { Mojibake.repair($0)?.text ?? $0 } }
    guard let written = raw(map.text) else {
      return .failure(.badRecord(path: path, line: line, reason: "no text field (\(map.text.prefix(4).joined(separator: ", ")), …)"))
    }
    let repaired = Mojibake.repair(written)
    var article = PlainTextFormat.compose(
      path: "\(path)#\(number)", title: string(map.title), dateText: string(map.date), body: repaired?.text ?? written,
      metadata: ["url": string(map.url), "source": string(map.source), "author": string(map.authors), "record": String(number)])
    if let repaired { article.diagnostics.insert(Mojibake.diagnostic(repaired: repaired.repaired), at: 0) }
    return .success(article)
  }
}

/// Splits a byte stream into top-level JSON values: one per line for JSON Lines, one per
/// element when the stream is a JSON array. Tracks strings and nesting, nothing more.
struct RecordSplitter {
  private var buffer: [UInt8] = []
  private var depth = 0
  private var inString = false
  private var escaped = false
  private var inArray: Bool? = nil
  private var start: Int? = nil
  private var line = 1
  private var startLine = 1

  mutating func feed(_ bytes: [UInt8]) -> [(bytes: [UInt8], line: Int)] {
    var out: [(bytes: [UInt8], line: Int)] = []
    let base = buffer.count
    buffer.append(contentsOf: bytes)
    var i = base
    while i < buffer.count {
      let b = buffer[i]
      if inArray == nil, !(b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0xEF || b == 0xBB || b == 0xBF) {
        inArray = b == UInt8(ascii: "[")
        if inArray == true { i += 1; continue }
      }
      if b == 0x0A { line += 1 }
      if inString, b == 0x0A, inArray != true {
        // A JSON string holds no raw newline: this record was cut short. It ends here, so
        // the records after it are read, not swallowed into one unterminated string.
        inString = false
        escaped = false
      } else if inString {
        if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
        i += 1
        continue
      }
      switch b {
      case UInt8(ascii: "\""):
        inString = true
        if start == nil { start = i; startLine = line }
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        if start == nil { start = i; startLine = line }
        depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        if depth == 0 && inArray == true && b == UInt8(ascii: "]") { break }
        depth -= 1
        if depth == 0, inArray == true, let s = start {
          out.append((Array(buffer[s...i]), startLine))
          start = nil
        }
      case 0x0A where inArray != true:
        if let s = start {
          out.append((Array(buffer[s..<i]), startLine))
          start = nil
        }
        depth = 0
      case 0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: ","):
        break
      default:
        if start == nil { start = i; startLine = line }
      }
      i += 1
    }
    // Keep only the unfinished record.
    if let s = start {
      buffer.removeFirst(s)
      start = 0
    } else {
      buffer.removeAll(keepingCapacity: true)
    }
    return out
  }

  mutating func finish() -> [(bytes: [UInt8], line: Int)] {
    defer { buffer.removeAll() }
    guard let s = start, s < buffer.count else { return [] }
    let rest = Array(buffer[s...])
    return rest.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) ? [] : [(rest, startLine)]
  }
}
