/// `hearsay --dump-config`: every default as a configuration file that loads unchanged,
/// so users start from the real thing rather than from documentation.
public enum DefaultConfig {
  public static func text() -> String {
    let s = ReaderSettings()
    var out = """
      # Hearsay configuration — every default. Save as ~/.config/hearsay/config (or pass
      # --config FILE) and keep the lines you change. One command per line:
      #   set NAME VALUE · bind CONTEXTS KEYS ACTION · unbind CONTEXTS KEYS
      #   color ELEMENT FOREGROUND [BACKGROUND] [ATTRIBUTES] · color speakers COLOURS · mono ELEMENT ATTRIBUTES
      #   speaker merge NAME NAME… · speaker split NAME · speaker rename NAME NEW-NAME
      # Contexts: library, article, quotes, sources, lists (speakers, results, starred), help (the overlay), reader (the three panes), all (but help).
      # Colours: black red green yellow blue magenta cyan white, 0-255, default, speaker.

      set mouse \(s.mouse ? "on" : "off")
      set minimap \(s.minimap ? "on" : "off")
      set text-width \(s.textWidth)
      set pane-ratio \(s.paneRatio.notation)
      # set collection ~/news

      """
    // One line per key and action, its contexts joined, in the table's order.
    var lines: [(keys: [Key], action: Action, contexts: [Context])] = []
    for b in Keymap().bindings {
      if let i = lines.firstIndex(where: { $0.keys == b.keys && $0.action == b.action }) {
        lines[i].contexts.append(b.context)
      } else {
        lines.append((b.keys, b.action, [b.context]))
      }
    }
    for line in lines {
      let set = Set(line.contexts)
      let contexts = set == Keymap.everywhere ? "all" : set == Keymap.everywhereAndHelp ? "all,help"
        : set == Keymap.reader ? "reader" : line.contexts.map(\.rawValue).joined(separator: ",")
      out += "bind \(contexts) \(line.keys.map(\.configNotation).joined()) \(line.action.rawValue)\n"
    }
    out += "\n"
    for e in ThemeElement.allCases {
      let spec = Theme.defaultColorStyles[e] ?? StyleSpec()
      out += "color \(e.rawValue) \(ConfigFile.name(of: spec.foreground)) \(ConfigFile.name(of: spec.background)) \(spec.attributeNames.joined(separator: " "))\n"
    }
    out += "# color speakers 39 78 170 214 75 203   (default: six base colours, or twelve on 256-colour terminals)\n\n"
    for e in ThemeElement.allCases {
      out += "mono \(e.rawValue) \((Theme.defaultMonoStyles[e] ?? StyleSpec()).attributeNames.joined(separator: " "))\n"
    }
    out += """

      # Who is who across the collection, when the speakers view gets it wrong (m, R and U
      # there keep theirs in the reading state). By id, name or any name seen:
      # speaker merge "Barack Obama" "Obama"
      # speaker split "Clinton"
      # speaker rename "Donald J. Trump" "Donald Trump"

      """
    return out
  }
}

extension Key {
  /// The notation configuration files use, which `parseSequence` reads back.
  public var configNotation: String {
    switch self {
    case .character(" "): return "<Space>"
    case .character("<"): return "<lt>"
    case .character("#"), .character("\""): return "\"\(notation)\""
    case .character(let c): return String(c)
    case .control(let c): return "<C-\(c)>"
    case .up: return "<Up>"
    case .down: return "<Down>"
    case .left: return "<Left>"
    case .right: return "<Right>"
    case .pageUp: return "<PageUp>"
    case .pageDown: return "<PageDown>"
    case .home: return "<Home>"
    case .end: return "<End>"
    case .enter: return "<Enter>"
    case .escape: return "<Esc>"
    case .tab: return "<Tab>"
    case .backTab: return "<S-Tab>"
    case .backspace: return "<BS>"
    case .delete: return "<Del>"
    case .function(let n): return "<F\(n)>"
    }
  }
}
