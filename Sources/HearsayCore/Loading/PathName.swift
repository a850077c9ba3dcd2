import Foundation

/// File-name parts by string alone. `URL(fileURLWithPath:)` asks the file system whether
/// the path is a folder; done for each of 100,000 articles, that was most of the time to
/// the library's first screen. The searches run over UTF-8 bytes, not characters.
public enum PathName {
  /// `~/news/../news/a.txt` → `/home/me/news/a.txt`: the one form every place that keys
  /// something by path (reading state, the index, exports, the reader's file list) uses,
  /// so a collection opened from another folder or through `~` is still the same one.
  public static func absolute(_ path: String) -> String {
    URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL.path
  }

  /// `a/b/story.TXT` → `story.TXT`.
  public static func last(_ path: String) -> String {
    let bytes = path.utf8
    let end = bytes.last == UInt8(ascii: "/") && bytes.count > 1 ? bytes.index(before: bytes.endIndex) : bytes.endIndex
    let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
    return String(path[start..<end])
  }

  /// `a/b/story.TXT` → `txt`; empty when there is none (`README`, `.profile`).
  public static func lowercasedExtension(_ path: String) -> String {
    let bytes = path.utf8
    guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return "" }
    if let slash = bytes.lastIndex(of: UInt8(ascii: "/")), slash >= dot { return "" }
    // A leading dot names a hidden file, not an extension.
    if dot == bytes.startIndex || bytes[bytes.index(before: dot)] == UInt8(ascii: "/") { return "" }
    return path[bytes.index(after: dot)...].lowercased()
  }
}
