/// `according to X`, `per X` and `citing X` either relay the sentence's claims or, when
/// there are none, make one of their own from the rest of the sentence.
struct RelaySieve: AttributionSieve {
  func apply(to s: SentenceCursor, _ found: inout SentenceClaims) {
    for cue in found.cues {
      switch cue.kind {
      case .accordingTo, .per: accordingTo(cue, in: s, &found)
      case .citing: citing(cue, in: s, &found)
      default: break
      }
    }
  }

  private func accordingTo(_ cue: Cue, in s: SentenceCursor, _ found: inout SentenceClaims) {
    let T = s.T, r = s.r
    guard var phrase = s.finder.phrase(after: cue.tokens.upperBound - 1, limit: r.upperBound) ?? unnamedSource(after: cue.tokens.upperBound - 1, in: s)
    else { return }
    if s.finder.saysWhatFollows(phrase.tokens, in: r) { phrase.role = nil }
    let source = s.author(of: phrase) ?? phrase
    // (Not a relative clause's, which says what its antecedent did: `According to the
    // Times, which first reported the threat, …`, `… including Dukes, which denied …`.)
    let inRelativeClause = { (claim: Claim) in claim.cue.flatMap { s.tokenIndex(at: $0.start) }.map(s.isInRelativeClause(cue:)) ?? false }
    // (Nor the source's own, `according to a new poll that shows …`.)
    let sourcesOwn = { (claim: Claim) in
      if case .phrase(let p) = claim.speaker { return p.range == phrase.range || p.range == source.range }
      return false
    }
    // (Nor one in a clause of circumstance after the sentence's own verb, `Officers were
    // called after a woman reported that …, according to a police release`: the source
    // says the whole sentence; not `as`, whose clause may be the source's own aside: `…, as
    // the Times reported, …`.)
    let inCircumstance = { (claim: Claim) in
      guard let c = claim.cue.flatMap({ s.tokenIndex(at: $0.start) }), c > r.lowerBound + 1,
        let opener = (r.lowerBound + 1..<c).last(where: { T[$0].kind == .word && Lexicon.circumstanceSubordinators.contains(T[$0]) && !T[$0].is("as") })
      else { return false }
      return !(opener..<c).contains(where: { T[$0].isMark(",") }) && s.holdsFiniteVerb(r.lowerBound..<opener)
    }
    let own = found.claims.indices.filter {
      found.claims[$0].via == nil && !found.claims[$0].nested && !inRelativeClause(found.claims[$0]) && !sourcesOwn(found.claims[$0])
        && !inCircumstance(found.claims[$0])
    }
    if !own.isEmpty {
      for i in own { found.claims[i].via = source }
      return
    }
    let lo = cue.tokens.lowerBound
    // `… every week and, in the words of the harbour master, “…”`, `But, according to the
    // poll, 46 percent …`: after a conjunction the source opens the clause that follows it
    // (not a verb's phrase that goes on from the subject: `… and, according to officials, adopted …`).
    let opensClause = lo - 2 >= r.lowerBound && T[lo - 1].isMark(",") && Lexicon.coordinators.contains(T[lo - 2])
      && (max(phrase.tokens.upperBound, source.tokens.upperBound)..<(r.upperBound - 1)).first(where: { T[$0].isMark(",") }).map {
        !(T[$0 + 1].kind == .word && s.doc.tag($0 + 1)?.isFiniteVerb == true)
      } == true
    var content: (range: TextRange, quote: Int?)?
    // `… a “root canal,” according to his memoir`: the comma inside the closing quote.
    if !opensClause, lo > r.lowerBound, T[lo - 1].kind == .quoteClose, T[lo - 1].range.start > 0, s.doc.scalars[T[lo - 1].range.start - 1] == ",",
      let before = s.contentBefore(lo, claims: [])
    {
      content = before
    } else if !opensClause, lo > r.lowerBound, T[lo - 1].isMark(",") || T[lo - 1].mark.isDash, let before = s.contentBefore(lo - 1, claims: []) {
      // `Fundraising, according to the campaign, has surged …`: the clause goes on past the
      // source. (`… had 115 cancellations — including storms — according to …`: or a dash.)
      content = s.parentheticalContent(from: before.range, after: phrase.tokens.upperBound - 1) ?? before
    } else if !opensClause, lo > r.lowerBound, T[lo - 1].isMark(","), lo - 1 > r.lowerBound, T[lo - 2].kind == .word,
      let whole = s.parentheticalContent(from: s.trim(r.lowerBound..<(lo - 1)), after: phrase.tokens.upperBound - 1)
    {
      content = whole
    } else if !opensClause, isPostposedWithoutComma(lo, in: s), let before = s.contentBefore(lo, claims: []) {
      // `Clinton leads by 271 delegates according to a count by the AP, but …`
      content = before
    } else if lo == r.lowerBound || opensClause, let end = clauseRightAfter(source, phrase, in: s) {
      // `According to the Saudi Interior Ministry over 345 pilgrims have been killed near
      // Mecca, Saudi Arabia.`: with no comma after the source, the clause starts right after it.
      content = s.contentAfter(end - 1, verb: T[end - 1], stops: found.stops, weak: false)
    } else if var comma = (max(phrase.tokens.upperBound, source.tokens.upperBound)..<r.upperBound).first(where: { T[$0].isMark(",") }) {
      // `in the words of the prosecutor, Mark Tedeschi, QC, “…”`: past the letters after a name.
      if let suffix = s.finder.setOffNameSuffix(at: comma + 1), suffix.upperBound < r.upperBound {
        comma = suffix.upperBound
      }
      // `According to the Globe, which first reported the threat, …`: past the source's relative
      // clause — which, running to the sentence's end, leaves the source nothing to say
      // (`Plenty, according to Ana Lima, who heads the institute.`).
      if comma + 1 < r.upperBound, T[comma + 1].kind == .word, Lexicon.relativePronouns.contains(T[comma + 1]) {
        guard let next = (comma + 2..<r.upperBound).first(where: { T[$0].isMark(",") }) else { return }
        comma = next
      } else if comma + 1 < r.upperBound, T[comma + 1].is("a") || T[comma + 1].is("an"),
        let appositive = s.finder.appositiveAfter(comma, limit: r.upperBound), appositive.upperBound < r.upperBound,
        T[appositive.upperBound].isMark(","), s.finder.role(of: appositive) != nil
      {
        // … or its description (`According to the King's Fund, a health think tank, …`).
        comma = appositive.upperBound
      }
      content = s.contentAfter(comma, verb: T[comma], stops: found.stops, weak: false)
    }
    if let content {
      found.claims.append(s.claim(content, speaker: .phrase(source), cue: s.doc.span(cue.tokens), rule: .accordingTo, confidence: 0.8))
    }
  }

