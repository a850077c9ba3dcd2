/// A sentence: a run of tokens inside one paragraph. A quote never straddles a sentence
/// boundary, so `"A. B," she said` stays one sentence with its attribution.
public struct Sentence: Sendable, Hashable {
  /// Indices into the document's token array.
  public var tokens: Range<Int>
  public var range: TextRange
  /// Index of the block (paragraph) it lies in.
  public var block: Int
}
