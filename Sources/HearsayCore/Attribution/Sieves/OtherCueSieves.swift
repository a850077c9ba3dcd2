/// `…, adding that …`: a further claim by the speaker of the claim before it, or by the
/// sentence's subject.
struct ParticipleSieve {
  func claims(for cue: Cue, in s: SentenceCursor, _ found: SentenceClaims) -> [Claim] {
    let c = cue.tokens.lowerBound
    // (After the whole cue: `…, voicing concern that …` says what follows its noun.)
    guard var content = s.contentAfter(cue.tokens.upperBound - 1, verb: s.T[c], stops: found.stops, weak: false) else { return [] }
    // (`reported, citing people familiar with the matter, that …`: what is cited ends at the
    // comma before the report's `that`; `Ana Lima, saying the levy was unfair, voted …`: at
    // the comma before the sentence's own verb.)
    if let close = s.participleAsideClose(c) ?? subjectAsideClose(c, in: s) { content = s.cut(content, before: close) }
    guard !isWhereOrForWhom(content, cue: cue, in: s) else { return [] }
    // `…, the Post reported, citing officials.`: those cited, with no verb of their own,
    // are the report's source, not what the reporter said (unlike `citing the many voters
    // who had given up`).
    if s.T[c].is("citing"), !s.holdsVerbOrQuote(content.range), RelaySieve.citedSpeaker(c, in: s) != nil { return [] }
    // `After saying that the levy was fair, Lima left`: a participle in the phrase that opens
    // the sentence is the subject's of the clause after the phrase's comma.
    let opens = opensSentence(cue, in: s)
    // (The comma may close a quote first: `After saying it was “too rough,” she …`.)
    if opens, let subject = [s.sentenceSubject(before: s.r.upperBound), s.clauseSubject(before: s.r.upperBound)].lazy.compactMap({ $0 })
      .first(where: { $0.tokens.lowerBound > c + 1 && s.T[$0.tokens.lowerBound].quote == nil && closesPhraseWithComma($0.tokens.lowerBound - 1, after: c, in: s) })
    {
      return [s.claim(s.cut(content, before: subject.tokens.lowerBound), speaker: .phrase(subject), cue: s.T[c].range, rule: .participleContinuation, confidence: 0.8)]
    }
    // (`Conceding that a deal would come "down the line" he warned …`: with no comma after
    // it, the subject of the sentence's next cue, where the content stops.)
    if opens, let next = found.subjects.first(where: { $0.cue > c && s.T[$0.cue].quote == nil }), next.phrase.tokens.lowerBound > c {
      return [s.claim(content, speaker: .phrase(next.phrase), cue: s.T[c].range, rule: .participleContinuation, confidence: 0.7)]
    }
    let speaker: Claim.SpeakerRef
    // (Not a claim of a relative clause on others: `Lima rebuked critics who say she should
    // resign, saying …` goes on with Lima.)
    let goesOnWith = { (claim: Claim) in
      claim.cue.map { $0.end <= s.T[c].range.start && !(s.tokenIndex(at: $0.start).map(s.isInRelativeClause(cue:)) ?? false) } ?? false
    }
    if let last = found.claims.last(where: goesOnWith) {
      speaker = last.speaker
    } else if let subject = relativeClauseOwner(before: c, in: s) ?? subordinateClauseSubject(before: c, in: s)
      ?? coordinatedClauseSubject(before: c, in: s) ?? gerundsSubject(before: c, in: s)
      ?? s.sentenceSubject(before: c)
      ?? s.clauseSubject(before: c)
    {
      speaker = .phrase(subject)
    } else {
      // `…, saying …` is reported speech whoever says it; resolution may still find them.
      return [s.claim(content, speaker: .unknown, cue: s.T[c].range, rule: .participleContinuation, confidence: 0.5)]
    }
    return [s.claim(content, speaker: speaker, cue: s.T[c].range, rule: .participleContinuation, confidence: 0.8)]
  }

  /// A comma at `k`, or a quote that opened after the cue at `c` closed right after one (`,”`).
  private func closesPhraseWithComma(_ k: Int, after c: Int, in s: SentenceCursor) -> Bool {
    let T = s.T
    guard s.closesWithComma(k) else { return false }
    guard let q = T[k].quote, T[k].kind == .quoteClose else { return true }
    return k - 1 > c && (c + 1..<(k - 1)).contains { T[$0].kind == .quoteOpen && T[$0].quote == q }
  }

