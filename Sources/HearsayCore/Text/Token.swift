/// A word, number or punctuation mark with its code-point span. Quote marks are tokens
/// too, so patterns can see where a quote opens and closes.
public struct Token: Sendable, Hashable {
  public enum Kind: Sendable, Hashable { case word, punctuation, quoteOpen, quoteClose, ideograph }
  public var range: TextRange
  public var kind: Kind
  public var text: String
  public var lower: String
  /// Index of the top-level quote whose marks or content this token belongs to.
  public var quote: Int?
  /// The word lists its lowercase form is on.
  public var flags: WordFlags = []
  /// The same without a possessive ending: what a name's words are looked up by.
  public var bareFlags: WordFlags = []
  /// Starts with a capital letter: the cheap signal names and sentence starts share.
  /// Stored, not computed: patterns ask it of the same token many times.
  public let isCapitalised: Bool

  /// A token spelled as `entry` says; only words carry flags.
  init(_ a: Int, _ b: Int, _ kind: Kind, _ entry: Vocabulary.Entry, quote: Int?) {
    range = TextRange(a, b)
    self.kind = kind
    text = entry.text
    lower = kind == .word ? entry.lower : entry.text
    self.quote = quote
    flags = kind == .word ? entry.flags : []
    bareFlags = kind == .word ? entry.bareFlags : []
    isCapitalised = entry.isCapitalised
  }

  public func has(_ f: WordFlags) -> Bool { flags.contains(f) }

  public var isWord: Bool { kind == .word || kind == .ideograph }
  public func `is`(_ word: String) -> Bool { lower == word }
}
