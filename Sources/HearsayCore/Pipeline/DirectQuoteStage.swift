/// Decides what each top-level quote no pattern claimed is: a scare-quoted term or title
/// (kept for display, not speech), a fragment already inside reported speech, or a
/// statement whose speaker comes from its neighbours, the previous quote in the paragraph,
/// or the last speaker of the previous paragraph (news writing's convention).
struct DirectQuoteStage: AnalysisStage {
  let name = "direct-quotes"

  func apply(to doc: inout Document) {
    var claimed = [Bool](repeating: false, count: doc.quotes.count)
    for case let q? in doc.claims.map(\.quote) { claimed[q] = true }
    let reported = ReportedSpans(doc.claims.filter { $0.quote == nil }.map(\.content))
    // Claims by paragraph, indexed by block.
    var byBlock = [[Int]](repeating: [], count: doc.blocks.count)
    for i in doc.claims.indices where doc.claims[i].block < byBlock.count && !doc.claims[i].lendsNoSpeaker { byBlock[doc.claims[i].block].append(i) }
    var blockIndex = 0
    for (q, quote) in doc.quotes.enumerated() where !claimed[q] {
      while blockIndex < doc.blocks.count, doc.blocks[blockIndex].range.end <= quote.open.start { blockIndex += 1 }
      guard blockIndex < doc.blocks.count, doc.blocks[blockIndex].range.contains(quote.open.start),
        doc.blocks[blockIndex].role == .body || doc.blocks[blockIndex].role == .headline
      else { continue }
      if reported.overlaps(quote.content) { continue }
      if isTerm(doc, q) {
        doc.terms.append(quote.content)
        continue
      }
      let (speaker, rule, confidence) = neighbourSpeaker(doc, quote: q, block: blockIndex, byBlock: byBlock)
        ?? (.unknown, .unattributed, 0)
      doc.claims.append(Claim(content: quote.content, quote: q, speaker: speaker, via: nil, cue: nil, rule: rule,
                              confidence: confidence, block: blockIndex, headline: doc.blocks[blockIndex].role == .headline))
      byBlock[blockIndex].append(doc.claims.count - 1)
    }
    for q in doc.quotedSpans where q.depth > 0 && q.content.length > 0 { doc.terms.append(q.content) }
  }

  /// Short, mid-sentence, unpunctuated: a label in quotes rather than someone's words.
  private func isTerm(_ doc: Document, _ q: Int) -> Bool {
    let words = doc.wordCount(ofQuote: q)
    let quote = doc.quotes[q]
    guard let open = doc.tokenIndex(startingAt: quote.open.start) else { return words < 4 }
    let prev = open > 0 ? doc.tokens[open - 1] : nil
    if let prev, Lexicon.titleIntroducers.contains(prev) { return true }
    // `a business pitched as “…”`, `known as “…”`: after a passive's `as`, what something is
    // called (`what critics described as “…”` is theirs, a claim the cue found).
    if let prev, prev.is("as"), open >= 2, doc.tokens[open - 2].kind == .word, doc.tag(open - 2) == .vbn { return true }
    // `'A healthy environment.'` alone on its line, with no verb of its own: a pull quote
    // set as a subhead (`“We go on from here.”` there is someone speaking).
    if words <= 5, fillsItsParagraph(doc, q, open: open), !hasFiniteVerb(doc, q, open: open) { return true }
    if doc.isTitle(quote: q) { return true }
    if words >= 5 { return false }
    let sentenceStart = doc.opensSentence(token: open)
    if sentenceStart, words <= 2, isSubjectOfItsSentence(doc, q, open: open) { return true }
    let afterColon = prev.map { $0.isMark(":") || $0.isMark(",") } ?? true
    let c = quote.content
    let ends = c.end > c.start && [".", "?", "!"].contains(doc.scalars[c.end - 1])
    return !(sentenceStart || (afterColon && words >= 3) || ends && words >= 3)
  }

  /// `“Containment” has been policy since …`, `‘Missing’ Voters Might …`: a word or two in
  /// quotes, with no verb or punctuation of their own, that the sentence goes straight on
  /// from with its verb or its noun — the quote is what the sentence is about. Not when a
  /// speech verb comes next (`‘Shameful’ says mayor`, `‘Sorry’ Okafor tells rally`).
  private func isSubjectOfItsSentence(_ doc: Document, _ q: Int, open: Int) -> Bool {
    let c = doc.quotes[q].content, sentence = doc.sentences[doc.sentenceOfToken[open]].tokens
    guard let close = doc.quotes[q].close, let closeMark = doc.tokenIndex(startingAt: close.start), closeMark + 1 < sentence.upperBound,
      c.end > c.start, doc.scalars[c.end - 1].isWordCharacter, !hasFiniteVerb(doc, q, open: open)
    else { return false }
    let after = closeMark + 1
    guard doc.tokens[after].kind == .word else { return false }
    let speechVerbs: WordFlags = [.speechVerb, .finiteSpeechVerb, .phrasalSpeechVerb]
    guard !(after..<min(after + 3, sentence.upperBound)).contains(where: { !doc.tokens[$0].flags.isDisjoint(with: speechVerbs) }) else { return false }
    return doc.tokens[after].isCapitalised || doc.tag(after)?.isFiniteVerb == true
  }

