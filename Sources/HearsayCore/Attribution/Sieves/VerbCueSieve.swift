/// Verb cues (`said`, `told`, `warned`) with their subject in front (`X said that …`,
/// `…, X said.`, `X said, "…"`) or behind (`…, said X.`).
struct VerbCueSieve {
  func claims(for cue: Cue, in s: SentenceCursor, _ found: inout SentenceClaims) -> [Claim] {
    var claims = attributed(cue, in: s, &found)
    // `records show …`, `the poll found …`: a finding, that no quote nearby speaks for; nor
    // does the article's own voice (`I asked him if …` — the quote after it is his answer).
    if cue.needsEvidenceSubject || found.subject(of: cue)?.isNarrator == true { for i in claims.indices { claims[i].lendsNoSpeaker = true } }
    return claims
  }

  private func attributed(_ cue: Cue, in s: SentenceCursor, _ found: inout SentenceClaims) -> [Claim] {
    let T = s.T, r = s.r
    let c = cue.tokens.lowerBound
    if let asked = askedByAgent(cue, in: s, found) { return [asked] }
    if let told = toldByAgent(cue, in: s, found) { return [told] }
    // `Schultz supported Democrats, and said he …`, `Kasich offered him a job, then says …`:
    // the sentence's subject speaks. (`…, and later said …`: past the words that may stand
    // before a cue.)
    var and = s.skippingCueModifiers(back: c - 1)
    // (`… but did note that …`: past an auxiliary of emphasis.)
    if and > r.lowerBound, T[and].kind == .word, Lexicon.doSupport.contains(T[and]) { and -= 1 }
    // (`… but on Tuesday wrote …`: and past a time.)
    if and > r.lowerBound, Lexicon.isTimeWord(T[and]) {
      and -= 1
      while and > r.lowerBound, T[and].kind == .word, Lexicon.timeOpeners.contains(T[and]) { and -= 1 }
    }
    let coordinated = and >= r.lowerBound && (T[and].is("and") || T[and].is("but") || T[and].isMark(",") && T[and + 1].is("then"))
    let own = found.subject(of: cue)
    // (`it would attack … and would respond …`: after a modal, the verb goes on with what was
    // said — its subject is the content's.)
    if coordinated, own == nil, (and + 1..<c).contains(where: { s.doc.tag($0) == .md }) { return [] }
    // (The subject of the sentence's first cue, if one comes before: `… when Mayor Ana Lima
    // lamented the state of the race and criticized …` — she criticized; not a later cue's
    // inside its content, `May said the country would declare … and suggested …`.)
    let subject = own
      ?? (coordinated ? found.subjects.first(where: { $0.cue < and })?.phrase ?? coordinatedSubject(before: and, in: s, found) : nil)
    if let subject, let reported = asClause(cue, subject: subject, in: s, found) { return reported }
    if let subject {
      guard s.isPostposed(after: cue.tokens.upperBound - 1) else { return preposed(cue, subject: subject, in: s, &found) }
      if own != nil { return postposed(cue, subject: subject, in: s, &found) }
      // (A coordinated cue's subject stands before the first cue, never right before this
      // one: what comes before it is no content of its, only a quote after it.)
      return s.trailingQuote(after: cue.tokens.upperBound - 1).map {
        [s.claim($0, speaker: .phrase(subject), cue: s.doc.span(cue.tokens), rule: .subjectCueThenQuote, confidence: 0.9)]
      } ?? []
    }
    let inverted = inverted(cue, in: s, found)
    if !inverted.isEmpty { return inverted }
    if let subject = listedSubject(of: cue, in: s) { return preposed(cue, subject: subject, in: s, &found) }
    return elided(cue, in: s, found)
  }

  /// The subject of a cue coordinated with no earlier cue's: the sentence's — or, `It has
  /// become such a presence that Ana Lima thanked its members and called …`, with no cue
  /// before it at all (`arguing that it showed … and indicated …` is the participle's) and
  /// no comma before the conjunction, the nearest finite verb's, the subject of a clause a
  /// subordinator opens after the sentence's subject.
  private func coordinatedSubject(before and: Int, in s: SentenceCursor, _ found: SentenceClaims) -> NounPhrase? {
    let T = s.T
    guard let head = s.sentenceSubject(before: and) else { return nil }
    guard T[and].kind == .word, and - 1 > s.r.lowerBound, !T[and - 1].isMark(","), !found.cues.contains(where: { $0.tokens.lowerBound < and }),
      let verb = (s.r.lowerBound..<and).last(where: { T[$0].kind == .word && T[$0].quote == nil && s.doc.tag($0)?.isFiniteVerb == true }),
      verb > head.tokens.upperBound,
      let own = s.finder.subject(before: verb, floor: head.tokens.upperBound), own.tokens.lowerBound - 1 > head.tokens.upperBound
    else { return head }
    let opener = T[own.tokens.lowerBound - 1]
    return opener.kind == .word && (opener.is("that") || Lexicon.circumstanceSubordinators.contains(opener)) ? own : head
  }

