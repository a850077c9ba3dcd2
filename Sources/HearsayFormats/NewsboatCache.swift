import Foundation
import GRDB
import HearsayCore

/// newsboat's cache (`~/.local/share/newsboat/cache.db`): its feeds' items as a
/// collection. The database is opened read-only with a busy timeout, so Hearsay can read
/// it while newsboat runs and never changes it. Item content is HTML; the text is
/// extracted as for saved pages. Ids are newsboat's item ids.
public struct NewsboatCache: ArticleCollection {
  public init() {}

  public func contains(path: String) -> Bool {
    guard path.hasSuffix(".db"), let head = try? RegularFile.handle(path).read(upToCount: 16) else { return false }
    guard head.starts(with: Array("SQLite format 3".utf8)) else { return false }
    return (try? open(path).read { db in try db.tableExists("rss_item") }) == true
  }

  public func forEach(path: String, _ body: (CollectionRecord) -> Bool) throws(ArticleLoadError) {
    do {
      try open(path).read { db in
        let rows = try Row.fetchCursor(db, sql: Self.query + " ORDER BY i.pubDate DESC, i.id")
        var number = 0
        while let row = try rows.next() {
          number += 1
          if !body((number, .success(Self.article(row, path: path)))) { break }
        }
      }
    } catch let error as ArticleLoadError {
      throw error
    } catch {
      throw .unreadable(path: path, reason: "newsboat cache: \(error)")
    }
  }

  public func article(id: String, in path: String) throws(ArticleLoadError) -> Article {
    guard let n = Int64(id) else { throw .notFound(path: "\(path)#\(id)") }
    let row: Row?
    do {
      row = try open(path).read { db in try Row.fetchOne(db, sql: Self.query + " AND i.id = ?", arguments: [n]) }
    } catch {
      throw .unreadable(path: path, reason: "newsboat cache: \(error)")
    }
    guard let row else { throw .notFound(path: "\(path)#\(id)") }
    return Self.article(row, path: path)
  }

  static let query = """
    SELECT i.id, i.title, i.author, i.url, i.pubDate, i.content, f.title AS feed
    FROM rss_item i LEFT JOIN rss_feed f ON f.rssurl = i.feedurl
    WHERE i.deleted = 0
    """

  /// Read-only, waiting up to five seconds when newsboat is writing.
  private func open(_ path: String) throws -> DatabaseQueue {
    var config = Configuration()
    config.readonly = true
    config.busyMode = .timeout(5)
    config.label = "newsboat-cache"
    return try DatabaseQueue(path: path, configuration: config)
  }

  static func article(_ row: Row, path: String) -> Article {
    let id: Int64 = row["id"]
    let title: String? = row["title"]
    let pubDate: Int64? = row["pubDate"]
    let html: String = row["content"] ?? ""
    let page = HTMLPage.parse("<html><body>" + html + "</body></html>")
    let date = pubDate.map { Date(timeIntervalSince1970: TimeInterval($0)) }
    return PlainTextFormat.compose(
      path: "\(path)#\(id)", title: title, dateText: date.map(PlainTextFormat.isoDate), date: date,
      body: page.paragraphs.isEmpty ? HTMLPage.normalise(html) : page.paragraphs.joined(separator: "\n\n"),
      metadata: ["author": row["author"] as String?, "url": row["url"] as String?, "source": row["feed"] as String?])
  }
}
