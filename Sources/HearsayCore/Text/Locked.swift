import Foundation

/// A value shared between threads behind a lock. `NSLock` rather than `Mutex`, because
/// ThreadSanitizer understands pthread locks and reports false races through `Mutex`.
public final class Locked<Value>: @unchecked Sendable {
  private var value: Value
  private let lock = NSLock()

  public init(_ value: Value) { self.value = value }

  public func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
