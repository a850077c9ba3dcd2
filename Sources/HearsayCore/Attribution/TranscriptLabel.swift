/// Transcripts and interviews: a paragraph that opens with a speaker label in capitals
/// (`WALLACE: …`, `PENCE: …`, `Q: …`) is that speaker's turn.
enum TranscriptLabel {
  /// `Chris Matthews: …`, `Matthews: …` (when the article names a Matthews in full): a
  /// person's name in title case, one to three words, right before a colon.
  static func personLabel(_ doc: Document, from start: Int, in span: Range<Int>) -> Int? {
    var k = start
    while k < span.upperBound, k - start < 3, doc.tokens[k].kind == .word, doc.tokens[k].isCapitalised, !doc.tokens[k].has(.capitalisedFunctionWord) { k += 1 }
    guard k > start, k < span.upperBound, doc.tokens[k].isMark(":") else { return nil }
    let words = doc.tokens[start..<k].map(\.bare)
    guard let e = doc.entities.lookup(words, kind: .person), doc.entities[e].kind == .person,
      k - start >= 2 || doc.entities[e].words.count >= 2
    else { return nil }
    return k
  }

  /// The label that opens paragraph `b` (`WALLACE`, `Chris Matthews`), its colon right
  /// after it and no quote after the colon (that is the colon sieve's: `Continued Stone:
  /// "…"`).
  static func label(_ doc: Document, block b: Int) -> Range<Int>? {
    let span = doc.blockTokens[b]
    var k = span.lowerBound
    if k < span.upperBound, doc.tokens[k].kind == .quoteOpen { k += 1 }
    let labelStart = k
    while k < span.upperBound, k - labelStart < 3, doc.tokens[k].kind == .word, NameClassifier.isCapitalsOnly(doc.tokens[k].text) { k += 1 }
    if k == labelStart, let named = personLabel(doc, from: labelStart, in: span) { k = named }
    guard k > labelStart, k + 2 < span.upperBound, doc.tokens[k].isMark(":"), doc.tokens[k + 1].kind != .quoteOpen else { return nil }
    return labelStart..<k
  }

  /// The most words a section's heading after a name holds.
  private static let headingWords = 6

  /// `Okafor: Hold the lead.` over a paragraph that is no turn (`Mayor Dana Okafor has led
  /// every poll …`): in a roundup, a name and a few words head the section that tells of
  /// them, and are no words of theirs. A turn in a transcript is followed by another (or,
  /// after `Q:`, by an answer that may have no label).
  private static func headsASection(_ doc: Document, block b: Int, words: Int) -> Bool {
    guard words <= headingWords, b + 1 < doc.blocks.count, doc.blocks[b + 1].role == .body else { return false }
    let next = doc.blockTokens[b + 1]
    return !next.isEmpty && doc.tokens[next.lowerBound].kind != .quoteOpen && label(doc, block: b + 1) == nil
  }

  static func claim(_ doc: Document, block b: Int) -> Claim? {
    guard let label = label(doc, block: b) else { return nil }
    let span = doc.blockTokens[b]
    let labelStart = label.lowerBound, k = label.upperBound
    var hi = span.upperBound
    while hi > k + 1, doc.tokens[hi - 1].kind != .word { hi -= 1 }
    // A turn says something in words: `Hillary Clinton: 1,769` is a tally. (Counted only as
    // far as a section's heading may run, not through a whole turn.)
    let words = doc.tokens[(k + 1)..<hi].lazy.filter({ $0.kind == .word && $0.lower.contains(where: \.isLetter) }).prefix(headingWords + 1).count
    guard hi - (k + 1) >= 2, words > 0 else { return nil }
    let finder = doc.phraseFinder
    let content = TextRange(doc.tokens[k + 1].range.start, doc.tokens[hi - 1].range.end)
    let text = doc.tokens[label].map(\.lower).joined(separator: " ")
    if Lexicon.questionLabels.contains(text) {
      return Claim(content: content, quote: nil, speaker: .unnamed("interviewer", mention: doc.span(label)), via: nil, cue: doc.span(label),
                   rule: .transcriptQuestion, confidence: 0.7, block: b)
    }
    if Lexicon.answerLabels.contains(text) {
      let phrase = NounPhrase(tokens: label, range: doc.span(label), head: .role(definite: true), role: nil)
      return Claim(content: content, quote: nil, speaker: .headlineRole(phrase), via: nil, cue: doc.span(label),
                   rule: .transcriptAnswer, confidence: 0.6, block: b)
    }
    // `CLARIFICATION:`, `UPDATE:`: one word the tagger's data knows as a common noun, and
    // the article names nowhere else, labels a note — not a speaker's turn (`TRUMP:` is
    // named again and again).
    if k - labelStart == 1, let tag = doc.lexicalTag(labelStart), tag == .nn || tag == .nns,
      doc.entities.lookup([doc.tokens[labelStart].bare]).map({ doc.entities[$0].mentions.count <= 1 }) ?? true
    {
      return nil
    }
    // (A name's only: `Q: Why not?` over an answer with no label is a question.)
    guard !headsASection(doc, block: b, words: words), let who = finder.analyse(label, fullEnd: k), case .name = who.head else { return nil }
    if !NameClassifier.isCapitalsOnly(doc.tokens[labelStart].text), let e = doc.entities.lookup(doc.tokens[label].wordTokens.map(\.bare)),
      doc.entities[e].kind != .person
    {
      return nil
    }
    return Claim(content: content, quote: nil, speaker: .phrase(who), via: nil, cue: doc.span(label),
                 rule: .transcriptLabel, confidence: 0.85, block: b)
  }
}
