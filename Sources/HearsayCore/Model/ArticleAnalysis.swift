/// Everything the parsing core found in one article: the input to the reader, the index
/// and every CLI output format.
public struct ArticleAnalysis: Sendable {
  public var article: Article
  public var quotes: [Quote]
  public var speakers: [Speaker]
  /// Scare-quoted labels and titles: quoted, but nobody's speech.
  public var terms: [TextRange]
  public var diagnostics: [Diagnostic]

  /// The quotes whose speaker is `speaker`, in reading order.
  public func quotes(by speaker: Int) -> [Quote] { quotes.filter { $0.speaker == speaker } }
  /// Number of quotes each speaker has, by speaker index.
  public var quoteCounts: [Int] {
    var counts = Array(repeating: 0, count: speakers.count)
    for q in quotes { if let s = q.speaker { counts[s] += 1 } }
    return counts
  }
}
