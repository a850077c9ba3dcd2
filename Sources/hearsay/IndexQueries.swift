import HearsayCore
import HearsayIndex
import ReaderUI

/// The reader's window on a collection index. A query that finds the index damaged has it
/// rebuilt and asks again (`answering`), quietly: the terminal is the reader's.
struct IndexQueries: CollectionQueries {
  let index: CollectionIndex

  func update(progress: @escaping @Sendable (Int, Int) -> Void) throws {
    try index.update(loader: .standard, checkFullText: true, keepingAnswers: true, progress: progress)
  }

  func correctSpeakers(_ corrections: [SpeakerCorrection]) throws -> [String] {
    try index.correctSpeakers(corrections)
  }

  func speakers() throws -> (rows: [CollectionSpeakerRow], span: (first: String, last: String)?) {
    let rows = try ask { try $0.speakers() }.map {
      CollectionSpeakerRow(id: $0.id, name: $0.name, kind: $0.kind, aliases: $0.aliases, quotes: $0.quotes, articles: $0.articles, timeline: $0.timeline)
    }
    return (rows, try ask { try $0.timelineSpan() })
  }

  func entries() throws -> [LibraryEntry] {
    try ask { try $0.articles() }.map(Self.entry)
  }

  private static func entry(_ a: IndexedArticle) -> LibraryEntry {
    LibraryEntry(path: a.path, title: a.title ?? a.path, section: a.section, dateText: a.dateText, date: a.date,
                 quoteCount: a.quotes, speakerCount: a.speakers)
  }

  /// The newest `rows` articles and how many the index holds, for the library's first
  /// screen; nil when the index has none yet (or cannot answer), so the folder is scanned.
  func firstScreen(rows: Int) -> (entries: [LibraryEntry], total: Int)? {
    guard let newest = try? ask({ try $0.newestArticles(limit: rows) }), newest.total > 0 else { return nil }
    return (newest.articles.map(Self.entry), newest.total)
  }

  func quotes(matching query: String, limit: Int) throws -> [CollectionQuoteRow] {
    try ask { try $0.search(query, limit: limit) }.map { CollectionQuoteRow(quote: $0.quote, snippet: $0.markedSnippet) }
  }

  func quotes(bySpeaker id: String, limit: Int) throws -> [CollectionQuoteRow] {
    try ask { try $0.quotes(by: id, limit: limit) }.map { CollectionQuoteRow(quote: $0.quote, snippet: $0.markedSnippet) }
  }

  private func ask<T>(_ query: (CollectionIndex) throws -> T) throws -> T { try index.answering(notice: { _ in }, query) }
}