  /// Whether nothing but punctuation stands beside the quote in its paragraph.
  private func fillsItsParagraph(_ doc: Document, _ q: Int, open: Int) -> Bool {
    let block = doc.blockTokens[doc.sentences[doc.sentenceOfToken[open]].block]
    let quote = doc.quotes[q]
    let end = quote.close?.end ?? quote.content.end
    return doc.tokens[block].allSatisfy { $0.kind != .word || ($0.range.start >= quote.open.start && $0.range.end <= end) }
  }

  private func hasFiniteVerb(_ doc: Document, _ q: Int, open: Int) -> Bool {
    var k = open + 1
    while k < doc.tokens.count, doc.tokens[k].quote == q, doc.tokens[k].kind != .quoteClose {
      if doc.tokens[k].kind == .word, Lexicon.isContractedSubject(doc.tokens[k].lower) || doc.tag(k)?.isFiniteVerb == true { return true }
      k += 1
    }
    return false
  }

  private func neighbourSpeaker(_ doc: Document, quote q: Int, block: Int, byBlock: [[Int]]) -> (Claim.SpeakerRef, AttributionRule, Double)? {
    let start = doc.quotes[q].open.start
    // The nearest claim in the same paragraph, before, then after.
    let sameBlock = byBlock[block]
    if var prev = sameBlock.last(where: { doc.claims[$0].content.end <= start }) {
      // (`“…,” said Mr. Bell, whose group does not endorse candidates. “…”`: of one sentence's
      // claims, a quote's speaker goes on, not a clause's about someone else after it.)
      if doc.claims[prev].quote == nil, let sentence = sentenceIndex(doc, of: doc.claims[prev]),
        let quoted = sameBlock.last(where: { $0 != prev && doc.claims[$0].quote != nil && sentenceIndex(doc, of: doc.claims[$0]) == sentence })
      {
        prev = quoted
      }
      return (.sameAs(prev), .previousQuoteInParagraph, 0.7)
    }
    if let next = sameBlock.first(where: { doc.claims[$0].content.start > start }) {
      return (.sameAs(next), .nextQuoteInParagraph, 0.6)
    }
    // A fact-check's or roundup's line under the quote: `"…"` then `- Hillary Clinton.`
    if let e = signature(doc, under: q, block: block) {
      return (.entity(e), .signatureLine, 0.7)
    }
    if let e = bracketedSource(doc, after: q, block: block) {
      return (.entity(e), .bracketedSource, 0.6)
    }
    // `Iowa State's Dana Ruiz agreed. "…"`, `"…" Trump barked and …`: a cue no rule read,
    // but the paragraph names its speaker.
    if doc.blocks[block].role == .body, let e = nameInParagraph(doc, quote: q, block: block) {
      return (.entity(e), .nameInParagraph, 0.5)
    }
    // A paragraph that only continues a quotation belongs to the last speaker before it.
    for back in 1...2 where block - back >= 0 {
      if let prev = byBlock[block - back].last {
        return (.sameAs(prev), .previousParagraphSpeaker, back == 1 ? 0.6 : 0.4)
      }
    }
    // …or to the person the paragraph before introduced (`Mayor Osei used his address to …`).
    if block > 0, doc.blocks[block - 1].role == .body,
      let e = doc.entities.mentions(in: doc.blocks[block - 1].range).first(where: { doc.entities[$0.entity].kind == .person })?.entity
    {
      return (.entity(e), .introducedByPreviousParagraph, 0.4)
    }
    return nil
  }
}

extension DirectQuoteStage {
  /// The sentence a claim's cue (or, with none, its content) lies in.
  private func sentenceIndex(_ doc: Document, of claim: Claim) -> Int? {
    doc.sentenceIndex(at: claim.cue?.start ?? claim.content.start)
  }

  /// The name on the short paragraph right under a quote that ends its own, when that
  /// paragraph opens with a dash: `- Bernie Sanders.`, `— Ana Lima, Harbour Board`.
  func signature(_ doc: Document, under q: Int, block: Int) -> Int? {
    let next = block + 1
    guard next < doc.blocks.count, doc.blocks[next].role == .body, next < doc.blockTokens.count else { return nil }
    let quoteEnd = doc.quotes[q].close?.end ?? doc.quotes[q].content.end
    // Only punctuation may follow the quote in its paragraph.
    guard let last = doc.blockTokens[block].last, doc.tokens[doc.blockTokens[block].lowerBound...last]
      .allSatisfy({ $0.range.start < quoteEnd || $0.kind != .word })
    else { return nil }
    let line = doc.blockTokens[next]
    guard line.count >= 2, line.count <= 16, doc.tokens[line.lowerBound].isDashMark else { return nil }
    return source(doc, namedAt: line.lowerBound + 1, in: next)
  }

