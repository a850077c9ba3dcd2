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

  public func has(_ f: WordFlags) -> Bool { flags.contains(f) }

  public var isWord: Bool { kind == .word || kind == .ideograph }
  /// Starts with a capital letter: the cheap signal names and sentence starts share.
  public var isCapitalised: Bool { text.unicodeScalars.first?.isUppercaseLetter ?? false }
  public func `is`(_ word: String) -> Bool { lower == word }
}
