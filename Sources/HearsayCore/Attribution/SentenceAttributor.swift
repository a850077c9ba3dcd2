/// Applies the reporting patterns to one sentence, in order of how much they say:
/// relayed cues (`quoted X as saying`, `citing X`), verb cues with their subjects in
/// front (`X said that …`) or behind (`…, said X`), participle continuations
/// (`…, adding that …`), possessive claims (`X's claims that …`), and `according to X`.
/// Each claim records the rule that made it and how sure that rule is.
import Foundation

struct SentenceAttributor {
  let doc: Document
  private(set) var sentence: Sentence
  private(set) var sentenceIndex: Int
  let finder: PhraseFinder
  var T: [Token] { doc.tokens }
  var r: Range<Int> { sentence.tokens }
  var isHeadline: Bool { doc.blocks[sentence.block].role == .headline }

  init(doc: Document, sentence: Int) {
    self.doc = doc
    self.sentenceIndex = sentence
    self.sentence = doc.sentences[sentence]
    self.finder = doc.phraseFinder
  }

  /// Goes on to another sentence of the same document.
  mutating func move(to sentence: Int) {
    sentenceIndex = sentence
    self.sentence = doc.sentences[sentence]
    pendingIntroducer = nil
  }

  /// A speaker phrase whose next quote (in the next paragraph) it introduces: `Caddell continued:`.
  var pendingIntroducer: NounPhrase? = nil

  mutating func claims() -> [Claim] {
    let cues = CueFinder.cues(in: r, tokens: T)
    var claims: [Claim] = []
    // Subjects first: a later cue's subject ends the content of an earlier one.
    // A few per sentence: arrays searched in order beat hashing here.
    var subjects: [(cue: Int, phrase: NounPhrase)] = []
    for cue in cues {
      switch cue.kind {
      case .verb, .quotedAsSaying:
        if let s = finder.subject(before: cue.tokens.lowerBound, floor: r.lowerBound) { subjects.append((cue.tokens.lowerBound, s)) }
      default: break
      }
    }
    let subject = { (cue: Int) in subjects.first { $0.cue == cue }?.phrase }
    let stops = subjects.map(\.phrase.tokens.lowerBound)
    for cue in cues {
      switch cue.kind {
      case .verb:
        if let c = verbClaims(cue, subject: subject(cue.tokens.lowerBound), stops: stops, claims: claims) { claims.append(contentsOf: c) }
      case .quotedAsSaying(let asIndex):
        if let c = quotedAsSaying(cue, asIndex: asIndex, subject: subject(cue.tokens.lowerBound), stops: stops) { claims.append(contentsOf: c) }
      case .participle:
        if let c = participle(cue, stops: stops, claims: claims) { claims.append(c) }
      case .noun:
        if let c = possessiveClaim(cue) { claims.append(c) }
      case .accordingTo, .per, .citing:
        break
      }
    }
    if T[r].contains(where: { $0.kind == .ideograph }) {
      for c in CJKAttribution(doc: doc, r: r).claims() {
        claims.append(make((c.content, c.quote), speaker: .phrase(c.speaker), cue: c.cue, rule: c.rule, confidence: 0.8))
      }
    }
    applyRelays(cues, to: &claims, stops: stops)
    claims.append(contentsOf: dashSignedQuotes(excluding: claims))
    if isHeadline {
      for clause in headlineClauses() where !claims.contains(where: { $0.cue.map { doc.span(clause).contains($0) } ?? false }) {
        if let c = headlineColon(clause) { claims.append(c) }
      }
    }
    markNested(&claims)
    return claims
  }

  // MARK: - Verb cues

