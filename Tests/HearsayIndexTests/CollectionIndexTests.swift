import Foundation
import GRDB
import HearsayCore
import Testing
@testable import HearsayIndex
import HearsayFormats

/// The collection index: incremental updates, search fields, speakers across articles,
/// and recovery from an index that cannot be trusted.
struct CollectionIndexTests {
  final class Sandbox {
    let root: URL
    let cache: URL
    init() throws {
      let base = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-index-\(UUID())")
      root = base.appendingPathComponent("collection")
      cache = base.appendingPathComponent("cache")
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }

    func write(_ name: String, _ text: String) throws {
      try text.write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    func index() throws -> CollectionIndex { try CollectionIndex(root: root.path, cacheDirectory: cache) }
  }

  static let bridge = "Bridge to reopen\nPublished: Mar 12, 2026\n\n“The red line is safety,” said Mayor Alicia Brandt.\n\nBill Clinton said the bridge was historic."
  static let budget = "Budget delayed\nPublished: Apr 2, 2026\n\nAccording to Xinhua, Alicia Brandt said the budget would wait.\n\nHillary Clinton said the delay was a mistake."

  @Test func buildsThenOnlyReparsesWhatChanged() throws {
    let box = try Sandbox()
    try box.write("a.txt", Self.bridge)
    try box.write("b.txt", Self.budget)
    var summary = try box.index().update(loader: .standard)
    #expect(summary.added == 2 && summary.articles == 2)
    summary = try box.index().update(loader: .standard)
    #expect(summary.unchanged == 2 && summary.added == 0 && summary.changed == 0)
    try box.write("b.txt", Self.budget + "\n\n“More later,” said Alicia Brandt.")
    try box.write("c.txt", Self.bridge)
    summary = try box.index().update(loader: .standard)
    #expect(summary.changed == 1 && summary.added == 1 && summary.unchanged == 1)
    try FileManager.default.removeItem(at: box.root.appendingPathComponent("a.txt"))
    try FileManager.default.moveItem(at: box.root.appendingPathComponent("c.txt"), to: box.root.appendingPathComponent("renamed.txt"))
    summary = try box.index().update(loader: .standard)
    #expect(summary.removed == 2 && summary.added == 1 && summary.articles == 2)
    #expect(try box.index().search("\"red line\"").map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["renamed.txt"])
  }

