/// The Penn Treebank part-of-speech tags, as GUM and the English Web Treebank mark them.
/// The order is the order of the tagger model's classes.
public enum PennTag: UInt8, CaseIterable, Sendable {
  case nn, nns, nnp, nnps, prp, prpPossessive, wp, wpPossessive, ex
  case vb, vbd, vbg, vbn, vbp, vbz, md
  case jj, jjr, jjs, rb, rbr, rbs, wrb, rp
  case dt, pdt, wdt, cd, `in`, to, cc, pos
  case comma, period, colon, openQuote, closeQuote, leftBracket, rightBracket, hyph, nfp, dollar, hash, sym
  case uh, fw, ls, add, afx, gw

  /// The tag as the treebanks write it.
  public var name: String { Self.names[Int(rawValue)] }

  /// The tag a treebank's name stands for.
  public init?(name: String) {
    guard let i = Self.names.firstIndex(of: name) else { return nil }
    self.init(rawValue: UInt8(i))
  }

  private static let names = [
    "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "WP", "WP$", "EX",
    "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD",
    "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "WRB", "RP",
    "DT", "PDT", "WDT", "CD", "IN", "TO", "CC", "POS",
    ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP", "$", "#", "SYM",
    "UH", "FW", "LS", "ADD", "AFX", "GW",
  ]

  /// Any verb form, modals included.
  public var isVerb: Bool { rawValue >= PennTag.vb.rawValue && rawValue <= PennTag.md.rawValue }
  /// A common or proper noun, singular or plural.
  public var isNoun: Bool { self == .nn || self == .nns || self == .nnp || self == .nnps }
  public var isProperNoun: Bool { self == .nnp || self == .nnps }
  public var isCommonNoun: Bool { self == .nn || self == .nns }
  /// A word of a closed class — preposition, determiner, conjunction, pronoun, wh-word —
  /// which never starts a name.
  public var isFunctionWord: Bool {
    switch self {
    case .in, .dt, .pdt, .cc, .to, .md, .prp, .prpPossessive, .wp, .wpPossessive, .wdt, .wrb, .ex: true
    default: false
    }
  }
  /// An adjective, plain, comparative or superlative.
  public var isAdjective: Bool { self == .jj || self == .jjr || self == .jjs }
  /// A determiner, an adjective or a possessive: a noun phrase goes on after it.
  public var modifiesNoun: Bool { self == .dt || self == .pdt || self == .jj || self == .prpPossessive }
  /// A verb that can head a clause on its own: past, present, or a modal.
  public var isFiniteVerb: Bool { self == .vbd || self == .vbp || self == .vbz || self == .md }
}
