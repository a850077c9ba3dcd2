import Foundation
import HearsayCore
import Ink

/// Markdown as a reader sees it: Ink renders it (front matter into metadata), and the
/// HTML extractor turns that into plain text, so emphasis and links read as words and a
/// block quote stays a quotation. Offsets refer to that text, which `hearsay show` prints.
public struct RenderedMarkdownFormat: ArticleFormat {
  public init() {}

  public func accepts(path: String, text: String) -> Bool { MarkdownFormat().accepts(path: path, text: text) }

  public func article(path: String, text: String) -> Article {
    let markdown = MarkdownParser().parse(text)
    let page = HTMLPage.parse("<html><body>" + markdown.html + "</body></html>")
    var paragraphs = page.paragraphs
    // The first heading, as Ink renders it to plain words, else the front matter's title.
    let title = markdown.title ?? markdown.metadata["title"].map { Self.unquote($0).filter { !"*_`".contains($0) } }
    if let title, paragraphs.first == title { paragraphs.removeFirst() }
    var metadata: [String: String?] = [:]
    for (key, value) in markdown.metadata where key != "title" && key != "date" { metadata[key] = Self.unquote(value) }
    return PlainTextFormat.compose(path: path, title: title, dateText: markdown.metadata["date"].map(Self.unquote),
                                   body: paragraphs.joined(separator: "\n\n"), metadata: metadata)
  }

  static func unquote(_ s: String) -> String {
    let t = s.trimmingCharacters(in: .whitespaces)
    if t.count >= 2, let f = t.first, f == "\"" || f == "'", t.last == f { return String(t.dropFirst().dropLast()) }
    return t
  }
}
