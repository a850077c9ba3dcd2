import GRDB
import GRDBSQLite
import HearsayCore

/// One article's rows for the index, made by the core that analysed it: the writer, one
/// thread for the whole build, only numbers them and binds them. (Making the strings and
/// values there was a third of its work, and the parsers wait on it.)
struct ArticleRows: Sendable {
  /// `article`'s columns after its id.
  var article: [DatabaseValue]
  var title: String
  var body: String
  /// Each quoted speaker's `speaker` columns after `article_id`.
  var speakers: [[DatabaseValue]]
  /// The day the quotes' ids begin with (`QuoteID`).
  var day: Int64
  var quotes: [Quote]

  struct Quote: Sendable {
    /// `quote`'s columns after `id` and `article_id`.
    var values: [DatabaseValue]
    var text: String
    var speaker: String?
  }

  private static func values(_ columns: [(any DatabaseValueConvertible)?]) -> [DatabaseValue] { columns.map { $0?.databaseValue ?? .null } }

  init(_ a: ArticleAnalysis, file: String, state: UpdatePlan.FileState) {
    let art = a.article
    let counts = a.quoteCounts
    let columns: [(any DatabaseValueConvertible)?] = [
      art.path, file, state.size, state.mtime, art.title, art.section, art.metadata["source"], art.url,
      art.date?.timeIntervalSince1970, art.dateText, a.quotes.count, counts.filter { $0 > 0 }.count,
    ]
    article = Self.values(columns)
    title = art.title ?? ""
    body = art.blocks.filter { $0.role == .body }.map { art.substring($0.range) }.joined(separator: "\n")
    speakers = a.speakers.indices.filter { counts[$0] > 0 }.map { i in
      let s = a.speakers[i]
      let columns: [(any DatabaseValueConvertible)?] = [s.name, SpeakerDirectory.key(s.name), s.kind.rawValue, s.role, s.title,
                                                        s.aliases.joined(separator: "; "), counts[i]]
      return Self.values(columns)
    }
    day = QuoteID.day(art.date)
    quotes = a.quotes.map { q in
      let speaker = q.speaker.map { a.speakers[$0].name }
      let text = art.substring(q.content)
      let columns: [(any DatabaseValueConvertible)?] = [q.content.start, q.content.end, q.kind.rawValue, q.form.rawValue, text, speaker,
                                                        q.via.map { a.speakers[$0].name }, q.cue.map(art.substring), q.rule.rawValue, q.confidence]
      return Quote(values: Self.values(columns), text: text, speaker: speaker)
    }
  }
}

/// An insert run many times in one transaction, its values bound straight to SQLite:
/// through GRDB's arguments (a boxed value each, checked against the statement each
/// time) binding cost the writer more than SQLite's own work.
struct BoundInsert {
  private let statement: Statement
  private let db: Database

  init(_ db: Database, sql: String) throws {
    statement = try db.cachedStatement(sql: sql)
    self.db = db
  }

  /// Runs the insert with `leading` bound first, then `values`.
  func run(_ leading: [Int64], _ values: [DatabaseValue] = []) throws {
    let handle = statement.sqliteStatement
    defer {
      sqlite3_reset(handle)
      sqlite3_clear_bindings(handle)
    }
    var column: Int32 = 1
    for n in leading {
      try check(sqlite3_bind_int64(handle, column, n), SQLITE_OK)
      column += 1
    }
    for value in values {
      try check(Self.bind(value, at: column, of: handle), SQLITE_OK)
      column += 1
    }
    try check(sqlite3_step(handle), SQLITE_DONE)
  }

  private func check(_ code: Int32, _ expected: Int32) throws {
    guard code != expected else { return }
    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) },
                        sql: statement.sql)
  }

  private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

  /// SQLite's answer to the binding: a value longer than SQLite's lengths can say (2 GB) is
  /// too big, not a crash.
  private static func bind(_ value: DatabaseValue, at column: Int32, of handle: SQLiteStatement) -> Int32 {
    switch value.storage {
    case .null: return sqlite3_bind_null(handle, column)
    case .int64(let n): return sqlite3_bind_int64(handle, column, n)
    case .double(let x): return sqlite3_bind_double(handle, column, x)
    case .string(var text):
      // An empty string has no buffer, and a null pointer would bind NULL.
      guard !text.isEmpty else { return sqlite3_bind_text(handle, column, "", 0, transient) }
      return text.withUTF8 { utf8 in
        guard let count = Int32(exactly: utf8.count) else { return SQLITE_TOOBIG }
        return utf8.withMemoryRebound(to: CChar.self) { sqlite3_bind_text(handle, column, $0.baseAddress, count, transient) }
      }
    case .blob(let data):
      guard !data.isEmpty else { return sqlite3_bind_zeroblob(handle, column, 0) }
      return data.withUnsafeBytes { bytes in
        guard let count = Int32(exactly: bytes.count) else { return SQLITE_TOOBIG }
        return sqlite3_bind_blob(handle, column, bytes.baseAddress, count, transient)
      }
    }
  }
}
