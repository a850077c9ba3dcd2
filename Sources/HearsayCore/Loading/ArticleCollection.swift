/// A file that holds many articles (a JSON Lines dataset, newsboat's cache). Each one is
/// addressed as `file#id`, so the CLI, the index and the reader can point back to it.
public protocol ArticleCollection: Sendable {
  /// Whether this file is a collection of this kind.
  func contains(path: String) -> Bool
  /// Calls `body` with each article in order until it returns false; a bad one is a
  /// failure that names where it is, and the rest go on.
  func forEach(path: String, _ body: (CollectionRecord) -> Bool) throws(ArticleLoadError)
  /// One article by its id within the file.
  func article(id: String, in path: String) throws(ArticleLoadError) -> Article
}

/// One entry of a collection: its number in reading order, and the article or the error.
public typealias CollectionRecord = (number: Int, result: Result<Article, ArticleLoadError>)

/// JSON Lines and JSON arrays as a collection; ids are record numbers.
public struct RecordCollection: ArticleCollection {
  public var map: RecordFile.FieldMap

  public init(map: RecordFile.FieldMap = .init()) { self.map = map }

  public func contains(path: String) -> Bool { RecordFile.isRecordFile(path) }

  public func forEach(path: String, _ body: (CollectionRecord) -> Bool) throws(ArticleLoadError) {
    try RecordFile.forEach(path: path, map: map, body)
  }

  public func article(id: String, in path: String) throws(ArticleLoadError) -> Article {
    guard let n = Int(id) else { throw .notFound(path: "\(path)#\(id)") }
    return try RecordFile.record(n, path: path, map: map)
  }
}
