/// Splits text into lines by code-point offsets (LF, CRLF, lone CR, U+2028/9), the unit
/// every layout rule starts from.
struct Line {
  var range: TextRange
  /// Offset of the first and one past the last non-space code point, or nil when blank.
  var trimmed: TextRange?
  var isBlank: Bool { trimmed == nil }
}

enum LineSplitter {
  static func lines(_ s: [Unicode.Scalar], in range: TextRange? = nil) -> [Line] {
    let r = range ?? TextRange(0, s.count)
    var out: [Line] = []
    var start = r.start
    var i = r.start
    while i < r.end {
      let c = s[i]
      if c.isNewline {
        out.append(make(s, start, i))
        if c == "\r", i + 1 < r.end, s[i + 1] == "\n" { i += 1 }
        start = i + 1
      }
      i += 1
    }
    if start < r.end { out.append(make(s, start, r.end)) }
    return out
  }

  private static func make(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Line {
    var lo = a
    var hi = b
    while lo < hi, s[lo].isSpaceOrNewline { lo += 1 }
    while hi > lo, s[hi - 1].isSpaceOrNewline { hi -= 1 }
    return Line(range: TextRange(a, b), trimmed: lo < hi ? TextRange(lo, hi) : nil)
  }
}

/// Groups lines into paragraphs: blank lines always separate; inside a run of lines,
/// each line is its own paragraph unless the run looks hard-wrapped (many short lines
/// of similar width), as e-mailed or Markdown text is.
enum ParagraphGrouper {
  static func paragraphs(_ lines: [Line]) -> [TextRange] {
    var out: [TextRange] = []
    var run: [TextRange] = []
    func flush() {
      guard !run.isEmpty else { return }
      if isHardWrapped(run) {
        out.append(TextRange(run.first!.start, run.last!.end))
      } else {
        out.append(contentsOf: run)
      }
      run.removeAll()
    }
    for line in lines {
      if let t = line.trimmed { run.append(t) } else { flush() }
    }
    flush()
    return out
  }

  static func isHardWrapped(_ run: [TextRange]) -> Bool {
    guard run.count >= 3 else { return false }
    let widths = run.dropLast().map(\.length)
    guard let widest = widths.max(), widest <= 100, widest >= 40 else { return false }
    return widths.allSatisfy { $0 * 10 >= widest * 6 }
  }
}