  /// Where the clause a source opens starts when no comma follows the source: right after
  /// its phrase, with a finite verb before the sentence's next comma.
  private func clauseRightAfter(_ source: NounPhrase, _ phrase: NounPhrase, in s: SentenceCursor) -> Int? {
    let T = s.T
    let end = max(phrase.tokens.upperBound, source.tokens.upperBound)
    // (Not a relative clause on the source: `According to an official who spoke on
    // condition of anonymity, …` says what comes after its comma.)
    guard end < s.r.upperBound, T[end].kind == .word, !Lexicon.relativePronouns.contains(T[end]), s.doc.tag(end)?.isVerb != true else { return nil }
    let comma = (end..<s.r.upperBound).first(where: { T[$0].isMark(",") }) ?? s.r.upperBound
    return s.holdsFiniteVerb(end..<comma) ? end : nil
  }

  /// What `according to` names when the phrase finder knows it for no name or role (`one
  /// of his senior aides`, `an email from the city's procurement office`, `the most recent
  /// data available from the port authority`): a source all the same, the noun phrase up to
  /// the next mark, verb, relative or conjunction — or the name after its `from` or `by`
  /// (not after a participle of coming by it: `a review seen by the Times`).
  /// A short label in quotes is one of its words (`her "clawback" plan`).
  private func unnamedSource(after k: Int, in s: SentenceCursor) -> NounPhrase? {
    let T = s.T
    var end = k + 1
    while end < s.r.upperBound, end - (k + 1) < 12 {
      if let close = shortLabel(at: end, in: s) {
        end = close + 1
        continue
      }
      guard T[end].kind == .word, T[end].quote == nil, !Lexicon.relativePronouns.contains(T[end]),
        !Lexicon.coordinators.contains(T[end]), s.doc.tag(end)?.isFiniteVerb != true
      else { break }
      end += 1
    }
    // (`an internal review seen by the Times`: who came by it did not make it.)
    if end > k + 2, let got = (k + 2..<end).first(where: { Lexicon.receivingVerbs.contains(T[$0]) && $0 + 1 < end && T[$0 + 1].is("by") }) { end = got }
    guard end > k + 1, s.doc.tag(end - 1)?.isNoun == true else { return nil }
    if let by = (k + 1..<end).first(where: { T[$0].is("from") || T[$0].is("by") }), let author = s.finder.phrase(after: by, limit: end),
      case .name = author.head
    {
      return author
    }
    return NounPhrase(tokens: (k + 1)..<end, range: s.doc.span((k + 1)..<end), head: .role(definite: !Lexicon.indefiniteDeterminers.contains(T[k + 1])))
  }

