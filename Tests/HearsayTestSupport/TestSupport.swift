import Foundation
import Testing

/// What the test targets share: where the package is, a seeded generator for random
/// input that is the same on every run, and whole-screen goldens.
public enum PackageRoot {
  /// The repository's root: three levels above this file.
  public static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The bundled sample articles.
  public static let samples = url.appendingPathComponent("Resources/articles").path
}

/// A linear congruential generator (Knuth's MMIX constants): the same numbers from the
/// same seed on every machine, so a failing random case can be run again.
public struct SeededGenerator {
  public var state: UInt64
  public init(seed: UInt64) { state = seed }

  public mutating func next() -> Int {
    state = state &* 6364136223846793005 &+ 1442695040888963407
    return Int(truncatingIfNeeded: state >> 33)
  }

  public mutating func pick<T>(_ items: [T]) -> T { items[next() % items.count] }
}

/// Whole screens compared with reviewed files in `Tests/Goldens/` (`NAME.txt`). A screen
/// that differs fails with the first differing row of each; `HEARSAY_RECORD_GOLDENS=1`
/// writes the screens instead, to be reviewed in the diff before they are committed. A
/// missing golden fails (under CI too): it is never written silently.
public enum Golden {
  public static let folder = PackageRoot.url.appendingPathComponent("Tests/Goldens")
  static let recording = ProcessInfo.processInfo.environment["HEARSAY_RECORD_GOLDENS"] == "1"

  public static func assertScreen(_ screen: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let file = folder.appendingPathComponent(name + ".txt")
    if recording {
      do { try Data(screen.utf8).write(to: file) } catch { Issue.record("could not write \(file.path): \(error)", sourceLocation: sourceLocation) }
      return
    }
    guard let data = FileManager.default.contents(atPath: file.path) else {
      Issue.record("no golden \(file.path): run the tests with HEARSAY_RECORD_GOLDENS=1, review it, commit it", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != screen else { return }
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let got = screen.split(separator: "\n", omittingEmptySubsequences: false)
    let row = zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(want.count, got.count)
    Issue.record("""
      screen \(name) differs from its golden at row \(row + 1):
        golden: \(row < want.count ? String(want[row]) : "(no row)")
        screen: \(row < got.count ? String(got[row]) : "(no row)")
      """, sourceLocation: sourceLocation)
  }
}

/// A fresh folder under the system's temporary folder for one test's files, removed with
/// everything in it when the test lets go of it: a suite keeps one as a property, a test
/// as a local. (A folder left behind per run filled `/tmp` with hundreds.)
public final class ScratchDirectory: @unchecked Sendable {
  public let url: URL
  public var path: String { url.path }

  /// `hearsay-LABEL-UUID`, created empty.
  public init(_ label: String) throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  public func appendingPathComponent(_ name: String) -> URL { url.appendingPathComponent(name) }

  deinit {
    // A test may have made a file read-only; give the owner write access back first.
    if let walk = FileManager.default.enumerator(atPath: url.path) {
      for case let name as String in walk {
        try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.appendingPathComponent(name).path)
      }
    }
    try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.path)
    try? FileManager.default.removeItem(at: url)
  }
}