  private mutating func verbClaims(_ cue: Cue, subject found: NounPhrase?, stops: [Int], claims: [Claim]) -> [Claim]? {
    let c = cue.tokens.lowerBound
    let last = cue.tokens.upperBound - 1
    let cueRange = doc.span(cue.tokens)
    // `Schultz supported Democrats, and said he …`: the sentence's subject speaks.
    let subject = found ?? (c > r.lowerBound && T[c - 1].is("and") ? sentenceSubject(before: c - 1) : nil)
    if let subject {
      if isPostposed(after: last) {
        guard subject.tokens.lowerBound > r.lowerBound else {
          // `Trump said, "When …"`
          if let q = trailingQuote(after: last) {
            return [make(q, speaker: .phrase(subject), cue: cueRange, rule: "subject-cue-then-quote", confidence: 0.9)]
          }
          if let after = nextSignificant(last + 1), T[after].isMark(":") { pendingIntroducer = subject }
          return nil
        }
        var out: [Claim] = []
        let before = subject.tokens.lowerBound - 1
        if T[before].isMark(",") || T[before].isMark(":") || T[before].kind == .quoteClose || T[before].isMark("\u{2014}"),
          let content = contentBefore(before + (T[before].kind == .quoteClose ? 1 : 0), claims: claims)
        {
          if content.quote == nil, let whole = parentheticalContent(from: content.range, after: last) {
            out.append(make(whole, speaker: .phrase(subject), cue: cueRange, rule: "parenthetical-cue", confidence: 0.8))
          } else {
            out.append(make(content, speaker: .phrase(subject), cue: cueRange, rule: content.quote != nil ? "quote-then-subject-cue" : "content-then-subject-cue",
                            confidence: content.quote != nil ? 0.95 : 0.85))
          }
        }
        if let q = trailingQuote(after: last) {
          out.append(make(q, speaker: out.isEmpty ? .phrase(subject) : .sameAs(-1), cue: cueRange, rule: "subject-cue-then-quote", confidence: 0.9))
        }
        return out.isEmpty ? nil : out
      }
      guard let content = contentAfter(last, verb: T[c], stops: stops, weak: cue.isWeak) else {
        if let after = nextSignificant(last + 1), T[after].isMark(":") { pendingIntroducer = subject }
        return nil
      }
      return [make(content, speaker: .phrase(subject), cue: cueRange, rule: content.quote != nil ? "subject-cue-quote" : "subject-cue-content",
                   confidence: content.quote != nil ? 0.95 : (cue.isWeak ? 0.6 : 0.85))]
    }
    // `…, said Zheng.` / `"…," said the spokesperson.`
    guard c > r.lowerBound, T[c - 1].isMark(",") || T[c - 1].kind == .quoteClose || T[c - 1].isMark("\u{2014}"),
      let speaker = finder.phrase(after: last, limit: r.upperBound)
    else { return nil }
    var out: [Claim] = []
    if let content = contentBefore(T[c - 1].kind == .quoteClose ? c : c - 1, claims: claims) {
      out.append(make(content, speaker: .phrase(speaker), cue: cueRange, rule: content.quote != nil ? "quote-then-cue-subject" : "content-then-cue-subject",
                      confidence: content.quote != nil ? 0.95 : 0.85))
    }
    if let q = trailingQuote(after: speaker.tokens.upperBound - 1) {
      out.append(make(q, speaker: out.isEmpty ? .phrase(speaker) : .sameAs(-1), cue: cueRange, rule: "cue-subject-then-quote", confidence: 0.9))
    }
    return out.isEmpty ? nil : out
  }

  /// The subject at the head of the sentence, past an opening adverbial (`On Monday, …`).
  private func sentenceSubject(before limit: Int) -> NounPhrase? {
    var k = r.lowerBound
    let openers: Set<String> = ["in", "on", "at", "after", "before", "when", "while", "during", "as", "since", "regarding", "meanwhile", "however", "but", "and", "also", "later", "earlier", "last", "yesterday", "today"]
    let lower = T[k].lower
    let opensWithAdverbial = openers.contains(lower) || lower.hasSuffix("ed") || lower.hasSuffix("ing") || lower.hasSuffix("ly")
    if k < limit, opensWithAdverbial, let comma = (k..<limit).first(where: { T[$0].isMark(",") }) { k = comma + 1 }
    guard k < limit, let phrase = finder.phrase(after: k - 1, limit: limit) else { return nil }
    if case .role = phrase.head, phrase.tokens.count > 4 { return nil }
    return phrase
  }

  /// `The museum, Mr. Bush said, celebrated …`: the cue sits inside its content, which
  /// then runs from the clause start to the sentence end.
  private func parentheticalContent(from before: TextRange, after last: Int) -> (range: TextRange, quote: Int?)? {
    var k = last + 1
    while k < r.upperBound, T[k].kind == .word, T[k].has(.adjunctOpener) || T[k].isCapitalised { k += 1 }
    guard k + 2 < r.upperBound, T[k].isMark(","), T[k + 1].kind == .word, !endsContent(at: k + 1, stops: []) else { return nil }
    var hi = r.upperBound
    while hi > k + 1, T[hi - 1].kind == .punctuation || T[hi - 1].kind == .quoteClose { hi -= 1 }
    guard hi - (k + 1) >= 2 else { return nil }
    return (TextRange(before.start, doc.span((k + 1)..<hi).end), nil)
  }

