import Foundation
import GRDB
import HearsayCore

/// Collection-level speaker identity in the index: after an update, every speaker row is
/// linked to one collection speaker (`SpeakerIdentity`), so the speakers view, "quotes by"
/// and `speaker:` searches go by person rather than by spelling.
extension CollectionIndex {
  /// Relinks the collection's speakers when the update `changed` any file, or an earlier
  /// one stopped before linking, in one transaction. Reads one grouped row per distinct
  /// name, so its cost grows with the names, not the quotes.
  func linkSpeakers(changed: Bool) throws {
    try dbQueue.write { db in
      let stale = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM speaker WHERE identity IS NULL)") ?? false
      guard stale || changed else { return }
      let identity = SpeakerIdentity(try Self.variants(db))
      try db.execute(sql: "DELETE FROM identity")
      for row in identity.identities {
        try db.cachedStatement(sql: "INSERT INTO identity (id, name, kind, aliases, ambiguous) VALUES (?, ?, ?, ?, ?)")
          .execute(arguments: [row.id, row.name, row.kind, row.aliases.joined(separator: "\n"), row.ambiguous])
      }
      for (key, i) in identity.byKey where identity.contested[key] == nil {
        let id = identity.identities[i].id
        try db.cachedStatement(sql: "UPDATE speaker SET identity = ? WHERE key = ? AND identity IS NOT ?").execute(arguments: [id, key, id])
      }
      // A single name more than one person has: each article decides its own where it can.
      for key in identity.contested.keys {
        let fallback = identity.identity(ofKey: key)
        let rows = try Row.fetchAll(db, sql: """
          SELECT speaker.rowid, speaker.aliases, article_fts.title || char(10) || article_fts.body
          FROM speaker JOIN article_fts ON article_fts.rowid = speaker.article_id WHERE speaker.key = ?
          """, arguments: [key])
        for r in rows {
          let aliases = (r[1] as String).components(separatedBy: "; ")
          let decided = identity.decide(key, in: r[2] ?? "", aliases: aliases) ?? fallback
          try db.cachedStatement(sql: "UPDATE speaker SET identity = ? WHERE rowid = ?").execute(arguments: [decided?.id, r[0] as Int64])
        }
      }
    }
  }

  /// One variant per distinct speaker key, with its articles per kind.
  private static func variants(_ db: Database) throws -> [SpeakerIdentity.Variant] {
    var byKey: [String: SpeakerIdentity.Variant] = [:]
    var order: [String] = []
    let rows = try Row.fetchCursor(db, sql: """
      SELECT key, kind, max(name), count(DISTINCT article_id), sum(quotes), group_concat(DISTINCT aliases)
      FROM speaker GROUP BY key, kind ORDER BY key, count(DISTINCT article_id) DESC
      """)
    while let row = try rows.next() {
      let key: String = row[0]
      let aliases = ((row[5] as String?) ?? "").split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }
      if var v = byKey[key] {
        v.kinds[row[1]] = row[3]
        v.quotes += row[4] as Int
        v.aliases += aliases
        byKey[key] = v
      } else {
        byKey[key] = SpeakerIdentity.Variant(key: key, name: row[2], kinds: [row[1]: row[3]], quotes: row[4], aliases: aliases)
        order.append(key)
      }
    }
    return order.map { byKey[$0]! }
  }

  /// The collection speaker a name stands for: an id, a canonical name, or any name one
  /// was seen under (the most quoted when several were).
  func identities(for name: String, in db: Database) throws -> [String] {
    if let id = try String.fetchOne(db, sql: "SELECT id FROM identity WHERE id = ?", arguments: [name]) { return [id] }
    let key = SpeakerDirectory.key(name)
    return try String.fetchAll(db, sql: """
      SELECT identity FROM speaker WHERE key = ? AND identity IS NOT NULL GROUP BY identity ORDER BY sum(quotes) DESC
      """, arguments: [key])
  }
}
