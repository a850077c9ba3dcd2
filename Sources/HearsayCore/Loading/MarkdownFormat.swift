/// Markdown with an optional front-matter block (`---` … `---`) of `key: value` lines
/// giving title, date, source and url. The body is laid out like plain text, with `#`
/// headings taken as the headline.
public struct MarkdownFormat: ArticleFormat {
  public init() {}

  public func accepts(path: String, text: String) -> Bool {
    let lower = path.lowercased()
    return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || text.hasPrefix("---\n")
      || text.hasPrefix("---\r\n")
  }

  public func article(path: String, text: String) -> Article {
    var article = Article(path: path, text: text, blocks: [])
    let text = article.storage
    let lines = LineSplitter.lines(text, in: TextRange(0, text.count))
    var bodyStart = 0
    var metadata: [String: String] = [:]
    if let first = lines.first, article.substring(first.range).trimmingCharacters(in: .whitespaces) == "---" {
      for line in lines.dropFirst() {
        let t = article.substring(line.range)
        if t.trimmingCharacters(in: .whitespaces) == "---" {
          bodyStart = line.range.end
          break
        }
        if let colon = t.firstIndex(of: ":") {
          let key = t[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
          var value = t[t.index(after: colon)...].trimmingCharacters(in: .whitespaces)
          if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
            value = String(value.dropFirst().dropLast())
          }
          metadata[key] = value
        }
      }
      if bodyStart > 0 {
        article.blocks.append(Article.Block(range: TextRange(0, bodyStart), role: .metadata))
      }
    }
    var blocks = PlainTextFormat.layout(article.storage, in: TextRange(bodyStart, text.count))
    for i in blocks.indices where text.scalar(at: blocks[i].range.start) == "#" {
      blocks[i].role = .headline
    }
    if metadata["title"] != nil {
      // A front-matter title is the headline; the first line is then body, not a headline.
      for i in blocks.indices where blocks[i].role == .headline && text.scalar(at: blocks[i].range.start) != "#" {
        blocks[i].role = .body
      }
    }
    article.blocks.append(contentsOf: blocks)
    PlainTextFormat.fillMetadata(&article)
    if let title = metadata.removeValue(forKey: "title") { article.title = title }
    if let date = metadata.removeValue(forKey: "date") {
      article.dateText = date
      article.date = DateLineParser.parse(date)
    }
    if article.title == nil || article.title!.hasPrefix("#") {
      article.title = article.title.map { String($0.drop { $0 == "#" || $0 == " " }) }
    }
    article.metadata = metadata
    return article
  }
}
