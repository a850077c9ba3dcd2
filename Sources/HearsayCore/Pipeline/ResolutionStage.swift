/// Turns every claim's speaker phrase into one entity of the article: names through the
/// registry (surnames, either order, titles dropped), pronouns to the nearest compatible
/// speaker or mention before them, roles to the entity holding that role, and unnamed
/// roles to an unnamed speaker — never to a guessed name.
struct ResolutionStage: AnalysisStage {
  let name = "resolve"

  func apply(to doc: inout Document) {
    // Each claim's position once: a claim is copied to be read whole, and sorting asks often.
    let positions = doc.claims.map(position)
    let order = positions.indices.sorted { positions[$0] < positions[$1] }
    let claimed = Self.merged(doc.claims.map(\.content))
    var spoken: [Spoken] = []
    for i in order {
      var claim = doc.claims[i]
      if case .phrase(let p) = claim.speaker, p.isNarrator {
        if let turn = doc.claims.indices.first(where: { $0 != i && doc.claims[$0].content.contains(p.range.start) }) {
          // `Vasquez: … I told the council that …`: the first person inside what someone
          // said is that someone.
          claim.speaker = .sameAs(turn)
        } else {
          // `We asked our readers …`: the article's own voice is its author's, one unnamed
          // speaker whom no later pronoun means.
          claim.entity = doc.entities.registerUnnamed(Lexicon.authorSpeaker, at: p.range)
        }
      } else if case .phrase(let p) = claim.speaker {
        claim.entity = resolve(p, in: &doc, spoken: spoken, claimed: claimed, block: claim.block)
        if let e = claim.entity {
          doc.entities.addMention(p.range, to: e)
          let asked = claim.cue.flatMap { doc.tokenIndex(startingAt: $0.start) }.map { Lexicon.requestVerbs.contains(doc.tokens[$0].lower) } ?? false
          spoken.append(Spoken(offset: p.range.start, entity: e, block: claim.block, asked: asked, voice: voice(before: p, doc)))
        }
      }
      if case .entity(let e) = claim.speaker { claim.entity = e }
      if case .unnamed(let name, let mention) = claim.speaker {
        claim.entity = doc.entities.registerUnnamed(name, at: mention)
      }
      if let via = claim.via {
        claim.viaEntity = resolve(via, in: &doc, spoken: [], claimed: claimed, block: claim.block)
        if let e = claim.viaEntity { doc.entities.addMention(via.range, to: e) }
      }
      doc.claims[i] = claim
    }
    followSharedSpeakers(&doc, in: doc.claims.indices)
    HeadlineSpeakers.resolve(&doc, holder: { holder(of: $0, doc: $1, definite: true) })
    // (Again for those still without one: an interview's `A:` turns have their speaker only
    // now, and the `I` inside them is theirs.)
    followSharedSpeakers(&doc, in: doc.claims.indices.filter { doc.claims[$0].entity == nil })
  }

  /// Claims that share another's speaker, following chains. Nobody relays their own words
  /// (`X said that …, she said` nests X's claim in her own).
  private func followSharedSpeakers(_ doc: inout Document, in claims: some Sequence<Int>) {
    for i in claims {
      doc.claims[i].entity = follow(doc, i, depth: 0)
      if doc.claims[i].viaEntity == doc.claims[i].entity { doc.claims[i].viaEntity = nil }
    }
  }

  /// A speaker phrase already resolved, in text order.
  private struct Spoken {
    let offset: Int
    let entity: Int
    let block: Int
    /// Whether the claim was a question (`A reporter asked Sanders how …`): the pronoun of
    /// the answer (`He replied`) is the one asked.
    let asked: Bool
    /// The gender of the person who spoke for the entity, when a role noun for them came
    /// before it (`a spokeswoman for the council said`, .some(nil) for `spokesperson`):
    /// `she` after may mean them, and so the entity.
    var voice: EntityRegistry.Gender?? = nil
  }

  private func position(_ c: Claim) -> Int {
    if case .phrase(let p) = c.speaker { return p.range.start }
    return c.cue?.start ?? c.content.start
  }

  private func follow(_ doc: Document, _ i: Int, depth: Int) -> Int? {
    if case .sameAs(let j) = doc.claims[i].speaker, depth < 8, j >= 0, j < doc.claims.count, j != i { return follow(doc, j, depth: depth + 1) }
    return doc.claims[i].entity
  }

  private func resolve(_ p: NounPhrase, in doc: inout Document, spoken: [Spoken], claimed: [TextRange], block: Int) -> Int? {
    switch p.head {
    case .name(let tokens):
      let name = doc.tokens[tokens].wordTokens
      // The forms the mention stage registered (`O’Brien's` → `o'brien`), and the gender a
      // title says (`Mr. Lima` is not `Michelle Lima`).
      let words = name.map(\.bare)
      let kind = NameClassifier.kind(of: name, asPerson: true)
      let span = doc.span(tokens)
      let entity = doc.entities.lookup(words, before: p.range.end, kind: kind, gender: doc.genderFromTitle(before: tokens.lowerBound))
        ?? doc.entities.register(words: words, display: doc.text(span), kind: kind, at: span)
      if let role = p.role { doc.entities.addRole(doc.owned(role, at: p.range.start), to: entity) }
      return entity
    case .pronoun(let kind):
      switch antecedent(kind, doc: doc, spoken: spoken, claimed: claimed, offset: p.range.start, block: block) {
      case .entity(let e): return e
      case .unnamed(let subject): return doc.entities.registerUnnamed(doc.text(subject), at: subject)
      case nil: return nil
      }
    case .role(let definite):
      if let e = surnameSpelledAsTitle(p, doc: doc) ?? holder(of: p, doc: doc, definite: definite) ?? sameUnnamedOrganisation(as: p, doc: doc)
        ?? sameUnnamedPerson(as: p, doc: doc)
        ?? (definite ? describedPerson(p, doc: doc, spoken: spoken, claimed: claimed, block: block) : namedAfterLede(p, doc: doc, block: block) ?? namedNext(p, doc: doc))
      {
        return e
      }
      return doc.entities.registerUnnamed(doc.text(p.range), at: p.range)
    }
  }

  /// `Rep. Steve King … King said`, `Angela Bishop, a nurse, … Bishop said`: a title's word
  /// alone, capitalised with no article, is the surname of a person named so before it.
  private func surnameSpelledAsTitle(_ p: NounPhrase, doc: Document) -> Int? {
    guard p.tokens.count == 1, let k = p.tokens.first, doc.tokens[k].kind == .word, doc.tokens[k].isCapitalised, !doc.tokens[k].isInCapitals
    else { return nil }
    let word = doc.tokens[k].bare
    guard let e = doc.entities.lookup([word], before: p.range.start, kind: .person), doc.entities[e].kind == .person,
      doc.entities[e].words.count > 1, doc.entities[e].words.last == word
    else { return nil }
    return e
  }

