/// Pairs quotation marks paragraph by paragraph. It decides whether an ambiguous mark
/// opens or closes from its neighbours (a mark after a space opens, one before a space
/// closes), tells apostrophes from single quotes, carries a quote across paragraphs
/// when the next one reopens it, and recovers locally from unbalanced marks, recording
/// a diagnostic instead of letting one stray mark swallow the rest of the article.
struct QuoteScanner {
  let s: [Unicode.Scalar]

  struct Result {
    var spans: [QuotedSpan] = []
    var diagnostics: [Diagnostic] = []
  }

  private struct Mark {
    var range: TextRange
    var family: QuoteFamily
    var role: QuotationMark.Role
    var canOpen: Bool
    var canClose: Bool
  }

  private struct Open {
    var mark: Mark
    var contentStart: Int
    var spansParagraphs = false
  }

  func scan(paragraphs: [TextRange]) -> Result {
    var result = Result()
    var carried: [Open] = []
    for (index, paragraph) in paragraphs.enumerated() {
      var marks = self.marks(in: paragraph)
      var stack = carried
      carried = []
      if !stack.isEmpty, let first = marks.first, first.range.start == firstNonSpace(paragraph),
        stack.contains(where: { $0.mark.family == first.family }), first.canOpen
      {
        marks.removeFirst()  // the reopening mark of a quote that runs on
      }
      var ignored = Set<Int>()
      var spans: [QuotedSpan] = []
      var diagnostics: [Diagnostic] = []
      // Re-pair without the single marks left open: they were apostrophes after all — all
      // but the last, when it opens a sentence and the next paragraph opens with a single
      // mark (`'… on failed projects.` ¶ `'Now residents …'`): that quote runs on.
      let initial = stack
      let carriedRanges = Set(initial.map(\.mark.range))
      let next = index + 1 < paragraphs.count ? paragraphs[index + 1] : nil
      // (The next paragraph's opening mark, read once and only if asked.)
      var reopening: Mark?? = nil
      let reopen = { (n: TextRange) -> Mark? in
        if let known = reopening { return known }
        let found = self.marks(in: n).first.flatMap { $0.range.start == self.firstNonSpace(n) && $0.canOpen ? $0 : nil }
        reopening = .some(found)
        return found
      }
      var runsOn: TextRange? = nil
      for _ in 0..<3 {
        var local = initial
        spans = []
        diagnostics = []
        pair(marks, ignoring: ignored, stack: &local, spans: &spans, diagnostics: &diagnostics)
        if let last = local.last, last.mark.family == .single, !carriedRanges.contains(last.mark.range), last.contentStart < paragraph.end,
          s[last.contentStart].isUppercaseLetter, let next, reopen(next)?.family == .single
        {
          runsOn = last.mark.range
        }
        let strays = local.filter { $0.mark.family == .single && !carriedRanges.contains($0.mark.range) && $0.mark.range != runsOn }
        if strays.isEmpty {
          stack = local
          break
        }
        let strayRanges = Set(strays.map(\.mark.range))
        for (i, m) in marks.enumerated() where strayRanges.contains(m.range) { ignored.insert(i) }
        stack = local.filter { $0.mark.family != .single || carriedRanges.contains($0.mark.range) || $0.mark.range == runsOn }
      }
      result.spans.append(contentsOf: spans)
      result.diagnostics.append(contentsOf: diagnostics)
      guard !stack.isEmpty else { continue }
      // (A run-on single quote's paragraph carries only it; a double's, all but single ones —
      // and only a quote that opens a sentence or follows its cue's mark runs on: one opened
      // after a word, `the idea is “really an amorphous position.`, lost its closing mark.)
      if let next, let reopen = reopen(next), stack.contains(where: { $0.mark.family == reopen.family }) {
        let runsOn = { (open: Open) in (open.mark.family == .single) == (reopen.family == .single) && !self.followsWord(open.mark.range.start) }
        carried = stack.filter(runsOn).map { var o = $0; o.spansParagraphs = true; return o }
        stack.removeAll(where: runsOn)
      }
      for open in stack where open.mark.family != .single {
        result.diagnostics.append(
          Diagnostic(.unclosedQuote, "quotation mark never closed; quote cut at the paragraph's end",
                     offset: open.mark.range.start))
        let end = attributionCut(from: open.contentStart, to: lastNonSpace(paragraph))
        if end > open.contentStart {
          result.spans.append(
            QuotedSpan(open: open.mark.range, close: nil, content: TextRange(open.contentStart, end),
                       family: open.mark.family, depth: 0, spansParagraphs: open.spansParagraphs))
        }
      }
    }
    result.spans.sort { $0.open.start < $1.open.start }
    // « French spacing »: the content starts and ends at the words.
    for i in result.spans.indices {
      var c = result.spans[i].content
      while c.start < c.end, s[c.start].isSpaceOrNewline { c.start += 1 }
      while c.end > c.start, s[c.end - 1].isSpaceOrNewline { c.end -= 1 }
      result.spans[i].content = c
    }
    return result
  }

