/// Builds the public result from the document: quotes in reading order with kinds and
/// fragments, and only the speakers somebody is quoted by or through.
enum OutputAssembler {
  private static func isCourtesy(_ role: String) -> Bool { Lexicon.courtesyTitles.contains(role.lowercased()) }

  /// The role a speaker is shown with: the first that says what they do — an abbreviated
  /// title alone (`Dr.`, `Sen.`) only when nothing fuller was said (`Dr. Ruth Alvarez, the
  /// agency's director` is the agency's director).
  private static func role(among roles: [String]) -> String? {
    let roles = roles.filter { !isCourtesy($0) }
    let isAbbreviatedTitle = { (role: String) in role.hasSuffix(".") && Lexicon.titleAbbreviations.contains(String(role.dropLast()).lowercased()) }
    return roles.first { !isAbbreviatedTitle($0) } ?? roles.first
  }

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
      speakers.append(Speaker(name: entity.name, kind: entity.kind, aliases: aliases, role: Self.role(among: entity.roles),
                              title: entity.roles.first(where: Self.isCourtesy), mentions: entity.mentions.sorted()))
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
