/// Headlines name speakers loosely (`…: expert`, `'…': residents`) or not at all
/// (`Mayor's farewell speech: '…'`). The body settles it: a role that someone in the
/// article holds, the body quote that repeats the headline's words, or else the person
/// the article is most about — the one named most often outside quotes.
enum HeadlineSpeakers {
  static func resolve(_ doc: inout Document, holder: (NounPhrase, Document) -> Int?) {
    // Computed once, on first need: it counts every mention in the article. (So is the
    // interviewee, asked of every `A:` turn; the turns' labels are in neither the headline
    // nor the first paragraph it reads.)
    var mainPerson: Int?? = nil
    func main(_ doc: Document) -> Int? {
      if mainPerson == nil { mainPerson = .some(mostMentionedPerson(doc)) }
      return mainPerson!
    }
    var answerer: Int?? = nil
    func answering(_ doc: Document) -> Int? {
      if answerer == nil { answerer = .some(interviewee(doc)) }
      return answerer!
    }
    for i in doc.claims.indices {
      if case .headlineRole(let p) = doc.claims[i].speaker {
        let words = doc.tokens[p.tokens].wordTokens.map(\.lower)
        let plural = words.last.map { $0.endsWith("s") && !$0.endsWith("ss") } ?? false
        if plural {
          doc.claims[i].entity = doc.entities.registerUnnamed(doc.text(p.range), at: p.range)
        } else if let e = holder(p, doc) ?? (doc.claims[i].rule == .transcriptAnswer ? answering(doc) : nil) ?? main(doc) {
          doc.claims[i].entity = e
          doc.entities.addMention(p.range, to: e)
        } else {
          doc.claims[i].entity = doc.entities.registerUnnamed(doc.text(p.range), at: p.range)
        }
      } else if doc.claims[i].headline, case .phrase(let p) = doc.claims[i].speaker, case .role = p.head, let e = doc.claims[i].entity,
        doc.entities[e].kind == .person, !speaksInBody(e, doc), !holdsWholly(p, e, doc), let other = main(doc), other != e, speaksInBody(other, doc)
      {
        // `Former nurse testifies she saw colleague alter charts`: a headline's role is one
        // whose words the body gives, not `nurse Robert Kline`, of whom she speaks (but
        // `…, says opposition leader` is `The opposition leader, Tom Baker,` whoever else
        // speaks).
        doc.claims[i].entity = other
        doc.entities.moveMention(p.range, from: e, to: other)
      } else if doc.claims[i].headline, doc.claims[i].entity == nil || doc.claims[i].cue == nil, doc.claims[i].quote != nil {
        let words = doc.text(doc.claims[i].content).lowercased()
        let repeated = doc.claims.indices.first {
          !doc.claims[$0].headline && doc.claims[$0].entity != nil && doc.text(doc.claims[$0].content).lowercased().contains(words)
        }
        if let e = repeated.flatMap({ doc.claims[$0].entity }) ?? main(doc) {
          doc.claims[i].entity = e
          doc.claims[i].rule = repeated != nil ? .headlineRepeatsBodyQuote : .headlineMainPerson
          doc.claims[i].confidence = repeated != nil ? 0.8 : 0.4
        }
      }
    }
  }

  /// Who answers an interview's `A:` turns: the first person the headline names (`Q&A
  /// with Vice President Joe Biden`), else the first paragraph — the interview's subject,
  /// however often the questions name others. Named as only a person is, with a given
  /// name first or a title or role (`Chief Amara Osei`; not `at Gull Point`, whose kind
  /// its words cannot tell).
  static func interviewee(_ doc: Document) -> Int? {
    let headlines = doc.blocks.indices.filter { doc.blocks[$0].role == .headline }
    let lede = doc.blocks.firstIndex { $0.role == .body }
    for b in headlines + (lede.map { [$0] } ?? []) {
      let named = doc.entities.mentions(in: doc.blocks[b].range).filter {
        let e = doc.entities[$0.entity]
        return e.kind == .person && (KindVote.opensLikeAPerson(e.words) || !e.roles.isEmpty)
      }
      // (Not the host who asks: `Harbour Radio host Tom Reyes spoke with … Ana Lima`.)
      if let named = named.first(where: { !doc.entities[$0.entity].roleWords.contains(where: Lexicon.interviewerRoles.contains) }) ?? named.first {
        return named.entity
      }
    }
    return nil
  }

  /// Whether every word of the headline's role is a word of the entity's roles.
  private static func holdsWholly(_ role: NounPhrase, _ entity: Int, _ doc: Document) -> Bool {
    let words = doc.tokens[role.tokens].wordTokens.filter { !$0.has(.determiner) }.map(\.lower)
    let held = doc.entities[entity].roleWords
    return !words.isEmpty && words.allSatisfy(held.contains)
  }

  private static func speaksInBody(_ entity: Int, _ doc: Document) -> Bool {
    doc.claims.contains { !$0.headline && $0.entity == entity }
  }

  static func mostMentionedPerson(_ doc: Document) -> Int? {
    var counts: [Int: Int] = [:]
    for position in doc.entities.positions where doc.entities[position.entity].kind == .person {
      counts[position.entity, default: 0] += 1
    }
    for c in doc.claims { if let e = c.entity, doc.entities[e].kind == .person { counts[e, default: 0] += 1 } }
    return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
  }
}