  /// The comma closing a participle's words set off right after the sentence's subject,
  /// before the sentence's own verb (`Ana Lima, saying the levy was unfair, | voted …`).
  private func subjectAsideClose(_ c: Int, in s: SentenceCursor) -> Int? {
    let T = s.T
    guard c - 1 > s.r.lowerBound, T[c - 1].isMark(","),
      let close = ((c + 1)..<(s.r.upperBound - 1)).first(where: { T[$0].quote == nil && T[$0].isMark(",") && s.isPastOrFinite($0 + 1) }),
      !s.holdsFiniteVerb(s.r.lowerBound..<(c - 1))
    else { return nil }
    return close
  }

  /// `Ana Lima, writing for the majority, said …`, `Bell, writing on his blog, shared …`:
  /// a participle's preposition and its object alone, with no verb or quote, say where or
  /// for whom the words were written, not what they said.
  private func isWhereOrForWhom(_ content: (range: TextRange, quote: Int?), cue: Cue, in s: SentenceCursor) -> Bool {
    // (Not an infinitive, `urging voters to sit out the election`, nor a gerund's clause,
    // `warning against allowing …`: what was urged or warned.)
    guard cue.tokens.count == 1, content.quote == nil, let words = s.tokens(in: content.range), s.T[words.lowerBound].kind == .word,
      Lexicon.prepositions.contains(s.T[words.lowerBound]), !s.T[words.lowerBound].is("to")
    else { return false }
    return !s.holdsVerbOrQuote(content.range) && !words.contains { s.isGerund(at: $0) }
  }

  /// `Bell backed the levy, but a group of councillors led by Ana Lima opposed it, arguing
  /// …`: the subject of the last clause that `, but` or `, and` opens before the
  /// participle, whose action the participle goes on with.
  private func coordinatedClauseSubject(before c: Int, in s: SentenceCursor) -> NounPhrase? {
    let T = s.T
    // (From the sentence's second word: a comma stands before the conjunction. A participle
    // may open the sentence, and leave no word before it.)
    guard let joint = (s.r.lowerBound..<c).dropFirst().last(where: { T[$0].kind == .word && T[$0].quote == nil && Lexicon.clauseCoordinators.contains(T[$0]) && T[$0 - 1].isMark(",") }),
      let verb = (joint + 1..<c).first(where: { T[$0].kind == .word && (Lexicon.auxiliaries.contains(T[$0]) || s.doc.tag($0)?.isFiniteVerb == true) }),
      let subject = s.finder.subject(before: verb, floor: joint + 1), subject.tokens.lowerBound == joint + 1
    else { return nil }
    return subject
  }

  /// `I remember Governor Ana Lima going on TV in 1977, declaring …`: after its comma, a
  /// participle goes on with the subject of the gerund before it — a name right before the
  /// gerund that a verb has for its object.
  private func gerundsSubject(before c: Int, in s: SentenceCursor) -> NounPhrase? {
    let T = s.T
    // (A word in `-ing` found first, a few words back: the tagger is asked about it and the
    // words after it only then.)
    guard c - 1 > s.r.lowerBound, T[c - 1].isMark(","),
      let verb = (max(s.r.lowerBound, c - 16)..<(c - 1)).last(where: { T[$0].kind == .word && T[$0].quote == nil && T[$0].lower.endsWith("ing") }),
      s.doc.tag(verb) == .vbg, !((verb + 1)..<(c - 1)).contains(where: { T[$0].kind == .word && s.doc.tag($0)?.isVerb == true }),
      let phrase = s.finder.walkBack(from: verb - 1, floor: s.r.lowerBound), case .name = phrase.head,
      phrase.tokens.upperBound == verb, phrase.tokens.lowerBound > s.r.lowerBound, s.doc.tag(phrase.tokens.lowerBound - 1)?.isVerb == true
    else { return nil }
    return phrase
  }

