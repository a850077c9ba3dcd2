/// The rule that attributed a claim. Its raw value is the name `--explain`, the JSON
/// output and the index show; code asks the case, never the string.
public enum AttributionRule: String, Sendable, CaseIterable, Codable {
  // Verb cues (`VerbCueSieve`).
  case subjectCueQuote = "subject-cue-quote"
  case subjectCueContent = "subject-cue-content"
  case subjectCueThenQuote = "subject-cue-then-quote"
  case quoteThenSubjectCue = "quote-then-subject-cue"
  case contentThenSubjectCue = "content-then-subject-cue"
  case parentheticalCue = "parenthetical-cue"
  case quoteThenCueSubject = "quote-then-cue-subject"
  case contentThenCueSubject = "content-then-cue-subject"
  case cueSubjectThenQuote = "cue-subject-then-quote"
  /// `Asked by Omar Bell whether …, Lima said …`: the one after `by` asked.
  case askedByAgent = "asked-by-agent"
  /// `The union was told by management that …`: the one after `by` told the subject.
  case toldByAgent = "told-by-agent"
  /// `As the Times reported, the mayor …`: a cue in an `as` clause reports the clause it is set off from.
  case asClauseCue = "as-clause-cue"
  /// `Says the tolls are fair.`: a sentence that opens with its cue left its speaker out.
  case elidedSubjectCue = "elided-subject-cue"
  // Other cues of one sentence.
  case participleContinuation = "participle-continuation"
  case possessiveClaim = "possessive-claim"
  case quotedAsSaying = "quoted-as-saying"
  case accordingTo = "according-to"
  case citingSource = "citing-source"
  case quoteDashSource = "quote-dash-source"
  case nameColonQuote = "name-colon-quote"
  case headlineClaimColonSource = "headline-claim-colon-source"
  case headlineSourceColonClaim = "headline-source-colon-claim"
  case cjkQuoteThenSpeakerCue = "cjk-quote-then-speaker-cue"
  case cjkSpeakerCueQuote = "cjk-speaker-cue-quote"
  case cjkSpeakerCueContent = "cjk-speaker-cue-content"
  // Across sentences and paragraphs.
  case transcriptQuestion = "transcript-question"
  case transcriptAnswer = "transcript-answer"
  case transcriptLabel = "transcript-label"
  case continuedReportedSpeech = "continued-reported-speech"
  case introducedByColon = "introduced-by-colon"
  case previousQuoteInParagraph = "previous-quote-in-paragraph"
  case nextQuoteInParagraph = "next-quote-in-paragraph"
  /// No cue and no other quote in the paragraph: the one named there, outside quotes.
  case nameInParagraph = "name-in-paragraph"
  /// A paragraph of its own under the quote that signs it: `— Hillary Clinton.`
  case signatureLine = "signature-line"
  /// A newsletter's source in brackets right after the quote: `“…” [Reuters.]`
  case bracketedSource = "bracketed-source"
  case previousParagraphSpeaker = "previous-paragraph-speaker"
  case introducedByPreviousParagraph = "introduced-by-previous-paragraph"
  case headlineRepeatsBodyQuote = "headline-repeats-body-quote"
  case headlineMainPerson = "headline-main-person"
  /// No rule found a speaker; the quote is still reported.
  case unattributed
}
