import Dispatch
import Foundation
import GRDB
import HearsayCore

/// What one update of the index did.
public struct IndexSummary: Sendable, CustomStringConvertible {
  public var added = 0
  public var changed = 0
  public var removed = 0
  public var unchanged = 0
  public var failed = 0
  public var articles = 0
  public var seconds = 0.0
  /// What was wrong with the index, when it was found damaged and rebuilt.
  public var repaired: String?

  public var description: String {
    String(format: "%d articles (%d added, %d changed, %d removed, %d unchanged, %d failed) in %.2f s",
           articles, added, changed, removed, unchanged, failed, seconds)
      + (repaired.map { "; the index was damaged (\($0)) and rebuilt" } ?? "")
  }
}

/// What an update has to do: the files to parse (added, changed, or all of them for
/// another build of Hearsay) and those gone from the folder.
struct UpdatePlan {
  struct FileState: Hashable { var size: Int64; var mtime: Double }
  var toParse: [String]
  var removed: [String]
  var states: [String: FileState]
  var reanalyse: Bool
  var summary = IndexSummary()
}

/// One file parsed: its articles' rows, and whether it is read for good (articles found,
/// or nothing wrong); a file that gave nothing but errors is read again next time, so its
/// messages come back until it is fixed.
typealias ParsedFile = (file: String, state: UpdatePlan.FileState, articles: [ArticleRows], settled: Bool)