  /// `… met Paul Ryan, who surprised Trump by declaring …`: a participle after its
  /// preposition inside a relative clause set off by a comma (no comma between the two)
  /// goes on with the clause's antecedent.
  private func relativeClauseOwner(before c: Int, in s: SentenceCursor) -> NounPhrase? {
    let T = s.T
    guard c - 1 > s.r.lowerBound, Lexicon.gerundPrepositions.contains(T[c - 1]),
      let who = (s.r.lowerBound + 1..<c - 1).last(where: { T[$0].isMark(",") || Lexicon.personRelatives.contains(T[$0]) }),
      Lexicon.personRelatives.contains(T[who]), T[who - 1].isMark(","),
      let antecedent = s.finder.antecedent(ofRelativeAt: who, floor: s.r.lowerBound)
    else { return nil }
    return antecedent
  }

  /// `…, particularly after Lima followed him by speaking at length about …`: a participle
  /// after its preposition in a clause of when (no comma between) goes on with that
  /// clause's subject, not the sentence's.
  private func subordinateClauseSubject(before c: Int, in s: SentenceCursor) -> NounPhrase? {
    let T = s.T
    guard c - 1 > s.r.lowerBound, Lexicon.gerundPrepositions.contains(T[c - 1]),
      let verb = (max(s.r.lowerBound + 1, c - 9)..<(c - 1)).last(where: { T[$0].isMark(",") || T[$0].kind == .word && s.doc.tag($0)?.isFiniteVerb == true }),
      !T[verb].isMark(","), let subject = s.finder.subject(before: verb, floor: s.r.lowerBound), subject.tokens.upperBound == verb,
      subject.tokens.lowerBound > s.r.lowerBound, Lexicon.circumstanceSubordinators.contains(T[subject.tokens.lowerBound - 1])
    else { return nil }
    return subject
  }

  /// Whether the participle's preposition (`after`, `by`, `since`) opens the sentence, past
  /// a cue's modifier or an adverb (`Before publicly announcing …`) and after at most a few
  /// words with no verb (`One month after announcing …`, `Shortly before saying …`).
  private func opensSentence(_ cue: Cue, in s: SentenceCursor) -> Bool {
    // (`Noting that …, Lima …`: or the participle opens the sentence itself.)
    if CueFinder.opensSentence(cue.tokens.lowerBound, in: s.r, s.T, tag: s.finder.tag) { return true }
    var lead = cue.tokens.lowerBound - 1
    while lead > s.r.lowerBound, s.T[lead].kind == .word, s.T[lead].has(.cueModifier) || s.doc.tag(lead) == .rb { lead -= 1 }
    guard Lexicon.gerundPrepositions.contains(s.T[lead]) else { return false }
    if lead - s.r.lowerBound <= 3, (s.r.lowerBound..<lead).allSatisfy({ s.T[$0].kind == .word && s.doc.tag($0)?.isVerb != true }) { return true }
    // (`Sunday, on HBC's "Harbour Hour," while commenting on …, Lima said`: or after the
    // comma of an opening phrase with no verb.)
    let comma = lead > s.r.lowerBound && s.T[lead - 1].kind == .quoteClose ? lead - 2 : lead - 1
    return comma > s.r.lowerBound && s.T[comma].isMark(",")
      && !(s.r.lowerBound..<lead).contains { s.T[$0].kind == .word && s.T[$0].quote == nil && s.doc.tag($0)?.isVerb == true }
  }
}

/// `X's claims that …`, `his warning that …`: the owner of a speech noun speaks.
struct PossessiveClaimSieve {
  /// `pressed Trump on his claim that …`, `faulted Ana Lima for her warning that …`: a
  /// possessive in a preposition's phrase right after a verb's object named so is the
  /// object's, when the name's gender allows.
  private func objectBefore(_ owner: Int, fitting pronoun: Lexicon.PronounKind, in s: SentenceCursor) -> NounPhrase? {
    let T = s.T
    guard pronoun == .male || pronoun == .female, owner - 3 >= s.r.lowerBound, T[owner - 1].kind == .word, s.doc.tag(owner - 1) == .in,
      let object = s.finder.walkBack(from: owner - 2, floor: s.r.lowerBound), case .name(let name) = object.head, object.tokens.upperBound == owner - 1,
      object.tokens.lowerBound > s.r.lowerBound, T[object.tokens.lowerBound - 1].kind == .word, s.doc.tag(object.tokens.lowerBound - 1)?.isVerb == true,
      NameClassifier.kind(of: T[name].wordTokens, asPerson: true) == .person
    else { return nil }
    return EntityRegistry.gender(EntityRegistry.gender(of: T[name].wordTokens.map(\.lower)), fits: pronoun) ? object : nil
  }