  private func compatible(_ kind: Lexicon.PronounKind, _ e: EntityRegistry.Entity) -> Bool {
    switch kind {
    case .male, .female: return e.kind == .person && EntityRegistry.gender(e.gender, fits: kind)
    case .neuterSingular: return (e.kind == .organisation || e.kind == .outlet) && !e.isPlace || Self.isUnnamedOrganisationOrDocument(e)
    case .plural: return e.kind != .person && !e.isPlace
    case .firstPerson: return false
    }
  }

  /// `the company`, `the ministry`, `a broadcaster`, `the congress`, `the letter`: an unnamed
  /// speaker whose head is a singular noun of an organisation, an outlet or a document (not
  /// `the authorities`, `the documents`).
  private static func isUnnamedOrganisationOrDocument(_ e: EntityRegistry.Entity) -> Bool {
    guard e.kind == .unnamed, let head = head(of: e.words) else { return false }
    let isOne = { (noun: String) in
      Lexicon.organisationHeads.contains(noun) || Lexicon.companyNouns.contains(noun) || Lexicon.outletNouns.contains(noun)
        || Lexicon.documentNouns.contains(noun)
    }
    let singular = Lexicon.singular(ofPlural: head)
    return isOne(head) && !(singular.map(isOne) ?? false)
  }

  /// `he` or `she` after a speaker introduced as one new person who asked nothing (`A
  /// harbour master said … He added …`): only as the paragraph's last speaker, and with no
  /// name that fits between them (`… a judge refused. Megyn was incredulous. “…,” she
  /// said`), as a role phrase says less of who is meant than a name.
  /// (A definite role, `The mayor said … He added …`, only where no one the pronoun fits is
  /// surely a person named before it: then the role is the one person there is to mean.)
  private func continuesUnnamed(_ kind: Lexicon.PronounKind, _ s: Spoken, before offset: Int, _ doc: Document, spoken: [Spoken]) -> Bool {
    let e = doc.entities[s.entity]
    // (The article's names are searched only for a definite role: most speakers are none.)
    guard !s.asked, e.kind == .unnamed,
      let gender = unnamedPersonGender(e, doc, definite: !e.isIndefinite && (Self.ownsSomeoneNew(e) || !namesAPerson(kind, before: offset, since: max(0, s.block - 1), doc, spoken))),
      EntityRegistry.gender(gender, fits: kind)
    else { return false }
    return noneFits(kind, between: s.offset, and: offset, doc)
  }

  /// Whether `s` was a body a person spoke for (`A spokesman for the Rail Delivery Group
  /// said …`) whom a pronoun of `kind` fits, with no one it fits named since: `he said`
  /// after is the same voice.
  private func speaksFor(_ kind: Lexicon.PronounKind, _ s: Spoken, before offset: Int, _ doc: Document) -> Bool {
    guard let voice = s.voice, doc.entities[s.entity].kind != .person, EntityRegistry.gender(voice, fits: kind) else { return false }
    return noneFits(kind, between: s.offset, and: offset, doc)
  }

  /// Whether no mention outside quotes after `start` and before `end` is one a pronoun of `kind` fits.
  private func noneFits(_ kind: Lexicon.PronounKind, between start: Int, and end: Int, _ doc: Document) -> Bool {
    !doc.entities.mentions(in: TextRange(start + 1, end)).contains { !insideQuote(doc, $0.offset) && compatible(kind, doc.entities[$0.entity]) }
  }

  /// The gender of the person a singular role noun and `for` right before `p` name
  /// (`a spokeswoman for | the council`), if they do.
  private func voice(before p: NounPhrase, _ doc: Document) -> EntityRegistry.Gender?? {
    let k = p.tokens.lowerBound
    guard k >= 2, doc.tokens[k - 1].is("for") else { return nil }
    let noun = doc.tokens[k - 2]
    guard noun.kind == .word, !noun.isCapitalised, noun.has(.title) || noun.has(.roleNoun), Lexicon.singularOfPluralRole(noun.lower) == nil,
      doc.tag(k - 2) == .nn
    else { return nil }
    return .some(Lexicon.genderedTitles[noun.lower])
  }

  /// Whether a name surely a person's (`salient`), whom a pronoun of `kind` fits, is
  /// mentioned outside quotes before `offset`.
  private func namesAPerson(_ kind: Lexicon.PronounKind, before offset: Int, since block: Int, _ doc: Document, _ spoken: [Spoken]) -> Bool {
    doc.entities.mentions(in: TextRange(doc.blocks[block].range.start, offset)).contains {
      compatible(kind, doc.entities[$0.entity]) && !insideQuote(doc, $0.offset) && salient(doc, $0.entity, spoken)
    }
  }

  /// `the prime minister's principal secretary` holds no office of `the prime minister`:
  /// whether the roles hold a head's word only as an owner's (before `'s`) — or, `asQualifier`,
  /// also before a noun of people it qualifies (`Its general manager` holds no office of
  /// `the auditor general`).
  private static func holdsOnlyAsQualifier(_ heads: Set<String>, _ roles: [String], asQualifier: Bool) -> Bool {
    var qualifies = false
    for role in roles {
      let words = role.split(separator: " ")
      for (i, word) in words.enumerated() {
        let possessive = word.hasSuffix("'s") || word.hasSuffix("’s")
        let bare = (possessive ? word.dropLast(2) : word.hasSuffix(",") ? word.dropLast() : word).lowercased()
        guard heads.contains(bare) else { continue }
        // (Before a noun of people, `manager`, `spokesman`: not a title's abbreviation,
        // `Chairman Rep.`, nor anything else, `adviser who`, `chairman of`.)
        let next = asQualifier && i + 1 < words.count && !word.hasSuffix(",") ? words[i + 1].lowercased() : nil
        let beforePersonNoun = next.map { !$0.hasSuffix(".") && !WordFlags.of($0).isDisjoint(with: [.title, .roleNoun, .animate]) } == true
        if !possessive && !beforePersonNoun { return false }
        qualifies = true
      }
    }
    return qualifies
  }

  /// `the head of a small contracting firm`, `the mother of a victim`: a definite role
  /// whose `of` takes an indefinite phrase introduces someone new, as `a` would — no
  /// epithet of a person named before (`the Vermont senator`).
  private static func ownsSomeoneNew(_ e: EntityRegistry.Entity) -> Bool {
    zip(e.words, e.words.dropFirst()).contains { $0.0 == "of" && Lexicon.indefiniteArticles.contains($0.1) }
  }