  /// `The agency delayed its findings, admitted it withheld emails, and …`: a finite cue
  /// right after the comma that closes what the sentence's subject did is one more thing it
  /// did — the subject's, not the pronoun's after it. (Not after a relative clause's verb:
  /// `…, who, on a call Friday, criticized …` is the relative's antecedent's.)
  private func listedSubject(of cue: Cue, in s: SentenceCursor) -> NounPhrase? {
    let c = cue.tokens.lowerBound
    guard c - 1 > s.r.lowerBound, s.T[c - 1].isMark(","), s.T[c - 2].kind == .word, s.T[c].quote == nil, s.doc.tag(c)?.isFiniteVerb == true,
      let subject = s.sentenceSubject(before: c - 1)
    else { return nil }
    let between = subject.tokens.upperBound..<(c - 1)
    guard s.holdsFiniteVerb(between), !between.contains(where: { s.T[$0].kind == .word && Lexicon.relativePronouns.contains(s.T[$0]) }) else { return nil }
    return subject
  }

  /// `Says the tolls are fair.`, `Keeps saying …`: the cue opens its sentence (past words of
  /// aspect or a cue's modifiers), its first word is a verb that has a subject (as the
  /// tagger reads it there or alone: not a noun, `State rules …`, `Remarks that …`; nor an
  /// imperative, `Say the …`), and a clause follows the cue, its subject left out —
  /// reported all the same, by someone resolution may not know.
  private func elided(_ cue: Cue, in s: SentenceCursor, _ found: SentenceClaims) -> [Claim] {
    let T = s.T, c = cue.tokens.lowerBound, last = cue.tokens.upperBound - 1
    guard !s.isHeadline, !cue.isInfinitive, T[c].quote == nil, last + 1 < s.r.upperBound,
      (s.r.lowerBound..<c).allSatisfy({ T[$0].kind == .word && (T[$0].has(.cueModifier) || Lexicon.progressiveAuxiliaries.contains(T[$0])) }),
      [.vbz, .vbd].contains(s.doc.tag(s.r.lowerBound)) || [.vbz, .vbd].contains(s.doc.lexicalTag(s.r.lowerBound))
        // (A verb of aspect by its list, `Keeps saying …`; not a form of `be`, which opens a question.)
        || s.r.lowerBound < c && Lexicon.progressiveAuxiliaries.contains(T[s.r.lowerBound]) && !Lexicon.beForms.contains(T[s.r.lowerBound]),
      T[last + 1].is("that") || s.startsClause(at: last + 1),
      let content = s.contentAfter(last, verb: T[c], stops: found.stops, weak: cue.isWeak)
    else { return [] }
    return [s.claim(content, speaker: .unknown, cue: s.doc.span(cue.tokens), rule: .elidedSubjectCue, confidence: 0.5)]
  }

  /// `Asked by Omar Bell whether she had read it, Lima said …`: a question put in the
  /// passive, asked by the one after `by` (the subject of the sentence answers it). The
  /// question may wait past a few words of when or where (`asked by Bell on Thursday
  /// whether …`), and may be what it was about or a request (`asked by Bell about the
  /// fares`, `asked by reporters to respond to …`), which run to the sentence's own clause.
  private func askedByAgent(_ cue: Cue, in s: SentenceCursor, _ found: SentenceClaims) -> Claim? {
    let T = s.T, c = cue.tokens.lowerBound
    guard Lexicon.requestVerbs.contains(T[c].lower), T[c].lower.endsWith("ed"), let agent = agent(of: cue, in: s) else { return nil }
    let isOpener = { (k: Int) in Lexicon.questionOpeners.contains(T[k]) || T[k].is("about") || T[k].is("to") }
    let after = agent.tokens.upperBound
    guard after < s.r.upperBound, let opener = isOpener(after) ? after
      : T[after].has(.adjunctOpener) ? (after + 1..<min(s.r.upperBound, after + 5)).first(where: { T[$0].kind == .word && isOpener($0) }) : nil,
      (after..<opener).allSatisfy({ T[$0].kind == .word && T[$0].quote == nil })
    else { return nil }
    let content = Lexicon.questionOpeners.contains(T[opener])
      ? s.contentAfter(opener - 1, verb: T[c], stops: found.stops, weak: false)
      : (s.trim(opener..<s.r.upperBound), nil)
    guard let content else { return nil }
    // The question ends where the sentence's own clause begins (`…, Lima avoided an answer`).
    let question = s.clauseComma(after: opener).map { s.cut(content, before: $0) } ?? content
    var claim = s.claim(question, speaker: .phrase(agent), cue: s.doc.span(cue.tokens), rule: .askedByAgent, confidence: 0.8)
    claim.lendsNoSpeaker = true
    return claim
  }