  func claims(for cue: Cue, owner: Int, content k: Int, in s: SentenceCursor) -> [Claim] {
    let T = s.T, r = s.r
    let c = cue.tokens.lowerBound
    let speaker: NounPhrase
    if owner > c {
      // (`accusations by the port that …`: the agent after the noun — or the name set off
      // after it, `an allegation from his first wife, Ana Lima, that …`.)
      let comma = (owner + 1..<(k - 1)).first { T[$0].isMark(",") }
      let apposed = comma.flatMap { s.finder.phrase(after: $0, limit: k - 2) }.flatMap { p -> NounPhrase? in
        guard case .name = p.head, p.tokens.upperBound == k - 2 else { return nil }
        return p
      }
      guard let agent = apposed ?? s.finder.phrase(after: owner, limit: comma ?? k - 1) else { return [] }
      speaker = agent
    } else if T[owner].kind == .word, let pronoun = Lexicon.possessivePronouns[T[owner].lower] {
      speaker = objectBefore(owner, fitting: pronoun, in: s) ?? NounPhrase(tokens: owner..<(owner + 1), range: T[owner].range, head: .pronoun(pronoun))
    } else {
      let end = T[owner].kind == .word ? owner : owner - 1
      guard var phrase = s.finder.walkBack(from: end, floor: r.lowerBound) else { return [] }
      // (`…, belying budget hawks’ warnings that …`: a participle after a comma governs the
      // phrase; the owner's words start after it.)
      let first = phrase.tokens.lowerBound
      if first > r.lowerBound, first < end, T[first - 1].isMark(","), s.doc.tag(first) == .vbg, let owner = s.finder.walkBack(from: end, floor: first + 1) {
        phrase = owner
      }
      speaker = phrase
    }
    var e = k
    // (A comma inside a quote ends the claim only where it closes the quote: `her comments that
    // “time, distance, … prevented” a response`, `his claim that Lima “founded the fund,” saying`.)
    let endsClaim = { (j: Int) in
      T[j].isMark(",") && (T[j].quote == nil || j + 1 < r.upperBound && T[j + 1].kind == .quoteClose)
        || SentenceSplitter.isTerminal(T[j], in: s.doc.scalars) && T[j].quote == nil
    }
    while e < r.upperBound, !endsClaim(e) { e += 1 }
    e = mainVerb(after: k, before: e, owner: owner, in: s) ?? e
    guard e - k >= 2 else { return [] }
    return [s.claim((s.trim(k..<e), nil), speaker: .phrase(speaker), cue: T[c].range, rule: .possessiveClaim, confidence: 0.75)]
  }

  /// `Her claim that the port was bankrupt was denied`: a claim that is the sentence's
  /// subject ends where the sentence's verb comes — an auxiliary opening a verb group after
  /// the content's own verb, not the verb of a relative or subordinate clause (`the port that
  /// was sold was …`, `if she were …`) nor a coordinated one (`was sold and was …`); and
  /// not at all in a clause opened by `what` (`that what he said was true`).
  private func mainVerb(after k: Int, before e: Int, owner: Int, in s: SentenceCursor) -> Int? {
    let T = s.T
    let isVerb = { (j: Int) in Lexicon.auxiliaries.contains(T[j]) || s.doc.tag(j)?.isFiniteVerb == true }
    guard !(s.r.lowerBound..<owner).contains(where: { T[$0].kind == .word && isVerb($0) }) else { return nil }
    var sawVerb = false
    // A relative or subordinate clause opened, whose verb is still to come.
    var pending = false
    for j in k..<e where T[j].kind == .word {
      let t = T[j]
      if Lexicon.questionOpeners.contains(t) && !sawVerb { return nil }
      if Lexicon.questionOpeners.contains(t) || Lexicon.circumstanceSubordinators.contains(t) || Lexicon.relativePronouns.contains(t) || t.is("that") {
        pending = true
        continue
      }
      guard j > k, isVerb(j) else { continue }
      let before = T[j - 1]
      // (`would have`, `has not been`: one verb group.)
      if before.kind == .word && (isVerb(j - 1) || Lexicon.negations.contains(before) || s.doc.tag(j - 1) == .rb) { continue }
      if pending || before.kind != .word || Lexicon.coordinators.contains(before) {
        pending = false
        continue
      }
      if sawVerb, Lexicon.auxiliaries.contains(t) { return j }
      sawVerb = true
    }
    return nil
  }
}

