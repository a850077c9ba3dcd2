/// Chinese reporting patterns, where words are not separated by spaces: `王丽华表示：「…」`,
/// `「…」王丽华说`, `她说，…` and `据《城市晚报》报道，…`. A name is taken as the (at most
/// three) ideographs right before the cue, which fits Chinese personal names.
struct CJKSieve: AttributionSieve {
  func apply(to s: SentenceCursor, _ found: inout SentenceClaims) {
    let T = s.T, r = s.r
    guard T[r].contains(where: { $0.kind == .ideograph }) else { return }
    var k = r.lowerBound
    var lastCue: TextRange? = nil
    while k < r.upperBound {
      guard T[k].kind == .ideograph, T[k].quote == nil, let cue = Lexicon.cjkCues.first(where: { matches($0, at: k, s) }) else {
        k += 1
        continue
      }
      let cueEnd = k + cue.count
      let cueRange = s.doc.span(k..<cueEnd)
      k = cueEnd
      guard let speaker = name(before: cueEnd - cue.count, s) else { continue }
      func add(_ content: (range: TextRange, quote: Int?), _ rule: AttributionRule) {
        found.claims.append(s.claim(content, speaker: .phrase(speaker), cue: cueRange, rule: rule, confidence: 0.8))
        lastCue = cueRange
      }
      if speaker.tokens.lowerBound > r.lowerBound, T[speaker.tokens.lowerBound - 1].kind == .quoteClose, let q = T[speaker.tokens.lowerBound - 1].quote {
        add((s.doc.quotes[q].content, q), .cjkQuoteThenSpeakerCue)
      }
      var c = cueEnd
      while c < r.upperBound, Lexicon.cjkCueMarks.contains(T[c].mark) { c += 1 }
      if c < r.upperBound, T[c].kind == .quoteOpen, let q = T[c].quote {
        add((s.doc.quotes[q].content, q), .cjkSpeakerCueQuote)
      } else if c < r.upperBound, lastCue != cueRange {
        var e = r.upperBound
        while e > c, T[e - 1].kind == .punctuation { e -= 1 }
        if e > c { add((s.doc.span(c..<e), nil), .cjkSpeakerCueContent) }
      }
    }
  }

  private func matches(_ cue: [String], at k: Int, _ s: SentenceCursor) -> Bool {
    guard k + cue.count <= s.r.upperBound else { return false }
    return cue.indices.allSatisfy { s.T[k + $0].text == cue[$0] }
  }

  private func name(before cue: Int, _ s: SentenceCursor) -> NounPhrase? {
    let T = s.T, r = s.r
    var k = cue
    if let p = k > r.lowerBound ? Lexicon.cjkPronouns[T[k - 1].text] : nil {
      return NounPhrase(tokens: (k - 1)..<k, range: T[k - 1].range, head: .pronoun(p))
    }
    if k - 2 >= r.lowerBound, Lexicon.cjkTimeWords.contains(T[k - 2].text + T[k - 1].text) { k -= 2 }
    var j = k
    while j > r.lowerBound, k - j < 3, T[j - 1].kind == .ideograph, T[j - 1].quote == nil,
      T[j - 1].range.end == T[j].range.start || j == k
    {
      j -= 1
    }
    guard j < k else { return nil }
    return NounPhrase(tokens: j..<k, range: s.doc.span(j..<k), head: .name(tokens: j..<k))
  }
}
