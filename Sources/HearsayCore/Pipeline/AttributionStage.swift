/// Runs the sentence patterns over every headline and body sentence and collects the
/// claims, linking the halves of split quotes and remembering `X continued:` for the
/// quote that follows it.
struct AttributionStage: AnalysisStage {
  let name = "attribute"

  func apply(to doc: inout Document) {
    var introducer: (phrase: NounPhrase, block: Int)? = nil
    for b in doc.blocks.indices where doc.blocks[b].role == .body {
      if let claim = TranscriptLabel.claim(doc, block: b) { doc.claims.append(claim) }
    }
    for i in doc.sentences.indices {
      let role = doc.blocks[doc.sentences[i].block].role
      guard role == .body || role == .headline else { continue }
      var attributor = SentenceAttributor(doc: doc, sentence: i)
      let found = attributor.claims()
      let base = doc.claims.count
      for var claim in found {
        if case .sameAs(let rel) = claim.speaker, rel < 0 {
          claim.speaker = .sameAs(doc.claims.count + rel)
          claim.linkedTo = doc.claims.count + rel
          doc.claims[doc.claims.count + rel].linkedTo = doc.claims.count
        }
        if doc.claims[base...].contains(where: { $0.content == claim.content }) { continue }
        doc.claims.append(claim)
      }
      if let p = attributor.pendingIntroducer { introducer = (p, doc.sentences[i].block) }
      if let intro = introducer, intro.block < doc.sentences[i].block, doc.sentences[i].tokens.lowerBound == doc.blockTokens[doc.sentences[i].block].lowerBound {
        // The paragraph after `X continued:` opens with X's quote.
        let first = doc.tokens[doc.sentences[i].tokens.lowerBound]
        if first.kind == .quoteOpen, let q = first.quote, !doc.claims.contains(where: { $0.quote == q }) {
          doc.claims.append(Claim(content: doc.quotes[q].content, quote: q, speaker: .phrase(intro.phrase), via: nil,
                                  cue: nil, rule: "introduced-by-colon", confidence: 0.85, block: doc.sentences[i].block))
        }
        introducer = nil
      }
    }
  }
}