  /// True when the cue closes its clause (`…, Xi said.`, `…, he said in a statement.`).
  private func isPostposed(after c: Int) -> Bool {
    var k = c + 1
    let listener = T[c].has(.listenerVerb)
    while k < r.upperBound {
      let t = T[k]
      if t.is("that") || t.isMark(":") || t.kind == .quoteOpen { return false }
      if t.isMark(",") || t.isMark(";") || SentenceSplitter.isTerminal(t, in: doc.scalars) || t.kind == .quoteClose {
        break
      }
      k += 1
    }
    if k == c + 1 { return true }
    // `says at a stop in Toledo, Ohio, that …`: a place's comma, and the content follows.
    if k < r.upperBound, T[k].isMark(",") {
      var j = k + 1
      while j < r.upperBound, j - k <= 3, T[j].kind == .word, T[j].isCapitalised { j += 1 }
      if j > k + 1, j + 1 < r.upperBound, T[j].isMark(","), T[j + 1].is("that") { return false }
    }
    let first = T[c + 1]
    if first.has(.adjunctOpener) && !first.is("to") { return true }
    return listener && k - (c + 1) <= 4 && (first.isCapitalised || first.has(.pronoun) || first.is("reporters"))
  }

  /// The claim content that ends right before token `end` (exclusive), from the clause start.
  private func contentBefore(_ end: Int, claims: [Claim]) -> (range: TextRange, quote: Int?)? {
    var start = r.lowerBound
    // After an earlier claim in the same sentence (`"A," Zheng said, "B."`).
    for claim in claims where claim.cue != nil {
      if let cueToken = tokenIndex(at: claim.content.end), cueToken < end, cueToken + 1 > start { start = max(start, cueToken + 1) }
    }
    var lo = start
    var hi = end
    while lo < hi, T[lo].kind == .punctuation, T[lo].text != "(" { lo += 1 }
    while hi > lo, T[hi - 1].kind == .punctuation { hi -= 1 }
    guard hi > lo else { return nil }
    // Exactly one quote (with its marks), as in `"…," he said`.
    if T[lo].kind == .quoteOpen, let q = T[lo].quote {
      var k = lo
      while k < hi, T[k].quote == q { k += 1 }
      if k >= hi { return (quoteContent(q), q) }
    }
    if hi - lo < 3 { return nil }
    if (lo..<hi).allSatisfy({ T[$0].quote != nil || T[$0].kind != .word }) { return nil }
    return (trim(lo..<hi), nil)
  }

  /// The content after a cue: past `that`, a listener (`told reporters that`) or an
  /// adjunct (`said on Thursday that`), up to the end of its clause.
  private func contentAfter(_ c: Int, verb: Token, stops: [Int], weak: Bool) -> (range: TextRange, quote: Int?)? {
    var k = c + 1
    var sawThat = false
    if let that = (k..<min(r.upperBound, k + 12)).first(where: { T[$0].is("that") }),
      (k..<that).allSatisfy({ (T[$0].kind == .word || (T[$0].isMark(",") && T[k].has(.adjunctOpener))) && T[$0].quote == nil }),
      that == k || T[k].has(.adjunctOpener) || verb.has(.listenerVerb)
    {
      k = that + 1
      sawThat = true
    } else if ["tell", "tells", "told", "inform", "informs", "informed", "assured", "assure", "reminded"].contains(verb.lower) {
      // `told CNN he …`: step over a short listener.
      var j = k
      while j < r.upperBound, j - k < 4, T[j].kind == .word, T[j].isCapitalised || T[j].has(.determiner) || ["reporters", "him", "her", "them", "us", "me", "journalists", "lawmakers", "supporters", "voters", "viewers", "listeners", "audiences", "crowd"].contains(T[j].lower) {
        j += 1
      }
      if j < r.upperBound, j > k, T[j].kind == .word { k = j }
    }
    while k < r.upperBound, T[k].isMark(":") || T[k].isMark(",") { k += 1 }
    guard k < r.upperBound else { return nil }
    let startsWithQuote = T[k].kind == .quoteOpen
    // A weak cue reports speech only with `that`, a quote, or a reported question
    // (`questioned whether …`).
    if weak && !sawThat && !Lexicon.questionOpeners.contains(T[k].lower)
      && (T[k].is("to") || !((k..<min(r.upperBound, k + 5)).contains { T[$0].kind == .quoteOpen }))
    {
      return nil
    }
    var e = k
    while e < r.upperBound {
      let t = T[e]
      if t.quote == nil {
        if isHeadline && t.isMark(";") { break }
        if t.isMark(",") || t.kind == .quoteClose && e + 1 < r.upperBound && T[e + 1].isMark(",") {
          let comma = t.isMark(",") ? e : e + 1
          if comma + 1 < r.upperBound, endsContent(at: comma + 1, stops: stops) { break }
        }
        if stops.contains(e) && e > k && (T[e - 1].isMark(",") || T[e - 1].kind == .quoteClose) { break }
      }
      e += 1
    }
    var hi = e
    while hi > k, T[hi - 1].kind == .punctuation || (T[hi - 1].kind == .quoteClose && T[hi - 1].quote != nil && quoteContent(T[hi - 1].quote!).end < T[k].range.start) { hi -= 1 }
    guard hi > k else { return nil }
    if startsWithQuote, let q = T[k].quote {
      var j = k
      while j < hi, T[j].quote == q { j += 1 }
      if j >= hi { return (quoteContent(q), q) }
    }
    if hi - k < 2 { return nil }
    return (trim(k..<hi), nil)
  }

