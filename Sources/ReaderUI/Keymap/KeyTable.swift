/// The keymap table as Markdown, for the README (a test keeps the README in step).
public enum KeyTable {
  public static func markdown() -> String {
    var out = "| Keys | Action | Where |\n|---|---|---|\n"
    for row in Keymap.table {
      let keys = row.keys.compactMap { Key.parseSequence($0)?.map(\.notation).joined() }.map { "`\($0)`" }.joined(separator: " ")
      let place = row.contexts == Set(Context.allCases) ? "everywhere" : row.contexts == [.library] ? "library" : "reader"
      out += "| \(keys) | \(row.help) | \(place) |\n"
    }
    return out
  }
}
