import Foundation
import GRDB
import HearsayCore
import HearsayTestSupport
import Testing
@testable import HearsayFormats

/// newsboat's cache, built here in newsboat's shape: read as a collection, read-only,
/// also while newsboat holds a write lock.
struct NewsboatCacheTests {
  let scratch: ScratchDirectory

  init() throws { scratch = try ScratchDirectory("newsboat") }

  func makeCache() throws -> String {
    let path = scratch.appendingPathComponent("cache.db").path
    let db = try DatabaseQueue(path: path)
    try db.write { db in
      try db.execute(sql: """
        CREATE TABLE rss_feed (rssurl VARCHAR(1024) PRIMARY KEY NOT NULL, url VARCHAR(1024) NOT NULL, title VARCHAR(1024) NOT NULL,
          lastmodified INTEGER(11) NOT NULL DEFAULT 0, is_rtl INTEGER(1) NOT NULL DEFAULT 0, etag VARCHAR(128) NOT NULL DEFAULT "");
        CREATE TABLE rss_item (id INTEGER PRIMARY KEY AUTOINCREMENT, guid VARCHAR(64) NOT NULL, title VARCHAR(1024) NOT NULL,
          author VARCHAR(1024) NOT NULL, url VARCHAR(1024) NOT NULL, feedurl VARCHAR(1024) NOT NULL, pubDate INTEGER NOT NULL,
          content VARCHAR(65535) NOT NULL, unread INTEGER(1) NOT NULL, enclosure_url VARCHAR(1024), enclosure_type VARCHAR(1024),
          enqueued INTEGER(1) NOT NULL DEFAULT 0, flags VARCHAR(52), deleted INTEGER(1) NOT NULL DEFAULT 0, base VARCHAR(128) NOT NULL DEFAULT "",
          content_mime_type VARCHAR(255) NOT NULL DEFAULT "");
        INSERT INTO rss_feed (rssurl, url, title) VALUES ('https://ledger.example/rss', 'https://ledger.example', 'The Daily Ledger');
        INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread) VALUES
          ('g1', 'Ferry fares to rise', 'Sam Okoro', 'https://ledger.example/ferry', 'https://ledger.example/rss', 1767225600,
           '<p>&ldquo;Nobody likes a fare rise,&rdquo; said transport chief Ines Duarte.</p><div class="share">Share</div><p>She added that the rise would fund two new boats.</p>', 1),
          ('g2', 'Old item', 'X', 'https://ledger.example/old', 'https://ledger.example/rss', 1700000000, '<p>Removed.</p>', 0);
        UPDATE rss_item SET deleted = 1 WHERE guid = 'g2';
        """)
    }
    return path
  }

  static func checksum(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

  @Test func itemsAreArticlesWithFeedAuthorAndDate() throws {
    let path = try makeCache()
    let before = try Self.checksum(path)
    let cache = NewsboatCache()
    #expect(cache.contains(path: path))
    var articles: [Article] = []
    try cache.forEach(path: path) { record in
      if case .success(let a) = record.result { articles.append(a) }
      return true
    }
    #expect(articles.count == 1, "deleted items are left out")
    let a = try #require(articles.first)
    #expect(a.title == "Ferry fares to rise")
    #expect(a.metadata["source"] == "The Daily Ledger")
    #expect(a.metadata["author"] == "Sam Okoro")
    #expect(a.date == Date(timeIntervalSince1970: 1767225600))
    #expect(!a.text.contains("Share"))
    let analysis = Pipeline.standard.analyse(a)
    #expect(analysis.quote(startingWith: "Nobody likes a fare rise").flatMap { $0.speaker }.map { analysis.speakers[$0].name } == "Ines Duarte")
    let again = try ArticleLoader.standard.load(path: a.path)
    #expect(again.title == a.title)
    #expect(try Self.checksum(path) == before, "the cache is never written")
  }

  @Test func readsWhileNewsboatHoldsAWriteLock() throws {
    let path = try makeCache()
    let writer = try DatabaseQueue(path: path)
    try writer.inDatabase { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      var count = 0
      try NewsboatCache().forEach(path: path) { _ in count += 1; return true }
      #expect(count == 1)
      try db.execute(sql: "ROLLBACK")
    }
  }

  @Test func anOrdinarySQLiteFileIsNotACache() throws {
    let path = scratch.appendingPathComponent("other.db").path
    try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE t (x)") }
    #expect(!NewsboatCache().contains(path: path))
  }
}
