import Foundation
import GRDB
import HearsayCore
import HearsayState

/// A collection's index: one SQLite database per collection root under
/// `$XDG_CACHE_HOME/hearsay/`, holding every article's metadata, quotes and speakers with
/// full-text search. It is incremental (files are keyed by path, size and modification
/// time; only added and changed ones are parsed again), and an index that is missing,
/// corrupt or from another schema version is rebuilt rather than trusted. The collection
/// itself is never written to.
public final class CollectionIndex: Sendable {
  public static let schemaVersion = 9

  public let root: String
  public let databasePath: String
  private let queue: Locked<DatabaseQueue>
  var dbQueue: DatabaseQueue { queue.withLock { $0 } }

  /// Opens (or creates, or rebuilds) the index of the collection at `root`. Opening reads
  /// the header and schema version only, so the reader starts at once on a large index;
  /// the full integrity check runs at the start of `update`, in the background.
  public init(root: String, cacheDirectory: URL? = nil) throws {
    self.root = PathName.absolute(root)
    let cache = cacheDirectory ?? Self.defaultCacheDirectory()
    try UserDirectories.createPrivate(cache)
    databasePath = cache.appendingPathComponent(Self.fileName(for: self.root)).path
    queue = Locked(try Self.openOrRebuild(databasePath))
  }

  /// Checks the index and replaces a damaged one by an empty one, which the update then
  /// fills; returns what was wrong, if anything.
  func verifyOrRebuild(checkFullText: Bool) throws -> String? {
    guard let damage = try damage(checkFullText: checkFullText) else { return nil }
    try replaceWithEmpty()
    return damage
  }

  /// What is wrong with the index, or nil: `PRAGMA quick_check` (a second or so on 100,000
  /// articles), every table there, and, `checkFullText`, FTS5's own check of the
  /// full-text tables, whose pages quick_check does not read.
  private func damage(checkFullText: Bool) throws -> String? {
    do {
      // Outside a transaction: a check that runs out of memory (garbage read as a length)
      // makes SQLite roll back, and a transaction's commit then failed with "Transaction
      // was aborted" in place of the answer (seen once in a full test run, under load).
      return try dbQueue.writeWithoutTransaction { db in
        let check = try String.fetchOne(db, sql: "PRAGMA quick_check") ?? "no answer from the check"
        if check != "ok" { return check }
        let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        if let missing = Self.tables.first(where: { !present.contains($0) }) { return "its table \(missing) is missing" }
        for fts in Self.fullTextTables where checkFullText {
          do {
            try db.execute(sql: "INSERT INTO \(fts)(\(fts)) VALUES ('integrity-check')")
          } catch let error as DatabaseError where error.resultCode == .SQLITE_NOMEM {
            return "its full-text table \(fts) holds a length no page can have"  // read from garbage
          }
        }
        return nil
      }
    } catch let error as DatabaseError where Self.isDamage(error) {
      return Self.reason(error)
    }
  }

  /// Closes the index, deletes its files and starts an empty one.
  private func replaceWithEmpty() throws {
    let path = databasePath
    try queue.withLock { current in
      try current.close()
      for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
      current = try Self.openOrRebuild(path)
    }
  }

