/// One sentence of a document as the attribution sieves read it: its tokens, its bounds,
/// and the small questions every sieve asks (where a quote's content lies, where a
/// span's punctuation ends).
final class SentenceCursor {
  let doc: Document
  let finder: PhraseFinder
  private(set) var sentence: Sentence
  /// The document's tokens, and the bounds of this sentence's among them.
  var T: [Token] { doc.tokens }
  var r: Range<Int> { sentence.tokens }
  var isHeadline: Bool { doc.isHeadline(sentence) }

  init(doc: Document, sentence: Int) {
    self.doc = doc
    self.finder = doc.phraseFinder
    self.sentence = doc.sentences[sentence]
  }

  /// Goes on to another sentence of the same document.
  func move(to sentence: Int) {
    self.sentence = doc.sentences[sentence]
  }

  /// What `body` finds with the sentence ending before token `end` (when there is one):
  /// the words of a clause inside it read as if they were all there was.
  func clipped<T>(before end: Int?, _ body: () -> T) -> T {
    guard let end, end > sentence.tokens.lowerBound, end < sentence.tokens.upperBound else { return body() }
    let whole = sentence
    sentence.tokens = whole.tokens.lowerBound..<end
    defer { sentence = whole }
    return body()
  }

  /// The last token at or before `k` that is not a word standing between a subject and
  /// its cue (`also`, `later`, `has`), stopping at the sentence's first token.
  func skippingCueModifiers(back k: Int) -> Int { finder.skippingCueModifiers(back: k, floor: r.lowerBound) }

  /// A claim of this sentence, made by `rule`.
  func claim(_ content: (range: TextRange, quote: Int?), speaker: Claim.SpeakerRef, cue: TextRange?, rule: AttributionRule, confidence: Double) -> Claim {
    Claim(content: content.range, quote: content.quote, speaker: speaker, via: nil, cue: cue, rule: rule,
          confidence: confidence, block: sentence.block, headline: isHeadline)
  }

  func quoteContent(_ q: Int) -> TextRange {
    let c = doc.quotes[q].content
    var end = c.end
    while end > c.start, doc.scalars[end - 1].isSpaceOrNewline || ",;:".unicodeScalars.contains(doc.scalars[end - 1]) { end -= 1 }
    return TextRange(c.start, end)
  }

  func trim(_ range: Range<Int>) -> TextRange {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi, T[lo].kind == .punctuation, !isNumbersSign(lo) { lo += 1 }
    // (A closing mark whose quote opens inside the range stays, with the stop before it:
    // `will “compete for the nomination.”`, not an opened quote left unclosed.)
    while hi > lo, T[hi - 1].kind == .punctuation && !isNumbersSign(hi - 1) || T[hi - 1].kind == .quoteClose && !opens(T[hi - 1].quote, after: lo) {
      hi -= 1
    }
    if hi <= lo { return doc.span(range) }
    return doc.span(lo..<hi)
  }

  /// Whether quote `q` opens at or after token `k`.
  private func opens(_ q: Int?, after k: Int) -> Bool {
    guard let q else { return false }
    return doc.quotes[q].open.start >= T[k].range.start
  }

  /// A currency sign before a number or a per cent sign after one: the number's, not
  /// punctuation to trim (`$2B`, `40%`).
  func isNumbersSign(_ k: Int) -> Bool {
    let m = T[k].mark
    // (`$` is ASCII's only currency sign: other marks' properties are asked only past it.)
    return m == "$" || m.value >= 0xA2 && m.properties.generalCategory == .currencySymbol ? k + 1 < r.upperBound && T[k + 1].kind == .word
      : m == "%" && k > r.lowerBound && T[k - 1].kind == .word
  }

  /// The first token past the quote whose marks or words are at `k` onward (its last
  /// token's successor, or the sentence's end): `k` itself for a token in no quote.
  func pastQuote(at k: Int) -> Int {
    guard let q = T[k].quote else { return k }
    var j = k
    while j < r.upperBound, T[j].quote == q { j += 1 }
    return j
  }

  /// The quote that makes up all of `range`, if one does (`'We were never asked': residents`).
  func wholeQuote(_ range: Range<Int>) -> (range: TextRange, quote: Int?)? {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi, T[lo].kind == .punctuation { lo += 1 }
    while hi > lo, T[hi - 1].kind == .punctuation { hi -= 1 }
    guard lo < hi, T[lo].kind == .quoteOpen, let q = T[lo].quote, T[hi - 1].kind == .quoteClose, T[hi - 1].quote == q else { return nil }
    return (quoteContent(q), q)
  }

  /// The token in `range` that closes quote `q`.
  func closing(_ q: Int, in range: Range<Int>) -> Int? {
    range.first { T[$0].kind == .quoteClose && T[$0].quote == q }
  }

  /// The quote that opens `range` when only what it is about follows it: a headline's
  /// claim after its speaker's colon (`Lima: 'We will not back down' on levy`) — a
  /// preposition's phrase with no verb (not `'Of Course' She Is Qualified`, `'It Is Not A
  /// Radical Idea' To Ask …`, whose quotes are part of the claim).
  func leadingQuote(_ range: Range<Int>) -> (range: TextRange, quote: Int?)? {
    guard let lo = range.first(where: { T[$0].kind != .punctuation }), T[lo].kind == .quoteOpen, let q = T[lo].quote,
      let close = closing(q, in: range), close + 1 < range.upperBound,
      T[close + 1].kind == .word, Lexicon.prepositions.contains(T[close + 1]), !T[close + 1].is("to"), !T[close + 1].is("of"),
      !(close + 1..<range.upperBound).contains(where: { T[$0].kind == .quoteOpen || T[$0].kind == .word && doc.tag($0)?.isFiniteVerb == true })
    else { return nil }
    return (quoteContent(q), q)
  }

  func nextSignificant(_ k: Int) -> Int? {
    var j = k
    while j < r.upperBound, T[j].kind == .word, T[j].has(.adjunctOpener) || T[j].isCapitalised { j += 1 }
    return j < r.upperBound ? j : nil
  }

  func tokenIndex(at offset: Int) -> Int? {
    (r).first { T[$0].range.end >= offset && T[$0].range.start < offset + 1 }
  }

  /// The sentence's tokens that `range` covers, from the one at its start; nil when none is.
  func tokens(in range: TextRange) -> Range<Int>? {
    guard let lo = tokenIndex(at: range.start) else { return nil }
    var hi = lo
    while hi < r.upperBound, T[hi].range.start < range.end { hi += 1 }
    return lo..<hi
  }
}
