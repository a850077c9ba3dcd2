/// File-name parts by string alone. `URL(fileURLWithPath:)` asks the file system whether
/// the path is a folder; done for each of 100,000 articles, that was most of the time to
/// the library's first screen.
public enum PathName {
  /// `a/b/story.TXT` → `story.TXT`.
  public static func last(_ path: String) -> String {
    let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
    return trimmed.lastIndex(of: "/").map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
  }

  /// `a/b/story.TXT` → `txt`; empty when there is none (`README`, `.profile`).
  public static func lowercasedExtension(_ path: String) -> String {
    let name = last(path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...].lowercased()
  }
}