  /// A large update leaves the full-text segments unmerged while it writes and merges them
  /// once at the end; merging is on again for the updates after it, and the next update
  /// that writes after one interrupted mid-build (merging left off) turns it back on.
  @Test func aBulkUpdateMergesTheFullTextOnceAndMergingResumesAfter() throws {
    let box = try Sandbox()
    try box.write("a.txt", Self.bridge)
    try box.index().update(loader: .standard)
    try box.write("b.txt", Self.budget)
    try box.write("c.txt", Self.bridge.replacingOccurrences(of: "red line", with: "blue line"))
    let index = try box.index()
    func merging() throws -> [String] {
      try index.dbQueue.read { db in
        try CollectionIndex.fullTextTables.map { try String.fetchOne(db, sql: "SELECT v FROM \($0)_config WHERE k = 'automerge'") ?? "default" }
      }
    }
    func segments() throws -> [Int] {
      try index.dbQueue.read { db in
        try CollectionIndex.fullTextTables.map { try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM \($0)_idx") ?? 0 }
      }
    }
    try index.update(loader: .standard, bulkFrom: 2)
    #expect(try segments() == [1, 1], "the first build's segment and the bulk update's, merged into one")
    #expect(try merging() == ["4", "4"])
    #expect(try index.search("line").count == 2)
    try index.dbQueue.write { db in
      for fts in CollectionIndex.fullTextTables { try db.execute(sql: "INSERT INTO \(fts)(\(fts), rank) VALUES ('automerge', 0)") }
    }
    try box.write("b.txt", Self.budget + "\n\n“More later,” said Alicia Brandt.")
    try index.update(loader: .standard)
    #expect(try merging() == ["4", "4"])
  }

  /// An index another build of Hearsay made is read again whole: its analyses may differ.
  /// The library's first screen comes from the index before the folder is scanned: the
  /// newest articles (undated ones last, ties by path) and how many there are in all.
  @Test func theNewestArticlesComeFirstWithTheirTotal() throws {
    let box = try Sandbox()
    try box.write("a.txt", Self.bridge)
    try box.write("b.txt", Self.budget)
    try box.write("c.txt", "Untitled notes\n\nNothing was said here.")
    try box.write("d.txt", Self.budget)
    _ = try box.index().update(loader: .standard)
    let two = try box.index().newestArticles(limit: 2)
    #expect(two.total == 4)
    #expect(two.articles.map { PathName.last($0.path) } == ["b.txt", "d.txt"])
    #expect(two.articles.first?.quotes == 2)
    #expect(try box.index().newestArticles(limit: 9).articles.map { PathName.last($0.path) } == ["b.txt", "d.txt", "a.txt", "c.txt"])
  }

  @Test func anotherBuildsIndexIsReanalysed() throws {
    let box = try Sandbox()
    try box.write("a.txt", Self.bridge)
    try box.write("b.txt", Self.budget)
    let index = try box.index()
    try index.update(loader: .standard)
    #expect(try index.update(loader: .standard).unchanged == 2)
    try index.correctSpeakers([.rename("alicia-brandt", to: "Mayor Brandt")])
    try index.dbQueue.write { try $0.execute(sql: "UPDATE meta SET value = 'an older build' WHERE key = 'analyser'") }
    try box.write("c.txt", "Dam\n\nAlicia Brandt said the dam would hold.")
    let summary = try index.update(loader: .standard)
    #expect(summary.changed == 2 && summary.added == 1 && summary.unchanged == 0 && summary.articles == 3)
    #expect(try index.update(loader: .standard).unchanged == 3, "then it is this build's")
    // Everything was forgotten and read again: each quote once, full text and all, and the
    // user's corrections still applied.
    #expect(try index.search("\"red line\"").count == 1)
    #expect(try index.search("dam").count == 1)
    #expect(try index.speakers().contains { $0.name == "Mayor Brandt" && $0.quotes == 3 })
  }

  /// The reader updates while it searches: after an upgrade its update replaces the index
  /// file by file, so every file answers (with the old build's quotes) until read again.
  @Test func anUpgradeKeepsAnsweringWhileTheReaderUpdates() throws {
    let box = try Sandbox()
    for i in 0..<3 { try box.write("\(i).txt", Self.bridge) }
    let index = try box.index()
    try index.update(loader: .standard)
    try index.dbQueue.write { try $0.execute(sql: "UPDATE meta SET value = 'an older build' WHERE key = 'analyser'") }
    let seen = Locked<[Int]>([])
    let summary = try index.update(loader: .standard, cores: 1, keepingAnswers: true, bulkFrom: 1) { done, _ in
      // Asked from the progress callback, while batches are still to be written.
      if done == 1 { seen.withLock { $0.append((try? index.search("\"red line\"").count) ?? -1) } }
    }
    #expect(summary.changed == 3)
    #expect(seen.withLock { $0 } == [3], "the old answers, still there while the update ran")
    #expect(try index.search("\"red line\"").count == 3)
  }

  /// A JSON file that holds no articles (a gold or settings file) is read once, not at
  /// every update; a file that gave only errors is read again, so its message comes back.
  @Test func aFileWithoutArticlesIsNotReadAgainUntilItChanges() throws {
    let box = try Sandbox()
    try box.write("a.txt", Self.bridge)
    try box.write("gold.json", "{\n  \"quotes\": [\n    {\"start\": 1}\n  ]\n}\n")
    try Data([0, 1, 2, 0, 0, 0]).write(to: box.root.appendingPathComponent("binary.txt"))
    var summary = try box.index().update(loader: .standard)
    #expect(summary.added == 3 && summary.articles == 1 && summary.failed == 1)
    summary = try box.index().update(loader: .standard)
    #expect(summary.unchanged == 2 && summary.added == 1, "only the failing file is read again")
    #expect(summary.failed == 1)
    try box.write("gold.json", "{\"quotes\": []}\n")
    summary = try box.index().update(loader: .standard)
    #expect(summary.changed == 1, "changed, it is read again")
  }

  /// "Quotes by X" is X's quotes only, found by identity: a longer name holding X's words
  /// is someone else, for the speaker search too; words no speaker is named by are
  /// looked for in the speakers' names.
  @Test func aSpeakersQuotesAreTheirsAlone() throws {
    let box = try Sandbox()
    try box.write("a.txt", "Levy\n\nAna Lima said the levy would pass.")
    try box.write("b.txt", "Bridge\n\nAna Lima Costa said the bridge would open.")
    let index = try box.index()
    try index.update(loader: .standard)
    #expect(try index.quotes(by: "Ana Lima").map(\.text) == ["the levy would pass"])
    #expect(try index.quotes(by: "Ana Lima Costa").map(\.text) == ["the bridge would open"])
    #expect(try index.search("speaker:\"Ana Lima\"").count == 1)
    #expect(try index.search("speaker:Lima").count == 2)
  }

  /// One person under every name the articles give them: one row with the fullest name,
  /// the others as aliases, and every view — quotes by, search, speakers — by that row.
  @Test func aPersonIsOneSpeakerUnderEveryName() throws {
    let box = try Sandbox()
    try box.write("a.txt", "Levy\n\nAna Maria Lima said the levy would pass.")
    try box.write("b.txt", "Bridge\n\nLima said the bridge would open.")
    try box.write("c.txt", "Port\n\nAna Lima said the port would close.")
    try box.write("d.txt", Self.bridge)
    try box.write("e.txt", Self.budget)
    try box.write("f.txt", "Dam\n\nClinton said the dam would hold.")
    let index = try box.index()
    try index.update(loader: .standard)
    let speakers = try index.speakers()
    let lima = try #require(speakers.first { $0.aliases.contains("Lima") })
    #expect(lima.name == "Ana Maria Lima" && lima.id == "ana-maria-lima")
    #expect(Set(lima.aliases) == ["Lima", "Ana Lima"])
    #expect(lima.quotes == 3 && lima.articles == 3)
    #expect(Set(try index.quotes(by: "Lima").map(\.text)) == ["the levy would pass", "the bridge would open", "the port would close"])
    #expect(try index.quotes(by: lima.id).count == 3)
    #expect(try index.search("speaker:\"Ana Lima\"").allSatisfy { $0.speaker == "Ana Maria Lima" }, "quotes carry the canonical name")
    // Bill and Hillary stay two, and a bare `Clinton` joins neither.
    let clintons = speakers.filter { $0.name.hasSuffix("Clinton") }.map(\.name).sorted()
    #expect(clintons == ["Bill Clinton", "Clinton", "Hillary Clinton"])
    // Removing the article that gave the fullest name renames the row.
    try FileManager.default.removeItem(at: box.root.appendingPathComponent("a.txt"))
    try index.update(loader: .standard)
    #expect(try index.speakers().contains { $0.name == "Ana Lima" && $0.aliases == ["Lima"] })
  }

  /// The index keeps a courtesy title apart from the role and still reads the gender in it:
  /// `Ms. Lima` is Ana Lima's, not Ben Lima's, and neither has `Ms.` for a role.
  @Test func aCourtesyTitleStillGivesTheGender() throws {
    let box = try Sandbox()
    for (i, text) in ["Levy\n\nAna Lima said the levy would pass.", "Bridge\n\nBen Lima said the bridge would open.",
                      "Port\n\nMs. Lima said the port would close."].enumerated() {
      try box.write("\(i).txt", text)
    }
    let index = try box.index()
    try index.update(loader: .standard)
    let speakers = try index.speakers()
    let ana = try #require(speakers.first { $0.name == "Ana Lima" })
    #expect(ana.quotes == 2 && ana.roles.isEmpty, "\(speakers)")
    #expect(speakers.first { $0.name == "Ben Lima" }?.quotes == 1)
  }

  /// The user's corrections relink the speakers without reading any article again, last
  /// through updates, and one that names nobody comes back as a message.
  @Test func correctionsRelinkTheSpeakersWithoutReindexing() throws {
    let box = try Sandbox()
    try box.write("d.txt", Self.bridge)
    try box.write("e.txt", Self.budget)
    try box.write("f.txt", "Dam\n\nClinton said the dam would hold.")
    let index = try box.index()
    try index.update(loader: .standard)
    let unapplied = try index.correctSpeakers([.merge(["Hillary Clinton", "Clinton"]), .rename("alicia-brandt", to: "Mayor Brandt"),
                                               .split("Nobody Here")])
    #expect(unapplied == ["speaker split \"Nobody Here\": no speaker in the collection is named “Nobody Here”"])
    var speakers = try index.speakers()
    #expect(speakers.first { $0.name == "Hillary Clinton" }?.quotes == 2)
    #expect(!speakers.contains { $0.name == "Clinton" })
    #expect(speakers.contains { $0.name == "Mayor Brandt" && $0.id == "alicia-brandt" })
    #expect(try index.quotes(by: "Clinton").count == 2)
    // An update keeps them; taking them back restores the rules' answer.
    try box.write("g.txt", "Port\n\nAlicia Brandt said the port would close.")
    try index.update(loader: .standard)
    #expect(try index.speakers().contains { $0.name == "Mayor Brandt" && $0.quotes == 3 })
    #expect(try index.correctSpeakers([]).isEmpty)
    speakers = try index.speakers()
    #expect(speakers.contains { $0.name == "Clinton" } && speakers.contains { $0.name == "Alicia Brandt" })
  }

  @Test func searchFieldsNarrowTheQuotes() throws {
    let box = try Sandbox()
    try box.write("a.txt", Self.bridge)
    try box.write("b.txt", Self.budget)
    let index = try box.index()
    try index.update(loader: .standard)
    #expect(try index.search("\"red line\"").map(\.speaker) == ["Alicia Brandt"])
    #expect(try index.search("\"red line\"").first?.snippet.contains("[red line]") == true, "the match is bracketed")
    #expect(Set(try index.search("speaker:\"Alicia Brandt\"").map(\.speaker)) == ["Alicia Brandt"])
    #expect(try index.search("speaker:brandt").count == 2)
    #expect(try index.search("outlet:xinhua").map(\.speaker) == ["Alicia Brandt"])
    #expect(try index.search("kind:direct").allSatisfy { $0.kind == "direct" })
    #expect(try index.search("after:2026-04-01").allSatisfy { $0.path.hasSuffix("b.txt") })
    #expect(try index.search("before:2026-04-01").allSatisfy { $0.path.hasSuffix("a.txt") })
    #expect(try index.search("bridge speaker:clinton").map(\.speaker) == ["Bill Clinton"])
    #expect(try index.search("\"unbalanced").count == 0, "user text is never FTS syntax")
  }

  @Test func speakersAreMergedAcrossArticlesButNotAcrossPeople() throws {
    let box = try Sandbox()
    try box.write("a.txt", Self.bridge)
    try box.write("b.txt", Self.budget)
    let index = try box.index()
    try index.update(loader: .standard)
    let speakers = try index.speakers()
    let brandt = try #require(speakers.first { $0.name == "Alicia Brandt" })
    #expect(brandt.articles == 2 && brandt.quotes == 2)
    #expect(brandt.first != brandt.last)
    #expect(speakers.contains { $0.name == "Bill Clinton" } && speakers.contains { $0.name == "Hillary Clinton" })
    // Each timeline counts every quote once, its first and last periods at the two dates.
    for s in speakers { #expect(s.timeline.count == CollectionIndex.timelineBuckets && s.timeline.reduce(0, +) == s.quotes) }
    #expect(brandt.timeline.first == 1 && brandt.timeline.last == 1)
    let span = try #require(try index.timelineSpan())
    #expect(span.first == brandt.first?.prefix(10).description && span.last == brandt.last?.prefix(10).description)
  }

  @Test func aCorruptOrOutdatedIndexIsRebuilt() throws {
    let box = try Sandbox()
    try box.write("a.txt", Self.bridge)
    let path = try box.index().databasePath
    try box.index().update(loader: .standard)
    try Data("this is not a database".utf8).write(to: URL(fileURLWithPath: path))
    #expect(try box.index().update(loader: .standard).added == 1)
    try DatabaseQueue(path: path).write { try $0.execute(sql: "PRAGMA user_version = 999") }
    #expect(try box.index().update(loader: .standard).added == 1, "another schema version is not trusted")
  }

  @Test func aPageDamagedInsideTheIndexIsFoundByTheUpdateAndRebuilt() throws {
    let box = try Sandbox()
    for i in 0..<30 { try box.write("a\(i).txt", Self.bridge) }
    let index = try box.index()
    try index.update(loader: .standard)
    let path = index.databasePath
    try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seek(toOffset: 4096 * 3)
    try handle.write(contentsOf: Data(repeating: 0xA5, count: 4096 * 4))
    try handle.close()
    let reopened = try box.index()  // opening only reads the header: still fast, still "fine"
    #expect(try reopened.update(loader: .standard).added == 30, "the damage was found and the index rebuilt from the files")
    #expect(try reopened.search("\"red line\"").count == 30)
  }

  /// Damage inside a full-text table passes `quick_check`: every search then failed with
  /// "database disk image is malformed" and the update said "unchanged". A table missing
  /// at the current schema version failed for good.
  static let damages: [(String, String)] = [
    ("UPDATE quote_fts_data SET block = randomblob(length(block)) WHERE id > 1", "random bytes in the quotes' full-text pages"),
    ("UPDATE article_fts_data SET block = randomblob(length(block)) WHERE id > 1", "random bytes in the articles' full-text pages"),
    ("DROP TABLE speaker", "a missing table"),
  ]

  @Test(arguments: damages.indices)
  func damageQuickCheckMissesIsFoundByTheUpdateAndRebuilt(_ i: Int) throws {
    let (sql, what) = Self.damages[i]
    let box = try Sandbox()
    for i in 0..<30 { try box.write("a\(i).txt", Self.bridge) }
    let index = try box.index()
    try index.update(loader: .standard)
    try DatabaseQueue(path: index.databasePath).write { try $0.execute(sql: sql) }
    let summary = try box.index().update(loader: .standard, checkFullText: true)
    #expect(summary.added == 30, "rebuilt from the files: \(what)")
    #expect(summary.repaired != nil && summary.description.contains("rebuilt"), "and the user is told: \(what)")
    #expect(try box.index().search("\"red line\"").count == 30)
  }

  @Test func damageAQueryMeetsIsReportedInASentenceAndTheIndexEmptiedForRebuilding() throws {
    let box = try Sandbox()
    for i in 0..<30 { try box.write("a\(i).txt", Self.bridge) }
    let index = try box.index()
    try index.update(loader: .standard)
    try DatabaseQueue(path: index.databasePath).write { try $0.execute(sql: Self.damages[0].0) }
    #expect {
      try index.search("\"red line\"")
    } throws: { error in
      guard let damaged = error as? IndexDamaged else { return false }
      return damaged.description.hasPrefix("the collection's index was damaged") && !damaged.description.contains("SELECT")
    }
    #expect(try index.update(loader: .standard).added == 30, "emptied, so the next update rebuilds it")
    #expect(try index.search("\"red line\"").count == 30)
  }

  @Test func theIndexIsOwnerOnly() throws {
    let box = try Sandbox()
    try box.write("a.txt", Self.bridge)
    let index = try box.index()
    try index.update(loader: .standard)
    for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: index.databasePath + suffix) {
      #expect(try FileManager.default.attributesOfItem(atPath: index.databasePath + suffix)[.posixPermissions] as? Int == 0o600)
    }
  }

  @Test func aReadOnlyCollectionIsIndexedWithoutWritingToIt() throws {
    let box = try Sandbox()
    try box.write("a.txt", Self.bridge)
    let before = try FileManager.default.contentsOfDirectory(atPath: box.root.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: box.root.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: box.root.path) }
    #expect(try box.index().update(loader: .standard).added == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: box.root.path) == before)
  }

  @Test func queryParsing() {
    let q = SearchQuery("red line speaker:\"Zheng Jian\" outlet:Xinhua kind:Direct after:2026-01-01 \"core interests\"")
    #expect(q.terms == ["red", "line"])
    #expect(q.phrases == ["core interests"])
    #expect(q.speaker == "Zheng Jian")
    #expect(q.outlet == "Xinhua")
    #expect(q.kind == "direct")
    #expect(q.after != nil)
  }
}