  /// `The union was told by management that …`, `Residents have been assured by the board
  /// that …`: a verb of telling in the passive, after a form of `be`, reports what the one
  /// after `by` said; the sentence's subject only heard it.
  private func toldByAgent(_ cue: Cue, in s: SentenceCursor, _ found: SentenceClaims) -> Claim? {
    let T = s.T, c = cue.tokens.lowerBound
    guard Lexicon.tellVerbs.contains(T[c]), T[c].lower.endsWith("ed") || T[c].is("told"), c > s.r.lowerBound, Lexicon.beForms.contains(T[c - 1]),
      let agent = agent(of: cue, in: s), agent.tokens.upperBound < s.r.upperBound,
      // (Not a story told by someone, which a clause set off after the agent goes on about:
      // `… was being told by the Post, which unearthed …`.)
      !s.T[agent.tokens.upperBound].isMark(","),
      let content = s.contentAfter(agent.tokens.upperBound - 1, verb: T[c], stops: found.stops, weak: false)
    else { return nil }
    return s.claim(content, speaker: .phrase(agent), cue: s.doc.span(cue.tokens), rule: .toldByAgent, confidence: 0.8)
  }

  /// The one after `by` right after a one-word cue in the passive (`asked by Omar Bell`).
  private func agent(of cue: Cue, in s: SentenceCursor) -> NounPhrase? {
    let by = cue.tokens.upperBound
    guard cue.tokens.count == 1, by + 2 < s.r.upperBound, s.T[by].is("by") else { return nil }
    return s.finder.phrase(after: by, limit: s.r.upperBound)
  }

  /// `As the Times reported, even if …`, `…, given that, as the Times reported on Saturday,
  /// he has …`: a verb whose subject follows an `as` that opens the sentence or a clause
  /// after a comma, with nothing after it but words of when or where (`on Saturday`, `in
  /// his book`), reports the clause its comma opens. Nil for another cue, or an `as` clause
  /// that is no source's: with an object (`As Trump demands a wall, …`, `as they call each
  /// other`), set inside a clause (`the result, as he explained, was …`), or before a
  /// conjunction (`…, as the autopsy recommended, and watched …`); nor when a quote follows.
  private func asClause(_ cue: Cue, subject: NounPhrase, in s: SentenceCursor, _ found: SentenceClaims) -> [Claim]? {
    let T = s.T, r = s.r, c = cue.tokens.lowerBound, last = cue.tokens.upperBound - 1
    let opener = subject.tokens.lowerBound - 1
    guard cue.tokens.count == 1 || T[last].is("it"), !cue.isInfinitive, opener >= r.lowerBound, T[opener].is("as"), T[opener].quote == nil,
      opener == r.lowerBound || T[opener - 1].isMark(","), s.doc.tag(c)?.isVerb == true,
      let comma = (last + 1..<min(r.upperBound, last + 8)).first(where: { T[$0].isMark(",") }), comma + 1 < r.upperBound,
      comma == last + 1 || T[last + 1].has(.adjunctOpener) || Lexicon.timeOpeners.contains(T[last + 1]) && !T[last + 1].has(.determiner),
      (last + 1..<comma).allSatisfy({ T[$0].kind == .word && T[$0].quote == nil }),
      T[comma + 1].kind != .word || !Lexicon.coordinators.contains(T[comma + 1]) && s.doc.tag(comma + 1)?.isFiniteVerb != true
    else { return nil }
    // (Past a phrase of when or how set off after the comma: `…, even on Friday morning, the mayor …`.)
    let start = s.adverbialEnd(after: comma) ?? comma
    guard let content = s.contentAfter(start, verb: T[start], stops: found.stops, weak: false) else { return [] }
    // (A quote after the comma is the cue's own, as the other rules read it.)
    if content.quote != nil { return nil }
    return [s.claim(content, speaker: .phrase(subject), cue: s.doc.span(cue.tokens), rule: .asClauseCue, confidence: 0.8)]
  }

