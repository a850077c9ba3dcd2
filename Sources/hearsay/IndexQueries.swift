import HearsayCore
import HearsayIndex
import ReaderUI

/// The reader's window on a collection index. A query that finds the index damaged has it
/// rebuilt and asks again (`answering`), quietly: the terminal is the reader's.
struct IndexQueries: CollectionQueries {
  let index: CollectionIndex

  func update(progress: @escaping @Sendable (Int, Int) -> Void) throws {
    try index.update(loader: .standard, checkFullText: true, progress: progress)
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
    try ask { try $0.articles() }.map {
      LibraryEntry(path: $0.path, title: $0.title ?? $0.path, section: $0.section, dateText: $0.dateText, date: $0.date,
                   quoteCount: $0.quotes, speakerCount: $0.speakers)
    }
  }

  func quotes(matching query: String, limit: Int) throws -> [CollectionQuoteRow] {
    try ask { try $0.search(query, limit: limit) }.map { CollectionQuoteRow(quote: $0.quote, snippet: $0.markedSnippet) }
  }

  func quotes(bySpeaker id: String, limit: Int) throws -> [CollectionQuoteRow] {
    try ask { try $0.quotes(by: id, limit: limit) }.map { CollectionQuoteRow(quote: $0.quote, snippet: $0.markedSnippet) }
  }

  private func ask<T>(_ query: (CollectionIndex) throws -> T) throws -> T { try index.answering(notice: { _ in }, query) }
}
