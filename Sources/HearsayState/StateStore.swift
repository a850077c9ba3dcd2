import Foundation
import HearsayCore

/// Loads and saves one collection's `ReadingState` under `$XDG_STATE_HOME/hearsay/`.
/// A state file that cannot be read is moved aside (never deleted, never fatal) and the
/// reader starts afresh with a message saying where the old one went. Saves are atomic.
public struct StateStore: Sendable {
  public let url: URL

  public init(root: String, directory: URL = UserDirectories.state) {
    url = directory.appendingPathComponent(UserDirectories.fileStem(for: PathName.absolute(root)) + ".json")
  }

  /// The saved state, and a message when the file had to be set aside.
  public func load() -> (state: ReadingState, problem: String?) {
    guard FileManager.default.fileExists(atPath: url.path) else { return (ReadingState(), nil) }
    let reason: String
    do {
      let state = try decode()
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

  /// Saves `state`, merged with whatever another Hearsay saved since `base` was loaded
  /// (see `ReadingState.merge`); returns what was written, the new base for the next save.
  @discardableResult
  public func save(_ state: ReadingState, since base: ReadingState) throws(FileWriteError) -> ReadingState {
    // Read, merge and write under a lock, so two savers cannot interleave.
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                             attributes: [.posixPermissions: 0o700])
    let lock = open(url.path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    if lock >= 0 { flock(lock, LOCK_EX) }
    defer {
      if lock >= 0 {
        flock(lock, LOCK_UN)
        close(lock)
      }
    }
    let onDisk = FileManager.default.fileExists(atPath: url.path) ? read() : nil
    let merged = onDisk.map { $0 == base ? state : ReadingState.merge(base: base, ours: state, theirs: $0) } ?? state
    try save(merged)
    return merged
  }

  /// The file's state, or nil when it cannot be read (a save then replaces it).
  private func read() -> ReadingState? { try? decode() }

  private func decode() throws -> ReadingState {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode(ReadingState.self, from: try Data(contentsOf: url))
  }

  public func save(_ state: ReadingState) throws(FileWriteError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    let data: Data
    do { data = try encoder.encode(state) } catch { throw FileWriteError(path: url.path, reason: "\(error)") }
    try AtomicFile.write(data, to: url)
  }

  private static func describe(_ error: DecodingError) -> String {
    switch error {
    case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
      let path = c.codingPath.map(\.stringValue).joined(separator: ".")
      return path.isEmpty ? c.debugDescription : "\(path): \(c.debugDescription)"
    @unknown default: return "\(error)"
    }
  }
}