extension CollectionIndex {
  /// Brings the index up to date with the files under the root, parsing only added and
  /// changed files, on all cores. `progress` gets (files parsed, files to parse);
  /// `failure` gets a message per file or record that could not be read. The index is
  /// checked first, and rebuilt when damaged; `checkFullText` adds FTS5's own check of the
  /// full-text tables (about 0.1 s per 1,000 articles: the reader's background update and
  /// `hearsay index` ask for it; other commands meet such damage at query time instead).
  ///
  /// Every core parses, taking the next file as it finishes one; finished files gather and
  /// a batch at a time is written in one transaction by a writer of its own, while parsing
  /// goes on. No core waits for another's batch, and memory stays bounded: a worker waits
  /// when two batches are already parsed and not yet written. An update of `bulkFrom`
  /// files or more merges the full-text tables once, at the end (`setMerging`).
  ///
  /// An index another build made is emptied first and read again whole (`forgetArticles`)
  /// — or, `keepingAnswers` (the reader, which searches while it updates), file by file,
  /// each file's old answers kept until it is read again: slower (at 100,000 articles 52
  /// against 34 s) but never empty.
  @discardableResult
  public func update(loader: ArticleLoader, cores: Int = ProcessInfo.processInfo.activeProcessorCount,
                     checkFullText: Bool = false, keepingAnswers: Bool = false, bulkFrom: Int = 2000,
                     progress: (@Sendable (Int, Int) -> Void)? = nil,
                     failure: @escaping @Sendable (String) -> Void = { _ in }) throws -> IndexSummary {
    let start = Date()
    let repaired = try verifyOrRebuild(checkFullText: checkFullText)
    var plan = try self.plan()
    var summary = plan.summary
    summary.repaired = repaired
    let bulk = plan.toParse.count >= bulkFrom
    try prepareWriting(plan, keepingAnswers: keepingAnswers, bulk: bulk)
    let batchSize = 500
    let writer = BatchWriter(dbQueue, room: 2 * batchSize)
    let next = Locked(0)
    let done = Locked(0)
    let failedCount = Locked(0)
    let waiting = Locked<[ParsedFile]>([])
    let count: @Sendable (String) -> Void = { message in
      failedCount.withLock { $0 += 1 }
      failure(message)
    }
    let threads = max(1, min(cores, plan.toParse.count))
    // (Nothing to read, nothing to suspect: a record left by a stop waits for an update that reads.)
    let record = plan.toParse.isEmpty ? nil : ReadingRecord(indexPath: databasePath, slots: threads)
    defer { record?.finish() }
    let (careful, stopper) = Self.suspects(record?.left, in: &plan)
    if let stopper {
      count("\(stopper): this article stopped Hearsay when it was last read (a fault in Hearsay); it is left out of the index until it changes. Please report it, with the article.")
      writer.write([(stopper, plan.states[stopper]!, [], true)])
    }
    let (toParse, states) = (plan.toParse, plan.states)
    // Reads the next file to read until none is left (or, in the careful first part, the
    // last file to read one at a time is read), keeping the record's `slot`.
    let read: @Sendable (Int) -> Void = { slot in
      while !writer.failed {
        let i = next.withLock { n in defer { n += 1 }; return n }
        guard i < toParse.count else { return }
        writer.waitForRoom()
        let file = toParse[i]
        record?.reading(file, slot: slot)
        let parsed = Self.parse(file, loader: loader, failure: count)
        record?.done(slot: slot)
        let state = states[file]!
        let item: ParsedFile = (file, state, parsed.analyses.map { ArticleRows($0, file: file, state: state) }, parsed.settled)
        let full: [ParsedFile]? = waiting.withLock { list in
          list.append(item)
          guard list.count >= batchSize else { return nil }
          defer { list.removeAll(keepingCapacity: true) }
          return list
        }
        if let full { writer.write(full) }
        let n = done.withLock { $0 += 1; return $0 }
        progress?(n, toParse.count)
        if i + 1 == careful { return }
      }
    }
    if careful > 0 {
      // The files an update that stopped was reading, one at a time first.
      record?.setCareful(true)
      read(0)
      record?.setCareful(false)
    }
    DispatchQueue.concurrentPerform(iterations: threads, execute: read)
    writer.write(waiting.withLock { $0 })
    try writer.finish()
    if bulk { try mergeFullTextOnce() }
    if plan.reanalyse {
      try dbQueue.write { try $0.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('analyser', ?)", arguments: [Self.analyser]) }
    }
    try linkSpeakers(changed: summary.added + summary.changed + summary.removed > 0)
    summary.failed = failedCount.withLock { $0 }
    summary.articles = try dbQueue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") ?? 0 }
    summary.seconds = Date().timeIntervalSince(start)
    return summary
  }

  /// What a stopped update left (`ReadingRecord`): the files it was reading are put first in
  /// `plan`, to be read one at a time (how many, `careful`) — unless it was reading one at a
  /// time already, when the file it was reading stopped it and is taken out (`stopper`).
  static func suspects(_ left: ReadingRecord.Left?, in plan: inout UpdatePlan) -> (careful: Int, stopper: String?) {
    guard let left else { return (0, nil) }
    let waiting = Set(plan.toParse)
    let suspects = Set(left.files.filter { waiting.contains($0) })
    guard !suspects.isEmpty else { return (0, nil) }
    let rest = plan.toParse.filter { !suspects.contains($0) }
    if left.careful, suspects.count == 1 {
      plan.toParse = rest
      return (0, suspects.first)
    }
    plan.toParse = suspects.sorted() + rest
    return (suspects.count, nil)
  }

  /// Before parsing: forgets what is gone (everything, for another build's index, unless
  /// `keepingAnswers`) and sets the full-text merging for the update's size.
  private func prepareWriting(_ plan: UpdatePlan, keepingAnswers: Bool, bulk: Bool) throws {
    try dbQueue.write { db in
      if plan.reanalyse && !keepingAnswers {
        try Self.forgetArticles(in: db)
      } else {
        for file in plan.removed { try Self.deleteFile(file, in: db) }
      }
    }
    if !plan.toParse.isEmpty { try setMerging(!bulk) }
  }

  /// After a bulk update: every full-text table merged into one segment, merging on again.
  private func mergeFullTextOnce() throws {
    try dbQueue.write { db in for fts in Self.fullTextTables { try db.execute(sql: "INSERT INTO \(fts)(\(fts)) VALUES ('optimize')") } }
    try setMerging(true)
  }

  /// FTS5 merges a table's segments as it goes (`automerge`, 4 by default): each batch
  /// writes one, and over a large build every term was rewritten at each level of merging.
  /// A bulk build leaves them unmerged and merges once at the end (`optimize`): the
  /// writer's CPU on 100,000 articles 21–24 → 18 s. Set at the start of every update that
  /// writes, so one interrupted mid-build merges again from the next. (An update with
  /// nothing to write opens neither table: one may be damaged, found by the query after.)
  private func setMerging(_ on: Bool) throws {
    try dbQueue.write { db in
      for fts in Self.fullTextTables { try db.execute(sql: "INSERT INTO \(fts)(\(fts), rank) VALUES ('automerge', \(on ? 4 : 0))") }
    }
  }

  /// The files on disk against those indexed: what to parse and what to forget.
  private func plan() throws -> UpdatePlan {
    var onDisk: [String: UpdatePlan.FileState] = [:]
    for path in ArticleLoader.expand(paths: [root]) {
      // `stat` itself: Foundation's attributes (owner names, a dictionary) took 1.5 s of a
      // 100,000-file folder's 2 s plan.
      var info = stat()
      guard stat(path, &info) == 0 else { continue }
      onDisk[path] = UpdatePlan.FileState(size: Int64(info.st_size), mtime: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
    }
    let stored = try dbQueue.read { db in
      try Row.fetchAll(db, sql: "SELECT path, size, mtime FROM file").reduce(into: [String: UpdatePlan.FileState]()) {
        $0[$1["path"]] = UpdatePlan.FileState(size: $1["size"], mtime: $1["mtime"])
      }
    }
    // Another build of Hearsay analyses differently: everything is read again with this one.
    let analyser = try dbQueue.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'analyser'") }
    let reanalyse = analyser != Self.analyser
    var plan = UpdatePlan(toParse: onDisk.filter { reanalyse || stored[$0.key] != $0.value }.map(\.key).sorted(),
                          removed: stored.keys.filter { onDisk[$0] == nil }, states: onDisk, reanalyse: reanalyse)
    plan.summary.removed = plan.removed.count
    plan.summary.unchanged = onDisk.count - plan.toParse.count
    plan.summary.changed = plan.toParse.filter { stored[$0] != nil }.count
    plan.summary.added = plan.toParse.count - plan.summary.changed
    return plan
  }

  /// A file's articles, each failure told to `failure`. A JSON file that holds no articles
  /// is not part of the collection: neither a failure nor a message.
  private static func parse(_ file: String, loader: ArticleLoader, failure: (String) -> Void) -> (analyses: [ArticleAnalysis], settled: Bool) {
    var analyses: [ArticleAnalysis] = []
    var failed = false
    do throws(ArticleLoadError) {
      try loader.forEachArticle(in: file) { result in
        switch result {
        case .success(let article): analyses.append(Pipeline.standard.analyse(article))
        case .failure(let error):
          failed = true
          failure(error.description)
        }
        return true
      }
    } catch .notArticles {
    } catch {
      failed = true
      failure(error.description)
    }
    return (analyses, !analyses.isEmpty || !failed)
  }

  /// The build analysing articles, by its executable's size and modification time: an
  /// upgraded Hearsay re-reads the collection rather than showing the old build's answers.
  static let analyser: String = {
    guard let path = realpath("/proc/self/exe", nil) ?? CommandLine.arguments.first.flatMap({ realpath($0, nil) }) else { return "unknown" }
    defer { free(path) }
    var info = stat()
    guard stat(path, &info) == 0 else { return "unknown" }
    return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
  }()

  /// Statements run per file are prepared once per connection (`cachedStatement`):
  /// compiling three statements per article was a tenth of a full build's writing.
  static func deleteFile(_ file: String, in db: Database) throws {
    let ids = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM article WHERE file = ?"), arguments: [file])
    for id in ids {
      // The full-text index forgets a quote given the values it indexed.
      try db.cachedStatement(sql: """
        INSERT INTO quote_fts (quote_fts, rowid, text, speaker) SELECT 'delete', id, text, speaker FROM quote WHERE article_id = ?
        """).execute(arguments: [id])
      try db.cachedStatement(sql: "DELETE FROM article_fts WHERE rowid = ?").execute(arguments: [id])
      try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?").execute(arguments: [id])
    }
    try db.cachedStatement(sql: "DELETE FROM file WHERE path = ?").execute(arguments: [file])
  }

  /// The inserts a batch runs per article, prepared once per batch.
  struct Inserts {
    let article, articleText, speaker, quote, quoteText, file: BoundInsert

    init(_ db: Database) throws {
      article = try BoundInsert(db, sql: """
        INSERT INTO article (path, file, size, mtime, title, section, outlet, url, date, date_text, quote_count, speaker_count)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
      articleText = try BoundInsert(db, sql: "INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)")
      speaker = try BoundInsert(db, sql: "INSERT INTO speaker (article_id, name, key, kind, role, title, aliases, quotes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      quote = try BoundInsert(db, sql: """
        INSERT INTO quote (id, article_id, start, "end", kind, form, text, speaker, via, cue, rule, confidence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
      quoteText = try BoundInsert(db, sql: "INSERT INTO quote_fts (rowid, text, speaker) VALUES (?, ?, ?)")
      file = try BoundInsert(db, sql: "INSERT INTO file (path, size, mtime) VALUES (?, ?, ?)")
    }
  }

  /// A quote numbered and waiting to be written, so a batch's quotes go in by id.
  typealias NumberedQuote = (id: Int64, articleID: Int64, quote: ArticleRows.Quote)

  /// Inserts an article and its speakers, and returns its quotes for `insertQuotes`. The
  /// quotes take ids from `sequence` (see `QuoteID`), the first quote the highest, so
  /// newest-first lists still read each article top to bottom.
  static func insert(_ rows: ArticleRows, sequence: inout Int64, in db: Database, with inserts: Inserts) throws -> [NumberedQuote] {
    try inserts.article.run([], rows.article)
    let articleID = db.lastInsertedRowID
    try inserts.articleText.run([articleID], [rows.title.databaseValue, rows.body.databaseValue])
    for speaker in rows.speakers { try inserts.speaker.run([articleID], speaker) }
    defer { sequence += Int64(rows.quotes.count) }
    return rows.quotes.enumerated().map { i, q in
      (QuoteID.make(day: rows.day, sequence: sequence + Int64(rows.quotes.count - 1 - i)), articleID, q)
    }
  }

  /// Writes a batch's quotes in id order. FTS5 flushes its pending terms whenever a rowid
  /// is lower than the last one, so ids written in date order rather than file order made
  /// thousands of tiny segments to merge: sorting first made the index build several
  /// times faster and write a fraction of the bytes.
  static func insertQuotes(_ quotes: [NumberedQuote], with inserts: Inserts) throws {
    let sorted = quotes.sorted { $0.id < $1.id }
    for q in sorted { try inserts.quote.run([q.id, q.articleID], q.quote.values) }
    for q in sorted { try inserts.quoteText.run([q.id], [q.quote.text.databaseValue, q.quote.speaker.databaseValue]) }
  }
}

/// Writes parsed files a batch per transaction on a queue of its own, ahead of the parsers:
/// starved of CPU it would let parsed batches pile up until the parsers stopped for room,
/// and the two would take turns instead of overlapping. `room` bounds the files parsed
/// and not yet written.
final class BatchWriter: Sendable {
  private let dbQueue: DatabaseQueue
  private let queue = DispatchQueue(label: "hearsay.index.write", qos: .userInteractive)
  private let room: DispatchSemaphore
  private let error = Locked<(any Error)?>(nil)

  init(_ dbQueue: DatabaseQueue, room: Int) {
    self.dbQueue = dbQueue
    self.room = DispatchSemaphore(value: room)
  }

  /// Whether a write has failed: parsing can stop.
  var failed: Bool { error.withLock { $0 } != nil }

  /// Waits until fewer than `room` parsed files wait to be written.
  func waitForRoom() { room.wait() }

  func write(_ batch: [ParsedFile]) {
    // Nothing to write opens no full-text table (preparing an insert into a damaged one fails).
    guard !batch.isEmpty else { return }
    queue.async { [dbQueue, room, error] in
      defer { for _ in batch { room.signal() } }
      guard error.withLock({ $0 }) == nil else { return }
      do {
        try dbQueue.write { db in
          var sequence = try Int64.fetchOne(db, sql: "SELECT next FROM sequence") ?? 0
          let inserts = try CollectionIndex.Inserts(db)
          var quotes: [CollectionIndex.NumberedQuote] = []
          for item in batch {
            // Another Hearsay may have indexed the file since the plan was made.
            try CollectionIndex.deleteFile(item.file, in: db)
            if item.settled { try inserts.file.run([], [item.file.databaseValue, item.state.size.databaseValue, item.state.mtime.databaseValue]) }
            for rows in item.articles { quotes += try CollectionIndex.insert(rows, sequence: &sequence, in: db, with: inserts) }
          }
          try CollectionIndex.insertQuotes(quotes, with: inserts)
          try db.execute(sql: "UPDATE sequence SET next = ?", arguments: [sequence])
        }
      } catch let failure {
        error.withLock { $0 = failure }
      }
    }
  }

  /// Waits for every batch to be written; throws the first write's error.
  func finish() throws {
    queue.sync {}
    if let failure = error.withLock({ $0 }) { throw failure }
  }
}