/// `Y quoted X as saying …`: X speaks, Y relays; `X was quoted (by Y) as saying …` says
/// the same in the passive.
struct QuotedAsSayingSieve {
  func claims(for cue: Cue, asIndex: Int, in s: SentenceCursor, _ found: SentenceClaims) -> [Claim] {
    let T = s.T, r = s.r
    let c = cue.tokens.lowerBound
    let sayingIndex = asIndex + 1
    let passive = s.doc.tag(c) == .vbn
    // (The object whole where it is one phrase up to `as`: `cited a member of parliament's
    // national security committee as saying`, not `a member`; in the passive, the relay may
    // follow the cue: `X was quoted as saying by state media`.)
    let whole = s.finder.subject(before: asIndex, floor: c + 1).flatMap { $0.tokens.lowerBound == c + 1 ? $0 : nil }
    let named = whole ?? s.finder.phrase(after: c, limit: asIndex + 1) ?? s.finder.walkBack(from: asIndex - 1, floor: c + 1)
      ?? (passive && sayingIndex + 2 < r.upperBound && T[sayingIndex + 1].is("by") ? s.finder.phrase(after: sayingIndex + 1, limit: r.upperBound) : nil)
    guard let speaker = passive ? passiveSubject(before: c, in: s) : named else { return [] }
    let relay = passive ? named : found.subject(of: cue)
    var content: (range: TextRange, quote: Int?)?
    // What was said comes before the cue's subject when a comma or a quote's close sets
    // the subject off: the relay's in the active, the speaker's in the passive (`Iran will
    // not renegotiate, Zarif was quoted as saying`).
    if let subject = passive ? speaker : relay, subject.tokens.lowerBound > r.lowerBound,
      T[subject.tokens.lowerBound - 1].isMark(",") || T[subject.tokens.lowerBound - 1].kind == .quoteClose
    {
      let before = subject.tokens.lowerBound - 1
      content = s.contentBefore(before + (T[before].kind == .quoteClose ? 1 : 0), claims: [])
    } else {
      content = s.contentAfter(sayingIndex, verb: T[sayingIndex], stops: found.stops, weak: false)
    }
    guard let content else { return [] }
    var claim = s.claim(content, speaker: .phrase(speaker), cue: TextRange(T[c].range.start, T[sayingIndex].range.end),
                        rule: .quotedAsSaying, confidence: 0.9)
    claim.via = relay
    return [claim]
  }

  /// The subject before a passive's auxiliaries (`X was quoted`, `X has been quoted`).
  private func passiveSubject(before c: Int, in s: SentenceCursor) -> NounPhrase? {
    var at = c
    while at - 1 > s.r.lowerBound, c - at < 3, s.T[at - 1].kind == .word, s.doc.tag(at - 1)?.isVerb == true { at -= 1 }
    return at < c ? s.finder.subject(before: at, floor: s.r.lowerBound) : nil
  }
}

/// The cues of a sentence in order, each to the sieve of its kind: a claim made for
/// one cue bounds the content of the next (`"A," Zheng said, "B."`).
struct CueSieve: AttributionSieve {
  let verb = VerbCueSieve()
  let participle = ParticipleSieve()
  let possessive = PossessiveClaimSieve()
  let quotedAsSaying = QuotedAsSayingSieve()

  func apply(to s: SentenceCursor, _ found: inout SentenceClaims) {
    for cue in found.cues {
      let claims: [Claim]
      switch cue.kind {
      case .verb: claims = verb.claims(for: cue, in: s, &found)
      case .quotedAsSaying(let asIndex): claims = quotedAsSaying.claims(for: cue, asIndex: asIndex, in: s, found)
      case .participle: claims = participle.claims(for: cue, in: s, found)
      case .noun(let owner, let content): claims = possessive.claims(for: cue, owner: owner, content: content, in: s)
      case .accordingTo, .per, .citing: claims = []  // the relay sieve's, once every claim is known
      }
      found.claims.append(contentsOf: claims)
    }
  }
}
