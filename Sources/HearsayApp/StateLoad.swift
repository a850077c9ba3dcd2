import Dispatch
import HearsayCore
import HearsayState

/// The reading state, loading on another thread from the moment the reader starts: a
/// collection read for years has a state file of megabytes, and the first screen should
/// not wait for it.
final class StateLoad: Sendable {
  private let result = Locked<(state: ReadingState, problem: String?)?>(nil)
  private let group = DispatchGroup()

  init(_ store: StateStore) {
    DispatchQueue.global(qos: .userInteractive).async(group: group) { [result] in
      let loaded = store.load()
      result.withLock { $0 = loaded }
    }
  }

  /// The state if it has loaded, without waiting.
  func take() -> (state: ReadingState, problem: String?)? { result.withLock { $0 } }

  /// The state, waiting for it.
  func wait() -> (state: ReadingState, problem: String?) {
    group.wait()
    return take() ?? (ReadingState(), nil)
  }
}