  /// Does a new clause that is not part of the content start at token `k`?
  private func endsContent(at k: Int, stops: [Int]) -> Bool {
    let t = T[k]
    if stops.contains(k) { return true }
    guard t.kind == .word else { return false }
    if t.is("according") || t.is("per") || t.is("citing") { return true }
    if t.is("and"), k + 1 < r.upperBound, T[k + 1].has(.finiteSpeechVerb) { return true }
    if t.lower.hasSuffix("ing") && !t.isCapitalised && t.lower.count > 5 { return true }
    if ["while", "whereas", "though", "although"].contains(t.lower) { return true }
    return false
  }

  /// A quote right after `… said,` / `… said:` (the second half of a split quote).
  private func trailingQuote(after k: Int) -> (range: TextRange, quote: Int?)? {
    var j = k + 1
    while j < r.upperBound, T[j].kind == .word, T[j].has(.adjunctOpener) || T[j].isCapitalised || T[j].has(.determiner), j - k < 5 {
      j += 1
    }
    // `Tester said, referring to the excuse, "you give …"`: past a participle clause.
    if j + 1 < r.upperBound, T[j].isMark(","), T[j + 1].kind == .word, T[j + 1].lower.hasSuffix("ing"),
      let comma = (j + 2..<min(r.upperBound, j + 20)).first(where: { T[$0].isMark(",") || T[$0].kind == .quoteOpen }), T[comma].isMark(",")
    {
      j = comma
    }
    guard j + 1 < r.upperBound, T[j].isMark(",") || T[j].isMark(":"), T[j + 1].kind == .quoteOpen, let q = T[j + 1].quote else { return nil }
    return (quoteContent(q), q)
  }

  // MARK: - Other cues

  /// `"…" ― Pamela Padilla`: a quote signed with a dash and a name, as in vox pops.
  private func dashSignedQuotes(excluding claims: [Claim]) -> [Claim] {
    var out: [Claim] = []
    for k in r where T[k].kind == .quoteClose {
      guard let q = T[k].quote, !claims.contains(where: { $0.quote == q }), k + 2 < r.upperBound,
        ["\u{2015}", "\u{2014}", "\u{2013}", "-"].contains(T[k + 1].text)
      else { continue }
      var end = k + 2
      while end < r.upperBound, T[end].kind == .word || T[end].isMark("'") { end += 1 }
      guard end > k + 2, end - (k + 2) <= 5, end >= r.upperBound || T[end].isMark(".") || T[end].isMark(","),
        let who = finder.analyse((k + 2)..<end, fullEnd: end), case .name = who.head
      else { continue }
      out.append(make((quoteContent(q), q), speaker: .phrase(who), cue: T[k + 1].range, rule: "quote-dash-source", confidence: 0.85))
    }
    return out
  }

  private func participle(_ cue: Cue, stops: [Int], claims: [Claim]) -> Claim? {
    let c = cue.tokens.lowerBound
    guard let content = contentAfter(c, verb: T[c], stops: stops, weak: false) else { return nil }
    let speaker: Claim.SpeakerRef
    if let last = claims.last(where: { $0.cue != nil && $0.cue!.end <= T[c].range.start }) {
      speaker = last.speaker
    } else if let s = sentenceSubject(before: c) {
      speaker = .phrase(s)
    } else {
      return nil
    }
    return make(content, speaker: speaker, cue: T[c].range, rule: "participle-continuation", confidence: 0.8)
  }

