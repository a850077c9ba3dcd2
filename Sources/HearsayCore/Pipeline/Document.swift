/// The working state the pipeline's stages fill in turn, over one article: each stage
/// reads what earlier ones wrote and adds its own layer (spaCy's `Doc`).
struct Document {
  let article: Article
  /// The text's code points, made once per document (a window's only, for a long article).
  let scalars: [Unicode.Scalar]
  /// Blocks that hold prose (not front matter), in order.
  var blocks: [Article.Block] = []
  /// Every quoted span, nested ones included, in order of their opening marks.
  var quotedSpans: [QuotedSpan] = []
  /// The top-level quoted spans; tokens refer to these indices.
  var quotes: [QuotedSpan] = []
  var tokens: [Token] = []
  /// Where the tokens' words live: kept as long as the tokens are.
  var vocabularyStores: [Vocabulary.Store] = []
  /// Token ranges per block.
  var blockTokens: [Range<Int>] = []
  var sentences: [Sentence] = []
  /// Sentence index per token, filled with the sentences.
  var sentenceOfToken: [Int] = []
  /// Sentences' first words capitalised only for their place (`Said Ellis:`, `Delegates
  /// questioned …`): the article writes them in lower case elsewhere, so no name starts there.
  var positionalCapitals = IndexMarks()
  var claims: [Claim] = []
  var entities = EntityRegistry()
  var terms: [TextRange] = []
  var diagnostics: [Diagnostic] = []
  /// Parts of speech, tagged on demand: ask `tag(_:)`.
  let tags = TagCache()

  init(article: Article) {
    self.article = article
    scalars = article.scalars
    diagnostics = article.diagnostics
  }

  func text(_ r: TextRange) -> String { article.substring(r) }

  /// The part of speech of token `k`, nil without a tagger model.
  func tag(_ k: Int) -> PennTag? { tags.tag(k, in: tokens, sentence: sentences[sentenceOfToken[k]].tokens) }

  /// `Rider group Harbour Transit warned … Its spokesperson, Ana Lima, said …`: a role that
  /// opens with `its` belongs to the organisation or outlet named last, in its sentence or
  /// the one before (`Harbour Transit's spokesperson`); with none there it stays as written.
  func owned(_ role: String, at offset: Int) -> String {
    guard Self.opensWithIts(role), let k = tokenIndex(startingAt: offset) else { return role }
    let sentence = sentenceOfToken[k]
    let from = sentences[max(0, sentence - 1)].range.start
    guard let owner = entities.mentions(in: TextRange(from, offset)).last(where: {
      entities[$0.entity].kind == .organisation || entities[$0.entity].kind == .outlet
    }) else { return role }
    let name = entities[owner.entity].name
    return name + (name.hasSuffix("s") ? "'" : "'s") + role.dropFirst(3)
  }

  /// Whether a role opens with `its` (`Its spokesperson`), which says whose it is only
  /// with the organisation named before it.
  static func opensWithIts(_ role: String) -> Bool { role.utf8.count > 4 && role.prefix(4).lowercased() == "its " }

  /// Whether token `k`, where nothing before it can be its subject (`when asked`, `Asked
  /// whether …` opening a sentence), is a participle: read as one, or as a past in `-ed`,
  /// which there has no subject to be the past of.
  func readsAsSubjectlessParticiple(_ k: Int) -> Bool {
    guard let tag = tag(k) else { return false }
    return tag == .vbn || tag == .vbg || tag == .vbd && tokens[k].lower.endsWith("ed")
  }

  /// Whether the tagger learnt token `k`'s word from data, so its tag is more than a guess.
  func tagKnows(_ k: Int) -> Bool { tags.knows(tokens[k]) }

  /// Token `k`'s word class from the tagger's training data alone (`TagCache.lexicalTag`).
  func lexicalTag(_ k: Int) -> PennTag? { tags.lexicalTag(tokens[k]) }
  func lexicalTag(ofWord word: String) -> PennTag? { tags.lexicalTag(ofWord: word) }

  func span(_ tokens: Range<Int>) -> TextRange {
    TextRange(self.tokens[tokens.lowerBound].range.start, self.tokens[tokens.upperBound - 1].range.end)
  }

