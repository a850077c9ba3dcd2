/// Splits a paragraph into tokens. Words keep their inner apostrophes, hyphens and dots
/// (`don't`, `Kuo-chang`, `U.S`, `ltn.com`, `3.5`) so later stages can look words up
/// whole; each ideograph is a token of its own, as CJK text has no spaces.
struct Tokenizer {
  let text: ScalarText
  /// Flags per distinct word, kept across articles, one table per thread (no lock).
  private static let cache = PerThread<[String: WordFlags]> { [:] }

  static func flags(_ w: String) -> WordFlags {
    cache.withValue { table in
      if let f = table[w] { return f }
      let f = WordFlags.of(w)
      if table.count > 200_000 { table.removeAll(keepingCapacity: true) }
      table[w] = f
      return f
    }
  }

  var s: [Unicode.Scalar] { text.scalars }

  static let joiners: Set<Unicode.Scalar> = ["'", "\u{2019}", "-", "\u{2010}", "\u{2011}", ".", "&", "_", "@"]

  /// - Parameter quoteOf: which top-level quote a code point lies in, with its marks.
  func tokens(in r: TextRange, quoteMarks: [Int: (quote: Int, opens: Bool)], quoteAt: (Int) -> Int?) -> [Token] {
    var out: [Token] = []
    var i = r.start
    while i < r.end {
      let c = s[i]
      if c.isSpaceOrNewline { i += 1; continue }
      if QuotationMarks.isQuoteMark(c), let mark = quoteMarks[i] {
        var length = 1
        if i + 1 < r.end, s[i + 1] == c, c == "'" || c == "`" { length = 2 }
        out.append(make(i, i + length, mark.opens ? .quoteOpen : .quoteClose, quote: mark.quote))
        i += length
        continue
      }
      if c.isCJK {
        out.append(make(i, i + 1, .ideograph, quote: quoteAt(i)))
        i += 1
        continue
      }
      if c.isWordCharacter {
        var j = i + 1
        while j < r.end {
          let d = s[j]
          if d.isWordCharacter && !d.isCJK { j += 1; continue }
          if Self.joiners.contains(d), j + 1 < r.end, s[j + 1].isWordCharacter, !s[j + 1].isCJK,
            quoteMarks[j] == nil
          {
            j += 2
            continue
          }
          break
        }
        // `Mr.`, `J.`, `U.S.`: an abbreviation keeps its period, so it can neither end a
        // sentence by mistake nor split a name.
        if j < r.end, s[j] == ".", quoteMarks[j] == nil, keepsPeriod(i, j) { j += 1 }
        out.append(make(i, j, .word, quote: quoteAt(i)))
        i = j
        continue
      }
      out.append(make(i, i + 1, .punctuation, quote: quoteAt(i)))
      i += 1
    }
    return out
  }

  private func keepsPeriod(_ a: Int, _ b: Int) -> Bool {
    if b - a == 1 { return s[a].isUppercaseLetter }
    if b - a > 6 { return false }
    let word = text.string(a, b).lowercased()
    return Lexicon.titleAbbreviations.contains(word) || Lexicon.sentenceFinalAbbreviations.contains(word)
      || (word.contains(".") && !Lexicon.isDomain(word) && word.count <= 6 && word.allSatisfy { $0.isLetter || $0 == "." })
  }

  private func make(_ a: Int, _ b: Int, _ kind: Token.Kind, quote: Int?) -> Token {
    let text = self.text.string(a, b)
    guard kind == .word else { return Token(range: TextRange(a, b), kind: kind, text: text, lower: text, quote: quote) }
    // ASCII words (nearly all of them) are lowercased without Foundation.
    var ascii = true
    var needsChange = false
    for i in a..<b {
      let v = s[i].value
      if v >= 0x80 { ascii = false; break }
      if v >= 0x41 && v <= 0x5A { needsChange = true }
    }
    let lower: String
    if ascii {
      if needsChange {
        // Written straight into the string's storage: no array in between.
        lower = String(unsafeUninitializedCapacity: b - a) { buffer in
          for i in a..<b {
            let v = UInt8(s[i].value)
            buffer[i - a] = v >= 0x41 && v <= 0x5A ? v + 32 : v
          }
          return b - a
        }
      } else {
        lower = text
      }
    } else {
      var l = text.lowercased()
      if l.unicodeScalars.contains("\u{2019}") { l = String(String.UnicodeScalarView(l.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 })) }
      lower = l
    }
    return Token(range: TextRange(a, b), kind: kind, text: text, lower: lower, quote: quote, flags: Self.flags(lower))
  }
}
