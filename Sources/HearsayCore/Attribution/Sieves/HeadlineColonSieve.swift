/// Headlines: `CLAIM: expert` and `Name: CLAIM`, per clause (headlines join clauses with
/// semicolons), where no cue already spoke.
struct HeadlineColonSieve: AttributionSieve {
  func apply(to s: SentenceCursor, _ found: inout SentenceClaims) {
    guard s.isHeadline else { return }
    for clause in clauses(s) {
      // (Where a cue already spoke, only a source before the colon may still: `Lima: Bell
      // asked me to drop the levy` is Lima's, `Bell asked me to drop it` in it as well.)
      let spoken = found.claims.compactMap(\.cue).filter { s.doc.span(clause).contains($0) }
      guard let c = claim(clause, s),
        spoken.isEmpty || c.rule == .headlineSourceColonClaim && c.cue.map({ colon in spoken.allSatisfy { $0.start > colon.start } }) == true
      else { continue }
      found.claims.append(c)
    }
  }

  /// A headline's clauses, split at semicolons.
  private func clauses(_ s: SentenceCursor) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = s.r.lowerBound
    for k in s.r where s.T[k].isMark(";") && s.T[k].quote == nil {
      if k > start { out.append(start..<k) }
      start = k + 1
    }
    if start < s.r.upperBound { out.append(start..<s.r.upperBound) }
    return out
  }

  private func claim(_ clause: Range<Int>, _ s: SentenceCursor) -> Claim? {
    let T = s.T
    let clauseStart = clause.lowerBound
    guard let colon = clause.last(where: { T[$0].isMark(":") && T[$0].quote == nil }) else { return nil }
    let rightWords = (colon + 1..<clause.upperBound).filter { T[$0].kind == .word }
    let leftWords = (clauseStart..<colon).filter { T[$0].kind == .word }
    // (Words in quotes are what someone said, never who: `Lima Addresses Attack: ‘This Must
    // End’`.)
    if !rightWords.isEmpty, rightWords.count <= 3, leftWords.count >= 3, T[rightWords[0]].quote == nil,
      let who = s.finder.analyse(rightWords.first!..<(rightWords.last! + 1), fullEnd: rightWords.last! + 1)
    {
      let speaker: Claim.SpeakerRef = if case .role = who.head { .headlineRole(who) } else { .phrase(who) }
      return s.claim(s.wholeQuote(clauseStart..<colon) ?? (s.trim(clauseStart..<colon), nil), speaker: speaker, cue: T[colon].range,
                     rule: .headlineClaimColonSource, confidence: 0.6)
    }
    // `Lima Addresses Harbour Attack: ‘This Must End’`: a quote alone after the colon
    // is the words of the name that is the verb's subject before it.
    if let quote = s.wholeQuote(colon + 1..<clause.upperBound), leftWords.count >= 2,
      let verb = leftWords.dropFirst().first(where: { s.doc.tag($0)?.isFiniteVerb == true }),
      let who = s.finder.analyse(clauseStart..<verb, fullEnd: verb), case .name = who.head, who.tokens.upperBound == verb
    {
      return s.claim(quote, speaker: .phrase(who), cue: T[colon].range, rule: .headlineSourceColonClaim, confidence: 0.6)
    }
    // The name is the whole left side but for a title or role before it: `Stealth Over
    // Health: …` is a title-case phrase whose last word only looks like a name, and `The
    // Latest: …` a label, a superlative alone, and so is a verb's form read so there
    // (`Revealed: …`, `Breaking: …`).
    // (`Q&A: …`, `Analysis: …`: a format's label names nobody; nor does a title after the
    // name, a noun phrase with no verb: `Ana Lima: An Interview with the Harbour Poet`.)
    if leftWords.count >= 1, leftWords.count <= 4, leftWords.allSatisfy({ T[$0].isCapitalised }), rightWords.count >= 3,
      !leftWords.allSatisfy({ Lexicon.editorialLabels.containsBare(T[$0]) }),
      !(T[rightWords[0]].has(.determiner) && !rightWords.contains { s.doc.tag($0)?.isFiniteVerb == true }),
      let who = s.finder.analyse(leftWords.first!..<(leftWords.last! + 1), fullEnd: leftWords.last! + 1), case .name(let name) = who.head,
      !leftWords.contains(where: { $0 < name.lowerBound && T[$0].has(.phraseStop) }),
      name.count > 1 || ![.jjs, .jjr].contains(s.doc.lexicalTag(name.lowerBound)) && ![.vbd, .vbn, .vbg].contains(s.doc.tag(name.lowerBound))
        && !isCommonNounOfTheHeadlineOnly(name.lowerBound, s) && !isThingTheBodyNames(name.lowerBound, s)
    {
      return s.claim(after(colon, clause, s), speaker: .phrase(who), cue: T[colon].range, rule: .headlineSourceColonClaim, confidence: 0.6)
    }
    // `Lima to Harbour Workers: …`, `Former Mayor Bell at Council: …`, `Lima on the Levy
    // Vote: …`: a name the article knows for a person or a body, before to whom, where or
    // of what they spoke.
    if rightWords.count >= 3, let p = leftWords.dropFirst().first(where: { Lexicon.headlineSourcePrepositions.contains(T[$0]) }),
      case let before = leftWords.filter({ $0 < p }), before.count <= 4, before.allSatisfy({ T[$0].isCapitalised }),
      let who = s.finder.analyse(before.first!..<(before.last! + 1), fullEnd: before.last! + 1), case .name(let name) = who.head,
      let kind = s.kind(ofName: name), kind == .person || kind == .organisation
    {
      return s.claim(after(colon, clause, s), speaker: .phrase(who), cue: T[colon].range, rule: .headlineSourceColonClaim, confidence: 0.6)
    }
    // `Poll: …`, `Report: …`, `Insiders: …`: a source's noun alone, a document or people
    // (not a format's label: `Analysis: Why the levy keeps failing`).
    if leftWords.count == 1, T[leftWords[0]].isCapitalised, rightWords.count >= 3, !Lexicon.editorialLabels.containsBare(T[leftWords[0]]),
      s.startsClause(at: rightWords[0]),
      Lexicon.documentNouns.contains(T[leftWords[0]].bare) || Lexicon.roleNouns.contains(T[leftWords[0]].bare)
        || Lexicon.singularOfPluralRole(T[leftWords[0]].bare) != nil,
      let who = s.finder.analyse(leftWords[0]..<(leftWords[0] + 1), fullEnd: leftWords[0] + 1), case .role = who.head
    {
      return s.claim(after(colon, clause, s), speaker: .phrase(who), cue: T[colon].range, rule: .headlineSourceColonClaim, confidence: 0.5)
    }
    return nil
  }
}