  /// A read for a query: damage it meets (a full-text page, a missing table) empties the
  /// index, so the next update rebuilds it, and is told as `IndexDamaged`. Garbage in a
  /// full-text page can also read as a length too large to allocate: out of memory is
  /// damage when the full-text check then fails.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try dbQueue.read(body)
    } catch let error as DatabaseError {
      let reason = Self.isDamage(error) ? Self.reason(error) : error.resultCode == .SQLITE_NOMEM ? try damage(checkFullText: true) : nil
      guard let reason else { throw error }
      try replaceWithEmpty()
      throw IndexDamaged(reason: reason)
    }
  }

  /// Damage rather than a passing condition (busy, read-only, a full disk).
  static func isDamage(_ error: DatabaseError) -> Bool {
    switch error.resultCode {
    case .SQLITE_CORRUPT, .SQLITE_NOTADB: return true
    case .SQLITE_ERROR: return ["no such table", "no such column"].contains { error.message?.hasPrefix($0) == true }
    default: return false
    }
  }

  /// SQLite's words for what is wrong, without the statement.
  static func reason(_ error: DatabaseError) -> String { error.message ?? "SQLite error \(error.resultCode.rawValue)" }

  public static func defaultCacheDirectory() -> URL { UserDirectories.cache }

  static func fileName(for root: String) -> String { UserDirectories.fileStem(for: root) + ".sqlite" }

  private static func openOrRebuild(_ path: String) throws -> DatabaseQueue {
    var config = Configuration()
    config.busyMode = .timeout(10)  // another Hearsay indexing the same collection
    // The index is a cache: in WAL mode NORMAL never corrupts it, at most loses the last
    // batch on power loss (re-parsed on the next open), and saves an fsync per batch.
    config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768") }
    func open() throws -> DatabaseQueue {
      let queue = try DatabaseQueue(path: path, configuration: config)
      // Owner-only: the index holds the articles' text. SQLite gives the WAL the same mode.
      chmod(path, 0o600)
      try enableWAL(queue)
      // Another Hearsay may be creating it this very moment: decide inside one write
      // transaction, which waits for the other's.
      try queue.inTransaction(.immediate) { db in
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if version == 0, tables == 0 {
          try create(db)
        } else if version != schemaVersion || tables == 0 {
          throw Outdated(version: version)
        }
        return .commit
      }
      return queue
    }
    do {
      return try open()
    } catch let error as DatabaseError where ![.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
      throw error  // busy, read-only, full disk: the index is not at fault, keep it
    } catch {
      // Corrupt, foreign or outdated: start again (the index only caches the collection).
      for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
      return try open()
    }
  }

  /// WAL lets readers run while an update writes. Switching to it needs a moment alone
  /// with the file, and SQLite answers "busy" at once rather than waiting when another
  /// Hearsay holds it (found by the two-indexer test): so ask first, then retry a while.
  private static func enableWAL(_ queue: DatabaseQueue) throws {
    for attempt in 0... {
      do {
        try queue.writeWithoutTransaction { db in
          if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" { try db.execute(sql: "PRAGMA journal_mode = WAL") }
        }
        return
      } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 100 {
        usleep(50_000)
      }
    }
  }

  struct Outdated: Error {
    var version: Int
  }

  /// Every table of the schema, which an index at this version must have.
  static let tables = ["article", "quote", "file", "sequence", "speaker", "identity", "meta"] + fullTextTables
  static let fullTextTables = ["quote_fts", "article_fts"]

  private static func create(_ db: Database) throws {
    try db.execute(sql: """
      CREATE TABLE article (
        id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, file TEXT NOT NULL, size INTEGER NOT NULL, mtime REAL NOT NULL,
        title TEXT, section TEXT, outlet TEXT, url TEXT, date REAL, date_text TEXT, quote_count INTEGER NOT NULL, speaker_count INTEGER NOT NULL);
      CREATE INDEX article_file ON article(file);
      CREATE TABLE quote (
        id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL, form TEXT NOT NULL, text TEXT NOT NULL,
        speaker TEXT, via TEXT, cue TEXT, rule TEXT NOT NULL, confidence REAL NOT NULL);
      CREATE INDEX quote_article ON quote(article_id);
      -- Every file read, articles or not (a settings file, a gold file): unchanged, it is not read again.
      CREATE TABLE file (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime REAL NOT NULL);
      CREATE TABLE sequence (next INTEGER NOT NULL);
      INSERT INTO sequence VALUES (0);
      CREATE TABLE speaker (
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        name TEXT NOT NULL, key TEXT NOT NULL, kind TEXT NOT NULL, role TEXT, title TEXT, aliases TEXT NOT NULL, quotes INTEGER NOT NULL,
        identity TEXT);
      CREATE INDEX speaker_key ON speaker(key);
      CREATE INDEX speaker_identity ON speaker(identity);
      -- The collection's speakers (`SpeakerIdentity`): each speaker row's `identity` is one's id.
      -- With each one's counts as the last linking summed them up, for the speakers view.
      CREATE TABLE identity (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT NOT NULL,
        quotes INTEGER NOT NULL DEFAULT 0, articles INTEGER NOT NULL DEFAULT 0, first TEXT, last TEXT,
        roles TEXT NOT NULL DEFAULT '', timeline TEXT NOT NULL DEFAULT '');
      CREATE INDEX identity_quotes ON identity(quotes);
      -- The user's speaker corrections the identities were linked with, and those that named nobody.
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE INDEX speaker_article ON speaker(article_id);
      CREATE INDEX article_date ON article(date);
      \(fullTextSchema)
      PRAGMA user_version = \(schemaVersion);
      """)
  }

  /// The full-text tables. The quotes' text is stored once: its index reads it from the quote table.
  static let fullTextSchema = """
    CREATE VIRTUAL TABLE quote_fts USING fts5(text, speaker, content='quote', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE article_fts USING fts5(title, body, tokenize='unicode61 remove_diacritics 2');
    """

  /// Forgets every article, keeping the speaker corrections: all of them are about to be
  /// analysed again. The full-text tables are made anew rather than emptied row by row,
  /// which took as long as the build after it.
  static func forgetArticles(in db: Database) throws {
    try db.execute(sql: """
      DELETE FROM quote; DELETE FROM speaker; DELETE FROM article; DELETE FROM file;
      DROP TABLE quote_fts; DROP TABLE article_fts;
      \(fullTextSchema)
      """)
  }
}

/// The index was found damaged while answering: it has been emptied, and the next update
/// rebuilds it from the articles.
public struct IndexDamaged: Error, CustomStringConvertible {
  public let reason: String
  public init(reason: String) { self.reason = reason }
  public var description: String { "the collection's index was damaged (\(reason)); it is rebuilt from the articles" }
}
