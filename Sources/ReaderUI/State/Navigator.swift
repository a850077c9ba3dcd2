/// Where quote-to-quote and speaker-to-speaker keys lead from the selected quote.
struct Navigator {
  let o: OpenArticle

  init(_ o: OpenArticle) { self.o = o }

  func target(_ action: Action, count: Int) -> Int? {
    let quotes = o.analysis.quotes
    guard !quotes.isEmpty else { return nil }
    let listed = o.speakerFilter == nil ? Array(quotes.indices) : o.listedQuotes
    var current = o.selectedQuote
    for _ in 0..<max(1, count) {
      guard let next = step(action, from: current, listed: listed) else { return current == o.selectedQuote ? nil : current }
      current = next
    }
    return current
  }

  private func step(_ action: Action, from current: Int?, listed: [Int]) -> Int? {
    let quotes = o.analysis.quotes
    let here = current.flatMap { listed.firstIndex(of: $0) }
    let speaker = current.flatMap { quotes[$0].speaker } ?? o.speakerFilter
    switch action {
    case .nextQuote:
      guard let h = here else { return listed.first }
      return h + 1 < listed.count ? listed[h + 1] : nil
    case .previousQuote:
      guard let h = here else { return listed.last }
      return h > 0 ? listed[h - 1] : nil
    case .nextSpeakerChange:
      return listed.first { $0 > (current ?? -1) && quotes[$0].speaker != speaker }
    case .previousSpeakerChange:
      // The start of the previous run of another speaker's quotes.
      guard let before = listed.last(where: { $0 < (current ?? Int.max) && quotes[$0].speaker != speaker }) else { return nil }
      let other = quotes[before].speaker
      var start = before
      while let prev = listed.last(where: { $0 < start }), quotes[prev].speaker == other { start = prev }
      return start
    case .nextSameSpeaker:
      return listed.first { $0 > (current ?? -1) && quotes[$0].speaker == speaker }
    case .previousSameSpeaker:
      return listed.last { $0 < (current ?? Int.max) && quotes[$0].speaker == speaker }
    default:
      return nil
    }
  }
}