  /// The person, organisation or outlet whose mention in paragraph `block` opens at token `k`.
  private func source(_ doc: Document, namedAt k: Int, in block: Int) -> Int? {
    let nameStart = doc.tokens[k].range.start
    return doc.entities.mentions(in: doc.blocks[block].range).first { m in
      let kind = doc.entities[m.entity].kind
      return m.offset == nameStart && (kind == .person || kind == .organisation || kind == .outlet)
    }?.entity
  }

  /// The name in brackets that ends the quote's paragraph right after it, as a newsletter
  /// cites its source: `HOW THE PORT … “…” [Harbour Ledger.]`.
  func bracketedSource(_ doc: Document, after q: Int, block: Int) -> Int? {
    guard let close = doc.quotes[q].close, let mark = doc.tokenIndex(startingAt: close.start) else { return nil }
    let line = doc.blockTokens[block]
    // Only punctuation before the bracket; only a period after the name.
    guard line.contains(mark), let open = (mark + 1..<line.upperBound).first(where: { doc.tokens[$0].kind != .punctuation || doc.tokens[$0].isMark("[") }),
      doc.tokens[open].isMark("["), open + 1 < line.upperBound, doc.tokens[open + 1].kind == .word, doc.tokens[line.upperBound - 1].isMark("]"),
      let last = (open..<line.upperBound).last(where: { doc.tokens[$0].kind != .punctuation }),
      (last + 1..<line.upperBound).allSatisfy({ doc.tokens[$0].isMark("]") || doc.tokens[$0].isMark(".") })
    else { return nil }
    return source(doc, namedAt: open + 1, in: block)
  }

  /// The person or organisation named outside quotes in the quote's paragraph: its own
  /// sentence's subject (or first name), else the last before it in the paragraph.
  func nameInParagraph(_ doc: Document, quote q: Int, block: Int) -> Int? {
    let quote = doc.quotes[q]
    let outside = doc.entities.mentions(in: doc.blocks[block].range).filter { m in
      guard let k = doc.tokenIndex(startingAt: m.offset), doc.tokens[k].quote == nil else { return false }
      let kind = doc.entities[m.entity].kind
      return (kind == .person || kind == .organisation || kind == .outlet) && !doc.entities[m.entity].isPlace
    }
    guard !outside.isEmpty, let open = doc.tokenIndex(startingAt: quote.open.start) else { return nil }
    let sentence = doc.sentences[doc.sentenceOfToken[open]].range
    let inSentence = outside.filter { sentence.contains($0.offset) }
    // The sentence's first name followed by a verb is its subject (`McConnell delivered a
    // message to Trump: "…"`; `Addressing the rowing club's dinner, Patel pictured …`);
    // with none, the first name most often is.
    if let subject = inSentence.first(where: { isFollowedByFiniteVerb(doc, nameAt: $0.offset) }) ?? inSentence.first { return subject.entity }
    // Before it, the last person named — a body named after them is most often what they
    // spoke of (`Cornyn issued a statement on the rejection of the Johnson Space Center (JSC)`).
    let before = outside.filter { $0.offset < quote.open.start }
    return (before.last { doc.entities[$0.entity].kind == .person } ?? before.last)?.entity
  }

  /// Whether the name that starts at `offset` is followed by a finite verb. A name ends at
  /// its possessive: in `the Ledger’s Ana Lima pictured …` the verb is Lima's, not the outlet's.
  private func isFollowedByFiniteVerb(_ doc: Document, nameAt offset: Int) -> Bool {
    guard let k = doc.tokenIndex(startingAt: offset), doc.tokens[k].kind == .word else { return false }
    let j = SentenceSubject.nameEnd(from: k, before: doc.tokens.count, doc)
    return j < doc.tokens.count && doc.tokens[j].kind == .word && doc.tag(j)?.isFiniteVerb == true
  }
}

/// The spans of reported speech, for asking quickly whether a quote lies inside one.
private struct ReportedSpans {
  private let spans: [TextRange]
  /// The furthest end among the spans up to each index.
  private let reach: [Int]

  init(_ ranges: [TextRange]) {
    spans = ranges.sorted()
    var furthest = Int.min
    reach = spans.map { furthest = max(furthest, $0.end); return furthest }
  }

  func overlaps(_ r: TextRange) -> Bool {
    let after = spans.partitionPoint { $0.start < r.end }
    return after > 0 && reach[after - 1] > r.start
  }
}
