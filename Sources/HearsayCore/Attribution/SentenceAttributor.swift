/// Applies the attribution sieves to one sentence, in order of how much they say: cues
/// with their subjects (verbs, `quoted X as saying`, participles, possessive claims),
/// Chinese patterns, relays (`according to X`, `citing X`), dash signatures, a name's
/// colon before a quote, headline colons, and last the nesting of claims inside claims. Each claim records the rule
/// that made it and how sure that rule is.
struct SentenceAttributor {
  static let sieves: [any AttributionSieve] = [
    CueSieve(), CJKSieve(), RelaySieve(), DashSignatureSieve(), ColonSourceSieve(), HeadlineColonSieve(), NestingSieve(),
  ]

  let cursor: SentenceCursor
  /// A speaker phrase whose next quote (in the next paragraph) it introduces: `Caddell continued:`.
  private(set) var pendingIntroducer: NounPhrase? = nil

  init(doc: Document, sentence: Int) {
    cursor = SentenceCursor(doc: doc, sentence: sentence)
  }

  /// Goes on to another sentence of the same document.
  mutating func move(to sentence: Int) {
    cursor.move(to: sentence)
    pendingIntroducer = nil
  }

  mutating func claims() -> [Claim] {
    // (A closure over the cursor: `cursor.doc.lexicalTag` would copy the document per sentence.)
    let listed = CueFinder.cues(in: cursor.r, tokens: cursor.T, tag: cursor.finder.tag, lexicalTag: { [cursor] in cursor.doc.lexicalTag($0) })
    let open = cursor.openClassCues(known: listed)
    // (Most sentences have no open-class cue: their listed cues, already in order, are used as they are.)
    let inOrder = open.isEmpty && zip(listed, listed.dropFirst()).allSatisfy { $0.tokens.lowerBound <= $1.tokens.lowerBound }
    let cues = inOrder ? listed : (listed + open).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    var found = SentenceClaims(cues: cues, in: cursor)
    for sieve in Self.sieves { sieve.apply(to: cursor, &found) }
    pendingIntroducer = found.pendingIntroducer ?? (found.claims.isEmpty ? colonIntroducer() : nil)
    return found.claims
  }

  /// `Trump issued the following statement:` — a sentence that ends on a colon, with a
  /// name or pronoun as its subject, introduces the quote that opens the next paragraph.
  private func colonIntroducer() -> NounPhrase? {
    let T = cursor.T, r = cursor.r
    guard let last = r.last(where: { T[$0].kind != .quoteClose }), T[last].isMark(":"), T[last].quote == nil,
      let subject = cursor.sentenceSubject(before: last)
    else { return nil }
    // `Transcript as follows:`, `Partial transcript follows:`: a document introduces what it
    // holds, and its capital is the line's, no name's.
    if subject.tokens.contains(where: { T[$0].kind == .word && T[$0].bareFlags.contains(.documentNoun) }) { return nil }
    switch subject.head {
    case .name, .pronoun: return subject
    case .role: return nil
    }
  }
}