/// What a headline's colon gives its speaker: the quote that is all the words after it or
/// opens them before what it is about, or those words.
private func after(_ colon: Int, _ clause: Range<Int>, _ s: SentenceCursor) -> (range: TextRange, quote: Int?) {
  let words = (colon + 1)..<clause.upperBound
  return s.wholeQuote(words) ?? s.leadingQuote(words) ?? (s.trim(words), nil)
}

/// `Tuesday’s Morning Email: …`: one word that the tagger's data knows as a common noun,
/// which the article never names outside its headlines, is a label, not a source (not
/// `Trump: …` where the body names him, nor a given name).
private func isCommonNounOfTheHeadlineOnly(_ k: Int, _ s: SentenceCursor) -> Bool {
  let doc = s.doc
  guard let tag = doc.lexicalTag(k), tag == .nn || tag == .nns, !Lexicon.isGivenName(s.T[k].bare) else { return false }
  guard let entity = doc.entities.lookup([s.T[k].bare], before: s.T[k].range.end) else { return true }
  return doc.entities[entity].mentions.allSatisfy { doc.tokenIndex(startingAt: $0.start).map(doc.isInHeadline(token:)) ?? true }
}

/// `Brexit: Cabinet split deepens`, where the body speaks of `a no-deal Brexit`: one word,
/// no given name, that the body puts after an article (past a modifier or two) names a
/// thing, not a source (`the Khans`, a family, are people; `the Guardian`, an outlet, is
/// a source).
private func isThingTheBodyNames(_ k: Int, _ s: SentenceCursor) -> Bool {
  let doc = s.doc, T = s.T
  guard !T[k].bare.hasSuffix("s"), !Lexicon.isGivenName(T[k].bare), let entity = doc.entities.lookup([T[k].bare], before: T[k].range.end),
    doc.entities[entity].kind != .outlet, doc.entities[entity].kind != .organisation
  else { return false }
  return doc.entities[entity].mentions.contains { mention in
    guard let m = doc.tokenIndex(startingAt: mention.start), !doc.isInHeadline(token: m) else { return false }
    var j = m - 1
    while j >= 0, m - j <= 2, T[j].kind == .word, !T[j].isCapitalised, !Lexicon.articles.contains(T[j]), doc.tag(j) == .jj { j -= 1 }
    return j >= 0 && T[j].kind == .word && Lexicon.articles.contains(T[j])
  }
}

/// A claim whose cue lies inside another claim's content is nested in it, relayed by that
/// speaker. Inside another claim only a cue with `that` or a quote after it is taken as a
/// claim of its own (`the report said that officials suggested that …`); other verbs there
/// (`had warned the board about the gaps`) are part of what was said.
struct NestingSieve: AttributionSieve {
  func apply(to s: SentenceCursor, _ found: inout SentenceClaims) {
    var claims = found.claims
    var drop: [Int] = []
    for i in claims.indices {
      guard let cue = claims[i].cue else { continue }
      guard let outer = claims.indices.first(where: { $0 != i && claims[$0].content.contains(cue.start) && claims[$0].quote == nil }) else { continue }
      // By `that` before the content or as its subject (`said that was a mistake`), or a quote.
      let thatSubject = s.tokenIndex(at: claims[i].content.start).map { s.T[$0].is("that") } == true
      let introduced = s.doc.lastWord(in: TextRange(cue.end, claims[i].content.start)) == "that" || thatSubject || claims[i].quote != nil
        || s.doc.quotes(overlapping: TextRange(claims[i].content.start, claims[i].content.start + 1)).count > 0
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
    found.claims = claims
  }
}