  /// `A senior official said … The official told …`: a phrase of `the` and one noun is the
  /// unnamed person introduced before with that noun at its head.
  private func sameUnnamedPerson(as p: NounPhrase, doc: Document) -> Int? {
    let words = doc.tokens[p.tokens].filter { $0.kind == .word }.map(\.bare)
    guard words.count == 2, doc.tokens[p.tokens.lowerBound].is("the"), let head = words.last else { return nil }
    let entities = doc.entities
    return entities.nearest(before: p.range.start) { e in
      Self.head(of: entities[e].words) == head && unnamedPersonGender(entities[e], doc) != nil
    }
  }

  /// Of an unnamed speaker introduced as one new person (`a spokeswoman for the port`, `an
  /// official`), the gender its noun gives (`.some(nil)` when it gives none); nil for any
  /// other speaker: an organisation's, an outlet's or a document's noun (`a statement`),
  /// a plural (`officials`), a noun that names no people — or, unless `definite`, a definite
  /// one (`the nominee`), which is most often someone the article named and the rules could
  /// not link.
  private func unnamedPersonGender(_ e: EntityRegistry.Entity, _ doc: Document, definite: Bool = false) -> EntityRegistry.Gender?? {
    guard e.kind == .unnamed, e.isIndefinite || definite, let head = Self.partitiveHead(of: e.words) ?? Self.head(of: e.words) else { return nil }
    let flags = WordFlags.of(head)
    guard flags.contains(.title) || flags.contains(.roleNoun) || Lexicon.animateNouns.contains(head),
      !flags.contains(.organisationHead), !flags.contains(.outletHead), !flags.contains(.documentNoun),
      !Lexicon.outletNouns.contains(head), Lexicon.singularOfPluralRole(head) == nil, doc.lexicalTag(ofWord: head).map({ $0 == .nns || $0 == .nnps }) != true
    else { return nil }
    return .some(Lexicon.personNounGenders[head])
  }

  /// `one of the plaintiffs`: one of a plural's people, whose head is the plural's singular
  /// (`plaintiff`).
  private static func partitiveHead(of words: [String]) -> String? {
    guard words.count >= 3, words[0] == "one", words[1] == "of", let plural = words.last else { return nil }
    return Lexicon.singular(ofPlural: plural)
  }

  /// A phrase's head noun: its last word before any preposition (`chair` of `the chair of
  /// the board`), of its words lowercase and without a possessive ending.
  private static func head(of words: some Collection<String>) -> String? {
    words.prefix(while: { !Lexicon.prepositions.contains($0) }).last
  }