  /// `X said that …`, `X told reporters the …`, `X said: "…"`.
  private func preposed(_ cue: Cue, subject: NounPhrase, in s: SentenceCursor, _ found: inout SentenceClaims) -> [Claim] {
    let last = cue.tokens.upperBound - 1
    // (`Critics arguing that … | have launched`: the words the cue has end at the sentence's verb.)
    let end = cue.tokens.count == 1 ? s.mainVerb(afterQualifyingCue: cue.tokens.lowerBound, subject: subject) : nil
    guard let content = s.clipped(before: end, { s.contentAfter(last, verb: s.T[cue.tokens.lowerBound], stops: found.stops, weak: cue.isWeak) }) else {
      if let after = s.nextSignificant(last + 1), s.T[after].isMark(":") { found.pendingIntroducer = subject }
      return []
    }
    if isFreeRelativesObject(content, cue: cue, subject: subject, in: s) { return [] }
    return [s.claim(content, speaker: .phrase(subject), cue: s.doc.span(cue.tokens), rule: content.quote != nil ? .subjectCueQuote : .subjectCueContent,
                    confidence: content.quote != nil ? 0.95 : (cue.isWeak ? 0.6 : 0.85))]
  }

  /// `what he proposed more loosely`, `What Bell said next surprised everyone`: a cue whose
  /// subject a free relative's `what` opens has its object in `what`, so words after it
  /// that open no clause are no content — unless they hold a quote (`what she called the
  /// “cartel”`). (`what Lima says the plan would do`: the clause is what was said.)
  private func isFreeRelativesObject(_ content: (range: TextRange, quote: Int?), cue: Cue, subject: NounPhrase, in s: SentenceCursor) -> Bool {
    let T = s.T, opener = subject.tokens.lowerBound - 1
    guard opener >= s.r.lowerBound, T[opener].is("what") || T[opener].is("whatever"), T[opener].quote == nil, content.quote == nil,
      let words = s.tokens(in: content.range), !words.contains(where: { T[$0].quote != nil })
    else { return false }
    // (Nor a cleft's, `What she said is that …`, nor an infinitive's, `what he vowed to do`.)
    let first = T[words.lowerBound]
    return !s.startsClause(at: words.lowerBound) && !first.is("that") && !first.is("to") && !Lexicon.beForms.contains(first)
  }

