import Foundation

/// Loads and saves one collection's `ReadingState` under `$XDG_STATE_HOME/hearsay/`.
/// A state file that cannot be read is moved aside (never deleted, never fatal) and the
/// reader starts afresh with a message saying where the old one went. Saves are atomic.
public struct StateStore: Sendable {
  public let url: URL

  public init(root: String, directory: URL = UserDirectories.state) {
    url = directory.appendingPathComponent(UserDirectories.fileStem(for: Self.key(for: root)) + ".json")
  }

  /// The saved state, and a message when the file had to be set aside.
  public func load() -> (state: ReadingState, problem: String?) {
    guard FileManager.default.fileExists(atPath: url.path) else { return (ReadingState(), nil) }
    let reason: String
    do {
      let data = try Data(contentsOf: url)
      let decoder = JSONDecoder()
      decoder.dateDecodingStrategy = .iso8601
      let state = try decoder.decode(ReadingState.self, from: data)
      if state.version <= ReadingState.version { return (state, nil) }
      reason = "it is from a newer Hearsay (version \(state.version))"
    } catch let error as DecodingError {
      reason = "it is not valid (\(Self.describe(error)))"
    } catch {
      reason = "it cannot be read (\(error.localizedDescription))"
    }
    let aside = url.deletingPathExtension().appendingPathExtension("unreadable-\(Int(Date().timeIntervalSince1970)).json")
    let moved = rename(url.path, aside.path) == 0
    let whereTo = moved ? "moved to \(aside.path)" : "left in place"
    return (ReadingState(), "reading state \(url.path): \(reason); \(whereTo), starting afresh")
  }

  public func save(_ state: ReadingState) throws(FileWriteError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    let data: Data
    do { data = try encoder.encode(state) } catch { throw FileWriteError(path: url.path, reason: "\(error)") }
    try AtomicFile.write(data, to: url)
  }

  /// The key for an article: its absolute, standardised path, so runs from another
  /// working directory find the same entry.
  public static func key(for path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

  private static func describe(_ error: DecodingError) -> String {
    switch error {
    case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
      let path = c.codingPath.map(\.stringValue).joined(separator: ".")
      return path.isEmpty ? c.debugDescription : "\(path): \(c.debugDescription)"
    @unknown default: return "\(error)"
    }
  }
}
