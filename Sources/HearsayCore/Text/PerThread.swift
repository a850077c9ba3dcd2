import Foundation

/// A value each thread has its own copy of. Caches consulted once per token (word flags)
/// live here rather than behind one lock: with a lock, parsing on two cores spent its
/// time waiting for the other core, and was slower than parsing on one.
public final class PerThread<Value>: @unchecked Sendable {
  private final class Box {
    var value: Value
    init(_ value: Value) { self.value = value }
  }

  private var key = pthread_key_t()
  private let make: @Sendable () -> Value

  public init(_ make: @escaping @Sendable () -> Value) {
    self.make = make
    pthread_key_create(&key) { pointer in
      guard let pointer else { return }
      Unmanaged<AnyObject>.fromOpaque(pointer).release()
    }
  }

  public func withValue<R>(_ body: (inout Value) throws -> R) rethrows -> R {
    if let pointer = pthread_getspecific(key) {
      return try body(&Unmanaged<Box>.fromOpaque(pointer).takeUnretainedValue().value)
    }
    let box = Box(make())
    pthread_setspecific(key, Unmanaged.passRetained(box).toOpaque())
    return try body(&box.value)
  }
}
