/// One attributed piece of speech: who said what, how we know, and how sure we are.
public struct Quote: Sendable, Hashable {
  public enum Kind: String, Sendable, Codable {
    /// The content holds quotation marks, also when only partly quoted.
    case direct
    /// Reported speech with no quotation marks.
    case indirect
  }
  /// What the quoted words are doing in the sentence.
  public enum Form: String, Sendable, Codable {
    /// A clause or more, said by someone.
    case statement
    /// Reported speech that quotes a fragment verbatim (`said the call was "excellent"`).
    case partial
    /// Reported speech with no quotation marks at all.
    case reported
  }

  /// The words said, without quote marks or cue.
  public var content: TextRange
  public var kind: Kind
  public var form: Form
  /// The verbatim fragments inside reported speech (`alt_spans` for the scorer).
  public var fragments: [TextRange]
  /// Index into the analysis's speakers; nil when no rule could name one.
  public var speaker: Int?
  /// The words that name the speaker here (`he`, `the spokesperson`, `Zheng`).
  public var speakerMention: TextRange?
  /// Who relayed it: `CNBC quoted X as saying`, `according to Xinhua`.
  public var via: Int?
  /// The reporting words (`said`, `according to`, `quoted … as saying`).
  public var cue: TextRange?
  /// The attribution rule that decided the speaker, for `--explain`.
  public var rule: AttributionRule
  public var confidence: Double
  /// The other half of a split quote (`"A," Zheng said, "B."`).
  public var linkedTo: Int?
  /// A claim made inside another one (`the report said that officials suggested …`).
  public var nested: Bool
  public var inHeadline: Bool
  public var block: Int
}