  private func possessiveClaim(_ cue: Cue) -> Claim? {
    let c = cue.tokens.lowerBound
    let ownerEnd = T[c - 1].kind == .word ? c - 1 : c - 2
    guard ownerEnd >= r.lowerBound, let owner = finder.walkBack(from: ownerEnd, floor: r.lowerBound) else { return nil }
    var k = c + 2
    var e = k
    while e < r.upperBound, !T[e].isMark(","), !SentenceSplitter.isTerminal(T[e], in: doc.scalars) || T[e].quote != nil { e += 1 }
    guard e - k >= 2 else { return nil }
    k = min(k, e)
    return make((trim(k..<e), nil), speaker: .phrase(owner), cue: T[c].range, rule: "possessive-claim", confidence: 0.75)
  }

  private func quotedAsSaying(_ cue: Cue, asIndex: Int, subject: NounPhrase?, stops: [Int]) -> [Claim]? {
    let c = cue.tokens.lowerBound
    guard let speaker = finder.phrase(after: c, limit: asIndex + 1) ?? finder.walkBack(from: asIndex - 1, floor: c + 1) else { return nil }
    let sayingIndex = asIndex + 1
    var content: (range: TextRange, quote: Int?)?
    if let subject, subject.tokens.lowerBound > r.lowerBound, T[subject.tokens.lowerBound - 1].isMark(",") || T[subject.tokens.lowerBound - 1].kind == .quoteClose {
      let before = subject.tokens.lowerBound - 1
      content = contentBefore(before + (T[before].kind == .quoteClose ? 1 : 0), claims: [])
    } else {
      content = contentAfter(sayingIndex, verb: T[sayingIndex], stops: stops, weak: false)
    }
    guard let content else { return nil }
    var claim = make(content, speaker: .phrase(speaker), cue: TextRange(T[c].range.start, T[sayingIndex].range.end),
                     rule: "quoted-as-saying", confidence: 0.9)
    claim.via = subject
    return [claim]
  }

  /// `according to X`, `per X` and `citing X` either relay the sentence's claims or, when
  /// there are none, make one of their own from the rest of the sentence.
  private func applyRelays(_ cues: [Cue], to claims: inout [Claim], stops: [Int]) {
    for cue in cues {
      switch cue.kind {
      case .accordingTo, .per:
        guard let source = finder.phrase(after: cue.tokens.upperBound - 1, limit: r.upperBound) else { continue }
        let own = claims.indices.filter { claims[$0].via == nil && !claims[$0].nested }
        if !own.isEmpty {
          for i in own { claims[i].via = source }
          continue
        }
        let lo = cue.tokens.lowerBound
        var content: (range: TextRange, quote: Int?)?
        if lo > r.lowerBound, T[lo - 1].isMark(",") {
          content = contentBefore(lo - 1, claims: [])
        } else if let comma = (source.tokens.upperBound..<r.upperBound).first(where: { T[$0].isMark(",") }) {
          content = contentAfter(comma, verb: T[comma], stops: stops, weak: false)
        }
        if let content {
          claims.append(make(content, speaker: .phrase(source), cue: doc.span(cue.tokens), rule: "according-to", confidence: 0.8))
        }
      case .citing:
        var k = cue.tokens.lowerBound
        if let from = (k + 1..<min(r.upperBound, k + 5)).first(where: { ["from", "by", "of"].contains(T[$0].lower) }) { k = from }
        guard let source = finder.phrase(after: k, limit: r.upperBound) else { continue }
        for i in claims.indices where !claims[i].nested && claims[i].rule != "according-to" {
          if case .phrase(let relay) = claims[i].speaker { claims[i].via = claims[i].via ?? relay }
          claims[i].speaker = .phrase(source)
          claims[i].rule = "citing-source"
        }
      default: break
      }
    }
  }

