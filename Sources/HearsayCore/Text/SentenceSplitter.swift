/// Finds sentence ends in a paragraph's tokens. A period ends a sentence unless it closes
/// a title (`Mr.`), an initial (`J.`), or an abbreviation (`U.S.`, `a.m.`) that is not
/// followed by a typical sentence opener; punctuation inside a quote never ends one,
/// but a quote that ends in `.`/`?`/`!` and is followed by a capital does.
struct SentenceSplitter {
  /// The article's code points: a token's marks are read here rather than from its text.
  let scalars: [Unicode.Scalar]

  private func mark(_ t: Token) -> Unicode.Scalar? { Self.mark(t, in: scalars) }

  private static func mark(_ t: Token, in scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
    t.range.length == 1 ? scalars[t.range.start] : nil
  }

  /// Sentence-ending punctuation, Western and CJK.
  static func isTerminal(_ t: Token, in scalars: [Unicode.Scalar]) -> Bool {
    switch mark(t, in: scalars) {
    case ".", "!", "?", "…", "。", "！", "？": true
    default: false
    }
  }

  private func isTerminal(_ t: Token) -> Bool { Self.isTerminal(t, in: scalars) }

  private func isCJKTerminal(_ t: Token) -> Bool {
    switch mark(t) {
    case "。", "！", "？": true
    default: false
    }
  }

  private func isCloser(_ t: Token) -> Bool {
    switch mark(t) {
    case ")", "]", "\u{2019}", "'": true
    default: false
    }
  }

  /// Appends the sentences of the paragraph whose tokens are `span` to `out`.
  func split(_ tokens: [Token], in span: Range<Int>, block: Int, into out: inout [Sentence]) {
    var start = span.lowerBound
    var k = span.lowerBound
    while k < span.upperBound {
      var end: Int? = nil
      let t = tokens[k]
      if t.kind == .punctuation, t.quote == nil, isTerminal(t) {
        end = k
      } else if t.kind == .word, t.quote == nil, t.range.length > 1, scalars[t.range.end - 1] == "." {
        end = k
      } else if t.kind == .quoteClose, k > span.lowerBound, isTerminal(tokens[k - 1]) {
        end = k
      }
      if var e = end {
        while e + 1 < span.upperBound,
          tokens[e + 1].kind == .quoteClose || (tokens[e + 1].kind == .punctuation && isCloser(tokens[e + 1]))
        {
          e += 1
        }
        if breaks(tokens, terminal: k, after: e, limit: span.upperBound), !isDatelineAbbreviation(tokens, paragraph: span.lowerBound, at: k) {
          make(tokens, start..<(e + 1), block: block, into: &out)
          start = e + 1
        }
        k = e + 1
      } else {
        k += 1
      }
    }
    if start < span.upperBound { make(tokens, start..<span.upperBound, block: block, into: &out) }
  }

  private func breaks(_ tokens: [Token], terminal k: Int, after e: Int, limit: Int) -> Bool {
    guard e + 1 < limit else { return true }
    let next = tokens[e + 1]
    let mark = tokens[k].kind == .quoteClose ? tokens[k - 1] : tokens[k]
    if isCJKTerminal(mark) { return true }
    if tokens[k].kind == .quoteClose, attributionFollows(tokens, from: e + 1, limit: limit, asideAllowed: self.mark(mark) != ".") { return false }
    return opensSentence(next) && !(mark.kind == .word && !endsSentence(abbreviation: mark, next: next))
  }

  /// `ORLANDO, Fla. (Reuters) - …`: the period after a dateline's state (a capitalised
  /// word a few tokens into a paragraph that opens with a place in capitals and a comma)
  /// ends no sentence.
  private func isDatelineAbbreviation(_ tokens: [Token], paragraph start: Int, at k: Int) -> Bool {
    k - start <= 4 && start + 1 < k - 1 && tokens[start].kind == .word && NameClassifier.isCapitalsOnly(tokens[start].text)
      && tokens[start + 1].kind == .punctuation && mark(tokens[start + 1]) == "," && tokens[k - 1].kind == .word && tokens[k - 1].isCapitalised
  }

