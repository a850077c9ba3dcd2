/// `… does not surprise Republican pollster Dana Ruiz: "…"`, `More from Jones: "…"`: a
/// name right before a colon introduces the quote after it, where no cue spoke for it.
struct ColonSourceSieve: AttributionSieve {
  func apply(to s: SentenceCursor, _ found: inout SentenceClaims) {
    let T = s.T, r = s.r
    guard !s.isHeadline else { return }
    for colon in r where T[colon].isMark(":") && T[colon].quote == nil && colon > r.lowerBound && colon + 1 < r.upperBound {
      // A short quote after a colon is a title or a label, not a statement.
      guard T[colon + 1].kind == .quoteOpen, let q = T[colon + 1].quote, !found.claims.contains(where: { $0.quote == q }),
        s.doc.wordCount(ofQuote: q) > 4,
        let who = s.finder.walkBack(from: colon - 1, floor: r.lowerBound), case .name = who.head,
        who.tokens.upperBound == colon, !isVenueOrListener(who.tokens.lowerBound, s)
      else { continue }
      var claim = s.claim((s.quoteContent(q), q), speaker: .phrase(who), cue: T[colon].range, rule: .nameColonQuote, confidence: 0.75)
      if let writer = roundupWriter(before: who, s) {
        claim.speaker = .phrase(writer)
        claim.via = who
      }
      found.claims.append(claim)
    }
  }

  /// `Ana Lima, The Daily Ledger: "…"`: a roundup's line opens with the writer's name and
  /// the outlet they wrote in; the writer speaks, through the outlet.
  private func roundupWriter(before outlet: NounPhrase, _ s: SentenceCursor) -> NounPhrase? {
    guard case .name(let name) = outlet.head, NameClassifier.kind(of: s.T[name].wordTokens) == .outlet,
      outlet.tokens.lowerBound - 1 > s.r.lowerBound, s.T[outlet.tokens.lowerBound - 1].isMark(","),
      let writer = s.finder.walkBack(from: outlet.tokens.lowerBound - 2, floor: s.r.lowerBound), writer.tokens.lowerBound == s.r.lowerBound,
      case .name(let written) = writer.head, NameClassifier.kind(of: s.T[written].wordTokens) == .person
    else { return nil }
    return writer
  }

  /// `wrote on Twitter: "…"`, `told CNBC: "…"`, `removed the video from the Internet: "…"`:
  /// the name is where it was said, or to whom, not who said it (`More from Jones:`, a
  /// roundup's `"Headline," by the Post's Ana Lima:` are sources).
  private func isVenueOrListener(_ start: Int, _ s: SentenceCursor) -> Bool {
    guard start > s.r.lowerBound else { return false }
    let before = s.T[start - 1]
    if before.has(.listenerVerb) { return true }
    guard let tag = s.doc.tag(start - 1), tag == .in || tag == .to else { return false }
    guard Lexicon.sourcePrepositions.contains(before) else { return true }
    let p = start - 1
    return p - s.r.lowerBound > 1 && !s.T[p - 1].isMark(",") && s.T[p - 1].kind != .quoteClose
  }
}