  /// A role's head noun, in lower case (`spokesman` of `District spokesman`).
  private static func roleHead(_ role: String) -> String? {
    head(of: role.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init))
  }

  /// `A federal judge on Friday blocked …, saying …` then `U.S. District Judge Maria Chen
  /// wrote …`: a wire story's lede describes someone its next paragraphs name. A role
  /// opened by `a` in the first body paragraph is the one person named in the next two whose
  /// role has its head noun (none or two, and it stays unnamed).
  private func namedAfterLede(_ p: NounPhrase, doc: Document, block: Int) -> Int? {
    guard let lede = doc.blocks.firstIndex(where: { $0.role == .body }), block == lede, let head = Self.indefiniteRoleHead(p, doc) else { return nil }
    let heads = Lexicon.roleSynonyms[head] ?? [head]
    let next = doc.blocks.indices.dropFirst(lede + 1).filter { doc.blocks[$0].role == .body }.prefix(2)
    var named = Set<Int>()
    for b in next {
      for m in doc.entities.mentions(in: doc.blocks[b].range) where doc.entities[m.entity].kind == .person {
        if doc.entities[m.entity].roleWords.contains(where: heads.contains) { named.insert(m.entity) }
      }
    }
    return named.count == 1 ? named.first : nil
  }

  /// The head of a role opened by `a` or `an` whose head is a title or a role noun (`a
  /// federal judge`, `a lawyer representing them`), not a document's (`a statement`).
  private static func indefiniteRoleHead(_ p: NounPhrase, _ doc: Document) -> String? {
    guard doc.tokens[p.tokens.lowerBound].is("a") || doc.tokens[p.tokens.lowerBound].is("an"),
      let head = head(of: doc.tokens[p.tokens].filter { $0.kind == .word }.map(\.bare)),
      Lexicon.titles.contains(head) || Lexicon.roleNouns.contains(head), !Lexicon.documentNouns.contains(head)
    else { return nil }
    return head
  }

  /// `…, according to a lawyer representing them. Kevin Yang said …`: a role opened by `a`
  /// is the person the next sentence brings in by a full name as its subject, with no role
  /// of their own.
  private func namedNext(_ p: NounPhrase, doc: Document) -> Int? {
    let si = doc.sentenceOfToken[p.tokens.lowerBound]
    guard Self.indefiniteRoleHead(p, doc) != nil, si + 1 < doc.sentences.count else { return nil }
    let next = doc.sentences[si + 1]
    guard next.block <= doc.sentences[si].block + 1, let e = SentenceSubject.entity(inSentence: si + 1, before: next.range.end, in: doc, skip: { _ in false }),
      doc.entities[e].kind == .person, doc.entities[e].words.count >= 2, doc.entities[e].roles.isEmpty,
      doc.entities.lastMention(of: e, before: next.range.start) == nil
    else { return nil }
    return e
  }

  /// `Tomás Ruiz, 34, played down his role. “…,” the veteran said.`: a definite epithet
  /// (`the billionaire`, `the 22-year-old`, `the Spaniard`) varies the name of someone
  /// spoken of in its paragraph or the one before: whom `he` or `she` in its place would
  /// mean, of the gender it says — but never its own sentence's subject (`Graham called on
  /// … after the billionaire claimed …`: that one would be `he`).
  private func describedPerson(_ p: NounPhrase, doc: Document, spoken: [Spoken], claimed: [TextRange], block: Int) -> Int? {
    let words = doc.tokens[p.tokens].filter { $0.kind == .word }.map(\.bare)
    guard doc.tokens[p.tokens.lowerBound].is("the"), let head = Self.head(of: words) else { return nil }
    let office = Self.isQualifiedOffice(words, head: head)
    guard office || Lexicon.isPersonEpithet(head) else { return nil }
    let kinds: [Lexicon.PronounKind] = switch Lexicon.epithetGenders[head] {
    case .male: [.male]
    case .female: [.female]
    case nil: [.male, .female]
    }
    let here = doc.sentenceIndex(at: p.range.start)
    let subject = here.flatMap { si in
      SentenceSubject.entity(inSentence: si, before: p.range.start, in: doc, skip: { said($0, doc, claimed) })
        ?? spoken.last(where: { doc.sentences[si].range.contains($0.offset) && $0.offset < p.range.start })?.entity
    }
    // (A candidate is someone the story quotes: not the host who interviews one, nor the
    // pope one met; so is an office no one named holds.)
    let speaking = office || Lexicon.candidacyNouns.contains(head) ? Set(spoken.map(\.entity)) : nil
    // (Nor one whose roles name another place: `the Indiana governor` is no one of New York.)
    let places = office ? placeWords(p, doc) : []
    let found = kinds.compactMap { kind -> Int? in
      guard case .entity(let e) = antecedent(kind, doc: doc, spoken: spoken, claimed: claimed, offset: p.range.start, block: block, excluding: subject),
        speaking?.contains(e) ?? true, places.isEmpty || !Self.namesAnotherPlace(doc.entities[e], than: places)
      else { return nil }
      return e
    }
    guard !found.isEmpty else { return nil }
    // (Only someone mentioned outside quotes in the paragraph or the one before; of no
    // gender, of whom `he` and `she` would mean the one a sentence before is about — `Ana
    // Lima said Friday that Omar Bell … The nominee said` — or else the one mentioned last.)
    let from = doc.blocks[max(0, block - 1)].range.start
    let mentions = doc.entities.mentions(in: TextRange(from, p.range.start)).filter { !insideQuote(doc, $0.offset) }
    if found.count > 1, let here {
      for si in stride(from: here - 1, through: max(0, here - 3), by: -1) where doc.sentences[si].range.start >= from {
        if let s = SentenceSubject.entity(inSentence: si, before: p.range.start, in: doc, skip: { said($0, doc, claimed) }), found.contains(s) { return s }
      }
    }
    return mentions.last(where: { found.contains($0.entity) })?.entity
  }

  /// `the Vermont senator`, `the former secretary of state`, `the Wisconsin Republican`: an
  /// office or a party's member qualified by a place or as held before is one person's, an
  /// epithet of someone the story has named (`the judge`, `the senator` may be anyone).
  private static func isQualifiedOffice(_ words: [String], head: String) -> Bool {
    let flags = WordFlags.of(head)
    guard flags.contains(.title) || flags.contains(.roleNoun) || Lexicon.partyMemberNouns.contains(head), !flags.contains(.organisationHead),
      let at = words.firstIndex(of: head)
    else { return false }
    return words[..<at].contains { $0 == "former" || $0 != "the" && Lexicon.isPlaceWord($0) }
  }

  /// `The regional water board admitted … The board said …`: a phrase opened by `the` and
  /// headed by an organisation's noun is the unnamed organisation with that head spoken of
  /// before (a bare one, `island-based media`, may be another).
  private func sameUnnamedOrganisation(as p: NounPhrase, doc: Document) -> Int? {
    let words = doc.tokens[p.tokens].filter { $0.kind == .word }.map(\.bare)
    guard doc.tokens[p.tokens.lowerBound].is("the"), let head = Self.head(of: words), Lexicon.organisationHeads.contains(head) else { return nil }
    // (Not one a name of its own sets apart: `the Trump campaign` is not the `Clinton campaign`.)
    let names = doc.tokens[p.tokens].filter { $0.kind == .word && $0.isCapitalised && $0.bare != head && !$0.is("the") }.map(\.bare)
    let entities = doc.entities
    return entities.nearest(before: p.range.start) { e in
      entities[e].kind == .unnamed && !entities[e].isIndefinite && Self.head(of: entities[e].words) == head && names.allSatisfy(entities[e].words.contains)
    }
  }

  /// What a pronoun stands for: an entity, or someone a sentence's subject names by a
  /// common noun, no entity yet: people by a plural (`Workers objected …`), one person by a
  /// definite role whose holder the article never named (`The premier met …`).
  private enum Antecedent {
    case entity(Int)
    case unnamed(TextRange)
  }

  /// Salience order: the last speaker in this paragraph; else the first compatible name
  /// (the likely subject) of this or the previous three sentences, outside quotes — or, for
  /// `they`, a plural common noun as such a sentence's subject; else the last speaker of the
  /// two paragraphs before; else the nearest compatible name. Never `excluding` (an
  /// epithet's own sentence's subject).
  private func antecedent(_ kind: Lexicon.PronounKind, doc: Document, spoken: [Spoken], claimed: [TextRange], offset: Int, block: Int,
                          depth: Int = 0, excluding: Int? = nil) -> Antecedent? {
    let entities = doc.entities
    func fits(_ e: Int) -> Bool { e != excluding && compatible(kind, entities[e]) }
    func fitsSurely(_ e: Int) -> Bool { fits(e) && salient(doc, e, spoken) }
    // A name inside what someone said is no subject of the story (`Clarkston has a long
    // history …, Mayor Ted Terry noted`).
    func said(_ offset: Int) -> Bool { self.said(offset, doc, claimed) }
    // (`he` and `she` pass over a name that qualifies a noun, `the Rovers boss`: its phrase
    // means someone else; `it` may still mean the body, `the Court's ruling`.)
    let personal = kind == .male || kind == .female
    if let s = lastSpoken(spoken, from: block, offset: offset, {
      fits($0.entity) || $0.entity != excluding && (continuesUnnamed(kind, $0, before: offset, doc, spoken: spoken) || speaksFor(kind, $0, before: offset, doc))
    }) {
      return .entity(laterSubject(after: s, before: offset, doc, skip: said, fits) ?? s.entity)
    }
    // `One nurse, who asked …, described patients waiting … ¶ “It breaks your heart,” she
    // said.`: after a quote that opens its paragraph, the one new person who spoke last, at
    // the end of the paragraph before, still.
    if let s = spoken.last(where: { $0.offset < offset }), s.block == block - 1, s.entity != excluding,
      opensWithQuoteOnly(block, before: offset, doc), continuesUnnamed(kind, s, before: offset, doc, spoken: spoken)
    {
      return .entity(s.entity)
    }
    if let here = doc.sentenceIndex(at: offset) {
      for si in stride(from: here, through: max(0, here - 3), by: -1) {
        let sentence = doc.sentences[si]
        guard sentence.block >= block - 1 else { break }
        let range = TextRange(sentence.range.start, min(sentence.range.end, offset))
        let candidates = doc.entities.mentions(in: range).filter { !insideQuote(doc, $0.offset) && fitsSurely($0.entity) && !(personal && modifiesANoun($0.offset, doc)) }
        // `He nodded to his finish behind Ted Cruz. "…," he said.`, `It isn't as if she hasn't
        // endorsed before - she was a booster of Mitt Romney. "…," she said.`, `She compared
        // them to the entrepreneurs of New Delhi, who, she explained, …`: where the same
        // pronoun is a subject before any name that fits — in an earlier sentence or earlier
        // in this one — it is about the same person, whoever that one is.
        // (Not one in the phrase that opens the sentence before its subject, which looks ahead
        // to that subject: `Asked whether he would resign, Omar Bell said …`.)
        if depth < 3, kind != .plural,
          let same = sentence.tokens.first(where: { k in
            doc.tokens[k].range.start < (candidates.first?.offset ?? offset) && doc.tokens[k].quote == nil
              && Lexicon.subjectPronouns.contains(doc.tokens[k]) && Lexicon.pronouns[doc.tokens[k].lower] == kind
          }), !looksAhead(from: same, to: candidates.first?.offset, in: sentence, doc)
        {
          return antecedent(kind, doc: doc, spoken: spoken, claimed: claimed, offset: doc.tokens[same].range.start, block: sentence.block, depth: depth + 1,
                            excluding: excluding)
        }
        // (Not the pronoun's own sentence: its words before the cue are often what was said.)
        if si < here, let subject = SentenceSubject.entity(inSentence: si, before: offset, in: doc, skip: said) ?? roleSubject(of: si, doc), fits(subject) {
          return .entity(subject)
        }
        if kind == .plural, si < here, let people = SentenceSubject.people(inSentence: si, in: doc) { return .unnamed(people) }
        if personal, si < here, candidates.isEmpty, let role = unnamedRoleSubject(of: si, fitting: kind, doc),
          !namesAPerson(kind, before: offset, since: 0, doc, spoken)
        {
          return .unnamed(role.range)
        }
        if let first = (kind == .plural ? Self.pastOpeningAdjunct(candidates, in: sentence, doc) : nil) ?? candidates.first { return .entity(first.entity) }
      }
    }
    if let s = lastSpoken(spoken, from: block - 2, offset: offset, { fits($0.entity) }) { return .entity(s.entity) }
    // Never a name inside a quote: `"Barry Goldwater wouldn't recognize it," she said.`
    return doc.entities.nearest(before: offset, skip: { insideQuote(doc, $0) }, where: fitsSurely).map(Antecedent.entity)
  }

  /// Whether paragraph `block` has no word outside a quote before `offset`, and a quote.
  private func opensWithQuoteOnly(_ block: Int, before offset: Int, _ doc: Document) -> Bool {
    let words = doc.blockTokens[block].lazy.map { doc.tokens[$0] }.filter { $0.kind == .word && $0.range.start < offset }
    return !words.isEmpty && words.allSatisfy { $0.quote != nil }
  }

  /// `The president also took aim at … He said …`: the person a definite role that opens
  /// sentence `si` as its subject (its finite verb after it) names, when the article named
  /// its holder.
  private func roleSubject(of si: Int, _ doc: Document) -> Int? {
    guard let phrase = definiteRoleSubject(of: si, doc), let e = holder(of: phrase, doc: doc, definite: true), doc.entities[e].kind == .person
    else { return nil }
    return e
  }

  /// `The premier met farmers in Red Deer. He said …`: a definite role of one person that
  /// opens sentence `si` as its subject, when the article named no holder of it — whom `he`
  /// or `she` (of the gender its noun allows) then means, where no one it fits was named
  /// before (a definite role is most often someone named: `The Vermont senator`).
  private func unnamedRoleSubject(of si: Int, fitting kind: Lexicon.PronounKind, _ doc: Document) -> NounPhrase? {
    guard let phrase = definiteRoleSubject(of: si, doc), holder(of: phrase, doc: doc, definite: true) == nil,
      let last = phrase.tokens.last, doc.tokens[last].kind == .word, doc.tag(last) == .nn,
      !WordFlags.of(doc.tokens[last].bare).isDisjoint(with: [.title, .roleNoun]), !doc.tokens[last].has(.organisationHead), !doc.tokens[last].has(.documentNoun),
      EntityRegistry.gender(Lexicon.personNounGenders[doc.tokens[last].bare], fits: kind)
    else { return nil }
    return phrase
  }

  /// The definite role that opens sentence `si` as its subject, its finite verb after it.
  private func definiteRoleSubject(of si: Int, _ doc: Document) -> NounPhrase? {
    let sentence = doc.sentences[si], first = sentence.tokens.lowerBound
    guard doc.tokens[first].is("the"), let phrase = doc.phraseFinder.phrase(after: first - 1, limit: sentence.tokens.upperBound),
      case .role(definite: true) = phrase.head
    else { return nil }
    var verb = phrase.tokens.upperBound
    while verb < sentence.tokens.upperBound, doc.tokens[verb].kind == .word, doc.tag(verb) == .rb { verb += 1 }
    guard verb < sentence.tokens.upperBound, doc.tokens[verb].kind == .word, doc.tag(verb)?.isFiniteVerb == true else { return nil }
    return phrase
  }

  /// Whether the mention at `offset` names where a person works: after `of` or `at` (and
  /// an article) that follow a name or a role (`Dan Ives of Wedbush Securities`, `an
  /// analyst at RBC`; not `Shares of Kestrel Inc.`).
  private func isAffiliation(at offset: Int, _ doc: Document) -> Bool {
    guard let k = startPastArticle(ofMentionAt: offset, doc) else { return false }
    let T = doc.tokens
    guard k >= 2, T[k - 1].is("of") || T[k - 1].is("at"), T[k - 2].kind == .word else { return false }
    if T[k - 2].has(.roleNoun) { return true }
    // (A name's word, as the tagger reads it or after another capitalised word of its
    // sentence: `Ives` may read as a plural.)
    let opensSentence = doc.sentenceIndex(at: T[k - 2].range.start).map { doc.sentences[$0].tokens.lowerBound == k - 2 } ?? true
    return T[k - 2].isCapitalised && !opensSentence && (doc.tag(k - 2) == .nnp || k >= 3 && T[k - 3].kind == .word && T[k - 3].isCapitalised)
  }

  /// Whether the mention at `offset` names where the person after it works, in the role
  /// before the person's name (`Harbour Securities analyst Omar Bell`, `Desjardins analyst
  /// …`): the name's capitalised words, then lowercase words of a role, then a person.
  private func premodifiesAPersonsRole(at offset: Int, _ doc: Document) -> Bool {
    guard var k = doc.tokenIndex(startingAt: offset) else { return false }
    let T = doc.tokens
    while k < T.count, T[k].kind == .word, T[k].isCapitalised { k += 1 }
    let roleStart = k
    while k < T.count, T[k].kind == .word, !T[k].isCapitalised, T[k].has(.roleNoun) || T[k].has(.title) { k += 1 }
    guard k > roleStart, k < T.count, let next = doc.entities.mentions(in: T[k].range).first else { return false }
    return next.offset == T[k].range.start && doc.entities[next.entity].kind == .person
  }

  /// `In a statement to the Harbour Times, the ferry company denied …`: in a sentence that
  /// opens with a preposition's or a subordinator's phrase, the first mention past its comma
  /// (the subject), not one inside it — what `they` means. (`he` and `she` keep the first
  /// mention: the one inside the phrase, `In an interview with Ana Lima, Bell …`, is as
  /// often whom a later sentence is about.)
  private static func pastOpeningAdjunct(_ mentions: [(offset: Int, entity: Int)], in sentence: Sentence, _ doc: Document) -> (offset: Int, entity: Int)? {
    let first = sentence.tokens.lowerBound
    guard doc.tokens[first].kind == .word, doc.tag(first) == .in || Lexicon.circumstanceSubordinators.contains(doc.tokens[first]),
      let comma = sentence.tokens.first(where: { doc.tokens[$0].isMark(",") })
    else { return nil }
    return mentions.first { $0.offset > doc.tokens[comma].range.start }
  }

  /// `the Rovers boss`, `the Trump campaign`: a name after an article that qualifies the
  /// common noun after it is no one the sentence is about; the noun's phrase is.
  private func modifiesANoun(_ offset: Int, _ doc: Document) -> Bool {
    let T = doc.tokens
    guard let k = doc.tokenIndex(startingAt: offset), k > 0, T[k - 1].kind == .word, Lexicon.articles.contains(T[k - 1]) else { return false }
    var end = k + 1
    while end < T.count, T[end].kind == .word, T[end].isCapitalised { end += 1 }
    guard end < T.count, T[end].kind == .word, !T[end].isCapitalised, T[end - 1].bare == T[end - 1].lower, let tag = doc.tag(end) else { return false }
    return tag == .nn || tag == .nns
  }

  /// Whether the pronoun at `k` is in the phrase of circumstance that opens its sentence (a
  /// participle's, `Asked whether he …`, or a subordinator's, `When he took office`), whose
  /// comma comes right before the name at `name` (past its title or role words): the
  /// sentence's subject, whom the pronoun means.
  private func looksAhead(from k: Int, to name: Int?, in sentence: Sentence, _ doc: Document) -> Bool {
    let first = sentence.tokens.lowerBound
    guard let name, doc.tokens[first].kind == .word,
      Lexicon.circumstanceSubordinators.contains(doc.tokens[first]) || doc.readsAsSubjectlessParticiple(first),
      let comma = sentence.tokens.first(where: { doc.tokens[$0].isMark(",") }), comma > k,
      let at = doc.tokenIndex(startingAt: name), at > comma
    else { return false }
    return (comma + 1..<at).allSatisfy { SentenceSubject.opensName($0, doc) }
  }

  /// The latest speaker at or after paragraph `from` and before `offset` that fits.
  private func lastSpoken(_ spoken: [Spoken], from: Int, offset: Int, _ fits: (Spoken) -> Bool) -> Spoken? {
    for s in spoken.reversed() {
      if s.block < from { return nil }
      if s.offset < offset && fits(s) { return s }
    }
    return nil
  }

  /// `"…," said Rep. Scott. Political analyst David Bositis agreed … For black voters, he
  /// said, …`: a person who became a sentence's subject after the paragraph's last speaker
  /// spoke is whom the pronoun means now — unless the speaker was the subject again since.
  /// The pronoun's own sentence is not asked: its words before the cue are often what was
  /// said (`The Internet has also made it possible …, she said`).
  private func laterSubject(after s: Spoken, before offset: Int, _ doc: Document, skip: (Int) -> Bool, _ fits: (Int) -> Bool) -> Int? {
    guard let from = doc.sentenceIndex(at: s.offset), let to = doc.sentenceIndex(at: offset), to - 1 > from else { return nil }
    for si in stride(from: to - 1, to: from, by: -1) {
      if let e = SentenceSubject.entity(inSentence: si, before: offset, in: doc, skip: skip), e == s.entity || fits(e) { return e }
    }
    return nil
  }

  /// A person we are sure is one: a known given name, a title or role, a speaker, or a
  /// full name — but not one that ends in a common noun, or is made of words the tagger
  /// knows with a common noun among them, and gives no other sign of a person (`Labor
  /// Day`, `Divisive Legacy` from a subhead, `Girl Scout`).
  private func salient(_ doc: Document, _ e: Int, _ spoken: [Spoken]) -> Bool {
    let entity = doc.entities[e]
    guard entity.kind == .person else { return true }
    if entity.gender != nil || !entity.roles.isEmpty || spoken.reversed().prefix(50).contains(where: { $0.entity == e }) { return true }
    guard entity.words.count > 1 else { return false }
    let tags = entity.words.map { doc.lexicalTag(ofWord: $0) }
    let isCommon = { (tag: PennTag?) in tag == .nn || tag == .nns }
    if isCommon(tags.last!) { return false }
    // A word the tagger never learnt is a surname's sign (`Angel Mendoza`).
    return tags.contains(nil) || !tags.contains(where: isCommon)
  }

  /// Whether a holder's roles name a place not among `places` (the words of those a phrase
  /// names): a place the gazetteer knows (`Iowa Sen.`), or the state of a legislator's
  /// party and state, read from the role as written (`Sen., R-N.Y`: its periods split the
  /// role's words).
  private static func namesAnotherPlace(_ holder: EntityRegistry.Entity, than places: [String]) -> Bool {
    let states = holder.roles.lazy.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "," }) }.compactMap(Lexicon.stateOfPartyTag)
    let named = holder.roleWords.filter { Lexicon.isPlaceName([$0]) } + states
    return named.contains { !$0.split(separator: " ").allSatisfy { places.contains(String($0)) } }
  }

  /// The words of the places a role phrase names (`florida`, `new`, `jersey`), as the
  /// gazetteer knows them; not a people's adjective (`the Russian leader`).
  private func placeWords(_ p: NounPhrase, _ doc: Document) -> [String] {
    let capitalised = p.tokens.filter { doc.tokens[$0].kind == .word && doc.tokens[$0].isCapitalised }
    var out: [String] = []
    var n = 0
    // The longer name first: `South Carolina`, not `South`.
    while n < capitalised.count {
      let k = capitalised[n], word = doc.tokens[k].bare
      if n + 1 < capitalised.count, capitalised[n + 1] == k + 1, Lexicon.isPlaceName([word, doc.tokens[k + 1].bare]) {
        out += [word, doc.tokens[k + 1].bare]
        n += 2
        continue
      }
      if Lexicon.isPlaceName([word]) { out.append(word) }
      n += 1
    }
    return out
  }

  /// Ranges in order, overlapping ones joined: claims' contents, to ask what lies in one.
  private static func merged(_ ranges: [TextRange]) -> [TextRange] {
    var out: [TextRange] = []
    for r in ranges.sorted(by: { $0.start < $1.start }) {
      if let last = out.last, r.start <= last.end {
        out[out.count - 1] = TextRange(last.start, max(last.end, r.end))
      } else {
        out.append(r)
      }
    }
    return out
  }

  private static func isInside(_ merged: [TextRange], _ offset: Int) -> Bool {
    let i = merged.partitionPoint { $0.end <= offset }
    return i < merged.count && merged[i].contains(offset)
  }

  /// Whether `offset` lies inside a quote or a claim's content: what someone said.
  private func said(_ offset: Int, _ doc: Document, _ claimed: [TextRange]) -> Bool {
    insideQuote(doc, offset) || Self.isInside(claimed, offset)
  }

  private func insideQuote(_ doc: Document, _ offset: Int) -> Bool {
    let i = doc.quotes.partitionPoint { $0.content.end <= offset }
    return i < doc.quotes.count && doc.quotes[i].content.contains(offset)
  }

  /// The words of a preposition's phrase right after `p` (`to both Clintons`), up to a
  /// punctuation mark, a speech verb or four words, the preposition and determiners left out.
  private func prepositionalObject(after p: NounPhrase, _ doc: Document) -> [String] {
    let start = p.tokens.upperBound
    guard start < doc.tokens.count, doc.tokens[start].kind == .word, Lexicon.prepositions.contains(doc.tokens[start]) else { return [] }
    var words: [String] = []
    var k = start + 1
    while k < doc.tokens.count, k - start <= 4, doc.tokens[k].kind == .word, !doc.tokens[k].has(.speechVerb) {
      if !doc.tokens[k].has(.determiner) { words.append(doc.tokens[k].bare) }
      k += 1
    }
    return words
  }

  /// The public body an agency's or a department's noun stands for: the organisation named
  /// last in its sentence or the two before — for a department's, one whose name ends in
  /// no other body's noun (`anyName` false). One named further back is too far to be sure
  /// of (`China's foreign ministry weighed in. "…," the ministry said`: no name between),
  /// and an outlet is a news agency named in passing (`Economists polled by Reuters`); nor
  /// is a body named only as where someone works (`chief economist at BMO Capital Markets`).
  /// For a group's noun (`ofPeople`), a body of people (`the group`).
  private func nearestBody(before offset: Int, anyName: Bool, ofPeople: Bool = false, _ doc: Document) -> Int? {
    guard let sentence = doc.sentenceIndex(at: offset) else { return nil }
    let entities = doc.entities, from = doc.sentences[max(0, sentence - 2)].range.start
    return entities.mentions(in: TextRange(from, offset)).last(where: { m in
      let e = entities[m.entity]
      guard e.kind == .organisation, !e.isPlace, !isAffiliation(at: m.offset, doc) else { return false }
      let head = e.words.last.map(Lexicon.organisationHeads.contains) == true
      // (A body of people is one whose name says so, or says of no kind: not a university, a
      // department or a company, nor a body named only as where something happened, `rallied
      // at Kellburg University`.)
      if ofPeople { return (!head || e.words.last.map(Lexicon.bodyOfPeopleHeads.contains) == true) && !isPlaceOf(mentionAt: m.offset, doc) }
      return anyName || !head
    })?.entity
  }

  /// Whether the mention at `offset` follows a preposition of place (`at`, `in`).
  private func isPlaceOf(mentionAt offset: Int, _ doc: Document) -> Bool {
    guard let k = startPastArticle(ofMentionAt: offset, doc) else { return false }
    return k > 0 && (doc.tokens[k - 1].is("at") || doc.tokens[k - 1].is("in"))
  }

  /// The token that opens the mention at `offset`, or its `the` right before it.
  private func startPastArticle(ofMentionAt offset: Int, _ doc: Document) -> Int? {
    guard let k = doc.tokenIndex(startingAt: offset) else { return nil }
    return k > 0 && doc.tokens[k - 1].is("the") ? k - 1 : k
  }

  /// Whether a phrase is its head noun alone, or after adjectives (`the agency`, `the
  /// federal department`; not `the trade ministry`, which names which one).
  private func isBare(_ p: NounPhrase, head: String, _ doc: Document) -> Bool {
    p.tokens.allSatisfy { k in
      let t = doc.tokens[k]
      return t.kind != .word || t.has(.determiner) || t.bare == head || !t.isCapitalised && doc.lexicalTag(k) == .jj
    }
  }

  /// The person whose recorded roles best match a role phrase (`the spokesperson`,
  /// `the Chinese leader`); indefinite phrases (`an analyst`) need strong evidence.
  private func holder(of p: NounPhrase, doc: Document, definite: Bool) -> Int? {
    // `Another analyst` is not the analyst named before.
    if doc.tokens[p.tokens.lowerBound].is("another") { return nil }
    let words = doc.tokens[p.tokens].filter { $0.kind == .word }.map(\.bare)
      .filter { !Lexicon.determiners.contains($0) && !Lexicon.phraseConnectors.contains($0) }
    // (The noun before any preposition: `people close to the vice president` are people.)
    let beforePreposition = Self.head(of: words)
    guard let head = beforePreposition ?? words.last else { return nil }
    // A common noun in the plural (`Nurses say …`, as the tagger reads it) is many people:
    // not one person whose role shares its word, nor an organisation named with it.
    if let last = p.tokens.last(where: { doc.tokens[$0].kind == .word }), !doc.tokens[last].endsInApostropheS, doc.tag(last) == .nns { return nil }
    // `the newspaper`, `the college`: the last organisation of that kind named before —
    // by its name's words or its role's (`Wealth-X, a private company …`).
    // `the Wisconsin Republican`: one of a party's many members — not the party, nor
    // whoever holds a role with its name (`Republican Donald Trump`, `RNC Chairman …`).
    if Lexicon.partyMemberNouns.contains(head) { return nil }
    // (`His office`: a person's, not the last body named with the noun; so is one a relative
    // clause gives its antecedent, `said Mr. Bell, whose organization …`.)
    let ownedByPerson = Lexicon.possessiveDeterminers.contains(doc.tokens[p.tokens.lowerBound])
      && Lexicon.pronouns[doc.tokens[p.tokens.lowerBound].lower].map { $0 == .male || $0 == .female } == true
      || p.tokens.lowerBound > 0 && doc.tokens[p.tokens.lowerBound - 1].is("whose")
    if definite, !ownedByPerson, words.count <= 2 || words.count <= 3 && Lexicon.companyNouns.contains(head) {
      // (`the agency` is a public body's as often as a news agency's: `the news agency` is one.)
      let isAgencyNoun = Lexicon.agencyNouns.contains(head) && !words.contains("news")
      let isOutletNoun = Lexicon.outletNouns.contains(head) && !isAgencyNoun
      // (`the group`, `the organization`: a body of people who act together.)
      let isGroupNoun = Lexicon.groupNouns.contains(head)
      let isBodyNoun = isAgencyNoun || isGroupNoun || Lexicon.departmentNouns.contains(head)
      // `the company`, `the firm` after `Okafor Holdings Inc`.
      let isCompanyNoun = Lexicon.companyNouns.contains(head)
      // (`the prime minister` is a person, not the `Prime Minister's Office` named before.)
      let headFlags = WordFlags.of(head)
      let namesAPerson = !headFlags.isDisjoint(with: [.title, .roleNoun]) && !headFlags.contains(.organisationHead)
      let entities = doc.entities
      // (`the company` after `Tesla chief executive Elon Musk … Dan Ives of Wedbush
      // Securities`: a body named only as where someone works is not what the story goes
      // on about; failing one named with the noun, a company the lexicon knows by its first
      // word is meant.)
      let worksAt = { (offset: Int) in isCompanyNoun && isAffiliation(at: offset, doc) }
      func nearestCompany(skipping skip: (Int) -> Bool) -> Int? {
        entities.nearest(before: p.range.start, skip: skip, where: { e in
          if isOutletNoun { return entities[e].kind == .outlet }
          return entities[e].kind == .organisation && !entities[e].isPlace && (!namesAPerson && (entities[e].words.contains(head) || entities[e].roleWords.contains(head))
            || isCompanyNoun && (entities[e].words.last.map(Lexicon.corporateSuffixes.contains) == true
              // (Or, for a noun any company goes by, a company's noun in its role: `Harbourline,
              // the retailer, … The company`; not `the central bank` for `the retailer`.)
              || Lexicon.anyCompanyNouns.contains(head) && entities[e].roleWords.contains(where: Lexicon.companyNouns.contains)))
        }) ?? (isCompanyNoun ? entities.nearest(before: p.range.start, skip: skip, where: { e in
          entities[e].kind == .organisation && entities[e].words.first.map(Lexicon.organisationNames.contains) == true
        }) : nil)
      }
      // (Nor, while another company was named before, one named only in a person's role:
      // `Shares of Kestrel Inc. rose … Harbour Securities analyst Omar Bell wrote …`.)
      let inARole = isCompanyNoun ? nearestCompany(skipping: { worksAt($0) || self.premodifiesAPersonsRole(at: $0, doc) }) : nil
      if let e = inARole ?? nearestCompany(skipping: worksAt) ?? (isBodyNoun && isBare(p, head: head, doc) ? nearestBody(before: p.range.start, anyName: isAgencyNoun, ofPeople: isGroupNoun, doc) : nil) {
        return e
      }
    }
    // `the senators`: a role in the plural is more than one person's; `the Ruiz campaign`
    // an organisation's, and `the poll` a document, whatever roles the article's people hold.
    if Lexicon.singularOfPluralRole(head) != nil || Lexicon.organisationHeads.contains(head) || beforePreposition.map(Lexicon.documentNouns.contains) == true {
      return nil
    }
    var heads = Lexicon.roleSynonyms[head] ?? [head]
    // `the Florida senator and Republican presidential candidate`: one person's two roles,
    // the first's head as good as the second's.
    if let and = p.tokens.last(where: { doc.tokens[$0].is("and") }), and > p.tokens.lowerBound {
      let first = NameClassifier.stripPossessive(doc.tokens[and - 1].lower)
      heads.formUnion(Lexicon.roleSynonyms[first] ?? [first])
    }
    let wordSet = Set(words)
    var best: (entity: Int, score: Int, last: Int)? = nil
    // `the Florida senator`: a holder whose roles name another place is not the one meant
    // (`Sen. Joni Ernst, R-Iowa`); one whose roles name none may be (`Sen. Bernie Sanders
    // … the Vermont senator`: the state is how reporters vary a name they have given).
    let places = placeWords(p, doc)
    // An indefinite phrase is someone named in its own sentence (`said Ana Lima, a nurse at
    // …`) or in a caption (which names whom the story goes on to describe), or someone new:
    // a role restated in the body (`said a Democratic strategist who spoke on condition of
    // anonymity`) is as often another person's.
    let namedHere = definite ? nil : doc.sentenceIndex(at: p.range.start).map { Set(doc.entities.mentions(in: doc.sentences[$0].range).map(\.entity)) }
    let namedInCaption = definite ? [] : Set(doc.blocks.lazy.filter { $0.role == .caption }.flatMap { doc.entities.mentions(in: $0.range).map(\.entity) })
    // (The words an indefinite phrase must restate, with the preposition's phrase after it.)
    let restated = definite ? [] : words + prepositionalObject(after: p, doc)
    // By index: enumerating would copy every entity with its lists.
    let entities = doc.entities.entities
    // (A head that names a place, `the district`, must be a role's head, not the word that
    // says where it is held: `District spokesman Ryan Holt` is no district.)
    let namesPlace = Lexicon.placeNouns.contains(head)
    for i in entities.indices where entities[i].kind == .person && !entities[i].roles.isEmpty {
      let roleWords = entities[i].roleWords
      guard roleWords.contains(where: heads.contains), !namesPlace || entities[i].roles.contains(where: { Self.roleHead($0).map(heads.contains) == true }),
        places.isEmpty || !Self.namesAnotherPlace(entities[i], than: places),
        // (A word qualifying a role's noun is that role's only when nothing else in the
        // phrase says otherwise: `the opposition` is its leader, `the auditor general` is no
        // `general manager`.)
        !Self.holdsOnlyAsQualifier(heads, entities[i].roles, asQualifier: words.contains { $0 != head && !roleWords.contains($0) && !Lexicon.isPlaceWord($0) })
      else { continue }
      // An indefinite phrase brings in someone new unless it restates a role word for word
      // (`a U.S. District Court judge` is not `Circuit Court Judge David McKeague`).
      // (With what follows it: `a longtime adviser | to both Clintons` is not `a longtime
      // adviser to Barack Obama`.)
      if !definite, namedHere?.contains(i) != true && !namedInCaption.contains(i) || !restated.allSatisfy({ roleWords.contains($0) || Lexicon.isPlaceName([$0]) }) {
        continue
      }
      // `the deputy minister` is not the minister.
      if words.contains(where: { Lexicon.lesserOffices.contains($0) && !roleWords.contains($0) }) { continue }
      // Nor is `the president` the vice president or a former one.
      let qualifiers = roleWords.filter { Lexicon.roleQualifiers.contains($0) && !wordSet.contains($0) }
      let shared = roleWords.filter(wordSet.contains).count
      // Met only through a synonym of its head (`leader` for a `President`), a phrase that
      // says more of the role than a place (`the Senate minority leader`; not `the Chinese
      // leader`) describes someone else.
      if shared == 0, words.contains(where: { $0 != head && !Lexicon.isPlaceWord($0) }) { continue }
      let score = shared + 1 - qualifiers.count * 2
      let last = doc.entities.lastMention(of: i, before: p.range.start) ?? -1
      if best == nil || score > best!.score || (score == best!.score && last > best!.last) { best = (i, score, last) }
    }
    guard let best, best.score > 0 else { return nil }
    if !definite && best.score < 3 { return nil }
    return best.entity
  }
}
