/// Display width of text in terminal cells, computed in pure Swift so that snapshot tests
/// do not depend on the machine's locale or its `wcwidth`.
public enum CellWidth {
  /// 2 for East Asian wide and emoji-presentation characters, 0 for combining marks and
  /// joiners, 1 otherwise — measured per grapheme so a cluster is never split.
  public static func of(_ c: Character) -> Int {
    var width = 0
    for (i, s) in c.unicodeScalars.enumerated() {
      let w = of(scalar: s)
      if i == 0 { width = w } else if w == 2 { width = 2 }
    }
    return width
  }

  public static func of(scalar s: Unicode.Scalar) -> Int {
    let v = s.value
    if v == 0 { return 0 }
    if v < 0x300 { return 1 }
    if v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || (0xFE00...0xFE0F).contains(v) { return 0 }
    switch s.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if isWide(v) || s.properties.isEmojiPresentation { return 2 }
    return 1
  }

  static func isWide(_ v: UInt32) -> Bool {
    (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
      || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
      || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
  }

  public static func of(_ s: String) -> Int { s.reduce(0) { $0 + of($1) } }
}

/// Characters that must never reach a terminal as themselves: shown as visible symbols.
public enum VisiblePlaceholder {
  /// The character to draw instead of `c`, or nil when `c` is safe to draw.
  public static func replacement(for c: Character) -> Character? {
    guard let s = c.unicodeScalars.first else { return nil }
    let v = s.value
    if v == 0x09 { return " " }
    if v < 0x20 { return Character(Unicode.Scalar(0x2400 + v)!) }  // ␛, ␀, …
    if v == 0x7F { return "␡" }
    if (0x80...0x9F).contains(v) { return "�" }
    if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F { return "¶" }
    if c.unicodeScalars.contains(where: { $0.value < 0x20 || (0x80...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) {
      return "�"
    }
    return nil
  }
}
