/// What must hold of every analysis, whatever the input: the generated-article tests and
/// the libFuzzer target (`Fuzz/`) both check it, so a fuzzer finding is a broken promise
/// to every consumer of offsets, not just a crash.
extension ArticleAnalysis {
  /// Each broken invariant, described; empty when all hold.
  public func invariantViolations() -> [String] {
    var problems: [String] = []
    let n = article.storage.count
    func inBounds(_ r: TextRange) -> Bool { r.start >= 0 && r.end <= n && r.start <= r.end }
    var last = Int.min
    for (i, q) in quotes.enumerated() {
      if !inBounds(q.content) { problems.append("quote \(i) out of bounds: \(q.content)") }
      if q.content.start < last { problems.append("quote \(i) out of order") }
      last = q.content.start
      if let s = q.speaker {
        if s >= speakers.count { problems.append("quote \(i) names speaker \(s) of \(speakers.count)") }
        else if speakers[s].mentions.isEmpty && q.rule != .unattributed { problems.append("quote \(i): speaker without a mention") }
      }
      if let v = q.via, v >= speakers.count { problems.append("quote \(i) relayed by speaker \(v) of \(speakers.count)") }
      for r in [q.cue, q.speakerMention].compactMap({ $0 }) + q.fragments where !inBounds(r) { problems.append("quote \(i): span \(r) out of bounds") }
      if let l = q.linkedTo, l >= quotes.count { problems.append("quote \(i) linked to \(l) of \(quotes.count)") }
      if inBounds(q.content), article.substring(q.content).unicodeScalars.count != q.content.length {
        problems.append("quote \(i): text is not the slice it names")
      }
    }
    for t in terms where !inBounds(t) { problems.append("term \(t) out of bounds") }
    return problems
  }
}