  /// The last run of non-space text in `r` (`that` in `said that `), read off the code
  /// points: the words before a claim decide how it was introduced.
  func lastWord(in r: TextRange) -> String {
    var end = r.end
    while end > r.start, scalars[end - 1].isSpaceOrNewline { end -= 1 }
    var start = end
    while start > r.start, !scalars[start - 1].isSpaceOrNewline { start -= 1 }
    return text(TextRange(start, end))
  }

  /// How many words a top-level quote holds: short ones are labels, not speech. Counted
  /// only as far as the rules look (a sixth word says "long"), not through a whole speech.
  func wordCount(ofQuote q: Int) -> Int { Self.wordCount(in: quotes[q].content, of: scalars) }

  /// Whether a sentence is the article's headline (capitals there say little of names).
  func isHeadline(_ s: Sentence) -> Bool { blocks[s.block].role == .headline }
  /// Whether token `k` stands in the headline.
  func isInHeadline(token k: Int) -> Bool { isHeadline(sentences[sentenceOfToken[k]]) }
  /// Whether token `k` is its sentence's first.
  func opensSentence(token k: Int) -> Bool { sentences[sentenceOfToken[k]].tokens.lowerBound == k }

  /// Whether the words `r` are a place's proper name (`U.S.`, `Texas`): their flags first,
  /// the tagger only where every word is a place's (it would tag a sentence no rule needs).
  func isPlaceName(_ r: Range<Int>) -> Bool {
    tokens[r].allSatisfy { $0.kind == .word && $0.isCapitalised && $0.has(.place) } && r.allSatisfy { tag($0) == .nnp }
  }

  /// `"The Late Show With Stephen Colbert"`, `"The Lead with Jake Tapper"`: a short quote
  /// whose every longer word is capitalised but a preposition title case keeps small — the
  /// name of a show, book or slogan, not someone's words.
  func isTitle(quote q: Int) -> Bool {
    guard Self.wordCount(in: quotes[q].content, of: scalars, atMost: 8) <= 8, let open = tokenIndex(startingAt: quotes[q].open.start) else { return false }
    var capitalised = 0, long = 0, words = 0, allCaps = true
    var k = open + 1
    let end = quotes[q].content.end
    while k < tokens.count, tokens[k].range.start < end {
      let t = tokens[k]
      k += 1
      guard t.kind == .word else { continue }
      words += 1
      if t.isCapitalised { capitalised += 1 }
      if t.range.length > 3 {
        long += 1
        if !t.isCapitalised && !Lexicon.titleCaseLowercaseWords.contains(t) { return false }
      }
      if allCaps, !NameClassifier.isCapitalsOnly(t.text) { allCaps = false }
    }
    // (Short words only, every one capitalised: `"New Day"`, `"Face the Nation"` has a long one.)
    return capitalised >= 2 && (long > 0 || capitalised == words) && !allCaps
  }

  static func wordCount(in c: TextRange, of scalars: [Unicode.Scalar], atMost limit: Int = 5) -> Int {
    var words = 0
    var inWord = false
    for i in c.start..<c.end {
      let w = scalars[i].isWordCharacter
      if w && !inWord { words += 1 }
      if scalars[i].isCJK { words += 1 }
      if words > limit { return words }
      inWord = w
    }
    return words
  }

  /// The gender of a title right before token `start` (`Mrs. Clinton`, `Mr Lima`), if it
  /// has one.
  func genderFromTitle(before start: Int) -> EntityRegistry.Gender? {
    guard start > 0, tokens[start - 1].kind == .word || tokens[start - 1].isMark(".") else { return nil }
    let k = tokens[start - 1].isMark(".") && start > 1 ? start - 2 : start - 1
    // Every gendered title is a title: other words are not looked up.
    guard tokens[k].has(.title) else { return nil }
    return Lexicon.genderedTitles[tokens[k].lower]
  }

