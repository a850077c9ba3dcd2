/// The name a sentence is about: the one that opens it as the subject of its verb
/// (`Political analyst David Bositis agreed …`, `Trump himself was delighted …`), which a
/// later `he` or `she` most likely refers to.
struct SentenceSubject {
  let doc: Document
  /// Mentions at these offsets are passed over (a name inside a quote is nobody's subject).
  let skip: (Int) -> Bool

  /// The entity named as the subject at the head of sentence `si`, if that name comes
  /// before `limit`: only a title, a role or capitalised words before it, its finite verb
  /// after it (past an adverb or `himself`). A name that only qualifies a role and the
  /// name after it (`McConnell spokesman Don Stewart`) gives way to that name.
  func entity(inSentence si: Int, before limit: Int) -> Int? {
    let sentence = doc.sentences[si]
    let scope = TextRange(sentence.range.start, min(sentence.range.end, limit))
    let mentions = doc.entities.mentions(in: scope).filter { !skip($0.offset) }
    guard let first = mentions.first, let k = doc.tokenIndex(startingAt: first.offset),
      (sentence.tokens.lowerBound..<k).allSatisfy(opensName)
    else { return nil }
    var mention = first
    var next = tokenAfter(mention)
    // `McConnell spokesman Don Stewart`: a name, a role, and the name the role is of.
    var role = next
    while role < sentence.tokens.upperBound, role - next < 3, doc.tokens[role].kind == .word,
      doc.tokens[role].has(.roleNoun) || doc.tokens[role].has(.title)
    {
      role += 1
    }
    if role > next, role < sentence.tokens.upperBound, let named = mentions.first(where: { $0.offset == doc.tokens[role].range.start }) {
      mention = named
      next = tokenAfter(named)
    }
    while next < sentence.tokens.upperBound, isAdverbOrReflexive(next) { next += 1 }
    guard next < sentence.tokens.upperBound, doc.tokens[next].range.start < limit, doc.tokens[next].kind == .word,
      doc.tag(next)?.isFiniteVerb == true
    else { return nil }
    return mention.entity
  }

  /// Words that may come before a subject's name: a title or role (`Political analyst`,
  /// `Former Rep.`), a determiner, a capitalised word.
  private func opensName(_ k: Int) -> Bool {
    let t = doc.tokens[k]
    if t.isMark(".") { return true }
    return t.kind == .word && (t.isCapitalised || t.has(.title) || t.has(.roleNoun) || t.has(.determiner))
  }

  private func isAdverbOrReflexive(_ k: Int) -> Bool {
    guard doc.tokens[k].kind == .word else { return false }
    let tag = doc.tag(k)
    return tag == .rb || tag == .prp && doc.tokens[k].lower.hasSuffix("self")
  }

  /// The first token after the name mentioned at `mention`.
  private func tokenAfter(_ mention: (offset: Int, entity: Int)) -> Int {
    let end = doc.entities[mention.entity].mentions.first { $0.start == mention.offset }?.end ?? mention.offset + 1
    return doc.tokens.partitionPoint { $0.range.start < end }
  }
}
