/// Two readers on one collection each save their own state; without merging, the last
/// to save would silently undo the other's stars and read marks. A save therefore merges
/// three ways: what this process loaded (`base`), what it has now (`ours`), and what is on
/// disk (`theirs`). Each change this process made since loading wins; everything else is
/// taken from disk.
extension ReadingState {
  public static func merge(base: ReadingState, ours: ReadingState, theirs: ReadingState) -> ReadingState {
    var merged = theirs
    merged.version = max(ours.version, theirs.version)
    merged.articles = mergeKeyed(base: base.articles, ours: ours.articles, theirs: theirs.articles)
    merged.marks = mergeKeyed(base: base.marks, ours: ours.marks, theirs: theirs.marks)
    // Stars are a set with an order: theirs, minus what we unstarred, plus what we starred.
    func id(_ s: StarredQuote) -> String { "\(s.quote.path)#\(s.quote.start)-\(s.quote.end)" }
    let baseIDs = Set(base.starred.map(id))
    let ourIDs = Set(ours.starred.map(id))
    let removed = baseIDs.subtracting(ourIDs)
    merged.starred = theirs.starred.filter { !removed.contains(id($0)) }
    let present = Set(merged.starred.map(id))
    merged.starred += ours.starred.filter { !baseIDs.contains(id($0)) && !present.contains(id($0)) }
    // History: theirs, then the searches we added, most recent last.
    let added = ours.history.filter { !base.history.contains($0) }
    merged.history = theirs.history.filter { !added.contains($0) } + added
    if merged.history.count > historyLimit { merged.history.removeFirst(merged.history.count - historyLimit) }
    // Corrections: theirs, then the ones we made.
    merged.speakerCorrections = theirs.speakerCorrections + ours.speakerCorrections.dropFirst(base.speakerCorrections.count)
    if ours.selectedArticle != base.selectedArticle { merged.selectedArticle = ours.selectedArticle }
    if ours.openArticle != base.openArticle { merged.openArticle = ours.openArticle }
    return merged
  }

  private static func mergeKeyed<V: Equatable>(base: [String: V], ours: [String: V], theirs: [String: V]) -> [String: V] {
    var merged = theirs
    for key in Set(base.keys).union(ours.keys) where ours[key] != base[key] {
      merged[key] = ours[key]  // changed or removed here
    }
    return merged
  }
}
