/// One attribution rule over one sentence (CoreNLP's sieves): it reads the sentence
/// through the cursor and adds to, or amends, the claims the sieves before it found.
protocol AttributionSieve: Sendable {
  func apply(to s: SentenceCursor, _ found: inout SentenceClaims)
}

/// What the sieves of one sentence share: its cues, the subjects found before them, and
/// the claims made so far.
struct SentenceClaims {
  let cues: [Cue]
  /// The subject of each verb cue that has one, by the cue's first token. A few per
  /// sentence: arrays searched in order beat hashing here.
  let subjects: [(cue: Int, phrase: NounPhrase)]
  /// Where each subject starts, and each cue with a subject: a later cue's subject ends an
  /// earlier cue's content, and so does its verb after a comma (`Okafor, who has praised
  /// the plan, said …`: the relative clause's content ends where the sentence's cue is).
  let stops: [Int]
  var claims: [Claim] = []
  /// A speaker phrase whose quote opens the next paragraph: `Caddell continued:`.
  var pendingIntroducer: NounPhrase? = nil

  init(cues found: [Cue], in s: SentenceCursor) {
    var subjects: [(cue: Int, phrase: NounPhrase)] = []
    var evidenceEnds: [Int] = []
    var rulings: [Int] = []
    let dateline = found.isEmpty ? s.r.lowerBound : s.datelineEnd() ?? s.r.lowerBound
    for cue in found {
      switch cue.kind {
      case .verb, .quotedAsSaying:
        if cue.isInfinitive, let caused = s.causedSpeaker(ofInfinitive: cue.tokens.lowerBound) {
          subjects.append((cue.tokens.lowerBound, caused))
          continue
        }
        let at = cue.isInfinitive ? s.governingVerb(ofInfinitive: cue.tokens.lowerBound) : cue.tokens.lowerBound
        // `rebates promised to homeowners`, `the money pledged by Ottawa`: a participle right
        // after a common noun qualifies it; the noun is what was promised, no speaker.
        if !cue.isInfinitive, Self.qualifiesTheNounBefore(cue.tokens.lowerBound, in: s) { continue }
        // (Not across a verb of evidence: `a poll found 72 percent of voters said …`; nor back
        // past a dateline's dash, `DES MOINES, Iowa — State Sen. Ana Lima, who …, told …`.)
        let floor = at.flatMap { at in evidenceEnds.last { $0 <= at } } ?? dateline
        // (`…, records show.`: the record right before a verb of evidence that closes its
        // clause is its subject, however the tagger reads it.)
        if let at, var p = Self.reducedRelativeSubject(ofVerb: at, subjects, in: s) ?? s.finder.subject(before: at, floor: floor)
          // (Not a weak cue's: `a story that posted this week that …` says when it appeared.)
          ?? (cue.isWeak ? nil : s.finder.recordBeforeRelative(of: at, floor: floor).map({ Self.publisher(of: $0, in: s) ?? $0 })) ?? s.appositiveSubject(before: at)
          ?? (cue.needsEvidenceSubject && at > floor && Lexicon.evidenceNouns.contains(s.T[at - 1]) && CueFinder.endsClause(after: at, s.r, s.T)
            ? NounPhrase(tokens: (at - 1)..<at, range: s.T[at - 1].range, head: .role(definite: false), role: nil) : nil)
          ?? Self.narrator(before: at, in: s)
        {
          // `Trump's campaign released a statement saying …`, `Cruz is making a pitch to
          // voters saying …`: of a thing that says, its author speaks; so does the one whose
          // past verb the phrase is the object of (`The senator emailed supporters saying …`).
          // (Not one who only received it: `Police received a report saying …` — the report says.)
          // (`Bell sent a memo to the Times explaining …`: not the one it went to, after a
          // thing's `to`; the thing.)
          if s.T[at].lower.endsWith("ing"), p.tokens.lowerBound - 2 > s.r.lowerBound, s.T[p.tokens.lowerBound - 1].is("to"),
            let thing = s.finder.walkBack(from: p.tokens.lowerBound - 2, floor: floor), s.finder.namesThing(thing)
          {
            p = thing
          }
          if s.T[at].lower.endsWith("ing"), let author = Self.publisher(of: p, in: s, afterAnyWord: s.finder.namesThing(p)) { p = author }
          // `records show`, `a poll found`: a verb of evidence with no record or finding for its
          // subject is no cue (the words up to the verb, as the subject of `the auditor's
          // report showed` is its owner).
          if cue.needsEvidenceSubject {
            // (`The judge found that …`: one who rules makes findings too.)
            let rules = Lexicon.rules(s.T[cue.tokens.lowerBound], by: s.T[p.tokens])
            // (`A report by the budget officer found …`: the record's maker is its subject.)
            guard rules || s.finder.namesEvidence(p.tokens.lowerBound..<max(p.tokens.upperBound, at))
              || s.finder.recordMade(by: p, floor: floor).map({ s.finder.namesEvidence($0..<($0 + 1)) }) == true
            else { continue }
            evidenceEnds.append(cue.tokens.upperBound)
            if rules { rulings.append(cue.tokens.lowerBound) }
          }
          subjects.append((cue.tokens.lowerBound, p))
        }
      default: break
      }
    }
    // (Most sentences have no verb of evidence, and their cues are kept as found.)
    if found.contains(where: \.needsEvidenceSubject) {
      // (`The study shows an association, said Dr. Rachel Whitmer.`: a finite verb after a
      // comma with no subject before it has its speaker after it.)
      let inverted = found.lazy.filter { cue in
        guard case .verb = cue.kind, !cue.isInfinitive, !cue.needsEvidenceSubject, cue.tokens.lowerBound > s.r.lowerBound else { return false }
        return s.T[cue.tokens.lowerBound - 1].isMark(",") && s.doc.tag(cue.tokens.lowerBound)?.isFiniteVerb == true
          && !subjects.contains { $0.cue == cue.tokens.lowerBound }
      }.map(\.tokens.lowerBound)
      (self.cues, self.subjects) = Self.findings(found, subjects, rulings: rulings, inverted: Array(inverted))
    } else {
      (self.cues, self.subjects) = (found, subjects)
    }
    // (Of the cues kept: a finding dropped for what people said stops nothing.)
    var stops: [Int] = []
    stops.reserveCapacity(self.subjects.count * 2)
    stops.append(contentsOf: self.subjects.lazy.map(\.phrase.tokens.lowerBound))
    stops.append(contentsOf: self.subjects.lazy.map(\.cue))
    // `disclosed the cuts in a filing, which said …`: a cue's subject read back through a
    // `which` set off by a comma lies inside what an earlier cue reports, and the relative
    // clause, with its own speaker, ends it there.
    stops.append(contentsOf: self.subjects.lazy.compactMap { Self.bodysWhich(before: $0.cue, subject: $0.phrase, in: s) })
    self.stops = stops
  }

