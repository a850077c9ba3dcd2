/// Splits paragraphs into tokens. Words keep their inner apostrophes, hyphens and dots
/// (`don't`, `Kuo-chang`, `U.S`, `ltn.com`, `3.5`) so later stages can look words up
/// whole; each ideograph is a token of its own, as CJK text has no spaces.
///
/// Paragraphs are tokenized in text order: the tokenizer walks the quotation marks and
/// quotes alongside the text instead of looking each position up.
struct Tokenizer {
  /// A top-level quote's opening or closing mark.
  struct Mark {
    let offset: Int
    let quote: Int
    let opens: Bool
  }

  private let scalars: [Unicode.Scalar]
  private let marks: [Mark]
  private let quotes: [QuotedSpan]
  private var nextMark = 0
  private var nextQuote = 0
  /// The vocabulary stores this document's tokens refer to; the document keeps them.
  private(set) var stores: [Vocabulary.Store] = []

  /// - Parameter quotes: the top-level quotes, in text order.
  init(text: ScalarText, quotes: [QuotedSpan]) {
    scalars = text.scalars
    self.quotes = quotes
    var marks: [Mark] = []
    for (i, q) in quotes.enumerated() {
      marks.append(Mark(offset: q.open.start, quote: i, opens: true))
      if let c = q.close { marks.append(Mark(offset: c.start, quote: i, opens: false)) }
    }
    // Where a closing mark is also the next opening one, the later mark counts.
    marks.sort { $0.offset < $1.offset }
    self.marks = marks
  }

  mutating func tokens(in r: TextRange, into out: inout [Token]) {
    Vocabulary.perThread.withValue { vocabulary in
      scalars.withUnsafeBufferPointer { s in tokens(in: r, s, vocabulary, into: &out) }
      // Every store the tokens may use: those replaced meanwhile, then the current one.
      stores.append(contentsOf: vocabulary.takeRetired())
      if stores.last !== vocabulary.store { stores.append(vocabulary.store) }
    }
  }

  private mutating func tokens(in r: TextRange, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ vocabulary: Vocabulary,
                               into out: inout [Token]) {
    var i = r.start
    while i < r.end {
      let c = s[i]
      if c.isSpaceOrNewline { i += 1; continue }
      if QuotationMarks.isQuoteMark(c), let mark = mark(at: i) {
        var length = 1
        if i + 1 < r.end, s[i + 1] == c, c == "'" || c == "`" { length = 2 }
        let word = vocabulary.word(s, i, i + length)
        out.append(Token(i, i + length, mark.opens ? .quoteOpen : .quoteClose, word, mark: c, quote: mark.quote))
        i += length
        continue
      }
      if c.isCJK {
        out.append(Token(i, i + 1, .ideograph, vocabulary.word(s, i, i + 1), mark: c, quote: quote(at: i)))
        i += 1
        continue
      }
      if c.isWordCharacter {
        var j = i + 1
        while j < r.end {
          let d = s[j]
          if d.continuesWord { j += 1; continue }
          if Self.isJoiner(d), j + 1 < r.end, s[j + 1].continuesWord, mark(at: j) == nil, !Self.isLostSpace(s, period: j, end: r.end) {
            j += 2
            continue
          }
          // `Calif.-based`, `U.S.-made`: an abbreviation's period before a hyphen and a word.
          if d == ".", j + 2 < r.end, s[j + 1] == "-" || s[j + 1] == "\u{2010}", s[j + 2].continuesWord {
            j += 3
            continue
          }
          // `2,000`, `1,300,000`: a comma before a group of three digits is inside the number.
          if d == ",", Self.isDigit(s[j - 1]), (1...3).allSatisfy({ j + $0 < r.end && Self.isDigit(s[j + $0]) }),
            j + 4 >= r.end || !Self.isDigit(s[j + 4])
          {
            j += 4
            continue
          }
          break
        }
        var word = vocabulary.word(s, i, j)
        if j < r.end, s[j] == ".", word._withUnsafeGuaranteedRef(\.keepsPeriod), mark(at: j) == nil, !Self.isPlatformLetter(i, j, after: out.last) {
          j += 1
          word = vocabulary.word(s, i, j)
        }
        out.append(Token(i, j, .word, word, mark: c, quote: quote(at: i)))
        i = j
        continue
      }
      out.append(Token(i, i + 1, .punctuation, vocabulary.word(s, i, i + 1), mark: c, quote: quote(at: i)))
      i += 1
    }
  }

  /// `wrote on X.`: one capital after `on` names a platform, and its period ends the
  /// sentence; an initial follows no `on` (`on J. Smith's ruling` is rare, `on X.` common).
  private static func isPlatformLetter(_ i: Int, _ j: Int, after previous: Token?) -> Bool {
    j == i + 1 && previous?.kind == .word && previous?.is("on") == true
  }

  private static func isDigit(_ d: Unicode.Scalar) -> Bool { d.value >= 0x30 && d.value <= 0x39 }

  /// `said.Lima`, `in 2016.The`: a period between a small letter or a digit and a capital
  /// with small letters after it ends a sentence whose space was lost (as text copied from
  /// web pages often has), not an abbreviation (`U.S.Senate`) or an address (`ltn.com`).
  private static func isLostSpace(_ s: UnsafeBufferPointer<Unicode.Scalar>, period j: Int, end: Int) -> Bool {
    s[j] == "." && j + 2 < end && s[j + 1].isUppercaseLetter && s[j + 2].isLowercaseLetter && (s[j - 1].isLowercaseLetter || isDigit(s[j - 1]))
  }

  /// Apostrophes, hyphens, dots and the like between letters keep a word whole.
  private static func isJoiner(_ d: Unicode.Scalar) -> Bool {
    switch d {
    case "'", "\u{2019}", "-", "\u{2010}", "\u{2011}", ".", "&", "_", "@": true
    default: false
    }
  }

  /// The top-level quote mark at `offset`; offsets are asked in increasing order.
  private mutating func mark(at offset: Int) -> Mark? {
    while nextMark < marks.count, marks[nextMark].offset < offset { nextMark += 1 }
    var k = nextMark
    var found: Mark? = nil
    while k < marks.count, marks[k].offset == offset { found = marks[k]; k += 1 }
    return found
  }

  /// The top-level quote whose content holds `offset`; offsets are asked in increasing order.
  private mutating func quote(at offset: Int) -> Int? {
    while nextQuote < quotes.count, quotes[nextQuote].content.end <= offset { nextQuote += 1 }
    return nextQuote < quotes.count && quotes[nextQuote].content.contains(offset) ? nextQuote : nil
  }
}
