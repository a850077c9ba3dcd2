/// Runs the sentence patterns over every headline and body sentence and collects the
/// claims, linking the halves of split quotes and remembering `X continued:` for the
/// quote that follows it.
struct AttributionStage: AnalysisStage {
  let name = "attribute"

  /// Reported speech often runs on past its cue: a sentence with no cue and no quote
  /// right after a `X told Y that …` sentence in the same paragraph continues X's claim.
  private func continuation(_ doc: Document, claims: [Claim], sentence i: Int) -> Claim? {
    // Asked after every sentence with no claim: the last claim is read in place first, and
    // copied (its phrases and strings) only when it may be continued.
    guard i > 0, !claims.isEmpty, claims[claims.count - 1].rule == .subjectCueContent, claims[claims.count - 1].quote == nil,
      let last = claims.last, let cue = last.cue,
      doc.lastWord(in: TextRange(cue.end, last.content.start)) == "that"
    else { return nil }
    let s = doc.sentences[i]
    let previous = doc.sentences[i - 1]
    guard previous.block == s.block, last.content.start >= previous.range.start,
      last.content.end + 2 >= previous.range.end,
      !doc.tokens[s.tokens].contains(where: { $0.quote != nil })
    else { return nil }
    var hi = s.tokens.upperBound
    while hi > s.tokens.lowerBound, doc.tokens[hi - 1].kind != .word { hi -= 1 }
    guard hi - s.tokens.lowerBound >= 4 else { return nil }
    // It must go on about the same thing (`it has also …`), not start a new subject.
    let opening = doc.tokens[s.tokens.lowerBound..<min(hi, s.tokens.lowerBound + 16)]
    guard opening.contains(where: { $0.is("also") }), !doc.tokens[s.tokens.lowerBound].isCapitalised || !opening.first!.isWord || opening.first!.has(.capitalisedFunctionWord)
    else { return nil }
    return Claim(content: TextRange(s.range.start, doc.tokens[hi - 1].range.end), quote: nil,
                 speaker: .sameAs(claims.count - 1), via: last.via, cue: nil, rule: .continuedReportedSpeech,
                 confidence: 0.5, block: s.block)
  }

  /// A sentence's words without its closing punctuation, when it has a few.
  static func wholeSentence(_ doc: Document, _ i: Int) -> TextRange? {
    let s = doc.sentences[i].tokens
    var hi = s.upperBound
    while hi > s.lowerBound, doc.tokens[hi - 1].kind == .punctuation { hi -= 1 }
    guard hi - s.lowerBound >= 4 else { return nil }
    // Something said has words: not a live blog's time stamp (`6:01 p.m.`).
    let words = doc.tokens[s.lowerBound..<hi].filter { $0.kind == .word && $0.text.unicodeScalars.contains(where: \.isLetter) }.count
    guard words >= 3 else { return nil }
    return doc.span(s.lowerBound..<hi)
  }

  func apply(to doc: inout Document) {
    var introducer: (phrase: NounPhrase, block: Int)? = nil
    for b in doc.blocks.indices where doc.blocks[b].role == .body {
      if let claim = TranscriptLabel.claim(doc, block: b) { doc.claims.append(claim) }
    }
    // Claims gather in a local array and the document is left alone until the end: the
    // one attributor, made once, reads the document without ever copying it again.
    guard !doc.sentences.isEmpty else { return }
    var claims = doc.claims
    var attributor = SentenceAttributor(doc: doc, sentence: 0)
    for i in doc.sentences.indices {
      let role = doc.blocks[doc.sentences[i].block].role
      guard role == .body || role == .headline else { continue }
      attributor.move(to: i)
      var found = attributor.claims()
      let pending = attributor.pendingIntroducer
      if found.isEmpty, let carried = continuation(doc, claims: claims, sentence: i) { found = [carried] }
      let base = claims.count
      // `sameAs(-1)` names the claim found just before this one; it may have been merged
      // into an equal claim already kept, so found claims are mapped to where they went.
      var placed: [Int] = []
      for (n, var claim) in found.enumerated() {
        var partner: Int? = nil
        if case .sameAs(let rel) = claim.speaker, rel < 0 {
          partner = n + rel >= 0 ? placed[n + rel] : nil
          claim.speaker = partner.map(Claim.SpeakerRef.sameAs) ?? .unknown
          claim.linkedTo = partner
        }
        if let existing = claims[base...].firstIndex(where: { $0.content == claim.content }) {
          placed.append(existing)
          continue
        }
        placed.append(claims.count)
        if let partner { claims[partner].linkedTo = claims.count }
        claims.append(claim)
      }
      if let p = pending { introducer = (p, doc.sentences[i].block) }
      if let intro = introducer, intro.block < doc.sentences[i].block, doc.sentences[i].tokens.lowerBound == doc.blockTokens[doc.sentences[i].block].lowerBound {
        // The paragraph after `X continued:` opens with X's quote.
        let first = doc.tokens[doc.sentences[i].tokens.lowerBound]
        if first.kind == .quoteOpen, let q = first.quote, !claims.contains(where: { $0.quote == q }) {
          claims.append(Claim(content: doc.quotes[q].content, quote: q, speaker: .phrase(intro.phrase), via: nil,
                              cue: nil, rule: .introducedByColon, confidence: 0.85, block: doc.sentences[i].block))
        } else if found.isEmpty, first.kind == .word, let content = Self.wholeSentence(doc, i) {
          // `Hewitt writes:` and a paragraph set off without quote marks: its first sentence.
          claims.append(Claim(content: content, quote: nil, speaker: .phrase(intro.phrase), via: nil,
                              cue: nil, rule: .introducedByColon, confidence: 0.7, block: doc.sentences[i].block))
        }
        introducer = nil
      }
    }
    doc.claims = claims
  }
}