  /// The cue closes its clause: `…, X said.`, `"…," X said, "…"`, or `X said, "…"` alone.
  private func postposed(_ cue: Cue, subject: NounPhrase, in s: SentenceCursor, _ found: inout SentenceClaims) -> [Claim] {
    let T = s.T
    let last = cue.tokens.upperBound - 1
    let cueRange = s.doc.span(cue.tokens)
    // `Asked whether he would keep the rebates, Scheer would not say.`: the speaker withheld
    // what the words before were about.
    if s.withholds(at: subject.tokens.upperBound) { return [] }
    guard subject.tokens.lowerBound > s.r.lowerBound else {
      // `Trump said, "When …"`
      if let q = s.trailingQuote(after: last) {
        return [s.claim(q, speaker: .phrase(subject), cue: cueRange, rule: .subjectCueThenQuote, confidence: 0.9)]
      }
      // `Lima says, win or lose, she is staying in the race`: with no quote, a clause after
      // the comma (past an aside) is what was said — not a participle's (`…, adding …`), nor
      // after a verb that needs its listener first (`All told, …`). (`Lima said on Monday,
      // she …`, `said after the vote, she …`: past when, too.)
      let comma = last + 1 < s.r.upperBound && T[last + 1].isMark(",") ? last + 1 : s.commaAfterAdjunct(from: last + 1)
      if let comma, comma + 1 < s.r.upperBound, !Lexicon.tellVerbs.contains(T[cue.tokens.lowerBound]), !s.endsContent(at: comma + 1, stops: found.stops),
        let content = s.contentAfter(comma, verb: T[cue.tokens.lowerBound], stops: found.stops, weak: cue.isWeak), content.quote == nil,
        s.holdsFiniteVerb(s.tokens(in: content.range) ?? last..<last)
      {
        return [s.claim(content, speaker: .phrase(subject), cue: cueRange, rule: .subjectCueContent, confidence: cue.isWeak ? 0.6 : 0.85)]
      }
      if let after = s.nextSignificant(last + 1), T[after].isMark(":") { found.pendingIntroducer = subject }
      return []
    }
    // `…, a plan announced earlier this year.`: the verb after a thing introduced there (not
    // a document or a record: `…, a report said`, `…, records show`) modifies it; nobody spoke.
    if case .role(definite: false) = subject.head, s.finder.namesThing(subject), let last = subject.tokens.last(where: { T[$0].kind == .word }),
      !PhraseFinder.namesPeople(T[last]), !T[last].has(.documentNoun), !cue.needsEvidenceSubject
    {
      return []
    }
    var out: [Claim] = []
    var before = premodifierStart(of: subject, in: s) - 1
    // `…, as the Harbour Times reported on Sunday.`, `…, as some have speculated.`: an `as`
    // clause that closes the sentence reports the clause before its comma.
    // (Not one a quote follows, which is what it reports: `…, as The Herald put it in an
    // exposé, "the operator."`)
    if T[before].is("as"), before - 1 > s.r.lowerBound, T[before - 1].isMark(","), T[before].quote == nil {
      if let q = s.trailingQuote(after: last) { return [s.claim(q, speaker: .phrase(subject), cue: cueRange, rule: .subjectCueThenQuote, confidence: 0.9)] }
      before -= 1
    }
    // `Officials said Russia was responsible, CNN reported.`, `"…," Bell said, the Post
    // reported.`: a cue that closes the sentence right after another's claim relays it.
    if T[before].isMark(","), subject.tokens.lowerBound == before + 1, !isReducedRelative(subject, in: s), closesSentence(after: last, in: s), let relayed = claimEnding(at: before, in: s, found) {
      found.claims[relayed].via = subject
      return []
    }
    if T[before].isMark(",") || T[before].isMark(":") || T[before].kind == .quoteClose || T[before].isMark("\u{2014}") {
      var content = s.contentBefore(before + (T[before].kind == .quoteClose ? 1 : 0), claims: found.claims)
      // `At the time, she said, "…"`, `While he was in Miami, he said, "…"`: before a quote
      // the cue opens, an adverbial lead is where or when, not what was said.
      if let lead = content, lead.quote == nil, s.trailingQuote(after: last) != nil, s.isAdverbial(lead.range) { content = nil }
      // `The union's general secretary, Mick Lynch, warned of strikes`: words with no verb
      // before a name set off by commas are the name's role, not what was said; `In late
      // September, the parents wrote to the board`: nor is one phrase of time or place.
      // (One phrase: past a comma the tagger may miss a clause's verb, `In addition, the
      // campaign plans/NNS to …`.)
      if let lead = content, lead.quote == nil, !s.holdsVerbOrQuote(lead.range), !s.holdsHeadlineClause(lead.range),
        T[subject.tokens.upperBound].isMark(",") || s.tokens(in: lead.range).map({ isOnePhraseOfCircumstance($0, in: s) || isAdverbialWithNoVerb($0, in: s) }) == true
      {
        content = nil
      }
      // `Not long after Lima tweeted the quote, Okafor asked her about it`, `When reached by the
      // Times, Lima declined …`: a clause of when or why alone before the subject is the
      // setting, not what was said.
      if let lead = content, lead.quote == nil, let words = s.tokens(in: lead.range), isFrontedCircumstance(words, in: s) { content = nil }
      // `The goal, he said, is to …`, `But, she said, it is …`: however short the words
      // before the cue, a clause after it makes the whole sentence the content.
      let lead = content?.range ?? (T[before].isMark(",") && before > s.r.lowerBound ? s.trim(s.r.lowerBound..<before) : nil)
      if content?.quote == nil, let lead, let whole = s.parentheticalContent(from: lead, after: last) {
        out.append(s.claim(whole, speaker: .phrase(subject), cue: cueRange, rule: .parentheticalCue, confidence: 0.8))
      } else if let content {
        out.append(s.claim(content, speaker: .phrase(subject), cue: cueRange, rule: content.quote != nil ? .quoteThenSubjectCue : .contentThenSubjectCue,
                           confidence: content.quote != nil ? 0.95 : 0.85))
      }
    }
    if let q = s.trailingQuote(after: last) {
      out.append(s.claim(q, speaker: out.isEmpty ? .phrase(subject) : .sameAs(-1), cue: cueRange, rule: .subjectCueThenQuote, confidence: 0.9))
    }
    return out
  }

