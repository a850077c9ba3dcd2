/// Builds the public result from the document: quotes in reading order with kinds and
/// fragments, and only the speakers somebody is quoted by or through.
enum OutputAssembler {
  static func assemble(_ doc: Document) -> ArticleAnalysis {
    // Sorted on a copy of the claims alone: a closure reading `doc` would copy the document.
    let claims = doc.claims
    let order = claims.indices.sorted { (claims[$0].content.start, claims[$0].content.end) < (claims[$1].content.start, claims[$1].content.end) }
    // Entity → speaker and claim → quote, as arrays indexed by the old numbers.
    var newIndex = [Int?](repeating: nil, count: doc.entities.entities.count)
    var speakers: [Speaker] = []
    func speakerIndex(_ e: Int?) -> Int? {
      guard let e else { return nil }
      if let i = newIndex[e] { return i }
      let entity = doc.entities[e]
      var aliases: [String] = []
      for alias in entity.aliases where alias != entity.name { aliases.appendOnce(alias) }
      aliases.sort { $0.count > $1.count }
      let isCourtesy = { (role: String) in Lexicon.courtesyTitles.contains(role.lowercased()) }
      speakers.append(Speaker(name: entity.name, kind: entity.kind, aliases: aliases, role: entity.roles.first { !isCourtesy($0) },
                              title: entity.roles.first(where: isCourtesy), mentions: entity.mentions.sorted()))
      newIndex[e] = speakers.count - 1
      return speakers.count - 1
    }
    var claimToQuote = [Int](repeating: 0, count: claims.count)
    for (n, i) in order.enumerated() { claimToQuote[i] = n }
    var quotes: [Quote] = []
    for i in order {
      let c = doc.claims[i]
      let fragments = c.quote == nil ? doc.quotes(overlapping: c.content).map { doc.quotes[$0].content } : []
      // Direct when the words are a quote, or reported speech that opens or closes on quoted
      // words (`called it an ISIS "co-founder"`); a fragment inside (`Trump's 'Incredibly
      // Hateful Rhetoric' Destroying GOP`) leaves it indirect, partial in form.
      let touches = fragments.contains { $0.start - c.content.start <= 1 || c.content.end - $0.end <= 2 }
      let kind: Quote.Kind = c.quote != nil || touches ? .direct : .indirect
      let form: Quote.Form = c.quote != nil ? .statement : (fragments.isEmpty ? .reported : .partial)
      var mention: TextRange? = nil
      if case .phrase(let p) = c.speaker { mention = p.range }
      if case .headlineRole(let p) = c.speaker { mention = p.range }
      if case .unnamed(_, let m) = c.speaker { mention = m }
      quotes.append(Quote(content: c.content, kind: kind, form: form, fragments: fragments, speaker: speakerIndex(c.entity),
                          speakerMention: mention, via: speakerIndex(c.viaEntity), cue: c.cue, rule: c.rule, confidence: c.confidence,
                          linkedTo: c.linkedTo.flatMap { claims.indices.contains($0) ? claimToQuote[$0] : nil }, nested: c.nested, inHeadline: c.headline, block: c.block))
    }
    return ArticleAnalysis(article: doc.article, quotes: quotes, speakers: speakers, terms: doc.terms.sorted(), diagnostics: doc.diagnostics)
  }
}
