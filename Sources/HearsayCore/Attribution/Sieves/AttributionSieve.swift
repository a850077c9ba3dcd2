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
    var cues = found
    var subjects: [(cue: Int, phrase: NounPhrase)] = []
    var evidenceEnds: [Int] = []
    for cue in found {
      switch cue.kind {
      case .verb, .quotedAsSaying:
        let at = cue.isInfinitive ? s.governingVerb(ofInfinitive: cue.tokens.lowerBound) : cue.tokens.lowerBound
        // (Not across a verb of evidence: `a poll found 72 percent of voters said …`.)
        let floor = at.flatMap { at in evidenceEnds.last { $0 <= at } } ?? s.r.lowerBound
        if let at, var p = s.finder.subject(before: at, floor: floor) ?? s.appositiveSubject(before: at) {
          // `Trump's campaign released a statement saying …`, `Cruz is making a pitch to
          // voters saying …`: of a thing that says, its author speaks.
          if s.T[at].lower.endsWith("ing"), s.finder.namesThing(p),
            p.tokens.lowerBound > s.r.lowerBound, let author = s.clauseSubject(before: p.tokens.lowerBound)
          {
            p = author
          }
          // `records show`, `a poll found`: a verb of evidence with no record or finding for its
          // subject is no cue (the words up to the verb, as the subject of `the auditor's
          // report showed` is its owner).
          if cue.needsDocumentSubject {
            guard s.finder.namesEvidence(p.tokens.lowerBound..<max(p.tokens.upperBound, at)) else { continue }
            evidenceEnds.append(cue.tokens.upperBound)
          }
          subjects.append((cue.tokens.lowerBound, p))
        }
      default: break
      }
    }
    // (Nor is one whose finding is what people said: `a poll found 72 percent of voters said
    // …` reports the voters.)
    let documentCues = Set(found.lazy.filter(\.needsDocumentSubject).map(\.tokens.lowerBound))
    let speakersAfter = { (cue: Cue) in
      subjects.contains { $0.phrase.tokens.lowerBound > cue.tokens.lowerBound && !documentCues.contains($0.cue) }
    }
    cues.removeAll { cue in cue.needsDocumentSubject && (!subjects.contains { $0.cue == cue.tokens.lowerBound } || speakersAfter(cue)) }
    subjects.removeAll { subject in !cues.contains { $0.tokens.lowerBound == subject.cue } }
    self.cues = cues
    self.subjects = subjects
    var stops: [Int] = []
    stops.reserveCapacity(subjects.count * 2)
    stops.append(contentsOf: subjects.lazy.map(\.phrase.tokens.lowerBound))
    stops.append(contentsOf: subjects.lazy.map(\.cue))
    self.stops = stops
  }

  func subject(of cue: Cue) -> NounPhrase? { subjects.first { $0.cue == cue.tokens.lowerBound }?.phrase }
}
