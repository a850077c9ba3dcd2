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

  /// Creates `dir` and its missing parents, owner-only. The error names the directory that
  /// could not be made and says why as the system does (`Not a directory`, `Permission denied`).
  public static func createPrivate(_ dir: URL) throws(FileWriteError) {
    var path = ""
    for part in dir.standardizedFileURL.path.split(separator: "/") {
      path += "/" + part
      if mkdir(path, 0o700) != 0, errno != EEXIST { throw FileWriteError(path: path, reason: String(cString: strerror(errno))) }
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw FileWriteError(path: dir.path, reason: "not a directory")
    }
  }

  /// `<last path component>-<hash of the full path>`: readable, and unique per collection root.
  public static func fileStem(for root: String) -> String {
    var hash: UInt64 = 14695981039346656037
    for b in root.utf8 { hash = (hash ^ UInt64(b)) &* 1099511628211 }
    let name = URL(fileURLWithPath: root).lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" }
    return "\(name.isEmpty ? "collection" : name)-\(String(hash, radix: 16))"
  }
}
