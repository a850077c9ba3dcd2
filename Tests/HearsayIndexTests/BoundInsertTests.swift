import Foundation
import GRDB
import Testing
@testable import HearsayIndex

/// The index writer's inserts bind their values to SQLite themselves: each kind of value
/// must arrive as GRDB would have bound it, and a failed insert must say which.
struct BoundInsertTests {
  static let cases: [(name: String, value: DatabaseValue)] = [
    ("null stays NULL", .null),
    ("an integer", 42.databaseValue),
    ("a large integer (a quote id)", Int64(1_020_000 << 32 | 17).databaseValue),
    ("a real", 1_796_120_269.187745.databaseValue),
    ("an empty string is text, not NULL", "".databaseValue),
    ("text beyond ASCII", "Łódź “quoted” — 北京".databaseValue),
    ("an empty blob is a blob, not NULL", Data().databaseValue),
    ("a blob", Data([0, 1, 2, 255]).databaseValue),
  ]

  @Test(arguments: cases.indices)
  func aValueIsStoredAsBound(_ i: Int) throws {
    let db = try DatabaseQueue()
    let (name, value) = Self.cases[i]
    let stored = try db.write { db in
      try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, v)")
      try BoundInsert(db, sql: "INSERT INTO t (id, v) VALUES (?, ?)").run([7], [value])
      return try Row.fetchOne(db, sql: "SELECT v, typeof(v) AS type FROM t WHERE id = 7")
    }
    #expect(stored?["v"] as DatabaseValue? == value, "\(name)")
    let type: String? = stored?["type"]
    #expect(type == ["null", "integer", "integer", "real", "text", "text", "blob", "blob"][i], "\(name)")
  }

  @Test func aFailedInsertThrowsWithItsStatementAndLeavesTheNextOneWorking() throws {
    let db = try DatabaseQueue()
    try db.write { db in
      try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
      let insert = try BoundInsert(db, sql: "INSERT INTO t (id, v) VALUES (?, ?)")
      try insert.run([1], ["a".databaseValue])
      #expect {
        try insert.run([1], ["b".databaseValue])
      } throws: { error in
        (error as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT && (error as? DatabaseError)?.sql?.contains("INSERT INTO t") == true
      }
      // Bindings are cleared after each run: a value left from the last cannot fill a later one.
      #expect(throws: DatabaseError.self) { try insert.run([2]) }
      try insert.run([3], ["c".databaseValue])
      // A value SQLite refuses to bind (here one past the statement's last `?`) is an error, not skipped.
      #expect {
        try insert.run([4], ["d".databaseValue, "e".databaseValue])
      } throws: { error in
        (error as? DatabaseError)?.resultCode == .SQLITE_RANGE
      }
      try insert.run([5], ["f".databaseValue])
      #expect(try String.fetchAll(db, sql: "SELECT v FROM t ORDER BY id") == ["a", "c", "f"])
    }
  }
}
