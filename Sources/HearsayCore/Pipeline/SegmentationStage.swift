/// Pairs quotation marks over the prose blocks, then splits each block into tokens and
/// quote-aware sentences.
struct SegmentationStage: AnalysisStage {
  let name = "segment"

  func apply(to doc: inout Document) {
    // (Front matter and a photo's credit are no paragraphs of the article's prose.)
    doc.blocks = doc.article.blocks.filter { $0.role != .metadata && $0.role != .credit }
    let scan = QuoteScanner(s: doc.scalars).scan(paragraphs: doc.blocks.map(\.range))
    doc.quotedSpans = scan.spans
    doc.quotes = scan.spans.filter { $0.depth == 0 }
    doc.diagnostics.append(contentsOf: scan.diagnostics)

    var tokenizer = Tokenizer(text: doc.article.storage, quotes: doc.quotes)
    // English prose has a token for every four to six code points: room for them at once,
    // not a copy of every token each time the arrays double.
    let expected = doc.blocks.reduce(0) { $0 + $1.range.length } / 4
    doc.tokens.reserveCapacity(expected)
    doc.sentenceOfToken.reserveCapacity(expected)
    // (And a sentence for every twenty-odd tokens.)
    doc.sentences.reserveCapacity(expected / 16)
    let splitter = SentenceSplitter(scalars: doc.scalars)
    for (b, block) in doc.blocks.enumerated() {
      let first = doc.tokens.count
      tokenizer.tokens(in: block.range, into: &doc.tokens)
      let span = first..<doc.tokens.count
      doc.blockTokens.append(span)
      guard !span.isEmpty else { continue }
      let firstSentence = doc.sentences.count
      splitter.split(doc.tokens, in: span, block: b, into: &doc.sentences)
      // (Prose only: a date line's `9:15 AM` is no acronym, and costs a tagging to find so.)
      let prose = [.body, .headline, .caption].contains(block.role)
      for s in firstSentence..<doc.sentences.count {
        doc.sentenceOfToken.append(contentsOf: repeatElement(s, count: doc.sentences[s].tokens.count))
        if prose { Self.readAcronyms(in: doc.sentences[s].tokens, &doc) }
      }
    }
    doc.vocabularyStores = tokenizer.stores
  }

  /// A word in capitals that spells a function word is an acronym (`Token.readAsAcronym`)
  /// where the tagger reads a proper noun: `the WHO said`, `US officials`; not the stress
  /// of `they did NOT say`, nor a heading's words (`HOW THE LEVY WORKS`).
  private static func readAcronyms(in r: Range<Int>, _ doc: inout Document) {
    for k in r where doc.tokens[k].isCapitalised && !doc.tokens[k].flags.isDisjoint(with: .functionWord) && doc.tokens[k].isInCapitals
      && doc.tag(k)?.isProperNoun == true
    {
      doc.tokens[k].readAsAcronym()
    }
  }
}
