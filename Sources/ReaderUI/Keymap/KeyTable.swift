/// The keymap table as Markdown, for the README (a test keeps the README in step) and
/// `hearsay keys`, which shows the live bindings when a configuration changes them.
public enum KeyTable {
  public static func markdown(_ keymap: Keymap = Keymap()) -> String {
    var out = "| Keys | Action | Where |\n|---|---|---|\n"
    for row in Keymap.table {
      let contexts = Context.allCases.filter { !keymap.keys(for: row.action, in: $0).isEmpty }
      guard !contexts.isEmpty else { continue }
      var keys: [String] = []
      for context in contexts {
        for k in keymap.keys(for: row.action, in: context) {
          let shown = "`\(Keymap.notation(k, for: row.action))`"
          if !keys.contains(shown) { keys.append(shown) }
        }
      }
      out += "| \(keys.joined(separator: " ")) | \(row.help) | \(place(Set(contexts))) |\n"
    }
    return out
  }

  static func place(_ contexts: Set<Context>) -> String {
    if contexts.isSuperset(of: Keymap.everywhere) { return contexts.contains(.help) ? "everywhere, help" : "everywhere" }
    var parts: [String] = []
    if contexts.contains(.library) { parts.append("library") }
    if contexts.isSuperset(of: Keymap.reader) {
      parts.append("reader")
    } else {
      parts += Context.allCases.filter { Keymap.reader.contains($0) && contexts.contains($0) }.map { "\($0.rawValue) pane" }
    }
    if contexts.contains(.lists) { parts.append("lists") }
    if contexts.contains(.help) { parts.append("help") }
    return parts.joined(separator: ", ")
  }
}
