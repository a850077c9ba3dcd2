import Foundation

/// Where Hearsay keeps its own files, by the XDG base-directory rules: the index under
/// `$XDG_CACHE_HOME` (it can be rebuilt), reading state under `$XDG_STATE_HOME` (it
/// cannot), configuration under `$XDG_CONFIG_HOME`. Never inside the collection.
public enum UserDirectories {
  public static var cache: URL { base("XDG_CACHE_HOME", default: ".cache") }
  public static var state: URL { base("XDG_STATE_HOME", default: ".local/state") }
  public static var config: URL { base("XDG_CONFIG_HOME", default: ".config") }

  private static func base(_ variable: String, default relative: String) -> URL {
    // The spec says a relative value is invalid and must be ignored.
    if let value = ProcessInfo.processInfo.environment[variable], value.hasPrefix("/") {
      return URL(fileURLWithPath: value).appendingPathComponent("hearsay")
    }
    return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(relative).appendingPathComponent("hearsay")
  }

  /// `<last path component>-<hash of the full path>`: readable, and unique per collection root.
  public static func fileStem(for root: String) -> String {
    var hash: UInt64 = 14695981039346656037
    for b in root.utf8 { hash = (hash ^ UInt64(b)) &* 1099511628211 }
    let name = URL(fileURLWithPath: root).lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" }
    return "\(name.isEmpty ? "collection" : name)-\(String(hash, radix: 16))"
  }
}
