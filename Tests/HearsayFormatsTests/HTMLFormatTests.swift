import Foundation
import HearsayCore
import HearsayTestSupport
import Testing
@testable import HearsayFormats

/// Analyses through the standard loader (HTML included).
enum Pages {
  static let samples = URL(fileURLWithPath: PackageRoot.samples)

  static func sample(_ name: String) throws -> ArticleAnalysis {
    Pipeline.standard.analyse(try ArticleLoader.standard.load(path: samples.appendingPathComponent(name).path))
  }

  static func analyse(_ text: String, path: String) throws -> ArticleAnalysis {
    Pipeline.standard.analyse(try ArticleLoader.standard.parse(bytes: Array(text.utf8), path: path))
  }
}

extension ArticleAnalysis {
  func quote(startingWith prefix: String) -> Quote? { quotes.first { article.substring($0.content).hasPrefix(prefix) } }
  func speakerName(of quote: Quote?) -> String? { quote?.speaker.map { speakers[$0].name } }
  func text(_ quote: Quote) -> String { article.substring(quote.content) }
}

/// Saved web pages: the article body without the page's clutter, metadata from Open
/// Graph and JSON-LD, and tolerance of broken markup.
struct HTMLFormatTests {
  @Test func savedNewsPageKeepsTheArticleAndDropsTheClutter() throws {
    let analysis = try Pages.sample("14-saved-news-page.html")
    let a = analysis.article
    #expect(a.title == "Port strike ends after 11 days as dockworkers accept pay deal")
    #expect(a.dateText == "2026-10-21T18:30:00Z")
    #expect(a.date != nil)
    #expect(a.metadata["author"] == "Nadia Rahman")
    #expect(a.metadata["source"] == "The Harbour Courier")
    #expect(a.metadata["url"] == "https://courier.example/news/port-strike-ends")
    for clutter in ["cookies", "Share on X", "Strike enters second week", "Sign up", "All rights reserved", "dataLayer", "font-family", "Home"] {
      #expect(!a.text.contains(clutter), "\(clutter) leaked into the article text")
    }
    #expect(a.text.contains("the union’s branch secretary"), "entities are decoded")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "Nobody wanted this")) == "Joseph Mwangi")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the backlog could take")) == "Helen Carver")
    #expect(analysis.quote(startingWith: "We have shown what this workforce") != nil, "a block quote stays a quote")
  }

  @Test func brokenMarkupStillYieldsTheParagraphs() throws {
    let html = "<html><head><title>Broken page</title></head><body><div><p>First paragraph with <b>bold text<p>\"It still works,\" said Ada Lovelace.<div class='share'>Share</div></body>"
    let analysis = try Pages.analyse(html, path: "broken.html")
    #expect(analysis.article.title == "Broken page")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "It still works")) == "Ada Lovelace")
    #expect(!analysis.article.text.contains("Share"))
  }

  /// libxml2 stops building the tree 256 elements deep, which left a page nested deeper
  /// with no text at all; ten thousand levels must not exhaust a thread's stack either.
  @Test(arguments: [300, 10_000])
  func deeplyNestedMarkupStillYieldsItsTextAndSaysSo(_ depth: Int) throws {
    let html = "<html><head><title>Deep page</title></head><body>" + String(repeating: "<div>", count: depth)
      + "<p>\"It still reads,\" said Ada Lovelace.</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
    let analysis = try Pages.analyse(html, path: "deep.html")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "It still reads")) == "Ada Lovelace")
    // html, body, the divs, p.
    #expect(analysis.diagnostics.contains { $0.code == .deepMarkup && $0.message.contains("nested \(depth + 3) deep") })
  }

  @Test func offsetsReferToTheExtractedText() throws {
    let analysis = try Pages.sample("14-saved-news-page.html")
    for q in analysis.quotes {
      let slice = String(String.UnicodeScalarView(analysis.article.scalars[q.content.start..<q.content.end]))
      #expect(slice == analysis.text(q))
    }
  }
}

/// Markdown read as rendered text: emphasis and links become words, block quotes stay quotes.
struct RenderedMarkdownTests {
  @Test func emphasisAndLinksReadAsWordsAndBlockQuotesStayQuotes() throws {
    let md = "---\ntitle: \"Budget vote delayed\"\ndate: 2026-03-01\nsource: Northgate News Agency\n---\n\n# Budget *vote* delayed\n\nThe **council** said the [vote](https://x.example) would move to *Friday*.\n\n> We need more time to read the figures.\n\n\"It is a mess,\" said `councillor` Ana Ruiz.\n"
    let analysis = try Pages.analyse(md, path: "budget.md")
    let a = analysis.article
    #expect(a.title == "Budget vote delayed")
    #expect(a.dateText == "2026-03-01")
    #expect(a.metadata["source"] == "Northgate News Agency")
    #expect(a.text.contains("The council said the vote would move to Friday."))
    #expect(!a.text.contains("**") && !a.text.contains("](") && !a.text.contains("`"))
    #expect(analysis.quote(startingWith: "We need more time") != nil)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "It is a mess")) == "Ana Ruiz")
  }
}