  /// `…, a point Lima also acknowledged.`: a common noun that names nobody before the name
  /// is what the name's clause qualifies, not the name's role.
  private func isReducedRelative(_ subject: NounPhrase, in s: SentenceCursor) -> Bool {
    guard case .name(let name) = subject.head else { return false }
    return (subject.tokens.lowerBound..<name.lowerBound).contains { k in
      let t = s.T[k]
      return t.kind == .word && !t.isCapitalised && !t.has(.determiner) && !PhraseFinder.namesPeople(t)
    }
  }

  /// Whether no more than a few words (when, where, to whom) follow the cue ending at `k`
  /// to the sentence's end.
  private func closesSentence(after k: Int, in s: SentenceCursor) -> Bool {
    let end = ((k + 1)..<s.r.upperBound).first(where: { s.T[$0].kind != .word }) ?? s.r.upperBound
    return end - k <= 5 && (end..<s.r.upperBound).allSatisfy { s.T[$0].kind == .punctuation && !s.T[$0].isMark(",") || s.T[$0].kind == .quoteClose }
  }

  /// The claim found last, with no relay yet, that opens the sentence and ends with its cue
  /// or content at most a few words (its subject, when) before the comma at `comma`.
  private func claimEnding(at comma: Int, in s: SentenceCursor, _ found: SentenceClaims) -> Int? {
    guard let i = found.claims.indices.last, found.claims[i].via == nil, !found.claims[i].nested, let cue = found.claims[i].cue,
      case .phrase(let speaker) = found.claims[i].speaker
    else { return nil }
    let claim = found.claims[i]
    // (An infinitive's is one act of those the cue reports: `The man barricaded himself inside
    // and threatened to harm himself, police said`.)
    if s.isInfinitiveEnding(claim, at: comma) { return nil }
    let opening = s.T[s.pastDateline].range.start
    guard min(cue.start, claim.content.start, speaker.range.start) <= opening + (s.T[s.pastDateline].kind == .quoteOpen ? 1 : 0) else { return nil }
    let end = max(cue.end, claim.content.end)
    guard end <= s.T[comma].range.start else { return nil }
    let from = (s.r.lowerBound..<comma).first(where: { s.T[$0].range.start >= end }) ?? comma
    return comma - from <= 4 && (from..<comma).allSatisfy({ s.T[$0].kind == .word || s.T[$0].kind == .quoteClose }) ? i : nil
  }

  /// Whether words open as an adverb, a preposition or a conjunction would and hold no verb
  /// in any form but the `-ing` one, as the tagger reads them (`Then, last week`, `Earlier
  /// this week`, `According to the Post`; not `Get serious`, an imperative, nor `A man faces
  /// charges`, a clause whose verb the tagger may read as a plural).
  private func isAdverbialWithNoVerb(_ words: Range<Int>, in s: SentenceCursor) -> Bool {
    guard s.T[words.lowerBound].kind == .word, let first = s.doc.tag(words.lowerBound), [.rb, .rbr, .in, .cc, .vbg].contains(first) else { return false }
    return !words.contains { s.T[$0].kind == .word && s.doc.tag($0).map { $0.isVerb && $0 != .vbg } == true }
  }

  /// Whether words are one clause a subordinator of circumstance opens, past a conjunction
  /// and adverbs (`But even after the growth cooled`, `Not long after …`), with no comma.
  private func isFrontedCircumstance(_ words: Range<Int>, in s: SentenceCursor) -> Bool {
    var k = words.lowerBound
    if k < words.upperBound, s.T[k].kind == .word, Lexicon.clauseCoordinators.contains(s.T[k]) { k += 1 }
    while k < words.upperBound, s.T[k].kind == .word, !Lexicon.circumstanceSubordinators.contains(s.T[k]), s.doc.tag(k) == .rb { k += 1 }
    guard k < words.upperBound, s.T[k].kind == .word, Lexicon.circumstanceSubordinators.contains(s.T[k]), !s.T[words].contains(where: { $0.isMark(",") })
    else { return false }
    // (One clause, or more joined to it: not `After Lima bought the jet in 2011 she made
    // changes`, whose second verb is the sentence's own.)
    var joined = true
    for j in (k + 1)..<words.upperBound where s.T[j].kind == .word {
      if Lexicon.coordinators.contains(s.T[j]) || s.T[j].is("that") || Lexicon.relativePronouns.contains(s.T[j]) {
        joined = true
      } else if s.doc.tag(j)?.isFiniteVerb == true {
        if !joined { return false }
        joined = false
      }
    }
    return true
  }