  /// Whether the cue at `k` is a past participle (as the tagger reads it in its sentence)
  /// right after a common noun's phrase that is a verb's object (`will not honour rebates
  /// promised …`; not a subject, `the ferry captain said`, `as the deckhand shouted`, `a
  /// crew of pilots warned`, which the tagger may read so, nor a reported clause's, `said
  /// the agency promised …`).
  private static func qualifiesTheNounBefore(_ k: Int, in s: SentenceCursor) -> Bool {
    // (The words asked first, the tagger last: most cues' sentences need no tags here. A verb
    // before the noun is one read so alone, or a past by its letters: `will not honour`,
    // `paid`, `approved`.)
    guard k - 2 >= s.r.lowerBound, s.T[k - 1].kind == .word, !s.T[k - 1].isCapitalised, !s.T[k - 1].has(.pronoun),
      (s.r.lowerBound..<(k - 1)).contains(where: { j in
        s.T[j].kind == .word && !s.T[j].isCapitalised
          && (s.T[j].lower.endsWith("ed") || Lexicon.irregularPastForms.contains(s.T[j]) || s.doc.lexicalTag(j).map { $0.isVerb || $0 == .md } == true)
      }),
      s.doc.tag(k) == .vbn, s.doc.tag(k - 1) == .nn || s.doc.tag(k - 1) == .nns
    else { return false }
    var start = k - 1
    while start > s.r.lowerBound, k - start <= 5, s.T[start - 1].kind == .word, let t = s.doc.tag(start - 1), t.isNoun || t.modifiesNoun || t == .cd || t == .dt || t == .prpPossessive {
      start -= 1
    }
    guard start > s.r.lowerBound, s.T[start - 1].kind == .word, let governor = s.doc.tag(start - 1), !s.T[start - 1].has(.speechVerb) else { return false }
    // (A participle before the noun qualifies it too: `the sailing instructor`, `the retired
    // surgeon`. And the verb of a clause within the subject leaves the sentence's to come:
    // `Two of the pilots who flew the route called it …`, `A woman claiming she was a nurse
    // told …`.)
    guard governor.isVerb, governor != .vbg, governor != .vbn else { return false }
    return !(s.r.lowerBound..<(start - 1)).contains { j in
      s.T[j].kind == .word && (Lexicon.relativePronouns.contains(s.T[j]) || s.T[j].is("that") || s.T[j].has(.speechVerb))
    }
  }

