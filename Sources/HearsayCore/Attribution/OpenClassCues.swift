/// Reporting verbs no list names: `"Never," the mayor snapped.`, `"This is fantastic!"
/// beamed Ana Lima.`, `Okafor gloated: "…"`. Right after a quote that ends in a comma,
/// `!` or `?`, a past or present verb with a short subject before it (or a name after
/// it), closing its clause, tags the quote with its speaker, whatever the verb (the
/// tagger says it is one); so does such a verb right before a colon and a quote.
/// (Read through the cursor, which holds the document: passing a `Document` by value
/// copied it, a retain per array, for every sentence.)
extension SentenceCursor {
  func openClassCues(known: [Cue]) -> [Cue] {
    let T = T
    var out: [Cue] = []
    for q in r where T[q].kind == .quoteClose && endsLikeSpeech(q) {
      var j = q + 1
      if j < r.upperBound, T[j].isMark(",") { j += 1 }
      guard j < r.upperBound, T[j].kind == .word else { continue }
      // Inverted: `"…," beamed Ana Lima.`
      // (The tagger often reads a verb there as a participle; between a quote and a name it is none.)
      if isVerb(j, participle: true), j + 1 < r.upperBound, T[j + 1].kind == .word, T[j + 1].isCapitalised || T[j + 1].has(.determiner) {
        out.append(Cue(kind: .verb, tokens: j..<(j + 1), isWeak: false))
        continue
      }
      // Postposed: `"…," the mayor snapped.` with a subject of a few words.
      var v = j
      while v < r.upperBound, v - j < 5, T[v].kind == .word, !isVerb(v) { v += 1 }
      guard v > j, v < r.upperBound, T[v].kind == .word, isVerb(v), closesClause(after: v) else { continue }
      out.append(Cue(kind: .verb, tokens: v..<(v + 1), isWeak: false))
    }
    // `And Mr. Okafor gloated: "…"`: a verb right before a colon and a quote; or before a
    // comma and a quote that closes the sentence, right after a name or a pronoun (`Billy
    // Joel sings, "…"`; not `As Lima arrived, "…," she said`, whose quote has its own cue).
    // (Right after the name, with no auxiliary between, a form the tagger reads as a
    // participle is the past.)
    for q in r where T[q].kind == .quoteOpen && q - 2 >= r.lowerBound
      && (T[q - 1].isMark(":") || T[q - 1].isMark(",") && q - 3 >= r.lowerBound && isSpeakerWord(q - 3) && closesSentence(quote: q))
      && isVerb(q - 2, participle: q - 3 >= r.lowerBound && isSpeakerWord(q - 3))
    {
      out.append(Cue(kind: .verb, tokens: (q - 2)..<(q - 1), isWeak: false))
    }
    // `Lima shot back that …`, `fired back: "…"`: a retort, any verb but an auxiliary with
    // `back` before a clause or a quote (not `came back that night`, `is back: …`).
    for k in r where k > r.lowerBound && k + 2 < r.upperBound && T[k].is("back")
      && (T[k + 1].is("that") && startsClause(at: k + 2) || T[k + 1].isMark(":") && T[k + 2].kind == .quoteOpen)
      && T[k - 1].kind == .word && !T[k - 1].isCapitalised && !Lexicon.auxiliaries.contains(T[k - 1]) && [.vbd, .vbz, .vbp].contains(doc.tag(k - 1))
    {
      out.append(Cue(kind: .verb, tokens: (k - 1)..<(k + 1), isWeak: false))
    }
    return out.filter { cue in !known.contains { $0.tokens.overlaps(cue.tokens) } }
  }

  /// A name's last word or a subject pronoun.
  private func isSpeakerWord(_ k: Int) -> Bool {
    T[k].kind == .word && (T[k].isCapitalised && !T[k].has(.capitalisedFunctionWord) || Lexicon.subjectPronouns.contains(T[k]) && !T[k].is("it"))
  }

  /// Nothing but punctuation follows the quote opened at `q` in its sentence.
  private func closesSentence(quote q: Int) -> Bool {
    guard T[q].quote != nil else { return false }
    return (pastQuote(at: q)..<r.upperBound).allSatisfy { T[$0].kind == .punctuation || T[$0].kind == .quoteClose }
  }

  /// The quote closes on a comma, `!`, `?` or a dash, inside or right after its marks.
  private func endsLikeSpeech(_ q: Int) -> Bool {
    let before = T[q - 1], after = q + 1 < T.count ? T[q + 1] : nil
    return before.isMark(",") || before.isMark("!") || before.isMark("?") || before.mark.isDash || after?.isMark(",") == true
  }

  /// A finite verb the tagger is sure of, lowercase (a capitalised word here is a name).
  private func isVerb(_ k: Int, participle: Bool = false) -> Bool {
    let t = T[k]
    // Past and present forms end so (`snapped`, `scoffs`); asking the tagger about every
    // word after every quote for irregular ones (`shot back`) cost more than it found.
    guard !t.isCapitalised, !t.has(.pronoun), !t.has(.phraseStop), !t.has(.determiner),
      t.lower.endsWith("ed") || t.lower.endsWith("s"), let tag = doc.tag(k)
    else { return false }
    return tag == .vbd || tag == .vbz || (participle && tag == .vbn)
  }

  /// Nothing but an adverb, a particle, a short prepositional phrase or the sentence's
  /// end follows the verb: `snapped.`, `shot back with a laugh.`, `fumed on Tuesday,`,
  /// not `took the stage`.
  func closesClause(after v: Int) -> Bool {
    var k = v + 1
    // A pronoun, a determiner or a name right after the verb starts its object or clause.
    if k < r.upperBound, T[k].kind == .word,
      T[k].isCapitalised || T[k].has(.pronoun) || T[k].has(.determiner)
    {
      return false
    }
    while k < r.upperBound, T[k].kind == .word, k - v <= 2, let tag = doc.tag(k), tag == .rb || tag == .rp { k += 1 }
    if k < r.upperBound, T[k].kind == .word, doc.tag(k) == .in {
      // (A subordinator before a clause opens no phrase: `said if the council agreed, work
      // would start …` goes on with what was said.)
      if Lexicon.conditionSubordinators.contains(T[k]) || Lexicon.circumstanceSubordinators.contains(T[k]) || Lexicon.contrastConjunctions.contains(T[k]),
        startsClause(at: k + 1)
      {
        return false
      }
      let phraseEnd = min(r.upperBound, k + 5)
      k += 1
      while k < phraseEnd, T[k].kind == .word, !T[k].has(.phraseStop) { k += 1 }
    }
    guard k < r.upperBound else { return true }
    let t = T[k]
    return t.isMark(",") || t.isMark(".") || t.isMark(";") || t.isMark(":") || t.kind == .quoteOpen
      || SentenceSplitter.isTerminal(t, in: doc.scalars)
  }
}