  /// `"…?" Vitter demanded.`: a name and a cue after a quote belong to its sentence — and
  /// after a question or an exclamation, which no comma can follow, so does an aside set
  /// off by commas after the name (`"…?" Vitter, a retired judge, asked.`; not after a
  /// statement's period, `"…." Bell, a rival, warned that …`, a sentence of its own).
  private func attributionFollows(_ tokens: [Token], from k: Int, limit: Int, asideAllowed: Bool) -> Bool {
    var j = k
    var aside: Range<Int>? = nil
    while j < limit, j - k - (aside?.count ?? 0) < 5 {
      if asideAllowed, aside == nil, j > k, tokens[j - 1].isCapitalised, let close = asideClose(tokens, comma: j, limit: limit) {
        aside = j..<(close + 1)
        j = close + 1
        continue
      }
      guard tokens[j].kind == .word else { return false }
      if tokens[j].has(.finiteSpeechVerb) {
        // (After a statement's period, a cue that reports a clause of its own opens a new
        // sentence: `… on "New Day." Weaver argued that …`.)
        // (So does one with an object or a clause after it: `… "relief." Sanders called it a
        // tie and said …`.)
        if !asideAllowed, j + 1 < limit, tokens[j + 1].is("that") { return false }
        let closes = j + 1 >= limit || tokens[j + 1].kind == .punctuation || tokens[j + 1].kind == .quoteOpen
        return closes || asideAllowed && ((j > k && tokens[j - 1].isCapitalised) || aside?.upperBound == j || tokens[k].has(.pronoun)) || j == k
      }
      guard tokens[j].isCapitalised || tokens[j].has(.pronoun) || tokens[j].has(.determiner)
        || tokens[j].has(.roleNoun)
      else { return false }
      j += 1
    }
    return false
  }

  /// The comma closing an aside of a few words opened by the comma at `comma`.
  private func asideClose(_ tokens: [Token], comma: Int, limit: Int) -> Int? {
    guard tokens[comma].kind == .punctuation, mark(tokens[comma]) == "," else { return nil }
    var c = comma + 1
    while c < limit, c - comma <= 10, tokens[c].kind == .word { c += 1 }
    return c > comma + 1 && c < limit && tokens[c].kind == .punctuation && mark(tokens[c]) == "," ? c : nil
  }

  /// A word that kept its period ends a sentence only if it is not a title or initial
  /// and what follows typically opens one (`… in the U.S. The …`).
  private func endsSentence(abbreviation w: Token, next: Token) -> Bool {
    if w.range.length == 2 { return false }
    let base = String(w.lower.dropLast())
    if Lexicon.numberSignAbbreviations.contains(base) { return !(next.kind == .word && scalars[next.range.start].isDigit) }
    if Lexicon.titleAbbreviations.contains(base) { return false }
    guard next.kind == .word, !next.has(.sentenceStarter) else { return true }
    // `…in the U.S. Dr. Lima …`: a title of address opens its name's sentence (an office's
    // may be the country's: `U.S. Sen. Ana Lima`); after a clock's time (`11 p.m. Police
    // said`), so does any title or role — unlike a zone or a day (`7 p.m. Eastern`, `7 p.m. Tuesday`).
    if Lexicon.titlesOfAddress.contains(next.lower) { return true }
    return Lexicon.clockAbbreviations.contains(String(w.lower.dropLast())) && (next.has(.title) || next.has(.roleNoun))
  }

  private func opensSentence(_ next: Token) -> Bool {
    let opensSentence: Bool
    switch next.kind {
    case .quoteOpen: opensSentence = true
    case .ideograph: opensSentence = true
    case .word:
      opensSentence = next.isCapitalised || scalars[next.range.start].isDigit
    case .punctuation: opensSentence = mark(next) == "(" || mark(next) == "["
    case .quoteClose: opensSentence = false
    }
    return opensSentence
  }

  /// Longer runs are cut: news sentences are far shorter, and every pattern walks its
  /// sentence, so a megabyte without a full stop must not become one sentence.
  static let maxTokens = 300

  /// Appended in place: an array per sentence was made and copied.
  private func make(_ tokens: [Token], _ r: Range<Int>, block: Int, into out: inout [Sentence]) {
    for start in stride(from: r.lowerBound, to: r.upperBound, by: Self.maxTokens) {
      let end = min(start + Self.maxTokens, r.upperBound)
      out.append(Sentence(tokens: start..<end, range: TextRange(tokens[start].range.start, tokens[end - 1].range.end), block: block))
    }
  }
}