  /// Whether words are a single preposition's phrase, with no comma (`In late September`,
  /// `In an interview`, `After a 39-hour filibuster`).
  private func isOnePhraseOfCircumstance(_ words: Range<Int>, in s: SentenceCursor) -> Bool {
    s.T[words.lowerBound].kind == .word && s.doc.tag(words.lowerBound) == .in && !s.T[words].contains { $0.isMark(",") }
  }

  /// Where the subject's whole phrase starts right after a quote when the words before it
  /// name what it belongs to (`"…," Save the Bay campaign director Kendall Fells said`,
  /// `"…," Fight for $15 organizing director …`): back over a few capitalised words, role
  /// words, the small words inside names and amounts, to the quote's end; else the
  /// subject's own start.
  private func premodifierStart(of subject: NounPhrase, in s: SentenceCursor) -> Int {
    let T = s.T, start = subject.tokens.lowerBound
    // `…, a spokesperson for the Harbour Authority said`: the role a name speaks through.
    if let role = s.finder.roleSpeakingThrough(subject, floor: s.r.lowerBound) { return role.tokens.lowerBound }
    // A person's name only: `James Pethokoukis of the American Enterprise Institute wrote`
    // has its speaker before the subject.
    guard case .name(let name) = subject.head, NameClassifier.kind(of: T[name].wordTokens) == .person else { return start }
    var j = start - 1
    // `"…," the mayor's chief of staff, Omar Bell, said`: a role between commas before the name.
    let appositive = j > s.r.lowerBound && T[j].isMark(",")
    if appositive { j -= 1 }
    let top = j
    var hasRole = false
    while j > s.r.lowerBound, start - j <= 8, T[j].quote == nil,
      T[j].isMark("$") || T[j].kind == .word && (T[j].isCapitalised || T[j].has(.roleNoun) || T[j].has(.title) || T[j].has(.phraseConnector)
        || T[j].has(.determiner) || Lexicon.possessiveDeterminers.contains(T[j]) || T[j].lower.first?.isNumber == true
        || appositive && !T[j].has(.phraseStop) || T[j].endsInApostropheS)
    {
      // (Any noun for people: `his sister, Marlene Redwater,`, `her lawyer, Omar Bell,`.)
      if T[j].kind == .word, PhraseFinder.namesPeople(T[j]) { hasRole = true }
      j -= 1
    }
    guard j < top, !appositive || hasRole else { return start }
    let afterQuote = T[j].kind == .quoteClose || (T[j].isMark(",") && j > s.r.lowerBound && T[j - 1].kind == .quoteClose)
    // (After a clause's comma too, the role set off before the name is the subject's:
    // `She died on Friday, her son, Erik Lind, said.`)
    return afterQuote || appositive && T[j].isMark(",") ? j + 1 : start
  }

  /// `…, said he.`, `sagte sie`: a pronoun that may be an object stands after its cue as one
  /// (`admitted it …`: `it`, `you`, `there` are objects or what was said too), and a verb
  /// after a pronoun, in any form the tagger reads, makes it the subject of what was said
  /// (`admitted he withheld emails`).
  private func isInvertedPronoun(_ phrase: NounPhrase, in s: SentenceCursor) -> Bool {
    let end = phrase.tokens.upperBound, pronoun = s.T[phrase.tokens.lowerBound]
    guard !Lexicon.subjectPronouns.contains(pronoun) || Lexicon.nominativePronouns.contains(pronoun) else { return false }
    return !(s.isAuxiliary(at: end) || end < s.r.upperBound && s.T[end].kind == .word && s.doc.tag(end)?.isVerb == true)
  }

  /// `he "categorically" denied the claim`: the closing mark at `close` ends words quoted
  /// inside a clause — opened after a word, closed on no punctuation of their own (not
  /// `"…," said Lima`, `"Enough" said Lima`).
  private func closesWordsInAClause(_ close: Int, in s: SentenceCursor) -> Bool {
    let T = s.T
    guard close - 1 > s.r.lowerBound, T[close - 1].kind == .word, let q = T[close].quote,
      let open = s.doc.tokenIndex(startingAt: s.doc.quotes[q].open.start)
    else { return false }
    return open > s.r.lowerBound && T[open - 1].kind == .word
  }