  /// A headline's clauses, split at semicolons.
  private func headlineClauses() -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = r.lowerBound
    for k in r where T[k].isMark(";") && T[k].quote == nil {
      if k > start { out.append(start..<k) }
      start = k + 1
    }
    if start < r.upperBound { out.append(start..<r.upperBound) }
    return out
  }

  /// Headlines: `CLAIM: expert` and `Name: CLAIM`.
  private func headlineColon(_ clause: Range<Int>) -> Claim? {
    let clauseStart = clause.lowerBound
    guard let colon = clause.last(where: { T[$0].isMark(":") && T[$0].quote == nil }) else { return nil }
    let rightWords = (colon + 1..<clause.upperBound).filter { T[$0].kind == .word }
    let leftWords = (clauseStart..<colon).filter { T[$0].kind == .word }
    if !rightWords.isEmpty, rightWords.count <= 3, leftWords.count >= 3,
      let who = finder.analyse(rightWords.first!..<(rightWords.last! + 1), fullEnd: rightWords.last! + 1)
    {
      let speaker: Claim.SpeakerRef = if case .role = who.head { .headlineRole(who) } else { .phrase(who) }
      return make(wholeQuote(clauseStart..<colon) ?? (trim(clauseStart..<colon), nil), speaker: speaker, cue: T[colon].range, rule: "headline-claim-colon-source", confidence: 0.6)
    }
    if leftWords.count >= 1, leftWords.count <= 4, leftWords.allSatisfy({ T[$0].isCapitalised }), rightWords.count >= 3,
      let who = finder.analyse(leftWords.first!..<(leftWords.last! + 1), fullEnd: leftWords.last! + 1), case .name = who.head
    {
      return make((trim((colon + 1)..<clause.upperBound), nil), speaker: .phrase(who), cue: T[colon].range, rule: "headline-source-colon-claim", confidence: 0.6)
    }
    return nil
  }

  /// A claim whose cue lies inside another claim's content is nested in it, relayed by that speaker.
  /// Inside another claim only a cue with `that` or a quote after it is taken as a claim
  /// of its own (`the report said that officials suggested that …`); other verbs there
  /// (`had warned the board about the gaps`) are part of what was said.
  private func markNested(_ claims: inout [Claim]) {
    var drop: [Int] = []
    for i in claims.indices {
      guard let cue = claims[i].cue else { continue }
      guard let outer = claims.indices.first(where: { $0 != i && claims[$0].content.contains(cue.start) && claims[$0].quote == nil }) else { continue }
      let introduced = doc.lastWord(in: TextRange(cue.end, claims[i].content.start)) == "that" || claims[i].quote != nil || doc.quotes(overlapping: TextRange(claims[i].content.start, claims[i].content.start + 1)).count > 0
      if !introduced {
        drop.append(i)
        continue
      }
      claims[i].nested = true
      if claims[i].via == nil, case .phrase(let p) = claims[outer].speaker, case .phrase(let own) = claims[i].speaker, p.range != own.range {
        claims[i].via = p
      }
    }
    for i in drop.reversed() { claims.remove(at: i) }
  }

  // MARK: - Helpers

  private func make(_ content: (range: TextRange, quote: Int?), speaker: Claim.SpeakerRef, cue: TextRange?, rule: String, confidence: Double) -> Claim {
    Claim(content: content.range, quote: content.quote, speaker: speaker, via: nil, cue: cue, rule: rule,
          confidence: confidence, block: sentence.block, headline: isHeadline)
  }

  private func quoteContent(_ q: Int) -> TextRange {
    let c = doc.quotes[q].content
    var end = c.end
    while end > c.start, doc.scalars[end - 1].isSpaceOrNewline || ",;:".unicodeScalars.contains(doc.scalars[end - 1]) { end -= 1 }
    return TextRange(c.start, end)
  }

  private func trim(_ range: Range<Int>) -> TextRange {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi, T[lo].kind == .punctuation { lo += 1 }
    while hi > lo, T[hi - 1].kind == .punctuation || T[hi - 1].kind == .quoteClose { hi -= 1 }
    if hi <= lo { return doc.span(range) }
    return doc.span(lo..<hi)
  }

  /// The quote that makes up all of `range`, if one does (`'We were never asked': residents`).
  private func wholeQuote(_ range: Range<Int>) -> (range: TextRange, quote: Int?)? {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi, T[lo].kind == .punctuation { lo += 1 }
    while hi > lo, T[hi - 1].kind == .punctuation { hi -= 1 }
    guard lo < hi, T[lo].kind == .quoteOpen, let q = T[lo].quote, T[hi - 1].kind == .quoteClose, T[hi - 1].quote == q else { return nil }
    return (quoteContent(q), q)
  }

  private func nextSignificant(_ k: Int) -> Int? {
    var j = k
    while j < r.upperBound, T[j].kind == .word, T[j].has(.adjunctOpener) || T[j].isCapitalised { j += 1 }
    return j < r.upperBound ? j : nil
  }

  private func tokenIndex(at offset: Int) -> Int? {
    (r).first { T[$0].range.end >= offset && T[$0].range.start < offset + 1 }
  }
}
