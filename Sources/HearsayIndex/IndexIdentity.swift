import Foundation
import GRDB
import HearsayCore

/// Collection-level speaker identity in the index: after an update, every speaker row is
/// linked to one collection speaker (`SpeakerIdentity`), so the speakers view, "quotes by"
/// and `speaker:` searches go by person rather than by spelling.
extension CollectionIndex {
  /// Applies the user's speaker corrections (the configuration's, then the reader's), in
  /// order; relinks only when they differ from those last applied. Returns a message for
  /// each correction that names nobody in the collection.
  @discardableResult
  public func correctSpeakers(_ corrections: [SpeakerCorrection]) throws -> [String] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let lines = String(decoding: try encoder.encode(corrections), as: UTF8.self)
    let applied = try read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'corrections'") } ?? "[]"
    if lines != applied {
      try dbQueue.write { try $0.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('corrections', ?)", arguments: [lines]) }
      try linkSpeakers(changed: true)
    }
    let unapplied = try read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'unapplied'") } ?? ""
    return unapplied.split(separator: "\n").map(String.init)
  }

  /// Relinks the collection's speakers when the update `changed` any file, or an earlier
  /// one stopped before linking, in one transaction, with the corrections last given.
  /// Reads one grouped row per distinct name, so its cost grows with the names, not the quotes.
  public func linkSpeakers(changed: Bool) throws {
    try dbQueue.write { db in
      let stale = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM speaker WHERE identity IS NULL)") ?? false
      guard stale || changed else { return }
      let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'corrections'") ?? "[]"
      let corrections = (try? JSONDecoder().decode([SpeakerCorrection].self, from: Data(stored.utf8))) ?? []
      let identity = SpeakerIdentity(try Self.variants(db), corrections: corrections)
      let unapplied = identity.unapplied.map { "\($0.correction): \($0.message)" }.joined(separator: "\n")
      try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('unapplied', ?)", arguments: [unapplied])
      try db.execute(sql: "DELETE FROM identity")
      for row in identity.identities {
        try db.cachedStatement(sql: "INSERT INTO identity (id, name, kind, aliases) VALUES (?, ?, ?, ?)")
          .execute(arguments: [row.id, row.name, row.kind, row.aliases.joined(separator: "\n")])
      }
      for (key, i) in identity.byKey where identity.contested[key] == nil {
        let id = identity.identities[i].id
        try db.cachedStatement(sql: "UPDATE speaker SET identity = ? WHERE key = ? AND identity IS NOT ?").execute(arguments: [id, key, id])
      }
      // A single name more than one person has: each article decides its own where it can.
      // The full-text index says which articles name a candidate, once per candidate.
      var naming: [String: Set<Int64>] = [:]
      func articles(naming candidate: SpeakerIdentity.Identity) throws -> Set<Int64> {
        if let known = naming[candidate.id] { return known }
        var found = Set<Int64>()
        for name in identity.fullNames(of: candidate) {
          let phrase = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
          found.formUnion(try Int64.fetchAll(db, sql: "SELECT rowid FROM article_fts WHERE article_fts MATCH ?", arguments: [phrase]))
        }
        naming[candidate.id] = found
        return found
      }
      for key in identity.contested.keys {
        let fallback = identity.identity(ofKey: key)
        let rows = try Row.fetchAll(db, sql: "SELECT rowid, article_id, aliases, role, title FROM speaker WHERE key = ?", arguments: [key])
        for r in rows {
          let article: Int64 = r[1]
          let titled = (r[2] as String).components(separatedBy: "; ") + [r[3] as String?, r[4] as String?].compactMap { $0 }
          let decided = try identity.decide(key, naming: { try articles(naming: $0).contains(article) }, titled: titled) ?? fallback
          try db.cachedStatement(sql: "UPDATE speaker SET identity = ? WHERE rowid = ?").execute(arguments: [decided?.id, r[0] as Int64])
        }
      }
      // The speakers view's rows, summed up once here rather than at every opening.
      for s in try Self.countSpeakers(db) {
        try db.cachedStatement(sql: """
          UPDATE identity SET quotes = ?, articles = ?, first = ?, last = ?, roles = ?, timeline = ? WHERE id = ?
          """).execute(arguments: [s.quotes, s.articles, s.first, s.last, s.roles.joined(separator: "\n"),
                                   s.timeline.map(String.init).joined(separator: ","), s.id])
      }
    }
  }

  /// One variant per distinct speaker key, with its articles per kind.
  private static func variants(_ db: Database) throws -> [SpeakerIdentity.Variant] {
    var byKey: [String: SpeakerIdentity.Variant] = [:]
    var order: [String] = []
    let rows = try Row.fetchCursor(db, sql: """
      SELECT key, kind, max(name), count(DISTINCT article_id), sum(quotes), group_concat(DISTINCT aliases), group_concat(DISTINCT role),
        group_concat(DISTINCT title)
      FROM speaker GROUP BY key, kind ORDER BY key, count(DISTINCT article_id) DESC
      """)
    while let row = try rows.next() {
      let key: String = row[0]
      let titled = [row[5], row[6], row[7]].compactMap { $0 as String? }.flatMap { $0.split(whereSeparator: { $0 == ";" || $0 == "," }) }
        .map { $0.trimmingCharacters(in: .whitespaces) }
      if var v = byKey[key] {
        v.kinds[row[1]] = row[3]
        v.quotes += row[4] as Int
        v.titled += titled
        byKey[key] = v
      } else {
        byKey[key] = SpeakerIdentity.Variant(key: key, name: row[2], kinds: [row[1]: row[3]], quotes: row[4], titled: titled)
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

extension CollectionIndex {
  /// The collection speaker of each speaker the indexed article at `path` names, by the
  /// name the article gives them; empty for an article not in the index.
  public func collectionSpeakers(ofArticle path: String) throws -> [String: (id: String, name: String)] {
    try read { db in
      var result: [String: (id: String, name: String)] = [:]
      for row in try Row.fetchAll(db, sql: """
        SELECT speaker.name, identity.id, identity.name FROM speaker JOIN article ON article.id = speaker.article_id
        JOIN identity ON identity.id = speaker.identity WHERE article.path = ?
        """, arguments: [path]) {
        result[row[0]] = (row[1], row[2])
      }
      return result
    }
  }
}