  /// `…, said Zheng.` / `"…," said the spokesperson.`
  private func inverted(_ cue: Cue, in s: SentenceCursor, _ found: SentenceClaims) -> [Claim] {
    let T = s.T
    let c = cue.tokens.lowerBound
    // (A participle is no inverted cue: `…, talking about immigration`, `…, calling on
    // Congress to act` say what the subject before them was doing.)
    // (Nor a verb of telling, whose listener is its object: `…, told CBC News that …`.)
    guard c > s.r.lowerBound, T[c - 1].isMark(",") || T[c - 1].kind == .quoteClose || T[c - 1].isMark("\u{2014}"), !s.isGerund(at: c),
      !Lexicon.tellVerbs.contains(T[c]),
      let phrase = s.finder.phrase(after: cue.tokens.upperBound - 1, limit: s.r.upperBound),
      // `…, said the levy would rise`, `says Ann Selzer is happy`, `…, said he feared …`: a
      // phrase its own verb follows is a clause's subject — after a name, only an auxiliary
      // says so, as a word the tagger may read as a verb is as often no verb there (`sagte
      // Jonas Keller am Montag`).
      phrase.isPronoun ? isInvertedPronoun(phrase, in: s)
        : !(phrase.isRole ? s.isFiniteVerb(at: phrase.tokens.upperBound) : s.isAuxiliary(at: phrase.tokens.upperBound)),
      // (Nor are words quoted inside a clause before a verb's object: `he "categorically"
      // denied the accusation`.)
      !(T[c - 1].kind == .quoteClose && closesWordsInAClause(c - 1, in: s) && s.finder.namesNoSource(phrase))
    else { return [] }
    let speaker = s.author(of: phrase) ?? phrase
    let cueRange = s.doc.span(cue.tokens)
    // `The plan, said Omar Bell, will fail.`, `And Lima, said Rivers, who knows her, does
    // not forgive.`: words with no verb before the cue and a clause after the speaker (past
    // a role or a relative clause set off) make the whole sentence the content.
    // (The words are asked last: most inverted cues close their sentence.)
    let close = lastOfSpeaker(phrase, in: s)
    if T[c - 1].isMark(","), c - 1 > s.r.lowerBound, !cue.isWeak, close + 2 < s.r.upperBound, T[close + 1].isMark(","),
      let words = s.tokens(in: s.trim(s.r.lowerBound..<(c - 1))), !s.holdsVerbOrQuote(s.doc.span(words)),
      let whole = s.parentheticalContent(from: s.doc.span(words), after: close)
    {
      return [s.claim(whole, speaker: .phrase(speaker), cue: cueRange, rule: .parentheticalCue, confidence: 0.8)]
    }
    var out: [Claim] = []
    // (After words that end in no quote, only a plain verb of saying inverts: `…, mocked the
    // party` is a list of what someone did, its verb's object after it; and only before
    // what may speak: `…, vows court fight` is a headline's second predicate.)
    if let content = s.contentBefore(T[c - 1].kind == .quoteClose ? c : c - 1, claims: found.claims),
      content.quote != nil || T[c - 1].kind == .quoteClose || !cue.isWeak && !s.finder.namesNoSource(phrase)
    {
      out.append(s.claim(content, speaker: .phrase(speaker), cue: cueRange, rule: content.quote != nil ? .quoteThenCueSubject : .contentThenCueSubject,
                         confidence: content.quote != nil ? 0.95 : 0.85))
    }
    if let q = s.trailingQuote(after: close) {
      out.append(s.claim(q, speaker: out.isEmpty ? .phrase(speaker) : .sameAs(-1), cue: cueRange, rule: .cueSubjectThenQuote, confidence: 0.9))
    }
    return out
  }

  /// The last token of the speaker's phrase after an inverted cue, past a role set off
  /// after it by commas (`The ruling, said Penda Hair, a lawyer for the plaintiffs, "…"`).
  private func lastOfSpeaker(_ phrase: NounPhrase, in s: SentenceCursor) -> Int {
    let end = phrase.tokens.upperBound
    guard end < s.r.upperBound, s.T[end].isMark(","), let role = s.finder.appositiveAfter(end, limit: s.r.upperBound),
      role.upperBound < s.r.upperBound, s.T[role.upperBound].isMark(",")
    else { return end - 1 }
    return role.upperBound - 1
  }
}
