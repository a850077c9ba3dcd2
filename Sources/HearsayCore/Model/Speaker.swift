/// Someone or something quoted in an article, after every mention of them (`Zheng Jian`,
/// `Zheng`, `he`, `the professor`) has been resolved to one entry.
public struct Speaker: Sendable, Hashable {
  public enum Kind: String, Sendable, Codable {
    case person, organisation, outlet
    /// A group named as one (`Republicans`, `Democrats`): never `he` or `she`.
    case group
    /// A place that speaks through metonymy (`Washington said`): never a person.
    case place
    /// Named only by a role (`an analyst`, `officials`): never given a guessed name.
    case unnamed
  }
  public var name: String
  public var kind: Kind
  /// Other names seen for it, longest first.
  public var aliases: [String]
  /// Role or affiliation from appositives and titles (`spokesperson of the …`).
  public var role: String?
  /// The courtesy title the article addresses them by (`Mr.`, `Ms.`): not a role, but it
  /// tells the collection's speakers apart by gender (`SpeakerIdentity`).
  public var title: String?
  public var mentions: [TextRange]
}
