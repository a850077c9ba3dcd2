/// Why an article could not be loaded. Each case names the file, because the user
/// sees these one per failed file while the rest of the collection is processed.
public enum ArticleLoadError: Error, Sendable, Equatable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case binary(path: String)
  case empty(path: String)
  case tooLarge(path: String, bytes: Int, limit: Int)
  case notFound(path: String)
  /// A directory, named pipe, socket or device where an article file was expected.
  case notRegular(path: String, kind: String)
  /// One record of a dataset file, by line.
  case badRecord(path: String, line: Int, reason: String)
  /// A `.json`/`.jsonl` file in which no record is an article (a settings file, a
  /// pretty-printed document): not part of the collection.
  case notArticles(path: String, reason: String)

  public var path: String {
    switch self {
    case .unreadable(let p, _), .binary(let p), .empty(let p), .tooLarge(let p, _, _),
      .notFound(let p), .notRegular(let p, _), .badRecord(let p, _, _), .notArticles(let p, _):
      return p
    }
  }

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
    case .binary(let path): return "\(path): looks like a binary file, skipped"
    case .empty(let path): return "\(path): empty file, skipped"
    case .tooLarge(let path, let bytes, let limit):
      return "\(path): \(bytes) bytes is over the \(limit)-byte limit for one article, skipped"
    case .notFound(let path): return "\(path): no such file or directory"
    case .notRegular(let path, let kind): return "\(path): \(kind), not an article file, skipped"
    case .badRecord(let path, let line, let reason): return "\(path):\(line): \(reason), skipped"
    case .notArticles(let path, let reason): return "\(path): holds no articles (\(reason)), skipped"
    }
  }
}
