import CHTMLParser
import Foundation
import HearsayCore

/// Web pages saved from news sites. libxml2's forgiving HTML parser builds the tree; the
/// article body is the `<article>` (or `articleBody`, `<main>`, or the element holding
/// the most paragraph text), without navigation, scripts, share bars, related links,
/// cookie banners or footers. Title, date, author and outlet come from Open Graph and
/// JSON-LD metadata. The article's text — what offsets refer to — is the extracted plain
/// text (`hearsay show` prints it).
public struct HTMLFormat: ArticleFormat {
  public init() {}

  public func accepts(path: String, text: String) -> Bool {
    let lower = path.lowercased()
    if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return true }
    let head = text.prefix(512).drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(20).lowercased()
    return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
  }

  public func article(path: String, text: String) -> Article {
    let page = HTMLPage.parse(text)
    var article = PlainTextFormat.compose(path: path, title: page.title, dateText: page.dateText, body: page.paragraphs.joined(separator: "\n\n"),
                                          metadata: ["author": page.author, "source": page.outlet, "url": page.url])
    if page.depth > HTMLPage.usualDepth {
      article.diagnostics.append(Diagnostic(.deepMarkup,
        "elements nested \(page.depth) deep (parsers usually stop at \(HTMLPage.usualDepth)): the text was read to the bottom, but the page may be damaged or hostile"))
    }
    return article
  }
}

/// A node of libxml2's tree, through the C window.
typealias Node = UnsafeMutableRawPointer

/// What the extractor found in one HTML page.
struct HTMLPage {
  var title: String?
  var dateText: String?
  var author: String?
  var outlet: String?
  var url: String?
  var paragraphs: [String] = []
  /// How deep the page's elements are nested.
  var depth = 0
  /// Where libxml2 stops building the tree unless told not to.
  static let usualDepth = 256

  /// Tags whose whole subtree is never article text.
  static let dropped: Set<String> = ["script", "style", "nav", "aside", "footer", "header", "form", "noscript", "iframe", "svg",
                                     "button", "select", "template", "figure", "menu", "dialog"]
  /// Words in a class or id that mark clutter.
  static let clutter = ["share", "social", "related", "cookie", "consent", "banner", "newsletter", "promo", "advert", "ad-",
                        "ads", "comment", "subscribe", "breadcrumb", "menu", "navbar", "sidebar", "footer", "popup", "paywall",
                        "recommend", "outbrain", "taboola", "toolbar", "byline-share", "tags"]
  /// Block elements whose text is one paragraph.
  static let blocks: Set<String> = ["p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre"]

  static func parse(_ html: String) -> HTMLPage {
    var page = HTMLPage()
    let bytes = Array(html.utf8)
    guard !bytes.isEmpty, let doc = bytes.withUnsafeBufferPointer({ buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { hh_parse($0, Int32(buffer.count)) }
    }) else { return page }
    defer { hh_free_doc(doc) }
    guard let root = hh_root(doc) else { return page }
    page.depth = depth(of: root)
    page.readMetadata(root)
    let body = bodyRoot(root) ?? root
    page.collect(body)
    if page.title == nil, let h1 = first(root, named: "h1") { page.title = text(of: h1) }
    if let title = page.title, page.paragraphs.first == title { page.paragraphs.removeFirst() }
    return page
  }

  // MARK: - Metadata

  private mutating func readMetadata(_ root: Node) {
    var titleTag: String?
    Self.walk(root) { node in
      let name = Self.name(node)
      switch name {
      case "meta":
        let key = (Self.attribute(node, "property") ?? Self.attribute(node, "name") ?? Self.attribute(node, "itemprop") ?? "").lowercased()
        let content = Self.attribute(node, "content").map(Self.normalise)
        switch key {
        case "og:title", "twitter:title": title = title ?? content
        case "article:published_time", "datepublished", "date", "pubdate", "publish-date": dateText = dateText ?? content
        case "author", "article:author": author = author ?? content
        case "og:site_name", "application-name": outlet = outlet ?? content
        case "og:url": url = url ?? content
        default: break
        }
      case "title": titleTag = titleTag ?? Self.text(of: node)
      case "time": dateText = dateText ?? Self.attribute(node, "datetime")
      case "script" where Self.attribute(node, "type")?.lowercased() == "application/ld+json":
        readJSONLD(Self.rawText(node))
      case "link" where Self.attribute(node, "rel") == "canonical": url = url ?? Self.attribute(node, "href")
      default: break
      }
      return true
    }
    if title == nil, let t = titleTag {
      // `Headline | Outlet`: keep the headline.
      title = t.components(separatedBy: " | ").first.map { $0.components(separatedBy: " - ").first ?? $0 }
    }
  }

  private mutating func readJSONLD(_ json: String) {
    guard let data = json.data(using: .utf8), let value = try? JSONSerialization.jsonObject(with: data) else { return }
    let objects: [[String: Any]]
    if let list = value as? [[String: Any]] { objects = list }
    else if let one = value as? [String: Any] { objects = (one["@graph"] as? [[String: Any]]) ?? [one] }
    else { return }
    for o in objects {
      let type = (o["@type"] as? String) ?? ((o["@type"] as? [String])?.first ?? "")
      guard type.hasSuffix("Article") || type == "NewsArticle" || type == "Report" else { continue }
      title = title ?? (o["headline"] as? String)
      dateText = dateText ?? (o["datePublished"] as? String)
      if author == nil {
        if let a = o["author"] as? [String: Any] { author = a["name"] as? String }
        else if let list = o["author"] as? [[String: Any]] { author = list.compactMap { $0["name"] as? String }.joined(separator: ", ") }
        else { author = o["author"] as? String }
      }
      if outlet == nil, let p = o["publisher"] as? [String: Any] { outlet = p["name"] as? String }
    }
  }