  /// `LOS ANGELES, Sept. 28 (UPI) —`, `MIDWAY ATOLL, Hawaii —`: capitals that open paragraph
  /// `block`, then a comma, bracket or dash, name the place the story was filed from. In
  /// title case (`Washington (AFP) –`, `Port Harcourt, Rivers (Harbour Wire) —`) only an
  /// agency in brackets and a dash after the place make it a dateline.
  func isDateline(_ run: Range<Int>, block: Int) -> Bool {
    guard run.lowerBound == blockTokens[block].lowerBound, run.upperBound < tokens.count else { return false }
    if tokens[run].allSatisfy({ !$0.isWord || NameClassifier.isCapitalsOnly($0.text) }) {
      let next = tokens[run.upperBound]
      return next.isMark(",") || next.isMark("(") || next.isDashMark
    }
    return tokens[run].allSatisfy({ !$0.isWord || $0.isCapitalised }) && isAgencyThenDash(after: run.upperBound, block: block)
  }

  /// `, Rivers (Harbour Wire) —`, `(AFP) –`: a state or country after a comma, maybe, then
  /// a few capitalised words in brackets, then a dash.
  private func isAgencyThenDash(after k: Int, block: Int) -> Bool {
    let end = blockTokens[block].upperBound
    var j = k
    if j < end, tokens[j].isMark(",") {
      j += 1
      while j < end, j - k <= 4, tokens[j].isWord && tokens[j].isCapitalised { j += 1 }
    }
    guard j < end, tokens[j].isMark("(") else { return false }
    let agency = j + 1
    j = agency
    while j < end, j - agency < 5, tokens[j].isWord && tokens[j].isCapitalised { j += 1 }
    guard j > agency, j + 1 < end, tokens[j].isMark(")") else { return false }
    return tokens[j + 1].isDashMark
  }

  /// Index of the sentence that holds `offset` (or, between sentences, the next one).
  func sentenceIndex(at offset: Int) -> Int? {
    let i = sentences.partitionPoint { $0.range.end <= offset }
    return i < sentences.count ? i : nil
  }

  /// Index of the token that starts at `offset`, by binary search.
  func tokenIndex(startingAt offset: Int) -> Int? {
    let i = tokens.partitionPoint { $0.range.start < offset }
    return i < tokens.count && tokens[i].range.start == offset ? i : nil
  }

  /// Indices of the top-level quotes whose content overlaps `range`, in order.
  func quotes(overlapping range: TextRange) -> [Int] {
    var lo = quotes.partitionPoint { $0.content.end <= range.start }
    var out: [Int] = []
    while lo < quotes.count, quotes[lo].content.start < range.end {
      if quotes[lo].content.overlaps(range) { out.append(lo) }
      lo += 1
    }
    return out
  }

  var phraseFinder: PhraseFinder {
    PhraseFinder(tokens: tokens, storage: article.storage, scalars: scalars, quotes: quotes, positionalCapitals: positionalCapitals,
                 lexicalTag: { [tags, tokens] k in tags.lexicalTag(tokens[k]) }) { [tags, tokens, sentences, sentenceOfToken] k in
      tags.tag(k, in: tokens, sentence: sentences[sentenceOfToken[k]].tokens)
    }
  }
}

/// A claim found by an attribution rule, before its speaker phrase is resolved to an
/// entity. `speaker` is a phrase in the text or a reference to another claim's speaker.
struct Claim {
  enum SpeakerRef {
    case phrase(NounPhrase)
    /// The same speaker as another claim (`…, adding that …`, the rest of a split quote).
    case sameAs(Int)
    /// A caption, headline or earlier paragraph named the speaker in a way that resolves
    /// to whoever is most quoted with a matching role.
    case headlineRole(NounPhrase)
    /// An entity already known, chosen from the context rather than named at the quote.
    case entity(Int)
    /// An unnamed speaker known only by what it does here (`interviewer`).
    case unnamed(String, mention: TextRange)
    /// No rule found a speaker; the quote is still reported.
    case unknown
  }
  var content: TextRange
  /// The top-level quote the content is exactly, for direct statements.
  var quote: Int?
  var speaker: SpeakerRef
  var via: NounPhrase?
  var cue: TextRange?
  var rule: AttributionRule
  var confidence: Double
  var block: Int
  var nested = false
  var headline = false
  /// What records or data show (`the filings show that …`), which nobody spoke, or a
  /// question put to someone (`Asked by Omar Bell whether …`), which the one asked answers:
  /// a quote beside it is not its speaker's.
  var lendsNoSpeaker = false
  var linkedTo: Int? = nil
  /// Resolved later.
  var entity: Int? = nil
  var viaEntity: Int? = nil
}