  /// An unclosed quote usually lost its closing mark right before its attribution
  /// (`"It feels like home, said Maria`): cut it at `, said X` / `, X said` if there is one.
  private func attributionCut(from start: Int, to end: Int) -> Int {
    var i = start
    while i < end {
      if s[i] == "," || s[i] == "." || s[i] == "?" || s[i] == "!", i + 1 < end, s[i + 1] == " " {
        var words: [String] = []
        var j = i + 2
        while j < end, words.count < 4 {
          var k = j
          while k < end, s[k].isWordCharacter || s[k] == "." || s[k] == "'" { k += 1 }
          guard k > j else { break }
          words.append(String(scalars: s[j..<k]))
          j = k
          while j < end, s[j] == " " { j += 1 }
        }
        if let verb = words.firstIndex(where: { Lexicon.isFiniteSpeechVerb($0.lowercased()) }),
          words[..<verb].allSatisfy({ $0.first?.isUppercase == true || Lexicon.pronouns[$0.lowercased()] != nil })
        {
          return "?!".unicodeScalars.contains(s[i]) ? i + 1 : i
        }
      }
      i += 1
    }
    return end
  }

  private func pair(_ marks: [Mark], ignoring ignored: Set<Int>, stack: inout [Open],
                    spans: inout [QuotedSpan], diagnostics: inout [Diagnostic]) {
    // A closing mark with nothing open, then another: the first was a misplaced opener
    // (`café." The coffee is fine,"`).
    var strayClose: Mark? = nil
    for (i, mark) in marks.enumerated() where !ignored.contains(i) {
      let openIndex = stack.lastIndex { $0.mark.family == mark.family }
      // `" If you lose, " said Rep. Russell`: a straight double mark with space on both sides
      // closes what is open, else opens.
      let isolated = mark.role == .either && mark.family == .double && !mark.canOpen && !mark.canClose
      let closes: Bool
      switch mark.role {
      case .close: closes = openIndex != nil || !(mark.canOpen && !mark.canClose)
      case .open: closes = openIndex != nil && mark.canClose && !mark.canOpen && mark.family == .double
      case .either: closes = (mark.canClose || isolated) && (openIndex != nil || !mark.canOpen)
      }
      if closes {
        guard let at = openIndex else {
          if mark.family != .single {
            if let first = strayClose, first.family == mark.family, stack.isEmpty {
              spans.append(QuotedSpan(open: first.range, close: mark.range, content: TextRange(first.range.end, mark.range.start),
                                      family: mark.family, depth: 0, spansParagraphs: false))
              diagnostics.append(Diagnostic(.unopenedQuote, "opening quotation mark on the wrong side of a space; paired anyway", offset: first.range.start))
              strayClose = nil
            } else {
              diagnostics.append(Diagnostic(.unopenedQuote, "closing quotation mark with no opening one", offset: mark.range.start))
              strayClose = mark
            }
          }
          continue
        }
        let open = stack[at]
        stack.removeSubrange(at...)
        spans.append(
          QuotedSpan(open: open.mark.range, close: mark.range,
                     content: TextRange(open.contentStart, mark.range.start), family: mark.family,
                     depth: at, spansParagraphs: open.spansParagraphs))
        continue
      }
      guard mark.role == .open || mark.canOpen || isolated else { continue }
      if let at = openIndex, mark.family != .single {
        diagnostics.append(Diagnostic(.unclosedQuote, "quotation mark opened again before it closed", offset: stack[at].mark.range.start))
        stack.removeSubrange(at...)
      }
      stack.append(Open(mark: mark, contentStart: mark.range.end))
    }
  }