  /// The `which` after a comma that opens the clause of the cue at `cue`, when `subject` is
  /// the antecedent before it: a body's or a document's, whose words are its own. (Not
  /// `who`: `Walker, who charges $20,000 a speech, has lost …` is what another says of him;
  /// nor a cue that may name no speech, `which claimed responsibility`, `which first
  /// reported the story`.)
  private static func bodysWhich(before cue: Int, subject: NounPhrase, in s: SentenceCursor) -> Int? {
    let j = s.skippingCueModifiers(back: cue - 1)
    let verb = s.T[cue].lower
    guard j > s.r.lowerBound, j >= subject.tokens.upperBound, s.T[j].is("which"), s.T[j - 1].isMark(","), s.T[cue].has(.speechVerb),
      !Lexicon.weakCues.contains(verb), !Lexicon.verblessObjectCues.contains(verb)
    else { return nil }
    return j
  }

  /// The cues without a verb of evidence that found no subject of evidence, nor one whose
  /// finding is what people said (`a poll found 72 percent of voters said …` reports the
  /// voters) or what someone says (a cue in `inverted`, whose speaker follows it, after it:
  /// `The study shows an association, said Dr. Rachel Whitmer`) — unless one who rules
  /// found it (`rulings`: `the court found that the judge erred when she rejected …` is the
  /// court's finding); the subjects of the cues kept.
  private static func findings(_ found: [Cue], _ subjects: [(cue: Int, phrase: NounPhrase)], rulings: [Int], inverted: [Int])
    -> ([Cue], [(cue: Int, phrase: NounPhrase)])
  {
    let documentCues = Set(found.lazy.filter(\.needsEvidenceSubject).map(\.tokens.lowerBound))
    let speakersAfter = { (cue: Cue) in
      !rulings.contains(cue.tokens.lowerBound)
        && (subjects.contains { $0.phrase.tokens.lowerBound > cue.tokens.lowerBound && !documentCues.contains($0.cue) }
          || inverted.contains { $0 > cue.tokens.lowerBound })
    }
    let cues = found.filter { cue in !cue.needsEvidenceSubject || subjects.contains { $0.cue == cue.tokens.lowerBound } && !speakersAfter(cue) }
    return (cues, subjects.filter { subject in cues.contains { $0.tokens.lowerBound == subject.cue } })
  }

  /// `The council released a statement that said …`: who put out a record that is the
  /// object of a past verb — or, `afterAnyWord`, of whatever word comes before it (not one
  /// of receiving, `Police received a report that said …`): the clause's subject.
  private static func publisher(of record: NounPhrase, in s: SentenceCursor, afterAnyWord: Bool = false) -> NounPhrase? {
    let verb = record.tokens.lowerBound - 1
    guard verb >= s.r.lowerBound, afterAnyWord || verb > s.r.lowerBound && s.doc.tag(verb) == .vbd, !Lexicon.receivingVerbs.contains(s.T[verb]) else { return nil }
    return s.clauseSubject(before: record.tokens.lowerBound)
  }

  /// `We asked our followers which …`, `"Okay," I said.`: a first person right before the
  /// cue, outside quotes and headlines, is the article's own voice — a speaker no
  /// resolution names (inside a quote it is the quote's speaker, whom the quote names; and
  /// `what we call "infrastructure"` names a thing).
  private static func narrator(before at: Int, in s: SentenceCursor) -> NounPhrase? {
    let j = s.skippingCueModifiers(back: at - 1)
    guard j >= s.r.lowerBound, s.T[j].kind == .word, s.T[j].quote == nil, s.T[j].has(.pronoun), Lexicon.pronouns[s.T[j].lower] == .firstPerson, !s.isHeadline,
      !Lexicon.objectOnlyCues.contains(s.T[at].lower)
    else { return nil }
    return NounPhrase(tokens: j..<(j + 1), range: s.T[j].range, head: .pronoun(.firstPerson), role: nil)
  }

  /// `A woman claiming she was a nurse told police …`: the verb that follows what a cue
  /// qualifying its subject says (`SentenceCursor.mainVerb`) has that subject.
  private static func reducedRelativeSubject(ofVerb at: Int, _ subjects: [(cue: Int, phrase: NounPhrase)], in s: SentenceCursor) -> NounPhrase? {
    guard let earlier = subjects.last, s.mainVerb(afterQualifyingCue: earlier.cue, subject: earlier.phrase) == at else { return nil }
    return earlier.phrase
  }

  func subject(of cue: Cue) -> NounPhrase? { subjects.first { $0.cue == cue.tokens.lowerBound }?.phrase }
}
