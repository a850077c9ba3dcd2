/// A key press as the reader understands it, independent of the terminal that sent it.
public enum Key: Hashable, Sendable {
  case character(Character)
  case control(Character)
  case up, down, left, right, pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete
  case function(Int)

  /// Parses the notation the keymap table and config files use: `j`, `G`, `<Down>`,
  /// `<C-d>`, `<S-Tab>`, `<Enter>`, `<Esc>`, `<PageDown>`, `<BS>`, `<F1>`, `<Space>`.
  public static func parseSequence(_ notation: String) -> [Key]? {
    var keys: [Key] = []
    var rest = Substring(notation)
    while let c = rest.first {
      if c == "<", let close = rest.firstIndex(of: ">"), close > rest.index(after: rest.startIndex) {
        let name = String(rest[rest.index(after: rest.startIndex)..<close])
        guard let key = named(name) else { return nil }
        keys.append(key)
        rest = rest[rest.index(after: close)...]
      } else {
        keys.append(.character(c))
        rest = rest.dropFirst()
      }
    }
    return keys.isEmpty ? nil : keys
  }

  static func named(_ name: String) -> Key? {
    switch name.lowercased() {
    case "up": return .up
    case "down": return .down
    case "left": return .left
    case "right": return .right
    case "pageup", "pgup": return .pageUp
    case "pagedown", "pgdn": return .pageDown
    case "home": return .home
    case "end": return .end
    case "enter", "cr", "return": return .enter
    case "esc", "escape": return .escape
    case "tab": return .tab
    case "s-tab", "backtab": return .backTab
    case "bs", "backspace": return .backspace
    case "del", "delete": return .delete
    case "space": return .character(" ")
    case "lt": return .character("<")
    default:
      if name.lowercased().hasPrefix("c-"), name.count == 3 { return .control(Character(name.suffix(1).lowercased())) }
      if name.lowercased().hasPrefix("f"), let n = Int(name.dropFirst()), (1...12).contains(n) { return .function(n) }
      return nil
    }
  }

  /// How the help overlay and README show the key.
  public var notation: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let c): return String(c)
    case .control(let c): return "Ctrl-\(c)"
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Del"
    case .function(let n): return "F\(n)"
    }
  }
}