  private func marks(in r: TextRange) -> [Mark] {
    var out: [Mark] = []
    var i = r.start
    while i < r.end {
      i = Self.nextPossibleMark(in: s, from: i, to: r.end)
      guard i < r.end else { break }
      let c = s[i]
      guard QuotationMarks.isQuoteMark(c) else { i += 1; continue }
      var length = 1
      var entry = QuotationMarks.table[c]
      if (c == "'" || c == "`"), i + 1 < r.end, s[i + 1] == c {
        length = 2
        entry = QuotationMark(family: .double, role: c == "`" ? .open : .either)
      } else if c == "`" {
        i += 1; continue
      }
      guard let mark = entry else { i += 1; continue }
      let range = TextRange(i, i + length)
      let prev: Unicode.Scalar? = i > r.start ? s[i - 1] : nil
      let next: Unicode.Scalar? = i + length < r.end ? s[i + length] : nil
      i += length
      if mark.family == .single && isApostrophe(prev: prev, next: next, at: range.start, in: r) { continue }
      out.append(Mark(range: range, family: mark.family, role: mark.role,
                      canOpen: opensBefore(next) && spaceLikeBefore(prev),
                      canClose: closesAfter(prev) && spaceLikeAfter(next)))
    }
    return out
  }

  /// The first offset from `i` whose code point may be a quotation mark (`"`, `'`, a
  /// backtick, or anything from `«` up): a tight walk over the text, which is nearly all
  /// letters and spaces.
  private static func nextPossibleMark(in s: [Unicode.Scalar], from i: Int, to end: Int) -> Int {
    s.withUnsafeBufferPointer { p in
      var j = i
      while j < end {
        let v = p[j].value
        if v == 0x22 || v == 0x27 || v == 0x60 || v >= 0xAB { return j }
        j += 1
      }
      return end
    }
  }

  /// `don't`, `China’s`, `’90s`: a single mark inside a word or before a year.
  private func isApostrophe(prev: Unicode.Scalar?, next: Unicode.Scalar?, at: Int, in r: TextRange) -> Bool {
    if let p = prev, let n = next, p.isWordCharacter, n.isWordCharacter { return true }
    if let n = next, n.isDigit, at + 3 <= r.end, s[at + 2].isDigit,
      prev == nil || !prev!.isWordCharacter
    {
      return at + 3 >= r.end || !s[at + 3].isDigit
    }
    return false
  }

  private func spaceLikeBefore(_ c: Unicode.Scalar?) -> Bool {
    guard let c else { return true }
    return c.isSpaceOrNewline || c.isDash || Self.isOpeningPunctuation(c) || QuotationMarks.isQuoteMark(c)
      || c.isCJK || c.value >= 0x3000 && c.value <= 0x303F || c.value >= 0xFF00 && c.value <= 0xFF65
  }
  private func spaceLikeAfter(_ c: Unicode.Scalar?) -> Bool {
    guard let c else { return true }
    return c.isSpaceOrNewline || c.isDash || Self.isClosingPunctuation(c) || QuotationMarks.isQuoteMark(c)
      || c.isCJK || c.value >= 0x3000 && c.value <= 0x303F || c.value >= 0xFF00 && c.value <= 0xFF65
  }
  private static func isOpeningPunctuation(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "(", "[", "{", "/", "-", "–", "—", ":": true
    default: false
    }
  }
  private static func isClosingPunctuation(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case ".", ",", ";", ":", "!", "?", ")", "]", "}", "…", "/", "-": true
    default: false
    }
  }
  private func opensBefore(_ c: Unicode.Scalar?) -> Bool { c.map { !$0.isSpaceOrNewline } ?? false }
  private func closesAfter(_ c: Unicode.Scalar?) -> Bool { c.map { !$0.isSpaceOrNewline } ?? false }

  /// Whether the nearest code point before `i`, past spaces, is a letter or a digit.
  private func followsWord(_ i: Int) -> Bool {
    var j = i - 1
    while j >= 0, s[j] == " " { j -= 1 }
    return j >= 0 && s[j].isWordCharacter
  }

  private func firstNonSpace(_ r: TextRange) -> Int {
    var i = r.start
    while i < r.end, s[i].isSpaceOrNewline { i += 1 }
    return i
  }
  private func lastNonSpace(_ r: TextRange) -> Int {
    var i = r.end
    while i > r.start, s[i - 1].isSpaceOrNewline { i -= 1 }
    return i
  }
}
