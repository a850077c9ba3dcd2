/// Splits text into lines by code-point offsets (LF, CRLF, lone CR, U+2028/9), the unit
/// every layout rule starts from.
struct Line {
  var range: TextRange
  /// Offset of the first and one past the last non-space code point, or nil when blank.
  var trimmed: TextRange?
  var isBlank: Bool { trimmed == nil }
}

enum LineSplitter {
  /// The lines of `range`, without making the text's code points: the breaks found in the
  /// UTF-8, then each line's ends trimmed.
  static func lines(_ text: ScalarText, in range: TextRange) -> [Line] {
    var out: [Line] = []
    // News runs a line or a paragraph to every few hundred code points: room for them at once.
    out.reserveCapacity(range.length / 64 + 1)
    var start = range.start
    var afterCR = -1
    text.forEachLineBreak(in: range) { i, isCR in
      // `\r\n` is one break: the line ended at the `\r`.
      if i == afterCR, text.scalar(at: i) == "\n" {
        start = i + 1
        return
      }
      out.append(make(text, start, i))
      start = i + 1
      afterCR = isCR ? i + 1 : -1
    }
    if start < range.end { out.append(make(text, start, range.end)) }
    return out
  }

  private static func make(_ text: ScalarText, _ a: Int, _ b: Int) -> Line {
    var lo = a
    var hi = b
    while lo < hi, text.scalar(at: lo).isSpaceOrNewline { lo += 1 }
    while hi > lo, text.scalar(at: hi - 1).isSpaceOrNewline { hi -= 1 }
    return Line(range: TextRange(a, b), trimmed: lo < hi ? TextRange(lo, hi) : nil)
  }
}

/// Groups lines into paragraphs: blank lines always separate; inside a run of lines,
/// each line is its own paragraph unless the run looks hard-wrapped (many short lines
/// of similar width), as e-mailed or Markdown text is.
enum ParagraphGrouper {
  static func paragraphs(_ lines: [Line]) -> [TextRange] {
    var out: [TextRange] = []
    out.reserveCapacity(lines.count)
    var run: [TextRange] = []
    func flush() {
      guard !run.isEmpty else { return }
      if isHardWrapped(run) {
        out.append(TextRange(run.first!.start, run.last!.end))
      } else {
        out.append(contentsOf: run)
      }
      run.removeAll(keepingCapacity: true)
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