  // MARK: - Body

  private static func bodyRoot(_ root: Node) -> Node? {
    if let article = first(root, named: "article") { return article }
    var found: Node?
    walk(root) { node in
      if found == nil, attribute(node, "itemprop") == "articleBody" { found = node }
      return found == nil
    }
    if let found { return found }
    return first(root, named: "main") ?? densest(root)
  }

  /// The element with the most text in direct `<p>` children.
  private static func densest(_ root: Node) -> Node? {
    var best: (node: Node, score: Int)?
    walk(root) { node in
      if isClutter(node) { return false }
      var score = 0
      var child = hh_children(node)
      while let c = child {
        if name(c) == "p" { score += text(of: c).count }
        child = hh_next(c)
      }
      if score > (best?.score ?? 0) { best = (node, score) }
      return true
    }
    return best?.node
  }

  private mutating func collect(_ node: Node) {
    Self.walk(node) { n in
      if Self.isClutter(n) { return false }
      let name = Self.name(n)
      guard Self.blocks.contains(name) else { return true }
      // A list item that only holds links is navigation, not text.
      if name == "li", Self.linkShare(n) > 0.6 { return false }
      var text = Self.text(of: n)
      guard text.count > 1 else { return false }
      if name == "blockquote", !text.contains(where: { "\"“”«»„'‘’".contains($0) }) { text = "“" + text + "”" }
      paragraphs.append(text)
      return false
    }
  }

  // MARK: - Tree helpers

  static func isClutter(_ node: Node) -> Bool {
    guard hh_type(node) == Int32(HH_ELEMENT) else { return false }
    if dropped.contains(name(node)) { return true }
    if attribute(node, "hidden") != nil || attribute(node, "aria-hidden") == "true" { return true }
    let marks = ((attribute(node, "class") ?? "") + " " + (attribute(node, "id") ?? "") + " " + (attribute(node, "role") ?? "")).lowercased()
    if marks.contains("navigation") || marks.contains("contentinfo") { return true }
    let words = marks.split { !$0.isLetter && $0 != "-" }
    return words.contains { w in clutter.contains { w == $0 || w.hasPrefix($0 + "-") || w.hasSuffix("-" + $0) } }
  }

  /// Visits elements depth first; `visit` returns whether to descend.
  static func walk(_ root: Node, _ visit: (Node) -> Bool) {
    walkNodes(root) { node, _ in hh_type(node) == Int32(HH_ELEMENT) && visit(node) }
  }

  /// Visits every node under `root` (text too) depth first, in document order, with its
  /// depth below `root`; `visit` returns whether to descend. No recursion: a page nested
  /// ten thousand deep must not exhaust a thread's stack.
  static func walkNodes(_ root: Node, _ visit: (Node, Int) -> Bool) {
    var next: Node? = root
    var depth = 0
    while let node = next {
      if visit(node, depth), let child = hh_children(node) {
        next = child
        depth += 1
        continue
      }
      // The next sibling of the node or of the nearest ancestor that has one, below `root`.
      next = nil
      var at = node
      while at != root {
        if let sibling = hh_next(at) {
          next = sibling
          break
        }
        guard let parent = hh_parent(at) else { break }
        at = parent
        depth -= 1
      }
    }
  }

  /// How many elements deep the tree under `root` goes.
  static func depth(of root: Node) -> Int {
    var deepest = 0
    walkNodes(root) { node, depth in
      guard hh_type(node) == Int32(HH_ELEMENT) else { return false }
      deepest = max(deepest, depth + 1)
      return true
    }
    return deepest
  }

  static func first(_ root: Node, named wanted: String) -> Node? {
    var found: Node?
    walk(root) { node in
      if found == nil, name(node) == wanted, !isClutter(node) { found = node }
      return found == nil && !isClutter(node)
    }
    return found
  }

  static func name(_ node: Node) -> String {
    hh_name(node).map { String(cString: $0).lowercased() } ?? ""
  }

  static func attribute(_ node: Node, _ name: String) -> String? {
    guard let value = hh_attribute(node, name) else { return nil }
    defer { hh_free_string(value) }
    return String(cString: value)
  }

  /// The text of a subtree without clutter, whitespace collapsed, entities decoded.
  static func text(of node: Node) -> String {
    var out = ""
    walkNodes(node) { n, _ in
      let type = hh_type(n)
      if type == Int32(HH_TEXT) || type == Int32(HH_CDATA), let c = hh_text(n) {
        out += String(cString: c)
        return false
      }
      guard type == Int32(HH_ELEMENT), !isClutter(n) else { return false }
      if name(n) == "br" { out += " " }
      return true
    }
    return normalise(out)
  }

  static func rawText(_ node: Node) -> String {
    guard let c = hh_content(node) else { return "" }
    defer { hh_free_string(c) }
    return String(cString: c)
  }

  /// Share of a subtree's text that sits inside links.
  static func linkShare(_ node: Node) -> Double {
    let total = text(of: node).count
    guard total > 0 else { return 0 }
    var linked = 0
    walk(node) { n in
      if name(n) == "a" {
        linked += text(of: n).count
        return false
      }
      return true
    }
    return Double(linked) / Double(total)
  }

  static func normalise(_ s: String) -> String {
    s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
