/// Display width of text in terminal cells, computed in pure Swift so that snapshot tests
/// do not depend on the machine's locale or its `wcwidth`.
public enum CellWidth {
  /// The width of a scalar standing alone: 2 for East Asian wide and emoji-presentation
  /// characters (a symbol that is an emoji only with a variation selector, 🏳, is 1), 1
  /// for regional indicators (a flag is their pair), 0 for combining marks, joiners and
  /// format controls, 1 otherwise.
  public static func of(scalar s: Unicode.Scalar) -> Int {
    let v = s.value
    if v == 0 { return 0 }
    if v < 0x300 { return 1 }
    if v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || (0xFE00...0xFE0F).contains(v) { return 0 }
    if (0x1F1E6...0x1F1FF).contains(v) { return 1 }
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
      || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
  }

  /// The cells `s` is drawn in (see `DrawnClusters`).
  public static func of(_ s: String) -> Int {
    var width = 0
    DrawnClusters.forEach(in: s) { width += $0.width }
    return width
  }
}

/// What the grid sends a terminal for a run of text, a cell's worth at a time. Terminals
/// disagree on how wide a joined emoji (👩‍🔬), a variation-selected symbol (❤️) or a skin
/// tone is drawn, and ncurses keeps at most five code points a cell, so the grid draws
/// only what every terminal measures alike: a base and at most four combining marks a
/// cluster, no joiners or variation selectors (👩‍🔬 is drawn 👩🔬, four cells anywhere), a
/// control as its placeholder. Layout and drawing both count with this, so they agree.
public enum DrawnClusters {
  public struct Cluster {
    /// What is drawn; nil for a scalar that takes no cell (a joiner, a variation
    /// selector, a format control, a mark with nothing to sit on).
    public let character: Character?
    public let width: Int
  }

  /// Code points ncurses keeps in a cell (`setcchar`'s CCHARW_MAX).
  static let scalarsPerCell = 5

  /// The cluster of `s` starting at `i`, and where it ends (before `limit`).
  public static func cluster(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> (end: Int, cluster: Cluster) {
    let base = s[i]
    var j = i + 1
    if let placeholder = VisiblePlaceholder.replacement(for: Character(base)) {
      return (j, Cluster(character: placeholder, width: 1))
    }
    let width = CellWidth.of(scalar: base)
    guard width > 0 else { return (j, Cluster(character: nil, width: 0)) }
    var kept = [base]
    while j < limit, isAttached(s[j]) {
      if isMark(s[j]), kept.count < scalarsPerCell { kept.append(s[j]) }
      j += 1
    }
    let joined = String(String.UnicodeScalarView(kept))
    return (j, Cluster(character: joined.count == 1 ? Character(joined) : Character(base), width: width))
  }

  /// Calls `body` with each cluster of `text`, in order.
  public static func forEach(in text: String, _ body: (Cluster) -> Void) {
    walk(Array(text.unicodeScalars)) { _, _, cluster in
      body(cluster)
      return true
    }
  }

  /// Calls `body` with each cluster of `s` and the scalars it spans, in order, until it
  /// returns false; returns where it stopped.
  @discardableResult
  public static func walk(_ s: [Unicode.Scalar], _ body: (_ start: Int, _ end: Int, Cluster) -> Bool) -> Int {
    var i = 0
    while i < s.count {
      let (end, cluster) = Self.cluster(s, at: i, limit: s.count)
      guard body(i, end, cluster) else { return i }
      i = end
    }
    return i
  }

  /// A combining mark, which a cell draws on its base (variation selectors are marks to
  /// Unicode, but not drawn).
  private static func isMark(_ s: Unicode.Scalar) -> Bool {
    s.value >= 0x300 && !isSelectorOrJoiner(s)
      && (s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .enclosingMark)
  }

  private static func isSelectorOrJoiner(_ s: Unicode.Scalar) -> Bool {
    s.value == 0x200D || (0xFE00...0xFE0F).contains(s.value) || (0xE0100...0xE01EF).contains(s.value)
  }

  /// What belongs to the cluster before it without a cell of its own: marks, joiners and
  /// variation selectors (the last two never drawn).
  private static func isAttached(_ s: Unicode.Scalar) -> Bool {
    isSelectorOrJoiner(s) || isMark(s)
  }
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