  /// The closing mark of a quote of at most three words opening at `k` with a word right
  /// after it (a label inside a noun phrase, `"clawback" plan`), if there is one.
  private func shortLabel(at k: Int, in s: SentenceCursor) -> Int? {
    let T = s.T
    guard T[k].kind == .quoteOpen, let q = T[k].quote, s.doc.wordCount(ofQuote: q) <= 3 else { return nil }
    let close = s.pastQuote(at: k) - 1
    guard close + 1 < s.r.upperBound, T[close].kind == .quoteClose else { return nil }
    return T[close + 1].kind == .word ? close : nil
  }

  /// Whether `according to` at `lo` follows the clause it reports with no comma between
  /// (`… by 271 delegates according to a count`, `… view him unfavorably according to the
  /// poll`): after a word that ends a clause — not a verb or a function word (`That's
  /// according to …`, `But according to …`) — well into a sentence with a verb before it.
  /// (Not `as declared by`, whose clause may follow: `a mission as declared by Erdogan, to …`.)
  private func isPostposedWithoutComma(_ lo: Int, in s: SentenceCursor) -> Bool {
    let T = s.T
    guard T[lo].is("according"), lo - s.r.lowerBound >= 4, T[lo - 1].kind == .word, T[lo - 1].quote == nil, let before = s.doc.tag(lo - 1),
      !before.isVerb, !before.isFunctionWord
    else { return false }
    return s.holdsFiniteVerb(s.r.lowerBound..<(lo - 1))
  }

  /// `Citing X, Y said …`: X becomes the speaker of Y's claims, Y their relay — unless
  /// what is cited is evidence rather than a speaker (`citing data from the State
  /// Department`, `by citing a poll`): then the claims stay the citer's own.
  private func citing(_ cue: Cue, in s: SentenceCursor, _ found: inout SentenceClaims) {
    guard let source = Self.citedSpeaker(cue.tokens.lowerBound, in: s) else { return }
    for i in found.claims.indices where !found.claims[i].nested && found.claims[i].rule != .accordingTo {
      if case .phrase(let relay) = found.claims[i].speaker { found.claims[i].via = found.claims[i].via ?? relay }
      found.claims[i].speaker = .phrase(source)
      found.claims[i].rule = .citingSource
    }
  }
}

extension RelaySieve {
  /// Whom `citing` at `c` names when it names one who spoke (`citing two sources familiar
  /// with the talks`): nil for evidence (`citing data from the State Department`, `by
  /// citing a poll`) or a reason (`citing privacy rules`).
  static func citedSpeaker(_ c: Int, in s: SentenceCursor) -> NounPhrase? {
    let T = s.T, r = s.r
    var k = c
    if let from = (k + 1..<min(r.upperBound, k + 5)).first(where: { Lexicon.sourcePrepositions.contains(T[$0]) }) { k = from }
    guard let source = s.finder.phrase(after: k, limit: r.upperBound) else { return nil }
    let means = c > r.lowerBound && T[c - 1].is("by")
    let cited = (c + 1)..<max(k, source.tokens.upperBound)
    if means || cited.contains(where: { T[$0].kind == .word && T[$0].has(.documentNoun) && T[$0].quote == nil }) { return nil }
    // `citing privacy rules`, `citing security concerns`: a reason, not someone who spoke —
    // a role speaks only with a person's or a body's noun (`a person familiar`).
    if case .role = source.head, !source.tokens.contains(where: { k in
      T[k].kind == .word && (T[k].has(.roleNoun) || T[k].has(.organisationHead) || T[k].has(.outletHead) || Lexicon.animateNouns.containsBare(T[k])
        || Lexicon.outletNouns.contains(T[k].bare) || Lexicon.outletNouns.contains(String(T[k].bare.dropLast())))
    }) {
      return nil
    }
    return source
  }
}

/// `"…" ― Pamela Padilla`: a quote signed with a dash and a name, as in vox pops.
struct DashSignatureSieve: AttributionSieve {
  func apply(to s: SentenceCursor, _ found: inout SentenceClaims) {
    let T = s.T, r = s.r
    var signed: [Claim] = []
    for k in r where T[k].kind == .quoteClose {
      guard let q = T[k].quote, !found.claims.contains(where: { $0.quote == q }), k + 2 < r.upperBound,
        T[k + 1].isDashMark
      else { continue }
      var end = k + 2
      while end < r.upperBound, T[end].kind == .word || T[end].isMark("'") { end += 1 }
      // (A signature is a name, not a clause: `("Vilt-two" — the discoverer was German, I believe)`.)
      guard end > k + 2, end - (k + 2) <= 5, end >= r.upperBound || T[end].isMark(".") || T[end].isMark(","),
        !((k + 2)..<end).contains(where: { s.doc.tag($0)?.isFiniteVerb == true }),
        let who = s.finder.analyse((k + 2)..<end, fullEnd: end), case .name = who.head
      else { continue }
      signed.append(s.claim((s.quoteContent(q), q), speaker: .phrase(who), cue: T[k + 1].range, rule: .quoteDashSource, confidence: 0.85))
    }
    found.claims.append(contentsOf: signed)
  }
}
