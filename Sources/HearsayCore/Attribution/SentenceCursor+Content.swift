/// Where a cue's content and subject lie: the clause before or after the cue, a quote
/// that follows it, the subject at the head of the sentence.
extension SentenceCursor {
  /// The subject at the head of the sentence, past a coordinator and an opening adverbial
  /// (`On Monday, …`, `Hours later, …`, `Inside the hotel, …`, `Likewise, …`: a first word
  /// capitalised for its place alone).
  func sentenceSubject(before limit: Int) -> NounPhrase? {
    var k = pastDateline
    // (`But the campaign …`, `Yet Democratic economists …`: the coordinator joins the
    // sentence to the one before; the subject comes after it.)
    if k + 1 < limit, T[k].kind == .word, Lexicon.coordinators.contains(T[k]), T[k + 1].kind == .word { k += 1 }
    let lower = T[k].lower
    // (`There,`, `Still,`: a function word and a comma open no subject.)
    let opensWithAdverbial = Lexicon.clauseOpeners.contains(lower) || lower.endsWith("ed") || lower.endsWith("ing") || lower.endsWith("ly")
      || (doc.positionalCapitals.contains(k) || T[k].has(.capitalisedFunctionWord)) && k + 1 < r.upperBound && T[k + 1].isMark(",")
    if k < limit, var comma = (k..<limit).first(where: { T[$0].isMark(",") }),
      opensWithAdverbial || endsInAdverb(k..<comma) || isPrepositionalOpener(k..<comma)
    {
      // `In a long, candid interview last year, Lazar …`, `In a wide-ranging, in-prison
      // interview …`: a comma after an adjective of the opening phrase, or after an article's
      // one word, before a word in lower case, stands between its adjectives; the phrase ends
      // at a later comma.
      while comma - 1 > k, comma + 1 < limit, T[comma + 1].kind == .word, !T[comma + 1].hasCapital,
        doc.tag(comma - 1)?.isAdjective == true || Lexicon.articles.contains(T[comma - 2]),
        isPrepositionalOpener(k..<comma), let next = (comma + 1..<limit).first(where: { T[$0].isMark(",") }), isPrepositionalOpener(k..<next)
      {
        comma = next
      }
      k = comma + 1
      // `Speaking on ABC's "This Week," Carson …`: past the mark that closes a title.
      while k < limit, T[k].kind == .quoteClose { k += 1 }
      // `Last month, when I asked him, he …`: and past a clause of when after it.
      if k < limit, T[k].kind == .word, Lexicon.circumstanceSubordinators.contains(T[k]), let close = (k..<limit).first(where: { T[$0].isMark(",") }) {
        k = close + 1
      }
    }
    // `In Kellburg she fought …`, `In her book he proposed …`: a preposition's phrase with
    // no comma after it opens the sentence; the subject is the phrase before its verb, the
    // phrase's words all plain words (no clause: `In the event that she resigns, he …`).
    if k == pastDateline, k + 2 < limit, T[k].kind == .word, Lexicon.prepositions.contains(T[k]),
      let verb = (k + 2..<limit).first(where: { T[$0].kind == .word && T[$0].quote == nil && doc.tag($0)?.isFiniteVerb == true }),
      let own = finder.subject(before: verb, floor: k + 1), own.tokens.lowerBound > k + 1,
      (k + 1..<own.tokens.lowerBound).allSatisfy({ T[$0].kind == .word && T[$0].quote == nil && !T[$0].is("that") && !Lexicon.relativePronouns.contains(T[$0]) })
    {
      return own
    }
    guard k < limit, var phrase = finder.phrase(after: k - 1, limit: limit) else { return nil }
    // `At an event in St. Clairsville, Ohio, Brenda Johnson …`: the adverbial's town, then
    // its state or country between commas (and another adverbial: `…, N.H., on Tuesday,`),
    // then the subject.
    if k > r.lowerBound + 1, T[k - 2].isCapitalised, isPlaceBetweenCommas(phrase) {
      var comma = phrase.tokens.upperBound
      if let next = (comma + 1..<limit).first(where: { T[$0].isMark(",") }), isPrepositionalOpener(comma + 1..<next) { comma = next }
      if let next = finder.phrase(after: comma, limit: limit) { phrase = next }
    }
    if case .role = phrase.head, phrase.tokens.count > 7 { return nil }
    return finder.namesApposed(to: phrase, floor: r.lowerBound, limit: limit) ?? phrase
  }

  /// `As the Times reported, even on Friday morning, the mayor …`, `As Okafor noted,
  /// however, the levy …`: the comma that closes a phrase of when or how (opening with an
  /// adverb or a preposition, with no finite verb) set off after the comma at `comma`,
  /// when a clause follows it.
  func adverbialEnd(after comma: Int) -> Int? {
    let k = comma + 1
    guard k < r.upperBound, T[k].kind == .word, T[k].quote == nil, doc.tag(k) == .rb || Lexicon.prepositions.contains(T[k]),
      let close = (k + 1..<min(r.upperBound, k + 9)).first(where: { T[$0].kind != .word || T[$0].quote != nil }), T[close].isMark(","),
      !holdsFiniteVerb(k..<close), close + 1 < r.upperBound, startsClause(at: close + 1)
    else { return nil }
    return close
  }

  /// The sentence's first token past its dateline, if it opens with one.
  var pastDateline: Int { datelineEnd().map { $0 + 1 } ?? r.lowerBound }

  /// Where a clause fronted before the sentence's own may open: at its start (past a
  /// dateline), or at a subordinator right after an opening phrase of up to four words and
  /// its comma (`Last month, when I asked …, he said …`).
  private var frontedClauseOpener: Int {
    let start = pastDateline
    var k = start
    while k < r.upperBound, k - start < 4, T[k].kind == .word, T[k].quote == nil { k += 1 }
    guard k > start, k + 1 < r.upperBound, T[k].isMark(","), T[k + 1].kind == .word, Lexicon.circumstanceSubordinators.contains(T[k + 1]) else { return start }
    return k + 1
  }

  /// `ORLANDO, Fla. (Reuters) - President Barack Obama met …`: where a dateline that opens
  /// the paragraph ends, at its dash.
  func datelineEnd() -> Int? {
    let first = r.lowerBound
    // (Only a paragraph's first sentence opens with one.)
    guard first == doc.blockTokens[sentence.block].lowerBound else { return nil }
    // The place's words, in capitals (`HARBOUR CITY —`) or else capitalised (`Port Harcourt (AFP) –`).
    var last = first
    let capitals = NameClassifier.isCapitalsOnly(T[first].text)
    while last + 1 < r.upperBound, T[last + 1].kind == .word,
      capitals ? NameClassifier.isCapitalsOnly(T[last + 1].text) : T[last + 1].isCapitalised { last += 1 }
    guard T[first].kind == .word, last + 1 < r.upperBound, doc.isDateline(first..<(last + 1), block: sentence.block) else { return nil }
    return (first + 1..<min(r.upperBound, first + 12)).first { T[$0].isDashMark }
  }

  /// `Inside the hotel conference center,`, `Over the past two weeks,`: a preposition's
  /// phrase before the sentence's first comma, with no verb in it but an infinitive's or a
  /// relative clause's (`Amid proposals from some to build registers that would …,`;
  /// `By Sunday she had canceled a rally in Green Bay, Wis.,` holds its subject).
  private func isPrepositionalOpener(_ opening: Range<Int>) -> Bool {
    guard Lexicon.prepositions.contains(T[opening.lowerBound]), opening.count <= 12 else { return false }
    guard let verb = opening.first(where: { T[$0].kind == .word && doc.tag($0)?.isVerb == true }) else { return true }
    return (opening.lowerBound..<verb).dropFirst().contains { T[$0].is("to") || T[$0].is("that") || Lexicon.relativePronouns.contains(T[$0]) }
  }

  /// A name the article takes for a place, or a state's abbreviation (`N.H.`, `Fla.`),
  /// right before a comma.
  private func isPlaceBetweenCommas(_ phrase: NounPhrase) -> Bool {
    guard case .name(let name) = phrase.head, phrase.tokens.upperBound < r.upperBound, T[phrase.tokens.upperBound].isMark(",") else { return false }
    if name.count == 1, T[name.lowerBound].text.contains("."), Lexicon.state(abbreviated: T[name.lowerBound].lower) != nil { return true }
    return kind(ofName: name) == .place
  }

  /// `according to a new poll by the Harvard Institute of Politics`, `an analysis by Lee
  /// Epstein`, `reads a Wednesday editorial in the Des Moines Register`: a document with no
  /// name of its own stands for the name that made it, found after `by`, `from` or `in` (a
  /// participle between) before the phrase's clause ends. So does a part of one (`early
  /// results of a poll by Edison Research`).
  func author(of source: NounPhrase) -> NounPhrase? {
    guard case .role = source.head, let head = source.tokens.last(where: { T[$0].kind == .word }) else { return nil }
    guard T[head].has(.documentNoun) || T[head].has(.speechNoun) else {
      let of = source.tokens.upperBound
      guard of < r.upperBound, T[of].is("of"), let whole = finder.phrase(after: of, limit: r.upperBound), whole.tokens.lowerBound == of + 1 else { return nil }
      return author(of: whole)
    }
    var k = source.tokens.upperBound
    while k < min(r.upperBound, source.tokens.upperBound + 6), T[k].kind == .word {
      // `a review seen by the Times`: who came by it did not make it.
      if Lexicon.receivingVerbs.contains(T[k]) { return nil }
      // `a lawsuit filed in Manhattan`, `a study published Monday in the journal Hepatology`:
      // where it was made or appeared, after a participle, is not who made it (`an editorial
      // in the Register` is the paper's).
      let appeared = T[k].is("in") && (source.tokens.upperBound..<k).contains(where: { doc.tag($0) == .vbn })
      if !appeared, Lexicon.authorPrepositions.contains(T[k]), let author = finder.phrase(after: k, limit: r.upperBound), makes(author) { return author }
      k += 1
    }
    return nil
  }

  /// Whether a phrase after `by`, `from` or `in` can have made a document: a name that is
  /// no place, or people and bodies named by their noun after `the` (`according to a study
  /// by the economists at Harbour University`).
  private func makes(_ author: NounPhrase) -> Bool {
    switch author.head {
    case .name(let name): kind(ofName: name) != .place
    case .role(definite: true): !finder.namesThing(author)
    default: false
    }
  }

  /// What the article takes the name at `name` for, once its mentions are registered.
  func kind(ofName name: Range<Int>) -> Speaker.Kind? {
    doc.entities.lookup(T[name].wordTokens.map(\.bare), before: T[name.lowerBound].range.end).map { doc.entities[$0].kind }
  }

  /// `Hours later`, `Three years ago`, `Shortly afterward`: a few words of no name that end
  /// in an adverb the tagger reads, before the sentence's first comma, say when — the
  /// subject comes after them (`The mayor, however,` ends in a noun).
  private func endsInAdverb(_ opening: Range<Int>) -> Bool {
    guard (2...4).contains(opening.count), T[opening].allSatisfy({ $0.kind == .word }),
      !T[opening].dropFirst().contains(where: \.isCapitalised), let last = doc.tag(opening.upperBound - 1), last == .rb || last == .rbr
    else { return false }
    return doc.tag(opening.lowerBound).map { $0 != .nnp && $0 != .nnps } ?? false
  }

  /// The subject of the sentence's first finite verb before `limit` (`In May, a U.S.
  /// District Court judge sided with …, saying …`), when the opening words hide it from
  /// `sentenceSubject`.
  func clauseSubject(before limit: Int) -> NounPhrase? {
    // The tagger often reads a past tense after a noun as a participle (`the board released/VBN`).
    let isVerb = { (k: Int) -> Bool in
      guard self.T[k].kind == .word, self.T[k].quote == nil, let tag = self.doc.tag(k) else { return false }
      return tag.isFiniteVerb && !self.finder.isCompoundsNoun(k) || (tag == .vbn && k > self.r.lowerBound && self.doc.tag(k - 1)?.isNoun == true)
    }
    guard limit > r.lowerBound, let verb = (r.lowerBound..<limit).first(where: isVerb), verb > r.lowerBound else { return nil }
    return finder.subject(before: verb, floor: r.lowerBound)
  }

  /// `A harbour official, who requested anonymity, said …`, `Rep. Bobby Scott (D-Va.),
  /// ranking member of …, said …`: when the words right before a cue close an
  /// appositive or a relative clause that no rule could take apart, the subject is the
  /// sentence's first noun phrase, if a comma or bracket follows it straight away.
  func appositiveSubject(before cue: Int) -> NounPhrase? {
    var j = skippingCueModifiers(back: cue - 1)
    // `Omar Bell, host of "Harbour Hour," said`: the appositive's comma set inside a short
    // title's closing mark closes the appositive all the same.
    var title: Int? = nil
    if j - 1 > r.lowerBound, T[j].kind == .quoteClose, T[j - 1].isMark(","), let q = T[j].quote, doc.wordCount(ofQuote: q) <= 4 {
      title = q
      j -= 1
    }
    // A capitalised word after a dash opens a new phrase (`RYE, N.H. - State Rep. …`), no cue.
    guard !T[cue].isCapitalised, j > r.lowerBound, T[j].isMark(",") || T[j].isMark(")") || finder.isDash(j),
      var head = sentenceSubject(before: j), head.tokens.upperBound <= j
    else { return nil }
    // `Another pollster, Dana Ruiz of …, said`: the role's name closes right at the cue —
    // set off after the role (not `And Lima, said Rivers, does …`, an inverted cue).
    if head.tokens.upperBound == j {
      let before = head.tokens.lowerBound - 1
      return before >= r.lowerBound && (T[before].isMark(",") || finder.isDash(before)) ? head : nil
    }
    // `A spokeswoman for the port, who asked not to be named, said`: the role keeps the
    // object its preposition ties to it, and the appositive follows the two.
    if case .role = head.head, Lexicon.roleLinkPrepositions.contains(T[head.tokens.upperBound]),
      let object = finder.phrase(after: head.tokens.upperBound, limit: j), object.tokens.upperBound < j,
      let whole = finder.analyse(head.tokens.lowerBound..<object.tokens.upperBound, fullEnd: object.tokens.upperBound)
    {
      head = whole
    }
    // (`Mrs. Lima herself, as well as her campaign, has …`: past a reflexive that stresses it.)
    let close = head.tokens.upperBound + (Lexicon.intensiveReflexives.contains(T[head.tokens.upperBound]) ? 1 : 0)
    let after = T[close]
    guard close < j, after.isMark(",") || after.isMark("(") || finder.isDash(close) else { return nil }
    // No quote, colon or semicolon in between: that would be content, not an appositive.
    guard !T[close..<j].contains(where: { $0.kind == .quoteOpen && $0.quote != title || $0.isMark(":") || $0.isMark(";") }) else { return nil }
    // `Another pollster, David Woodard of Clemson University, said`, `A former candidate --
    // John McCain, who lost in 2008 -- said`: the name the role introduces.
    var opening = close
    while opening + 1 < j, finder.isDash(opening + 1), T[opening].isMark("-") { opening += 1 }
    if case .role = head.head, after.isMark(",") || finder.isDash(close), var named = finder.phrase(after: opening, limit: j),
      case .name = named.head, named.tokens.upperBound < T.count, T[named.tokens.upperBound].isMark(",") || finder.isDash(named.tokens.upperBound)
    {
      named.role = named.role ?? doc.text(head.range)
      return named
    }
    return head
  }

  /// The first word of the verb an infinitive cue depends on (`declined` in `declined to
  /// say`, `went` in `went out of his way to say`): a few words before `to`, at least one
  /// of them a verb, none a noun or pronoun that could be its own subject. A preposition's
  /// object may have a determiner or a name (`went to the studio to say`, `took to Twitter
  /// to say`); a verb's may not (`paid the consultants to say`: the consultants say).
  func governingVerb(ofInfinitive cue: Int) -> Int? {
    var j = cue - 2
    var start: Int? = nil
    // Whether a determiner or name was passed that no preposition has governed yet.
    var ungoverned = false
    while j > r.lowerBound, cue - 2 - j < 7, T[j].kind == .word, let tag = doc.tag(j) {
      if tag.isVerb {
        if ungoverned { break }
        start = j
      } else if tag == .dt || tag == .nnp {
        // (`had this to say`: a determiner alone before `to` is what was said, no one told to.)
        ungoverned = !(tag == .dt && j == cue - 2)
      } else if !Self.verbGroupTags.contains(tag) {
        break
      }
      if tag == .in || tag == .to { ungoverned = false }
      j -= 1
    }
    return start
  }

  /// `The ruling led Okafor to say that …`, `prompting her to declare …`: after a verb that
  /// makes someone do what follows, the object right before the infinitive's `to` spoke.
  func causedSpeaker(ofInfinitive cue: Int) -> NounPhrase? {
    let to = cue - 1
    // (The verb by its spelling first, within an object's reach: most infinitives have none.)
    guard to - 2 >= r.lowerBound, T[to].is("to"), T[to - 1].kind == .word,
      (max(r.lowerBound, to - PhraseFinder.maxPhraseTokens - 10)..<(to - 1)).contains(where: { T[$0].kind == .word && Lexicon.causativeVerbs.contains(T[$0]) })
    else { return nil }
    // (`prompted her to …`: an object pronoun stands for whom it refers to.)
    let pronoun = Lexicon.objectPronouns.contains(T[to - 1]) ? Lexicon.pronouns[T[to - 1].lower] : nil
    guard let object = pronoun.map({ NounPhrase(tokens: (to - 1)..<to, range: T[to - 1].range, head: .pronoun($0), role: nil) })
      ?? finder.walkBack(from: to - 1, floor: r.lowerBound),
      object.tokens.upperBound == to, object.tokens.lowerBound - 1 >= r.lowerBound
    else { return nil }
    let verb = T[object.tokens.lowerBound - 1]
    return verb.kind == .word && Lexicon.causativeVerbs.contains(verb) ? object : nil
  }

  /// Words between a verb and its infinitive: `was quick to say`, `went out of his way to
  /// say`, and comparatives (`were slightly more likely to say`, a poll's favourite).
  private static let verbGroupTags: Set<PennTag> = [.rb, .jj, .rp, .in, .prpPossessive, .nn, .to, .rbr, .jjr]

  /// `The museum, Mr. Bush said, celebrated …`: the cue sits inside its content, which
  /// then runs from the clause start to the sentence end.
  func parentheticalContent(from before: TextRange, after last: Int) -> (range: TextRange, quote: Int?)? {
    var k = last + 1
    // (Past a listener too: `The solution, the partner told them, was simple`.)
    while k < r.upperBound, T[k].kind == .word,
      T[k].has(.adjunctOpener) || T[k].isCapitalised || T[last].has(.listenerVerb) && (Lexicon.listenerWords.contains(T[k]) || T[k].has(.determiner))
    {
      k += 1
    }
    // (Past the words it was said in or when: `…, Lima argued in her email, the levy …`,
    // `…, Lima said on Monday, the levy …`; not `the two battleground states with the most
    // voters, the nominee …`, a noun the tagger reads as a verb.)
    if k < r.upperBound, !T[k].isMark(","), let comma = commaAfterAdjunct(from: last + 1),
      T[comma - 1].has(.documentNoun) || T[comma - 1].has(.speechNoun) || Lexicon.isTimeWord(T[comma - 1])
    {
      k = comma
    }
    // `No one was hurt, according to the operator, which said …`: a relative clause after the
    // source is the source's own; the clause goes on, if at all, where it closes.
    if k + 1 < r.upperBound, T[k].isMark(","), T[k + 1].kind == .word, Lexicon.relativePronouns.contains(T[k + 1]) {
      guard let close = (k + 2..<r.upperBound).first(where: { T[$0].isMark(",") }) else { return nil }
      k = close
    }
    guard k + 2 < r.upperBound, T[k].isMark(","), T[k + 1].kind == .word, !endsContent(at: k + 1, stops: []), !opensTimeBefore(at: k + 1) else { return nil }
    // `The levy will rise, Lima said, but premiers say …`: a conjunction after the cue's comma
    // opens another speaker's clause, with a speech verb of its own, when the words before the
    // cue are one already (`But, she said, premiers say …` are not); what was said ends at the
    // cue. (With none, the clause goes on with what was said: `The crews are tired, Lima
    // said, and want a rest`. The tagger may read a present after a plural as a base form:
    // `premiers say`.)
    if Lexicon.coordinators.contains(T[k + 1]), let words = tokens(in: before), holdsFiniteVerb(words),
      ((k + 2)..<r.upperBound).contains(where: { T[$0].kind == .word && T[$0].quote == nil && T[$0].has(.speechVerb) && doc.tag($0).map { $0.isFiniteVerb || $0 == .vb } == true })
    {
      return nil
    }
    var hi = r.upperBound
    while hi > k + 1, T[hi - 1].kind == .punctuation || T[hi - 1].kind == .quoteClose { hi -= 1 }
    guard hi - (k + 1) >= 2 else { return nil }
    // (A phrase with no verb of its own after the comma describes what comes before it, a
    // clause of its own: `according to voters in Vigo County, a bellwether county in
    // Indiana.`, `…, the regulator said, the largest penalty of its kind.`, `…, the mayor
    // said, a move that angered residents.` — its verbs, if any, a relative clause's (a
    // quoted one is the clause's own). Not after a time or a subordinate clause, whose main
    // clause it opens: `About 10 p.m., according to a timeline, the guards left …`.)
    if Lexicon.articles.contains(T[k + 1]), let words = tokens(in: before), holdsFiniteVerb(words),
      !Lexicon.circumstanceSubordinators.contains(T[words.lowerBound])
    {
      let verb = ((k + 1)..<hi).first { T[$0].kind == .word && doc.tag($0)?.isFiniteVerb == true }
      if verb.map({ v in ((k + 1)..<v).contains { T[$0].is("that") || Lexicon.relativePronouns.contains(T[$0]) } }) ?? true { return nil }
    }
    return (TextRange(before.start, doc.span((k + 1)..<hi).end), nil)
  }

  /// The comma closing a phrase of when or where that opens at `k` (`on Monday,`, `after
  /// the vote,`, `in Leeds,`) — a preposition or subordinator, then a few words and no verb
  /// — before a clause (not `in its letter, written by …`, `in the spring, when …`).
  func commaAfterAdjunct(from k: Int) -> Int? {
    guard k < r.upperBound, T[k].kind == .word, T[k].has(.adjunctOpener) || Lexicon.circumstanceSubordinators.contains(T[k]),
      let comma = (k + 1..<min(r.upperBound, k + 10)).first(where: { T[$0].kind != .word || T[$0].quote != nil }), T[comma].isMark(","),
      // (`after winning her ward on Monday,`: a gerund right after its subordinator.)
      !(k..<comma).contains(where: { Lexicon.subjectPronouns.contains(T[$0]) || doc.tag($0)?.isVerb == true && !($0 == k + 1 && doc.tag($0) == .vbg) }),
      startsClause(at: comma + 1)
    else { return nil }
    return comma
  }

  /// `a day after …`, `hours before …`, `shortly after …`: a time before an event (a few
  /// words ending in a time's noun or an adverb, then `after`, `before` or `since`) says when.
  private func opensTimeBefore(at k: Int) -> Bool {
    var j = k
    while j < r.upperBound, j - k < 3, T[j].kind == .word, !Lexicon.eventRelations.contains(T[j]) { j += 1 }
    guard j > k, j < r.upperBound, T[j].kind == .word, Lexicon.eventRelations.contains(T[j]) else { return false }
    return Lexicon.timeNouns.contains(T[j - 1]) || doc.tag(j - 1) == .rb
  }

  /// `As Paul Ryan has pointed out, that's …`, `But as Clyburn noted on Monday, those voters
  /// …`: the comma that ends an `as` clause opening the sentence (past a coordinator), right
  /// after its cue `c` or past a few words of when or where; what follows it is the content.
  func asClauseComma(after c: Int) -> Int? {
    let opener = r.lowerBound + (Lexicon.coordinators.contains(T[r.lowerBound]) ? 1 : 0)
    guard Lexicon.asClauseOpeners.contains(T[opener]), !(opener + 1..<c).contains(where: { T[$0].isMark(",") }),
      let comma = (c + 1..<min(r.upperBound, c + 6)).first(where: { T[$0].isMark(",") || T[$0].kind != .word }), T[comma].isMark(","),
      comma + 1 < r.upperBound, T[comma + 1].kind == .word,
      comma == c + 1 || (T[c + 1].has(.adjunctOpener) || Lexicon.timeOpeners.contains(T[c + 1])) && clauseStart(in: (c + 1)..<comma) == nil
    else { return nil }
    return comma
  }

  /// True when the cue closes its clause (`…, Xi said.`, `…, he said in a statement.`).
  func isPostposed(after c: Int) -> Bool {
    var k = c + 1
    let listener = T[c].has(.listenerVerb)
    var circumstance = false
    while k < r.upperBound {
      let t = T[k]
      // `he said on ABC's "This Week."`: a show's title is a name inside the adjunct.
      if t.kind == .quoteOpen, isInTitle(k) {
        k = pastQuote(at: k)
        continue
      }
      // (`told a crowd at the hall that spilled out …`: a relative `that` opens nothing said.)
      if t.is("that") && !isRelativeThat(k) || t.isMark(":") || t.kind == .quoteOpen { return false }
      if t.isMark(",") || t.isMark(";") || SentenceSplitter.isTerminal(t, in: doc.scalars) || t.kind == .quoteClose || isClosingDash(k) { break }
      if isCircumstanceClause(at: k, after: c) {
        circumstance = true
        break
      }
      k += 1
    }
    // `As Paul Ryan has pointed out, that's …`, `But as Clyburn noted, those voters …`, `As
    // the Post reported, even if …`: a cue in an `as` clause that opens the sentence (past
    // a coordinator) introduces whatever follows it.
    if asClauseComma(after: c) != nil { return false }
    // `reported, citing people familiar with the matter, that …`: a participle's words set
    // off, and the content follows.
    if k + 1 < r.upperBound, T[k].isMark(","), participleAsideClose(k + 1) != nil { return false }
    if k == c + 1 { return !isAsideBeforeContent(comma: k) }
    // `says at a stop in Toledo, Ohio, that …`, `wrote in her decision, released Friday, that …`,
    // `asked Ana Lima, the harbour master, whether …`: a place or a short aside between
    // commas, and the content (or the question) follows — after a longer aside too (`said on
    // Tuesday, after a long meeting with union leaders, that …`), but for a relative pronoun,
    // which opens the clause of the aside's last noun (`wrote in an email, marking the first
    // time she named Lima, who …`).
    if k < r.upperBound, T[k].isMark(",") {
      var j = k + 1
      while j < r.upperBound, j - k <= 12, T[j].kind == .word { j += 1 }
      if j > k + 1, j + 1 < r.upperBound, T[j].isMark(","),
        T[j + 1].is("that") || Lexicon.indirectQuestionOpeners.contains(T[j + 1]) && (j - k <= 4 || !Lexicon.relativePronouns.contains(T[j + 1]))
      {
        return false
      }
    }
    let first = T[c + 1]
    // `said in 2010 the bridge would …`: a clause after the adjunct is the content.
    let clauseAhead = { (from: Int) in self.clauseStart(in: (from + 1)..<max(from + 1, min(k, from + 12))) != nil }
    // `said this week`, but not `say this is a rough patch`: a demonstrative before a verb
    // is the content's subject.
    let demonstrative = Lexicon.demonstrativeAdjunctOpeners.contains(first) && c + 2 < r.upperBound && T[c + 2].kind == .word
      && (Lexicon.auxiliaries.contains(T[c + 2]) || doc.tag(c + 2)?.isFiniteVerb == true)
    if first.has(.adjunctOpener) && !first.is("to") && !demonstrative { return !clauseAhead(c + 1) && infinitiveAfterAdjunct(of: c, before: k) == nil }
    // `Clinton said to a crowd in Leeds.`, `Sanders told Rolling Stone in late May.`: past
    // a listener, only where or when follows — no clause of its own.
    var p = c + 1
    while listener, p < k, T[p].kind == .word,
      T[p].isCapitalised || T[p].has(.determiner) || Lexicon.objectPronouns.contains(T[p]) || Lexicon.listenerWords.contains(T[p])
    {
      p += 1
    }
    // A participle after the comma (`…, Trump told supporters, referring to Clinton.`)
    // says more of the subject; the cue's clause ends there as at the sentence's end — but
    // not after a listener that may be what was urged (`urged a strong stand, saying …`).
    let participleAfter = k + 1 < r.upperBound && T[k].isMark(",") && (!listener || Lexicon.tellVerbs.contains(T[c])) && isGerund(at: k + 1)
    let endsSentence = k >= r.upperBound || T[k].kind == .quoteClose || SentenceSplitter.isTerminal(T[k], in: doc.scalars) || circumstance || participleAfter
    if endsSentence, p < k, startsPrepositionalPhrase(at: p), !clauseAhead(p) { return true }
    // `…, Ash Carter told a Senate panel.`: a listener of any shape, then the sentence ends —
    // after a finite `tell`, a longer one with no finite verb of its own (`tells hundreds
    // of screaming supporters at a victory party in Leeds.`; but `warned China against
    // provocative behaviour …` says what, and `Hispanics telling their stories` is no cue).
    if listener, endsSentence, !clauseAhead(c), !objectControl(at: c + 1, verb: T[c]),
      k - (c + 1) <= 8
        || Lexicon.tellVerbs.contains(T[c]) && !T[c].lower.endsWith("ing") && k - (c + 1) <= 16
          && !((c + 1)..<k).contains(where: { T[$0].kind == .word && doc.tag($0)?.isFiniteVerb == true })
    {
      return true
    }
    // `Rubio said here.`, `Lima fired back with a laugh.`: only adverbs, particles and a
    // short prepositional phrase before the clause ends.
    if k - (c + 1) <= 7, closesClause(after: c) { return true }
    // (Unless a clause starts after it, `told reporters the suspects, aged 19 and 22, were …`,
    // or the listener's infinitive, `urged Lima to resign.`)
    if listener && k - (c + 1) <= 4 && (first.isCapitalised || first.has(.pronoun) || first.is("reporters")) && !clauseAhead(c)
      && !objectControl(at: c + 1, verb: T[c])
    {
      return true
    }
    // `"…," Carter told the Shangri-La Dialogue, a regional forum in Singapore.`, `"…,"
    // Christie said to laughs.`: after the quote that opens the sentence, whatever follows
    // the cue to the first comma says who heard it, where and how — unless a clause of its
    // own starts there. The quote was what was said. (A participle is not the quote's cue:
    // `"…," Romney tweeted after a man claiming allegiance to …`.) Asked last: the clause
    // test is the dearest.
    return opensWithQuote(before: c) && !T[c].lower.endsWith("ing") && !clauseAhead(c)
  }

  /// Whether the sentence opens with a quote that closes before token `c` with only the
  /// cue's subject between them (`"…," Okafor said`; not `"…," said Okafor`, nor `"…," said
  /// Tim Selaty, organizer of a group called …`) — a quote that is no sentence of its own
  /// (`"… state." She noted …`) and no title (`"Broad City" Star Asked Actors To …`).
  private func opensWithQuote(before c: Int) -> Bool {
    guard T[r.lowerBound].kind == .quoteOpen, let q = T[r.lowerBound].quote, !doc.isTitle(quote: q),
      let close = closing(q, in: r.lowerBound..<c),
      !T[close - 1].isMark(".")
    else { return false }
    let between = (close + 1)..<c
    return between.contains { T[$0].kind == .word } && !between.contains { T[$0].kind == .word && T[$0].has(.speechVerb) }
  }

  /// `…, an official told Reuters on condition of anonymity because he was not authorized to
  /// speak`, `Rubio said Sunday in Virginia as the crowd roared`: a clause of reason or
  /// circumstance after the cue's own words, with no clause before it, says why or when,
  /// not what (`told reporters the port closed because …` reports the reason too; `because
  /// of` is a preposition, and `as`, `after` … must open a clause or a participle: `said
  /// Sunday after the vote` is a time, `said Sunday as many as 40 people died` a comparison).
  private func isCircumstanceClause(at k: Int, after c: Int) -> Bool {
    guard k > c, k + 1 < r.upperBound, Lexicon.circumstanceSubordinators.contains(T[k]) else { return false }
    // Right after the cue, a finite clause that runs to the sentence's end (`said as he
    // launched the process.`); one a comma closes opens what was said (`said as voters
    // learn more, his support will fade`; `said when asked …` may be the question's), and
    // after a denial `when` asks (`have not said when they would take it up`).
    // (`said while he was in Salem that …`: a `that` after the clause opens what was said.)
    if k == c + 1 {
      return T[k + 1].kind == .word && !(isDenied(c) && Lexicon.questionOpeners.contains(T[k])) && startsClause(at: k + 1)
        && !((k + 2)..<r.upperBound).contains(where: {
          T[$0].isMark(",") || T[$0].isMark(";") || T[$0].isMark(":") || T[$0].kind == .quoteOpen || opensClauseOfWhatWasSaid($0)
        })
    }
    if T[k].is("because") { return !T[k + 1].is("of") && clauseStart(in: (c + 1)..<k) == nil }
    // `told the Post before he spoke to the committee that …`: the `that` clause is the content.
    // (Not a demonstrative's: `told me when I asked her about that week`.)
    guard T[k + 1].kind == .word, !((k + 1)..<r.upperBound).prefix(while: { !T[$0].isMark(",") }).contains(where: opensClauseOfWhatWasSaid) else {
      return false
    }
    // A clause right after the cue (`said the repairs would end before the storms`) is
    // found first, cheaply; the tagger is asked last.
    guard clauseStart(in: (c + 1)..<k) == nil, let next = doc.tag(k + 1), next != .jj, next != .rb else { return false }
    return next == .vbn || next == .vbg || startsClause(at: k + 1)
  }

  /// A `that` after a clause of circumstance that may open what was said: neither a
  /// relative's nor a demonstrative's.
  private func opensClauseOfWhatWasSaid(_ k: Int) -> Bool { T[k].is("that") && !isRelativeThat(k) && !isDeterminerThat(k) }

  /// The claim content that ends right before token `end` (exclusive), from the clause start.
  func contentBefore(_ end: Int, claims: [Claim]) -> (range: TextRange, quote: Int?)? {
    // (`HALIFAX — A man has been charged …, police said`: the dateline is no part of it.)
    var start = pastDateline
    // After an earlier claim in the same sentence (`"A," Zheng said, "B."`) — but for an
    // infinitive's that runs to the cue's comma, one act of those the cue reports (`The man
    // barricaded himself inside and threatened to harm himself, police said`).
    for claim in claims where claim.cue != nil && !isInfinitiveEnding(claim, at: end) {
      if let cueToken = tokenIndex(at: claim.content.end), cueToken < end, cueToken + 1 > start { start = max(start, cueToken + 1) }
    }
    var lo = start
    var hi = end
    while lo < hi, T[lo].kind == .punctuation, T[lo].text != "(" { lo += 1 }
    while hi > lo, T[hi - 1].kind == .punctuation { hi -= 1 }
    guard hi > lo else { return nil }
    // Exactly one quote (with its marks), as in `"…," he said` — or one that a dash or a
    // colon sets off from the words before it (`The port denies it — "why …?" asked Lima`).
    if T[lo].kind == .quoteOpen, let q = T[lo].quote, pastQuote(at: lo) >= hi { return (quoteContent(q), q) }
    if T[hi - 1].kind == .quoteClose, let q = T[hi - 1].quote, let open = (lo..<hi).first(where: { T[$0].quote == q }), open > lo,
      T[open].kind == .quoteOpen, T[open - 1].mark.isDash || T[open - 1].isMark(":")
    {
      return (quoteContent(q), q)
    }
    // (Two words only when they are a clause that opens the sentence, a subject and its
    // verb, and the cue's words close it: `Prices rose, the report said.`; not `Yes, she
    // said`, nor `Eyebrows raised, he asked, "…"`, nor `…, Sweet noted, Trump said …`.)
    if hi - lo < 2
      || hi - lo == 2 && !(lo == pastDateline && isTwoWordClause(lo) && !(end..<r.upperBound).contains { T[$0].quote != nil || $0 > end && T[$0].isMark(",") })
    {
      return nil
    }
    if (lo..<hi).allSatisfy({ T[$0].quote != nil || T[$0].kind != .word }) { return nil }
    // `a policy which, according to the Times, residents have criticised`: a relative
    // pronoun before an aside opens the clause the cue closes; nothing before it was said.
    if (lo..<hi - 1).contains(where: { T[$0].kind == .word && T[$0].quote == nil && Lexicon.relativePronouns.contains(T[$0]) && T[$0 + 1].isMark(",") }) {
      return nil
    }
    return (trim(lo..<hi), nil)
  }

  /// Whether `claim` is an infinitive after its cue (`threatened to harm himself`) that ends
  /// right before the token at `end`: one act of those a cue there reports, neither the
  /// start of what it reports nor a claim it relays.
  func isInfinitiveEnding(_ claim: Claim, at end: Int) -> Bool {
    guard let cue = claim.cue, cue.end <= claim.content.start, let first = tokenIndex(at: claim.content.start), T[first].is("to"),
      let last = (first..<end).last(where: { T[$0].kind != .punctuation })
    else { return false }
    return T[last].range.end == claim.content.end
  }

  /// Whether the two words from `k` are a clause, a subject and its finite verb (`Prices
  /// rose`), outside quotes.
  private func isTwoWordClause(_ k: Int) -> Bool {
    T[k].kind == .word && T[k + 1].kind == .word && T[k].quote == nil && T[k + 1].quote == nil
      && doc.tag(k).map { $0.isNoun || $0 == .prp } == true && doc.tag(k + 1)?.isFiniteVerb == true
  }

  /// `’08`, `'90s`: an apostrophe standing for left-out digits, part of the word after it.
  private func isElision(_ k: Int) -> Bool {
    (T[k].isApostrophe || T[k].isMark("\u{2018}")) && k + 1 < r.upperBound && T[k + 1].kind == .word
      && T[k].range.end == T[k + 1].range.start
  }

  /// `Sanders’ office`: a plural's or an -s name's possessive mark, right after its word.
  private func isPossessiveMark(_ k: Int) -> Bool {
    T[k].isApostrophe && k > r.lowerBound && T[k - 1].kind == .word && T[k - 1].range.end == T[k].range.start
      && T[k - 1].lower.endsWith("s")
  }

  /// Whether token `j` belongs to a quoted show's, book's or slogan's title.
  private func isInTitle(_ j: Int) -> Bool { T[j].quote.map(doc.isTitle(quote:)) ?? false }

  /// The content after a cue: past `that`, a listener (`told reporters that`) or an
  /// adjunct (`said on Thursday that`), up to the end of its clause. A `that` right before
  /// a finite verb is the content's subject, not its opener (`said that was a mistake`).
  func contentAfter(_ c: Int, verb: Token, stops: [Int], weak: Bool) -> (range: TextRange, quote: Int?)? {
    var k = c + 1
    var sawThat = false
    if let q = quoteAfterAdverb(at: k) { return (quoteContent(q), q) }
    // (Not after `continue`: `will continue "to fight for them" across …` says it went on.)
    if !Lexicon.aspectualCues.contains(verb.lower), let q = quoteBeforeCircumstance(at: k) { return (quoteContent(q), q) }
    // `said goodbye to his staff`, `say a prayer`: a greeting or a rite is said, not claimed.
    if k + 1 < r.upperBound, T[k].kind == .word, T[k].quote == nil, !T[k].isCapitalised, Lexicon.finiteSayForms.contains(verb) || verb.is("saying"),
      Lexicon.sayingFormulas.contains(T[k]) || Lexicon.indefiniteArticles.contains(T[k]) && Lexicon.sayingFormulas.contains(T[k + 1])
    {
      return nil
    }
    // `denied that, saying …`, `said that.`: `that` before a participle's comma or the end
    // stands for what was said before (not `said that, if elected, he would …`).
    if k + 1 < r.upperBound, T[k].is("that"),
      SentenceSplitter.isTerminal(T[k + 1], in: doc.scalars) || T[k + 1].isMark(",") && k + 2 < r.upperBound && T[k + 2].has(.continuationParticiple)
    {
      return nil
    }
    // A show's title is a name among the words before `that` (`told "Fox and Friends" that`).
    if let that = (k..<min(r.upperBound, k + 12)).first(where: { T[$0].is("that") && T[$0].quote == nil && ($0 == k || !isRelativeThat($0)) }),
      (k..<that).allSatisfy({
        (T[$0].kind == .word || isElision($0) || isPossessiveMark($0)
          || (T[$0].isMark(",") && (T[k].has(.adjunctOpener) || isNameComma($0, after: verb) || closesListenersAside($0, from: k, verb: verb)
            || isAdverbAside(comma: $0) || isParticipleAsideComma($0, before: that))))
          && T[$0].quote == nil
          || isInTitle($0) || finder.isAmpersandInName($0)
      }),
      // (`said of the ruling that it …`: what it was said of, then what was said — a clause of
      // its own, not a relative one: `said of a list that included …`.)
      // (`said outside the courthouse that …`: where it was said.)
      that == k || T[k].has(.adjunctOpener) || Lexicon.locativePrepositions.contains(T[k]) || T[k].is("of") && startsClause(at: that + 1)
        || verb.has(.listenerVerb)
        || Lexicon.circumstanceSubordinators.contains(T[k])
        || isParticipleAsideComma(k, before: that)
        // (`said, however, that …`: only an adverb between.)
        || (k..<that).allSatisfy({ T[$0].isMark(",") || T[$0].kind == .word && !T[$0].isCapitalised && (T[$0].has(.cueModifier) || doc.tag($0) == .rb) }),
      // (Not past another cue's subject: `While Lima pledged to work with both parties, Okafor
      // insisted that …` — the `that` is Okafor's.)
      !stops.contains(where: { $0 > k && $0 < that }),
      !holdsCoordinatedVerb(k..<that),
      // (`asked if that remains …`: right after a question's opener `that` is its subject;
      // `asked whether she could reach that level`: a later one is the question's own.)
      !(that > k && (Lexicon.questionOpeners.contains(T[that - 1]) || Lexicon.indirectQuestionOpeners.contains(T[k]))),
      !(that == k && isDeterminerThat(that)),
      // (`urged people to seek shelter that way`: past a listener's infinitive, `that` is the
      // infinitive's.)
      !(verb.has(.listenerVerb) && (k..<that).contains { T[$0].is("to") && doc.tag($0 + 1) == .vb }),
      // `said in a statement it respected the right to protest but that …`: a `that` past a
      // pronoun's clause opens the clause's second part, not the cue's content (a clause
      // of when or why, `told the Post before she spoke to the committee that`, is passed over).
      !(k..<that).contains(where: { T[$0].has(.pronoun) && doc.tag($0) == .prp && !opensCircumstance($0) && startsClause(at: $0, before: that) }),
      // `told the court the warrant rested on a tip that was never checked`: past a listener,
      // a clause with no `that` is the content, and the later `that` is its own.
      !(verb.has(.listenerVerb) && that > k + 1 && ((k + 1)..<that).contains { !opensCircumstance($0) && clauseStart(in: $0..<($0 + 1)) != nil })
    {
      k = CueFinder.isSubjectThat(that, end: r.upperBound, T) ? that : that + 1
      sawThat = true
      // `proposed just that in 2013`: `that` before a preposition's phrase and no verb
      // to the sentence's end stands for what was said before; nothing is said here.
      if k < r.upperBound, T[k].kind == .word, Lexicon.prepositions.contains(T[k]), !(k..<r.upperBound).contains(where: { T[$0].kind == .quoteOpen }),
        !holdsFiniteVerb(k..<r.upperBound)
      {
        return nil
      }
    } else if Lexicon.requestVerbs.contains(verb.lower), let opener = ((k + 1)..<min(r.upperBound, k + 10)).first(where: { Lexicon.questionOpeners.contains(T[$0]) }),
      (k..<opener).allSatisfy({
        T[$0].kind == .word && T[$0].quote == nil && doc.tag($0)?.isVerb != true && !Lexicon.prepositions.contains(T[$0])
          || T[$0].isMark(",") && (isNameComma($0, after: verb) || closesListenersAside($0, from: k, verb: verb))
      })
    {
      // `asked the mayor if …`, `asked readers which ferry …`, `asked Ana Lima, the harbour
      // master, whether …`: past the one asked, the question (not `asked her about residents
      // who …`: a relative).
      k = opener
    } else if Lexicon.tellVerbs.contains(verb) {
      // `told the council the talks …`, `told CNN he …`: past a short listener, where a
      // clause starts (not inside a name: `told Fox | News the …`) or a quote opens — or,
      // with neither found, past the words a listener is made of.
      // (A determiner opens the listener's words or, after them, what was said: `told
      // reporters the ruling sent …`, where the tagger may read no clause.)
      // (Before a determiner, its words may be common nouns and adjectives too: `told
      // opposition members the bridge would …`.)
      let inName = { (p: Int) in self.T[p].isCapitalised && self.T[p - 1].isCapitalised }
      let isListenerWord = { (p: Int) in
        self.T[p].isCapitalised || self.T[p].has(.determiner) && p == k || Lexicon.listenerWords.contains(self.T[p])
      }
      var j = k
      while j < r.upperBound, j - k < 4, T[j].kind == .word, isListenerWord(j) { j += 1 }
      var nouns = j
      while nouns < r.upperBound, nouns - k < 4, T[nouns].kind == .word, isListenerWord(nouns) || !T[nouns].has(.determiner) && [.nn, .nns, .jj].contains(doc.tag(nouns)) {
        nouns += 1
      }
      if nouns > k, nouns < r.upperBound, T[nouns].kind == .word, T[nouns].has(.determiner) {
        k = nouns
      } else if k + 1 < r.upperBound, let clause = ((k + 1)..<min(r.upperBound, k + 6)).first(where: { T[$0].kind == .quoteOpen || !inName($0) && clauseStart(in: $0..<($0 + 1)) != nil }) {
        k = clause
      } else if j < r.upperBound, j > k, T[j].kind == .word {
        k = j
      }
    }
    if let comma = asClauseComma(after: c) { k = comma + 1 }
    while k < r.upperBound, T[k].isMark(":") || T[k].isMark(",") { k += 1 }
    guard k < r.upperBound else { return nil }
    // `announced Sunday she will resign`, `said last week the council …`: a time right
    // after the cue says when; the clause after it is what was said.
    if !sawThat, let clause = clauseAfterTime(at: k, infinitive: Lexicon.infinitiveCues.contains(verb)) { k = clause }
    // `said to a crowd in Leeds`, `told reporters at a breakfast`, `said of the ruling`: a
    // prepositional phrase is where or of what, not what was said — unless a clause or a
    // quote follows it (`said in 2010 the company would …`), other than a show's title
    // (`said on NBC's "Meet the Press."`).
    // (`said while the plan was costly, it would pay off`: a clause of contrast with its own
    // subject, set off by its comma, opens what was said — not one before a `that`, `said
    // while he was in Salem that …`, which says when.)
    // (Nor is an infinitive after it, for a cue that takes one: `pledged in 2015 to end …`,
    // `vowed in a speech to scrap …`.)
    if !sawThat, startsPrepositionalPhrase(at: k), !opensContrastInContent(at: k) {
      // (Not after a denied cue: `did not respond to questions about why the project is late`
      // says nothing.)
      if isDenied(c) { return nil }
      let ahead = (k + 1)..<min(r.upperBound, k + 12)
      let quote = ahead.first(where: { T[$0].kind == .quoteOpen && !isInTitle($0) })
      // (A clause of condition after the phrase is none: `warned of grave consequences if
      // she was not freed`.)
      guard let clause = [quote, clauseStart(in: ahead), infinitiveAfterAdjunct(of: c, before: ahead.upperBound)].compactMap({ $0 }).min(),
        !holdsCoordinatedVerb(k..<clause),
        !(T[clause - 1].kind == .word && Lexicon.conditionSubordinators.contains(T[clause - 1]))
      else { return nil }
      k = clause
    }
    // `said about the levy: “…”`, `commented on the levy, “…”`: a topic's phrase (a few
    // words) before a colon or comma and a quote says what the quote is about; the quote is
    // what was said.
    // (The preposition may be the cue's own, `commented on`, when it names what was talked
    // about — not a stance's object: `calls for reform, “…”` asks for the reform.)
    let topic = T[k].kind == .word && Lexicon.topicPrepositions.contains(T[k]) ? k : k == c + 1 && Lexicon.aboutnessPrepositions.contains(T[c]) ? c : nil
    if !sawThat, let topic,
      let colon = (topic + 1..<min(r.upperBound, topic + 8)).first(where: { T[$0].kind != .word }), T[colon].isMark(":") || T[colon].isMark(","),
      colon + 1 < r.upperBound, T[colon + 1].kind == .quoteOpen, !(topic + 1..<colon).contains(where: { doc.tag($0)?.isVerb == true })
    {
      k = colon + 1
    }
    // `said when asked whether …`, `told the Post after being pressed`: a clause of when with
    // no subject says when the words were said; what was said is the clause after its comma
    // or `that`, if one follows (`said when asked about it that the port would close`).
    // (So is one with its own subject when a `that` after it opens what was said: `said when
    // I asked her about it that the port would close`.)
    if !sawThat, opensSubjectlessCircumstance(at: k) || opensCircumstanceBeforeThat(at: k) {
      guard let after = contentAfterCircumstance(at: k) else { return nil }
      k = after
    }
    // A clause found past words after the cue (`told reporters to expect that …`, `stated,
    // while testifying, that Lima was …`) opens with its `that`, no part of what was said.
    if !sawThat, k + 1 < r.upperBound, T[k].is("that"), !CueFinder.isSubjectThat(k, end: r.upperBound, T), !isDeterminerThat(k) {
      k += 1
      sawThat = true
    }
    // `who asked not to be named`, `asked to speak`: a request with no listener asks
    // something for the speaker and reports nothing.
    if k == c + 1, Lexicon.requestVerbs.contains(verb.lower),
      T[k].is("to") || k + 1 < r.upperBound && Lexicon.negations.contains(T[k]) && T[k + 1].is("to")
    {
      return nil
    }
    // `Ministers urged to act`, `were told to leave`: a verb whose listener comes before its
    // infinitive, with none there, is passive — its subject was the one urged or told.
    if k == c + 1, k + 1 < r.upperBound, T[k].is("to"), verb.has(.listenerVerb) || Lexicon.directiveVerbs.contains(verb) && !Lexicon.namingVerbs.contains(verb),
      verb.lower.endsWith("ed") || verb.is("told"), doc.tag(k + 1) == .vb
    {
      return nil
    }
    if !sawThat, Lexicon.objectOnlyCues.contains(verb.lower), callReportsNothing(c, content: k, verb: verb) { return nil }
    // `clapping, singing, chanting and waving balloons`, `which he has denied and which …`:
    // a conjunction right after the cue goes on with what the subject did; nothing was said.
    if k == c + 1, T[k].kind == .word, Lexicon.clauseCoordinators.contains(T[k]) { return nil }
    let startsWithQuote = T[k].kind == .quoteOpen
    // A weak cue reports speech only with `that`, a quote, a reported question
    // (`questioned whether …`), a clause of its own (`has indicated she would not …`), or,
    // for a verb that states a stance, its object (`rejected the proposal`).
    let infinitive = T[k].is("to") && Lexicon.infinitiveCues.contains(verb)
    // `…, Scheer refused to say.`: speaking itself, with nothing after it, is what was
    // refused; nothing was said.
    if infinitive, k + 2 < r.upperBound, Lexicon.withheldSpeech.contains(T[k + 1]), T[k + 2].kind != .word { return nil }
    // (`Company Responds to Recall Reports`: what a verb of answering's `to` names was
    // answered, not said.)
    if T[k].is("to"), Lexicon.answeringVerbs.contains(verb) { return nil }
    // `reported spending $1 million`, `suggested rallying allies`: a gerund is what was said
    // (not after `continue`: `continued urging the council` says it went on).
    let gerund = isGerund(at: k)
    if gerund, Lexicon.aspectualCues.contains(verb.lower) { return nil }
    if (weak || Lexicon.clauseOnlyCues.contains(verb.lower)) && !sawThat && !infinitive && !gerund && !objectControl(at: k, verb: verb) && !callsSomething(at: k, verb: verb)
      && !Lexicon.questionOpeners.contains(T[k])
      && (T[k].is("to") || !quoteOwnedByCue(from: k))
      && !startsClause(at: k) && !(Lexicon.stanceVerbs.contains(verb) && startsObject(at: k) && !questionsSomeone(verb, at: k))
    {
      return nil
    }
    // `Ana Lima, who said she backed the plan, was not there`: a relative clause's claim
    // ends where the main clause's verb resumes after a comma (`, voted`, a past the tagger
    // may read as a participle there).
    let infinitival = !sawThat && (infinitive || objectControl(at: k, verb: verb))
    // `While only 7 percent said they are undecided, 27 percent …`: a cue in a clause that a
    // subordinator opens before the sentence's own reports up to that clause's comma.
    // (Worked out at the first comma: most contents meet none.)
    // (Content read from the comma that closes such a clause is the sentence's own: `As the
    // Times reported, even if …, the city …`.)
    lazy var inFrontedClause = { (opener: Int) in
      opener < c && T[opener].kind == .word && !(opener...c).contains { T[$0].isMark(",") }
        && (Lexicon.contrastConjunctions.contains(T[opener]) || Lexicon.circumstanceSubordinators.contains(T[opener]))
    }(frontedClauseOpener)
    let inRelativeClause = isInRelativeClause(cue: c)
    // What a verb of naming calls its object, right after the verb (`called him a "liar"`):
    // worked out at the first quote or conjunction that asks.
    lazy var namesItsObject = k > r.lowerBound && Lexicon.namingVerbs.contains(T[k - 1]) && callsSomething(at: k, verb: verb)
    var e = k
    while e < r.upperBound {
      let t = T[e]
      // (Not the comma that closes an aside inside the claim: `after her son, Tomas, was born`.)
      // (Nor a clause of its own after it, the sentence's: `According to the Times, which
      // first reported the threat, the negotiators were …`.)
      // (Or a comma a closing mark follows, which the content keeps: `Doug Ford, who has vowed
      // to fight it "tooth and nail," did not respond`.)
      if inRelativeClause, e > k, closesWithComma(e), e + 1 < r.upperBound, T[e + 1].kind == .word,
        isPastOrFinite(e + 1) || T[skippingCueModifiers(back: c - 1)].is("which") && startsClause(at: e + 1),
        (k..<e).count(where: { T[$0].isMark(",") && T[$0].quote == nil }) % 2 == 0
      {
        if t.kind == .quoteClose { e += 1 }
        break
      }
      // `called it "completely unacceptable," adding that …`: a comma inside the closing
      // mark ends the content as one after it would (so for a fronted clause's, `When Lima
      // says the lanes will "pay for themselves," she is …`).
      if t.kind == .quoteClose, e > k, T[e - 1].isMark(","), e + 1 < r.upperBound,
        endsContent(at: e + 1, stops: stops) || inFrontedClause && startsClause(at: e + 1)
      {
        e += 1
        break
      }
      // `called him a "moderate," a subtle dig`, `called it "a fraud" — a word …`: what a
      // verb of naming calls its object ends at the quote that says it, before an aside
      // (not before the next of a list of them, `a "nasty guy," an "anchor baby," …`).
      if t.kind == .quoteClose, e > k, T[e - 1].isMark(",") || e + 1 < r.upperBound && (T[e + 1].isMark(",") || T[e + 1].mark.isDash),
        !((e + 1)..<min(r.upperBound, e + 5)).contains(where: { T[$0].kind == .quoteOpen }),
        namesItsObject
      {
        e += 1
        break
      }
      if t.quote == nil {
        if isHeadline && t.isMark(";") { break }
        // `Lima Vows to Scrap Levy as Rivals Defend It`: in a headline, `as` and a clause set
        // the scene of what was said, no part of it.
        // (Its subject one word, its verb any form the tagger reads as finite: `as Critics Warn`.)
        if isHeadline, e > k + 1, t.is("as"), e + 2 < r.upperBound, startsClause(at: e + 1) || T[e + 1].kind == .word && doc.tag(e + 2)?.isFiniteVerb == true {
          break
        }
        // `called it "a great meeting" and said …`: a second speech verb sharing the subject
        // ends what the first one reported.
        if e > k + 1, startsCoordinatedSpeech(at: e) { break }
        // `called her "third-rate" and boycotted …`, `called it unfair and left`: past what a
        // verb of naming calls its object, or a quote, with no verb of its own (no word the
        // tagger reads as one, quoted or not), a conjunction and a finite verb (a verb by its
        // own class too) go on with the subject's predicates. (Not after other objects: the
        // tagger may miss the verb of a clause, `said Clinton misspoke/NNP and intended …`.)
        if e > k + 1, Lexicon.clauseCoordinators.contains(t), e + 1 < r.upperBound, T[e + 1].kind == .word,
          T[e - 1].kind == .quoteClose || namesItsObject,
          doc.tag(e + 1) == .vbd || doc.tag(e + 1) == .vbz, doc.lexicalTag(e + 1).map(\.isVerb) ?? true,
          !(k..<e).contains(where: { T[$0].kind == .word && (doc.tag($0)?.isVerb == true || Lexicon.contractedSubject(T[$0].lower) != nil) })
        {
          break
        }
        // `confirmed the stay but did not give reasons`: past an object of common words with
        // no verb, a conjunction and a negated auxiliary go on with the subject's predicates.
        if e > k + 1, Lexicon.clauseCoordinators.contains(t), e + 2 < r.upperBound, T[e + 1].kind == .word, Lexicon.auxiliaries.contains(T[e + 1]),
          Lexicon.denies(T[e + 1]) || Lexicon.denies(T[e + 2]),
          (k..<e).allSatisfy({ T[$0].kind == .word && !T[$0].isCapitalised && doc.tag($0)?.isVerb == false && T[$0].quote == nil })
        {
          break
        }
        // `said the cut "raises questions," and lowered his target`: after a comma, past a
        // clause with its own finite verb, a conjunction and a past tense with no subject go on
        // with the subject's predicates.
        if e > k + 2, Lexicon.clauseCoordinators.contains(t), closesWithComma(e - 1),
          e + 1 < r.upperBound, T[e + 1].kind == .word, doc.tag(e + 1) == .vbd, doc.lexicalTag(e + 1).map(\.isVerb) ?? true,
          doc.tag(c) == .vbd, (k..<e).contains(where: { T[$0].kind == .word && doc.tag($0)?.isFiniteVerb == true })
        {
          break
        }
        // `denies it — "why …?" asked Lima`: a dash before a quote with its own cue after it.
        if e > k, t.mark.isDash, quoteWithItsOwnCue(at: e + 1) { break }
        if t.isMark(",") || t.kind == .quoteClose && e + 1 < r.upperBound && T[e + 1].isMark(",") {
          let comma = t.isMark(",") ? e : e + 1
          if comma + 1 < r.upperBound, endsContent(at: comma + 1, stops: stops), !isSubjectsAside(after: comma, content: k),
            !closesApposedRole(comma, content: k)
          {
            break
          }
          // `…, compared with 38 percent who said …`, `…, up from 30 percent who said so`: a
          // few lowercase words with no verb between the comma and another cue's subject (not
          // a relative pronoun, whose clause the claim holds: `…, which he said was …`).
          if let stop = stops.first(where: { $0 > comma + 1 && $0 <= comma + 4 }),
            (comma + 1..<stop).allSatisfy({
              T[$0].kind == .word && !T[$0].isCapitalised && doc.tag($0).map { !$0.isFiniteVerb && $0 != .wdt && $0 != .wp && $0 != .wpPossessive } ?? true
            })
          {
            break
          }
          // `suggested her tone was harsh, called her "third-rate" and …`: a speech verb in a
          // finite form right after the comma is the next of the subject's predicates — not
          // one whose subject follows it (`…, reported the Examiner.`), nor after an aside
          // (`which he has, so far, refused …`).
          if comma + 1 < r.upperBound, T[comma + 1].kind == .word, T[comma + 1].quote == nil, T[comma + 1].has(.speechVerb),
            doc.tag(comma + 1) == .vbd || doc.tag(comma + 1) == .vbz, !opensInvertedSubject(after: comma + 1),
            !(max(k, comma - 4)..<comma).contains(where: { T[$0].isMark(",") }), !isSubjectsAside(after: comma, content: k),
            !closesApposedRole(comma, content: k)
          {
            break
          }
          // `urged people to seek shelter, and the warning spread`: an infinitive's content
          // holds no clause of its own.
          if infinitival, comma + 2 < r.upperBound, Lexicon.coordinators.contains(T[comma + 1]), startsClause(at: comma + 2) { break }
          if inFrontedClause, comma + 1 < r.upperBound, startsClause(at: comma + 1) { break }
        }
        // Another cue's subject starts here, or an adverb before it does (`…, and nearly three
        // in five said …`).
        let stop = stops.contains(e) || e + 1 < r.upperBound && stops.contains(e + 1) && t.kind == .word && doc.tag(e) == .rb
        // `…; 46 percent said …`: a semicolon before another cue's subject ends this claim too,
        // and so does a colon (`people who endorsed the plan sounded equivocal: Ana Lima called
        // it …`).
        if stop && e > k && (T[e - 1].isMark(",") && !closesApposedRole(e - 1, content: k) || T[e - 1].isMark(";") || T[e - 1].isMark(":") || T[e - 1].kind == .quoteClose) {
          break
        }
        // `said staff were reviewing the maps, but declined to comment`: the speaker's own act.
        if e > k + 1, t.kind == .word, Lexicon.coordinators.contains(t), withholds(at: e + 1) { break }
        // `…, but he said …`, `… was safe and others have said …`: a conjunction opens the
        // next speaker's clause — after a comma (inside a closing mark too), or `and`/`but`
        // after a clause with its own verb (not inside a subject, `said professors or
        // supervisors would …`), or after what a verb of naming calls its object (`will brand
        // you a liar and NBC News will …`).
        // (`… of a smear while Lima suggests …`: so does a conjunction of contrast, comma or
        // not — not inside an aside a dash opened in the content.)
        // (`…, and its president, Lyle Hammond, urged …`: the subject the name restates starts
        // the clause.)
        let afterComma = e > k + 1 && closesWithComma(e - 2)
        if (stop || e > k + 1 && Lexicon.coordinators.contains(T[e - 1]) && restatedByStop(from: e, stops: stops)) && e > k + 1
          && (Lexicon.coordinators.contains(T[e - 1])
          && (afterComma || Lexicon.clauseCoordinators.contains(T[e - 1])
            && ((k..<(e - 1)).contains { T[$0].kind == .word && doc.tag($0)?.isFiniteVerb == true }
              || !endsInNounOrPronoun(beforeDashAside(endingAt: e - 2, after: k)) || namesItsObject))
          || T[e - 1].kind == .word && Lexicon.contrastConjunctions.contains(T[e - 1]) && !(k..<(e - 2)).contains { T[$0].isDashMark })
        {
          e -= 1
          break
        }
      }
      e += 1
    }
    var hi = e
    while hi > k, T[hi - 1].kind == .punctuation && !isNumbersSign(hi - 1) || (T[hi - 1].kind == .quoteClose && T[hi - 1].quote != nil && quoteContent(T[hi - 1].quote!).end < T[k].range.start) { hi -= 1 }
    guard hi > k else { return nil }
    if startsWithQuote, let q = T[k].quote, pastQuote(at: k) >= hi { return (quoteContent(q), q) }
    if hi - k < 2 { return nil }
    // (A clause is one: `he's worth $10 billion`, `400 delegates participated`, which the
    // tagger often reads as a participle after its noun — not a passive one, `as` or `by`
    // after it, which qualifies the noun: `claiming a third term for the party known as
    // …`.)
    if !sawThat, !infinitive, !gerund || Lexicon.writingCues.contains(verb.lower), Lexicon.verblessObjectCues.contains(verb.lower),
      !(k..<hi).contains(where: { T[$0].kind == .quoteOpen || T[$0].kind == .word && Lexicon.contractedSubject(T[$0].lower) != nil }),
      !holdsClausesVerb(k..<hi),
      !(k + 1..<hi).contains(where: { doc.tag($0) == .vbn && doc.tag($0 - 1)?.isNoun == true && !($0 + 1 < hi && (T[$0 + 1].is("as") || T[$0 + 1].is("by"))) })
    {
      return nil
    }
    // `will respond next week`: a time is when, not what was said.
    if (k..<hi).allSatisfy({ T[$0].kind == .word && Lexicon.isTimePhraseWord(T[$0]) }) { return nil }
    return (trim(k..<(trailingMedium(in: k..<hi) ?? hi)), nil)
  }

  /// `criticized the delay in a statement`, `confirmed he was aboard in a post on Friday`:
  /// what the words were said in, at the content's end, is the cue's, not what was said — a
  /// preposition, a determiner and at most a few words, a noun for a medium of speech, then
  /// at most with whom and when. The preposition, where there is one.
  private func trailingMedium(in words: Range<Int>) -> Int? {
    var end = words.upperBound
    while end > words.lowerBound, T[end - 1].kind == .word, Lexicon.isTimePhraseWord(T[end - 1]) { end -= 1 }
    // (With whom, a name: asked only where a capital ends the words.)
    if end > words.lowerBound, T[end - 1].isCapitalised, let with = (max(words.lowerBound, end - 5)..<end).last(where: { T[$0].is("with") }),
      ((with + 1)..<end).allSatisfy({ T[$0].kind == .word && (T[$0].isCapitalised || T[$0].has(.determiner)) })
    {
      end = with
    }
    guard end - 3 > words.lowerBound, T[end - 1].kind == .word, Lexicon.speechMedia.contains(T[end - 1]),
      let p = (max(words.lowerBound + 2, end - 5)..<(end - 1)).last(where: { T[$0].kind == .word && Lexicon.mediumPrepositions.contains(T[$0]) }),
      T[p + 1].has(.determiner) || Lexicon.possessiveDeterminers.contains(T[p + 1]),
      ((p + 1)..<end).allSatisfy({ T[$0].kind == .word && T[$0].quote == nil })
    else { return nil }
    return p
  }

  /// `echoed that criticism in the chamber`, `rejected that claim.`, `rejected that account
  /// later in the evening`: `that` before a singular common noun that a preposition, a time,
  /// an adverb or the sentence's end follows, in a clause with no finite verb, is the noun's
  /// determiner (`said that sentiment will change` has one; `that police release`, `that
  /// account, and …` are no such nouns).
  private func isDeterminerThat(_ that: Int) -> Bool {
    let noun = that + 1, next = noun + 1
    guard noun < r.upperBound, T[noun].kind == .word, !T[noun].isCapitalised,
      next >= r.upperBound || SentenceSplitter.isTerminal(T[next], in: doc.scalars)
        || T[next].kind == .word && (Lexicon.prepositions.contains(T[next]) && !T[next].is("to") || Lexicon.timeNouns.contains(T[next])
          || doc.tag(next) == .rb || doc.tag(next) == .rbr),
      doc.tag(noun) == .nn
    else { return false }
    // To the clause's end, through quotes (`that something "has to be big"`); a bare verb
    // not after `to` is a subjunctive's (`urged that everyone take a breath`).
    var j = noun + 1
    while j < r.upperBound, T[j].kind == .word || T[j].kind == .quoteOpen || T[j].kind == .quoteClose {
      if T[j].kind == .word, let t = doc.tag(j), t.isFiniteVerb || t == .vb && !T[j - 1].is("to") { return false }
      j += 1
    }
    return true
  }

  /// Whether the cue at `c` is a verb of a relative clause on a person or, after a comma,
  /// a body: `who said …`, `, which reported …`, or a later verb of the same clause (`who
  /// ran for the council and has said …`), whose relative pronoun follows the last comma
  /// before the cue.
  func isInRelativeClause(cue c: Int) -> Bool {
    let before = skippingCueModifiers(back: c - 1)
    let opensRelative = { (j: Int) in
      Lexicon.personRelatives.contains(self.T[j]) || self.T[j].is("which") && j > self.r.lowerBound && self.T[j - 1].isMark(",")
    }
    if before >= r.lowerBound, T[before].kind == .word, opensRelative(before) { return true }
    // `The deckhand whose warning revealed …`: `whose` and its noun (and the noun's
    // modifiers) open the clause.
    if before - 1 >= r.lowerBound, let whose = (max(r.lowerBound, before - 3)..<before).last(where: { T[$0].is("whose") }),
      (whose + 1...before).allSatisfy({ T[$0].kind == .word && doc.tag($0).map { $0.isNoun || $0.modifiesNoun } == true })
    {
      return true
    }
    var j = before
    while j > r.lowerBound, !T[j - 1].isMark(","), T[j - 1].quote == nil { j -= 1 }
    guard j > r.lowerBound, T[j - 1].isMark(","), j < before, opensRelative(j) else { return false }
    return (j...before).contains { Lexicon.coordinators.contains(T[$0]) }
  }

  /// `call` at `c` names or phones and reports nothing when what follows it at `k` is a
  /// clause whose verb is a verb in the tagger's data (`a unit within the church called the
  /// Sea Org was arrested`; not `called the charges unfounded`), or, after a preposition, a
  /// bare object (`After calling the church by phone, …`; `after calling it a disgrace`
  /// names something, `after calling him out` criticises).
  private func callReportsNothing(_ c: Int, content k: Int, verb: Token) -> Bool {
    // `places that are otherwise labeled the “forgotten America”`: a passive names, with no
    // one naming.
    var d = c - 1
    while d > r.lowerBound, T[d].kind == .word, !Lexicon.beForms.contains(T[d]), doc.tag(d) == .rb || doc.lexicalTag(d) == .rb { d -= 1 }
    if !verb.lower.endsWith("ing"), d >= r.lowerBound, T[d].kind == .word, Lexicon.beForms.contains(T[d]) { return true }
    // `email chains recently labeled “top secret” by the department`: a past participle with
    // a quote straight after it, and its object the common noun before it, names that noun
    // (not the subject's noun whose object came first: `what lawmakers called “fraud”`).
    if k == c + 1, T[k].kind == .quoteOpen, verb.lower.endsWith("ed"), d >= r.lowerBound, T[d].kind == .word, !T[d].isCapitalised,
      doc.tag(d)?.isNoun == true, !(max(r.lowerBound, d - 4)..<d).contains(where: { T[$0].kind == .word && Lexicon.objectFronters.contains(T[$0]) }),
      !opensContactClause(subject: d)
    {
      return true
    }
    // `a company called Harbourline USA`, `a new group called …`, `a box labeled “medical
    // problem”`: a participle after a noun that `a` introduces, then a name or a quote (`one
    // lawmaker called Trump …` calls him something).
    if T[k].isCapitalised || T[k].kind == .quoteOpen, doc.tag(c) == .vbn, c - 1 > r.lowerBound, T[c - 1].kind == .word, !T[c - 1].isCapitalised, doc.tag(c - 1)?.isNoun == true {
      var d = c - 2
      while d > r.lowerBound, T[d].kind == .word, !T[d].isCapitalised, doc.tag(d)?.isAdjective == true { d -= 1 }
      if Lexicon.indefiniteArticles.contains(T[d]) { return true }
    }
    // (Its verb may stand past an aside: `a group called Black Votes Matter, led by …, is trying`.)
    if startsClause(at: k), let v = (k..<min(r.upperBound, k + 16)).first(where: { T[$0].kind == .word && doc.tag($0)?.isFiniteVerb == true }),
      doc.lexicalTag(v)?.isVerb == true
    {
      return true
    }
    return c > r.lowerBound && Lexicon.gerundPrepositions.contains(T[c - 1]) && T[k].kind != .quoteOpen && !callsSomething(at: k, verb: verb)
      && !(c + 1..<min(r.upperBound, c + 4)).contains(where: { T[$0].is("out") })
  }

  /// `a move harbour groups called “a slap in the face”`: a plural at `d` after a singular
  /// noun that `a` introduces is no part of that noun's phrase but the subject of a relative
  /// clause without `that` (not `a box of files labeled …`, nor `a few groups called …`).
  private func opensContactClause(subject d: Int) -> Bool {
    guard doc.tag(d) == .nns else { return false }
    var j = d - 1, singular = false
    while j > r.lowerBound, T[j].kind == .word, let t = doc.tag(j), t == .nn || t == .nnp || t.isAdjective {
      singular = singular || t == .nn
      j -= 1
    }
    return singular && j >= r.lowerBound && T[j].kind == .word && Lexicon.indefiniteArticles.contains(T[j])
  }

  /// Where the clause after a bare time at `k` starts (`Sunday`, `last week`, `this
  /// morning`, then a subject and its verb or a quote) — or, for a cue that takes one
  /// (`infinitive`), its infinitive after such a time or `on` one (`promised on Tuesday to
  /// scrap …`); nil with no time there, or nothing of these after it.
  /// Where the infinitive a cue that takes one reports begins past the words of where or
  /// when after it (`pledged in 2015 | to end …`), before `end`: `to` and a bare verb.
  private func infinitiveAfterAdjunct(of c: Int, before end: Int) -> Int? {
    let hi = min(end, r.upperBound - 1)
    guard Lexicon.infinitiveCues.contains(T[c]), c + 2 < hi else { return nil }
    return ((c + 2)..<hi).first { T[$0].is("to") && doc.tag($0 + 1) == .vb }
  }

  private func clauseAfterTime(at k: Int, infinitive: Bool) -> Int? {
    // (`on Tuesday` too, before an infinitive.)
    let from = infinitive && T[k].is("on") ? k + 1 : k
    // (`said later he …`: an adverb of when alone.)
    if !infinitive, Lexicon.timeAdverbs.contains(T[k]), k + 1 < r.upperBound, startsClause(at: k + 1) { return k + 1 }
    var j = from
    while j < r.upperBound, j - from < 4, T[j].kind == .word, Lexicon.timeOpeners.contains(T[j]) || Lexicon.timeNouns.contains(T[j]) { j += 1 }
    // The time ends at its noun (`this week | the council …`).
    guard let noun = (from..<j).last(where: { Lexicon.timeNouns.contains(T[$0]) }), noun + 1 < r.upperBound else { return nil }
    // `promised Tuesday to scrap the tax`: a cue's infinitive after its time.
    let toInfinitive = infinitive && noun + 2 < r.upperBound && T[noun + 1].is("to") && doc.tag(noun + 2) == .vb
    return T[noun + 1].kind == .quoteOpen || toInfinitive || from == k && startsClause(at: noun + 1) ? noun + 1 : nil
  }

  /// `told a town hall in Salem, New Hampshire, that …`, `told the mayor's chief of staff,
  /// Omar Bell, that …`: after a listener, a comma that closes a name (a capitalised word
  /// before it) or opens one (after it) leaves the listener going on.
  private func isNameComma(_ k: Int, after verb: Token) -> Bool {
    verb.has(.listenerVerb) && (k > r.lowerBound && T[k - 1].kind == .word && T[k - 1].isCapitalised
      || k + 1 < r.upperBound && T[k + 1].kind == .word && T[k + 1].isCapitalised)
  }

  /// A quote opens within ten tokens of `k` with no participle of its own before it: it is
  /// what a weak cue before `k` reports (`posted on Facebook, "…"`; not `posted a comment,
  /// saying, "…"`, whose quote is the participle's).
  private func quoteOwnedByCue(from k: Int) -> Bool {
    guard let q = (k..<min(r.upperBound, k + 10)).first(where: { T[$0].kind == .quoteOpen }) else { return false }
    return !(k..<q).contains { T[$0].has(.continuationParticiple) && $0 > k && T[$0 - 1].isMark(",") }
  }

  /// A quote opens at `k` and a speech verb follows its closing mark (`"why …?" asked Lima`).
  private func quoteWithItsOwnCue(at k: Int) -> Bool {
    guard k < r.upperBound, T[k].kind == .quoteOpen else { return false }
    var j = pastQuote(at: k)
    if j < r.upperBound, T[j].isMark(",") { j += 1 }
    return j < r.upperBound && T[j].kind == .word && T[j].has(.speechVerb)
  }

  /// A conjunction of contrast at `k` opens a clause with its own subject that a comma
  /// closes before any `that` — a subject the tagger's finite verb vouches for when its
  /// first word opens no noun phrase by itself (`although temperature and ozone are …,`).
  private func opensContrastInContent(at k: Int) -> Bool {
    guard Lexicon.contrastConjunctions.contains(T[k]),
      let comma = ((k + 2)..<max(k + 2, r.upperBound)).first(where: { T[$0].isMark(",") || T[$0].is("that") }), T[comma].isMark(",")
    else { return false }
    return startsClause(at: k + 1) || holdsFiniteVerb((k + 1)..<comma)
  }

  /// `told Ana Lima, the harbour master, that …`: the comma that closes an aside opened by a
  /// comma after the listener's name.
  private func closesListenersAside(_ comma: Int, from k: Int, verb: Token) -> Bool {
    verb.has(.listenerVerb) && (k..<comma).contains { T[$0].isMark(",") && isNameComma($0, after: verb) }
  }

  /// Where in `range` a clause of its own starts, after a comma or a word that neither
  /// opens a noun phrase nor is a preposition (`said in 2010 the bridge would …`, not
  /// `projected along these lines does …`).
  func clauseStart(in range: Range<Int>) -> Int? {
    range.first { k in
      let previous = T[k - 1]
      guard previous.isMark(",") || previous.kind == .word && !previous.has(.determiner) && !Lexicon.prepositions.contains(previous),
        // A day's name is when, not who (`told residents on Tuesday the levy would rise`).
        !(T[k].isCapitalised && T[k].has(.adjunctOpener)),
        // A relative `that` before its verb opens none (`a list that included …`).
        !isRelativeThat(k), startsClause(at: k)
      else { return false }
      return previous.isMark(",") || doc.tag(k - 1).map(\.modifiesNoun) != true
    }
  }


  /// `that` as the tagger reads a relative pronoun, with its verb right after it (`a list
  /// that included …`; not `evidence that President Obama wanted …`).
  func isRelativeThat(_ k: Int) -> Bool {
    guard T[k].is("that"), k + 1 < r.upperBound, T[k + 1].kind == .word, !T[k + 1].isCapitalised, !T[k + 1].has(.pronoun),
      !T[k + 1].has(.determiner), !Lexicon.isContractedSubject(T[k + 1].lower), doc.tag(k) == .wdt
    else { return false }
    // (A present form only as the tagger's data knows a verb: `told the council that arrests
    // had fallen` has a plural subject that it reads as one.)
    guard let tag = doc.tag(k + 1) else { return false }
    return Lexicon.auxiliaries.contains(T[k + 1]) || tag == .vbd || tag.isFiniteVerb && doc.lexicalTag(k + 1)?.isVerb == true
  }

  /// Words that set a scene rather than state a claim: they open with a preposition or
  /// subordinator (`At the time`, `While he was …`, `As for …`), or hold no finite verb.
  func isAdverbial(_ range: TextRange) -> Bool {
    guard let words = tokens(in: range) else { return false }
    let first = doc.tag(words.lowerBound)
    if first == .in || first == .wrb || first == .rb || doc.readsAsSubjectlessParticiple(words.lowerBound) { return true }
    return !words.contains { T[$0].kind == .word && doc.tag($0)?.isFiniteVerb == true }
  }

  /// Whether words hold a finite verb the tagger finds or a quote: a clause or someone's
  /// words, rather than a bare noun phrase (`The union's general secretary`).
  func holdsVerbOrQuote(_ range: TextRange) -> Bool {
    guard let words = tokens(in: range) else { return true }
    return words.contains { T[$0].quote != nil || T[$0].kind == .word && doc.tag($0)?.isFiniteVerb == true }
  }

  /// `Staffing shortage putting patients at risk`: a headline drops a progressive's or a
  /// passive's auxiliary, so a participle right after a noun is its clause's verb there.
  func holdsHeadlineClause(_ range: TextRange) -> Bool {
    guard isHeadline, let words = tokens(in: range) else { return false }
    return words.dropFirst().contains { k in T[k].kind == .word && (doc.tag(k) == .vbg || doc.tag(k) == .vbn) && doc.tag(k - 1)?.isNoun == true }
  }

  /// `urged Democrats to vote …`, `ordered the city to release …`: a listener, then what
  /// they were told to do — the two together are the content.
  func objectControl(at k: Int, verb: Token) -> Bool {
    guard verb.has(.listenerVerb) || Lexicon.directiveVerbs.contains(verb), k + 1 < r.upperBound - 1,
      let to = (k + 1..<min(r.upperBound - 1, k + 7)).first(where: { T[$0].is("to") }),
      (k..<to).allSatisfy({ T[$0].kind == .word && T[$0].quote == nil && doc.tag($0)?.isVerb != true })
    else { return false }
    return doc.tag(to + 1) == .vb
  }

  /// `called the charges unfounded`, `called him a liar`, `called climate change a hoax`:
  /// after a verb of naming, its object (a pronoun, or a short noun phrase) and then what
  /// the object is called — an article's phrase that is no time (not `called the office a
  /// day later`), or an adjective that ends the words after a noun (not `called snap
  /// parliamentary elections`).
  func callsSomething(at k: Int, verb: Token) -> Bool {
    guard Lexicon.namingVerbs.contains(verb), k < r.upperBound, T[k].kind == .word, T[k].quote == nil else { return false }
    var m = k + 1
    if !Lexicon.objectPronouns.contains(T[k]) && !T[k].is("it") {
      m = T[k].has(.determiner) || Lexicon.possessiveDeterminers.contains(T[k]) ? k + 1 : k
      // The object's words (the tagger may read one of them as an adjective: `protest`/JJS;
      // or a noun in -ing right after the determiner as a participle: `the ruling`/VBG).
      let words = m
      while m < r.upperBound, m - words < 4, T[m].kind == .word, !Lexicon.articles.contains(T[m]),
        let tag = doc.tag(m), tag.isNoun || tag == .jj || tag == .jjs || tag == .jjr || tag == .cd || tag == .vbg && m == words && m > k
      {
        m += 1
      }
      guard m > words else { return false }
      // `the charges unfounded`: the last of them an adjective after a noun, and nothing of a
      // noun phrase after it.
      if m - words >= 2, doc.tag(m - 1) == .jj, doc.tag(m - 2)?.isNoun == true, !(m < r.upperBound && Lexicon.articles.contains(T[m])) {
        return m == r.upperBound || T[m].kind != .word || Lexicon.coordinators.contains(T[m]) || doc.tag(m) == .in
      }
    } else if m < r.upperBound, T[m].kind == .word, doc.tag(m) == .jj {
      // `called him divisive`.
      return !(m + 1 < r.upperBound && T[m + 1].kind == .word && doc.tag(m + 1)?.isNoun == true)
    }
    guard m < r.upperBound else { return false }
    if T[m].kind == .quoteOpen { return true }
    guard T[m].kind == .word, Lexicon.articles.contains(T[m]) else { return false }
    // (The word that ends the article's phrase is its noun, however the tagger reads it: `a
    // betrayal.`, read as an adjective by its ending.)
    let endsPhrase = { (j: Int) in j + 1 == self.r.upperBound || self.T[j + 1].kind != .word || Lexicon.prepositions.contains(self.T[j + 1]) }
    let head = ((m + 1)..<min(r.upperBound, m + 5)).first { T[$0].kind == .word && (doc.tag($0)?.isNoun == true || doc.tag($0) == .jj && endsPhrase($0)) }
    return head.map { !Lexicon.timeNouns.contains(T[$0]) && !T[$0].is("time") } ?? false
  }

  /// A preposition (`to`, `of`, `at`, `after`), or an adverb before one (`just after
  /// midnight`), opens the words at `k` — but not `that` or a reported question's `whether`.
  func startsPrepositionalPhrase(at k: Int) -> Bool {
    guard T[k].kind == .word, T[k].quote == nil, !T[k].is("that"), !Lexicon.questionOpeners.contains(T[k]),
      T[k].lower.allSatisfy(\.isLetter)
    else { return false }
    // The tagger is asked only about the closed class of prepositions (and an -ly adverb before one).
    if Lexicon.prepositions.contains(T[k]) {
      let tag = doc.tag(k)
      // `vowed to enact …`, `promised to immediately cut …` is an infinitive, and what was vowed.
      if tag == .to {
        var v = k + 1
        while v < r.upperBound, v - k <= 2, T[v].kind == .word, doc.tag(v) == .rb { v += 1 }
        return !(v < r.upperBound && T[v].kind == .word && doc.tag(v) == .vb)
      }
      return tag == .in && !Lexicon.topicPrepositions.contains(T[k])
    }
    guard T[k].lower.endsWith("ly") || T[k].is("just") || T[k].is("shortly"), k + 1 < r.upperBound, T[k + 1].kind == .word,
      Lexicon.prepositions.contains(T[k + 1]), !Lexicon.topicPrepositions.contains(T[k + 1])
    else { return false }
    return doc.tag(k) == .rb && doc.tag(k + 1) == .in
  }

  /// Whether the verb at `v` has its subject after it, to the sentence's end (`…, said Ana
  /// Lima, the mayor.`, `…, reported the Examiner.`): a name or a determiner's phrase with no
  /// quote or finite verb of its own.
  private func opensInvertedSubject(after v: Int) -> Bool {
    guard v + 1 < r.upperBound, T[v + 1].kind == .word, T[v + 1].isCapitalised || T[v + 1].has(.determiner) else { return false }
    return !((v + 1)..<r.upperBound).contains(where: { T[$0].kind == .quoteOpen }) && !holdsFiniteVerb((v + 1)..<r.upperBound)
  }

  /// `the cost — more than $5 million — and …`: the last word before an aside between dashes
  /// that closes at `k` (one opened after `start`); `k` itself after anything else.
  /// (A dash may be two hyphens, `--`.)
  private func beforeDashAside(endingAt k: Int, after start: Int) -> Int {
    guard finder.isDash(k) else { return k }
    guard let open = (start + 1..<dashRun(at: k).lowerBound).last(where: finder.isDash) else { return k }
    return max(dashRun(at: open).lowerBound - 1, start)
  }

  /// The dash at `k` with the dashes that touch it (`--`, two hyphens as one dash).
  private func dashRun(at k: Int) -> ClosedRange<Int> {
    var start = k, end = k
    while start - 1 >= r.lowerBound, finder.isDash(start - 1), T[start - 1].range.end == T[start].range.start { start -= 1 }
    while end + 1 < r.upperBound, finder.isDash(end + 1), T[end + 1].range.start == T[end].range.end { end += 1 }
    return start...end
  }

  /// Whether the word at `k` is a noun or a pronoun, which a conjunction after it may join to
  /// the next subject (`the agency and 14 other groups endorsed …`); not a quote's close
  /// (`accuses Obama of "leading from behind" and Trump says …`) nor a verb or adverb.
  private func endsInNounOrPronoun(_ k: Int) -> Bool {
    T[k].kind == .word && doc.tag(k).map { $0.isNoun || $0 == .prp } == true
  }

  /// Does a new clause that is not part of the content start at token `k`?
  func endsContent(at k: Int, stops: [Int]) -> Bool {
    let t = T[k]
    if stops.contains(k) { return true }
    guard t.kind == .word else { return false }
    if t.is("according") || t.is("per") || t.is("citing") { return true }
    if t.is("and"), k + 1 < r.upperBound, T[k + 1].has(.finiteSpeechVerb) { return true }
    if t.lower.endsWith("ing") && !t.isCapitalised && t.lower.count > 5 { return true }
    if Lexicon.contrastConjunctions.contains(t) { return true }
    return false
  }

  /// A comma at `k`, or a closing mark right after one (`dust,”`).
  func closesWithComma(_ k: Int) -> Bool {
    T[k].isMark(",") || T[k].kind == .quoteClose && k > r.lowerBound && T[k - 1].isMark(",")
  }

  /// Whether the words from `k` are a phrase with no verb that a comma closes right before
  /// another cue's subject, which restates it (`its president, Lyle Hammond, urged`).
  private func restatedByStop(from k: Int, stops: [Int]) -> Bool {
    // (The stops first: the tagger is asked only where one may be.)
    guard stops.contains(where: { $0 > k + 1 && $0 <= k + 7 }),
      let comma = (k + 1..<min(r.upperBound, k + 7)).first(where: { !(T[$0].kind == .word && T[$0].quote == nil && doc.tag($0)?.isVerb == false) })
    else { return false }
    return T[comma].isMark(",") && stops.contains(comma + 1)
  }

  /// `and said`, `but conceded`, `and has said`, `and vowing`: a coordinator, then (past
  /// one auxiliary) a speech verb the tagger reads as a verb — a predicate of its own.
  func startsCoordinatedSpeech(at k: Int) -> Bool {
    guard T[k].kind == .word, Lexicon.coordinators.contains(T[k]) else { return false }
    var v = k + 1
    // (`and has said …`; not a modal's, `it would attack … and would respond …`, which goes
    // on with what was said.)
    if v < r.upperBound, Lexicon.auxiliaries.contains(T[v]) {
      guard doc.tag(v) != .md else { return false }
      v += 1
    }
    // (`…, and later said …`, `and then told …`: past a cue's modifiers.)
    while v < r.upperBound, v - k <= 3, T[v].kind == .word, T[v].has(.cueModifier) { v += 1 }
    guard v < r.upperBound, T[v].kind == .word, T[v].quote == nil, T[v].has(.speechVerb) else { return false }
    return doc.tag(v)?.isVerb == true
  }

  /// `said only: "…"`, `said simply, "…"`: the quote after an adverb at `k` and its colon
  /// or comma — the adverb says how it was said, the quote what.
  private func quoteAfterAdverb(at k: Int) -> Int? {
    guard k + 2 < r.upperBound, T[k].kind == .word, T[k + 1].isMark(":") || T[k + 1].isMark(","), T[k + 2].kind == .quoteOpen, let q = T[k + 2].quote,
      doc.tag(k) == .rb
    else { return nil }
    return q
  }

  /// `chanted "We are still here" as they passed`, `said "never" outside the court`: the
  /// quote right after the cue, when a clause or a place of circumstance follows its close,
  /// is all that was said.
  private func quoteBeforeCircumstance(at k: Int) -> Int? {
    guard k < r.upperBound, T[k].kind == .quoteOpen, let q = T[k].quote,
      let close = closing(q, in: k + 1..<r.upperBound), close + 1 < r.upperBound,
      T[close + 1].kind == .word
    else { return nil }
    // (Not a subordinator before another quote: `“the levy is unfair” because “it hits
    // renters”` gives both quotes' words.)
    if Lexicon.circumstanceSubordinators.contains(T[close + 1]) { return close + 2 < r.upperBound && T[close + 2].kind == .quoteOpen ? nil : q }
    // (A place's phrase only with no verb after it: `“Gridlock” in the form of … has come to
    // the council` is a clause the quote is the subject of.)
    return Lexicon.locativePrepositions.contains(T[close + 1]) && !holdsFiniteVerb(close + 1..<r.upperBound) ? q : nil
  }

  /// A quote right after `… said,` / `… said:` (the second half of a split quote).
  func trailingQuote(after k: Int) -> (range: TextRange, quote: Int?)? {
    var j = k + 1
    // Past an adjunct, a name or a listener (`told reporters, "…"`), or an adverb before the
    // quote's mark (`said only: "…"`).
    while j < r.upperBound, T[j].kind == .word,
      T[j].has(.adjunctOpener) || T[j].isCapitalised || T[j].has(.determiner) || Lexicon.listenerWords.contains(T[j]) || quoteAfterAdverb(at: j) != nil,
      j - k < 5
    {
      j += 1
    }
    // `Tester said, referring to the excuse, "you give …"`: past a participle clause.
    if j + 1 < r.upperBound, T[j].isMark(","), T[j + 1].kind == .word, T[j + 1].lower.endsWith("ing"),
      let comma = (j + 2..<min(r.upperBound, j + 20)).first(where: { T[$0].isMark(",") || T[$0].kind == .quoteOpen }), T[comma].isMark(",")
    {
      j = comma
    }
    // `said in the spin room, "…"`, `said of the council's vote, "…"`: past a preposition's
    // phrase (no verb in it) to its comma — not to a title set off after it (`wrote in her
    // memoir, "Tough Choices."`).
    if k + 1 < r.upperBound, j == r.upperBound || !T[j].isMark(",") && !T[j].isMark(":"), T[k + 1].kind == .word, Lexicon.prepositions.contains(T[k + 1]) {
      var p = k + 2
      while p < r.upperBound, p - k <= 10, T[p].kind == .word || isPossessiveMark(p), T[p].quote == nil { p += 1 }
      if p + 1 < r.upperBound, T[p].isMark(","), T[p + 1].kind == .quoteOpen, !isInTitle(p + 1), !holdsFiniteVerb((k + 1)..<p) { j = p }
    }
    guard j + 1 < r.upperBound, T[j].isMark(",") || T[j].isMark(":"), T[j + 1].kind == .quoteOpen, let q = T[j + 1].quote else { return nil }
    return (quoteContent(q), q)
  }

  /// A noun phrase as a verb's object, as a stance verb takes one: a determiner or a
  /// possessive first (`praised his efforts`), a bare common noun, alone or after an
  /// adjective (`denounced supporters that …`, `touted steady progress`) — not a time
  /// (`confirmed yesterday`) — or a name and the reason it is judged for (`praised Lima for
  /// translating …`; not `endorsed Lima on Monday`).
  /// `arrested and questioned the student`: a verb of questioning whose object is a person
  /// (by the noun that ends its phrase) asked the questions; nothing was said (not `the
  /// star's identity`).
  private func questionsSomeone(_ verb: Token, at k: Int) -> Bool {
    guard Lexicon.questioningVerbs.contains(verb) else { return false }
    let phrase = (k..<min(r.upperBound, k + 6)).prefix { T[$0].kind == .word && doc.tag($0).map(Self.objectPhraseTags.contains) == true }
    return phrase.last.map { doc.tag($0) == .nn || doc.tag($0) == .nns ? PhraseFinder.namesPeople(T[$0]) : false } ?? false
  }
  private static let objectPhraseTags: Set<PennTag> = [.dt, .prpPossessive, .cd, .jj, .nn, .nns, .nnp, .pos]

  func startsObject(at k: Int) -> Bool {
    guard k < r.upperBound, T[k].kind == .word else { return false }
    if T[k].has(.determiner) || Lexicon.possessiveDeterminers.contains(T[k]) { return true }
    if T[k].isCapitalised {
      // (Past initials and particles: `praised Ana M. de la Cruz for …`.)
      let end = SentenceSubject.nameEnd(from: k, before: r.upperBound, doc)
      return end < r.upperBound && T[end].is("for")
    }
    let noun = doc.tag(k) == .jj && k + 1 < r.upperBound && T[k + 1].kind == .word ? k + 1 : k
    guard (k...noun).allSatisfy({ !T[$0].isCapitalised && !Lexicon.timeNouns.contains(T[$0]) }), let t = doc.tag(noun) else { return false }
    return t == .nn || t == .nns
  }

  /// Whether what starts at `j` is the speaker withholding more (`declined to comment`,
  /// `would not say when`, `didn't elaborate`, `offered no proof`).
  func withholds(at j: Int) -> Bool {
    guard j + 1 < r.upperBound, T[j].kind == .word else { return false }
    if Lexicon.refusalVerbs.contains(T[j]) { return T[j + 1].is("to") }
    if Lexicon.givingVerbs.contains(T[j]) { return T[j + 1].is("no") }
    guard Lexicon.auxiliaries.contains(T[j]) else { return false }
    var v = j + 1
    if !Lexicon.denies(T[j]) {
      guard Lexicon.denies(T[v]) else { return false }
      v += 1
    }
    return v < r.upperBound && Lexicon.withheldSpeech.contains(T[v])
  }

  /// Whether a negation stands in the two words before the cue at `c` (`did not respond`).
  private func isDenied(_ c: Int) -> Bool { (max(r.lowerBound, c - 2)..<c).contains { Lexicon.denies(T[$0]) } }

  /// Whether the word at `k` is a gerund or present participle (`referring`, `rallying`).
  func isGerund(at k: Int) -> Bool { T[k].kind == .word && T[k].lower.endsWith("ing") && doc.tag(k) == .vbg }

  /// Whether an auxiliary or a finite verb the tagger finds stands at `k`.
  func isFiniteVerb(at k: Int) -> Bool {
    isAuxiliary(at: k) || k < r.upperBound && PhraseFinder.mayBeVerb(T[k]) && doc.tag(k)?.isFiniteVerb == true
  }

  /// Whether a finite verb the tagger reads stands among `words`, outside quotes: a clause
  /// is there.
  func holdsFiniteVerb(_ words: Range<Int>) -> Bool {
    words.contains { T[$0].kind == .word && T[$0].quote == nil && doc.tag($0)?.isFiniteVerb == true }
  }

  /// Whether a finite verb with a subject of its own stands among `words`: not one right
  /// after `and` or `but` (past an adverb), which goes on with the cue's subject (`claimed
  /// victory and promised …`, `writes the story and then has an editor …`).
  private func holdsClausesVerb(_ words: Range<Int>) -> Bool {
    words.contains { v in
      guard T[v].kind == .word, T[v].quote == nil, doc.tag(v)?.isFiniteVerb == true else { return false }
      var j = v - 1
      if j > words.lowerBound, doc.tag(j) == .rb { j -= 1 }
      return !(j >= words.lowerBound && T[j].kind == .word && Lexicon.clauseCoordinators.contains(T[j]))
    }
  }

  /// A finite verb, or a past form the tagger reads as a participle after a comma (`voted`)
  /// — or, an irregular one, as a base form (`could win, spoke`: the modal's).
  func isPastOrFinite(_ k: Int) -> Bool {
    guard T[k].kind == .word, let tag = doc.tag(k) else { return false }
    return tag.isFiniteVerb || tag == .vbn && T[k].lower.endsWith("ed") || (tag == .vbn || tag == .vb) && Lexicon.irregularPastForms.contains(T[k])
  }

  /// `says millennials, numbering 75 million, surpassed …`: a participle's words set off by
  /// commas after the subject of content begun at `k`, before its verb — the content goes
  /// on past them (not a speech verb's, `…, saying …`, which continues the cue).
  private func isSubjectsAside(after comma: Int, content k: Int) -> Bool {
    // (Room after the participle for its words, a comma and the verb.)
    guard comma + 3 < r.upperBound, T[comma + 1].kind == .word, T[comma + 1].lower.endsWith("ing"), !T[comma + 1].has(.speechVerb),
      !holdsFiniteVerb(k..<comma), let close = (comma + 2..<min(r.upperBound - 1, comma + 14)).first(where: { T[$0].quote == nil && T[$0].isMark(",") })
    else { return false }
    return isPastOrFinite(close + 1)
  }

  /// `said Gerald Butts, then the prime minister's principal secretary, told her …`: the
  /// comma that closes a role set off after the name that opens the content, before that
  /// name's own verb — what was said goes on past it.
  private func closesApposedRole(_ comma: Int, content k: Int) -> Bool {
    guard T[k].kind == .word, T[k].isCapitalised, let open = (k..<comma).first(where: { T[$0].isMark(",") }), open > k,
      (k..<open).allSatisfy({ T[$0].kind == .word && T[$0].isCapitalised }), !((open + 1)..<comma).contains(where: { T[$0].isMark(",") || T[$0].quote != nil })
    else { return false }
    return finder.role(of: (open + 1)..<comma) != nil
  }

  /// Whether an auxiliary or modal stands at `k` (`is`, `would`).
  func isAuxiliary(at k: Int) -> Bool { k < r.upperBound && T[k].kind == .word && Lexicon.auxiliaries.contains(T[k]) }

  /// `reported, citing people familiar with the matter, that …`: the close of a participle's
  /// words set off by commas right before `that`, the participle's own claim (`participle`,
  /// the comma before it), when there is one.
  func participleAsideClose(_ participle: Int) -> Int? {
    guard participle - 1 > r.lowerBound, T[participle - 1].isMark(","), T[participle].kind == .word, T[participle].has(.speechVerb) || T[participle].has(.relayWord),
      T[participle].lower.endsWith("ing"),
      let close = ((participle + 1)..<r.upperBound).first(where: { T[$0].quote == nil && T[$0].isMark(",") }), close + 1 < r.upperBound,
      T[close + 1].is("that")
    else { return nil }
    return close
  }

  /// Whether the comma at `k` opens or closes a participle's words set off before `that`.
  private func isParticipleAsideComma(_ k: Int, before that: Int) -> Bool {
    k + 1 < r.upperBound && participleAsideClose(k + 1) == that - 1 || that - 1 == k && (r.lowerBound..<k).contains { participleAsideClose($0) == k }
  }

  /// `told POLITICO, however, that …`: a comma of an adverb set off alone.
  private func isAdverbAside(comma: Int) -> Bool {
    let adverb = { (k: Int) in k >= self.r.lowerBound && k < self.r.upperBound && self.T[k].kind == .word && !self.T[k].isCapitalised
      && (self.T[k].has(.cueModifier) || self.doc.tag(k) == .rb) }
    return comma + 2 < r.upperBound && adverb(comma + 1) && T[comma + 2].isMark(",") || comma - 2 >= r.lowerBound && adverb(comma - 1) && T[comma - 2].isMark(",")
  }

  /// The first comma after `k`, outside quotes, that a finite clause follows: where a
  /// fronted phrase (`Asked by Bell if …,`, `After saying that …,`) gives way to the
  /// sentence's own clause.
  func clauseComma(after k: Int) -> Int? {
    (k..<r.upperBound).first { T[$0].isMark(",") && T[$0].quote == nil && startsClause(at: $0 + 1) }
  }

  /// `Residents saying they were never consulted | have filed a complaint`, `A man claiming
  /// to be the owner | told reporters …`, `A councillor who admitted … | was jailed`: the
  /// verb of the sentence whose subject the cue at `c` qualifies — as a participle right
  /// after it, or a verb right after its relative pronoun — when that subject (a noun's or
  /// a name's) opens the sentence. The verb is the first finite one after the cue's words
  /// with no subject of its own: past the verb of a clause the cue opens, only with no
  /// `that`, relative, conjunction, comma or colon since the last verb, not in the last verb's
  /// group (`would | have`, `would be | scared`), not a noun read as a verb (`the Benghazi
  /// victims | says`), and not after a verb that takes a clause bare (`they feared
  /// the plant would close`).
  func mainVerb(afterQualifyingCue c: Int, subject: NounPhrase) -> Int? {
    let participle = subject.tokens.upperBound == c && isGerund(at: c)
    // (`The hacker whose cyber-mischief first revealed that …`: or the relative's own subject
    // after `whose`, before its adverbs.)
    let start = subject.tokens.lowerBound
    let relative = subject.tokens.upperBound == c - 1 && T[c - 1].kind == .word && (Lexicon.personRelatives.contains(T[c - 1]) || T[c - 1].is("that"))
      || start - 1 > r.lowerBound && T[start - 1].is("whose") && (subject.tokens.upperBound..<c).allSatisfy({ T[$0].kind == .word && doc.tag($0) == .rb })
    guard !isHeadline, participle || relative, c + 1 < r.upperBound, !subject.isPronoun, !T[start].lower.endsWith("ing"),
      !(r.lowerBound..<start).contains(where: isFiniteVerb(at:))
    else { return nil }
    let that = T[c + 1].is("that")
    var sawVerb = !(that || Lexicon.finiteSayForms.contains(T[c]) || startsClause(at: c + 1)), opened = false, lastVerb = c
    for k in (that ? c + 2 : c + 1)..<r.upperBound where T[k].quote == nil || T[k].kind == .quoteClose {
      let t = T[k]
      if t.isMark(",") || t.isMark(";") || t.isMark(":") || t.isMark("(")
        || t.kind == .word && (t.is("that") || Lexicon.coordinators.contains(t) || Lexicon.questionOpeners.contains(t) || Lexicon.circumstanceSubordinators.contains(t))
      {
        opened = true
        continue
      }
      // (Past a verb, a participle there is a past tense the tagger misread — `… a nurse told`,
      // `… them most marched`, `if the levy passed` — if it is a cue's, or ends in `-ed` and
      // qualifies no noun before it, as in `an article titled …`, outside a clause just opened.)
      guard t.kind == .word, !T[k - 1].has(.determiner), !Lexicon.prepositions.contains(T[k - 1]),
        isFiniteVerb(at: k) && !isNounBeforeVerb(k)
          || sawVerb && doc.tag(k) == .vbn && (t.has(.finiteSpeechVerb) || t.lower.endsWith("ed") && (opened || doc.tag(k - 1)?.isNoun != true))
      else { continue }
      let inGroup = isAuxiliary(at: lastVerb)
        && ((lastVerb + 1)..<k).allSatisfy { T[$0].kind == .word && (T[$0].is("not") || doc.tag($0) == .rb || Lexicon.beForms.contains(T[$0]) || isAuxiliary(at: $0)) }
      if sawVerb && !opened && !inGroup { return k }
      sawVerb = !t.has(.speechVerb) && !t.has(.weakCue)
      opened = false
      lastVerb = k
    }
    return nil
  }

  /// `the Benghazi victims | says`: a present verb right before a finite verb is a noun
  /// the tagger misread.
  private func isNounBeforeVerb(_ k: Int) -> Bool {
    k + 1 < r.upperBound && (doc.tag(k) == .vbz || doc.tag(k) == .vbp) && T[k + 1].kind == .word && doc.tag(k + 1)?.isFiniteVerb == true
  }

  /// Content that runs past `comma`, ended before it; a quote is kept whole.
  func cut(_ content: (range: TextRange, quote: Int?), before comma: Int) -> (range: TextRange, quote: Int?) {
    guard content.quote == nil, T[comma].range.start < content.range.end, let first = tokenIndex(at: content.range.start), first < comma else { return content }
    return (trim(first..<comma), nil)
  }

  /// `…, the office reported on Tuesday -- a turn that …`: the sentence's one dash (past a
  /// dateline's) sets off what comes after it; a pair of dashes holds an aside instead
  /// (`told reporters — on Twitter, as it happens — that …`, `— as Moscow denies —`).
  private func isClosingDash(_ k: Int) -> Bool {
    guard finder.isDash(k) else { return false }
    let run = dashRun(at: k)
    let (start, end) = (run.lowerBound, run.upperBound)
    var opening = pastDateline
    while opening < start, finder.isDash(opening) { opening += 1 }
    return !(opening..<start).contains(where: finder.isDash) && !((end + 1)..<r.upperBound).contains(where: finder.isDash)
  }

  /// `said, when asked about the port, that it would close`: a clause of when set off by
  /// commas right after a cue, then the content (`that`, a clause or a quote). (Commas on
  /// both sides, unlike `contentAfterCircumstance`: `replied, before adding that he …`
  /// stays postposed.)
  private func isAsideBeforeContent(comma k: Int) -> Bool {
    guard k + 1 < r.upperBound, T[k].isMark(","), opensSubjectlessCircumstance(at: k + 1),
      let close = ((k + 2)..<r.upperBound).first(where: { T[$0].isMark(",") && T[$0].quote == nil }), close + 1 < r.upperBound
    else { return false }
    return T[close + 1].is("that") || T[close + 1].kind == .quoteOpen || startsClause(at: close + 1)
  }

  /// Where what was said starts after the subjectless clause of when at `k` (`when asked
  /// about it, that the port …`, `when asked about it that …`): past its comma or `that`, at
  /// a quote or a clause; nil when none follows.
  private func contentAfterCircumstance(at k: Int) -> Int? {
    guard let end = ((k + 2)..<r.upperBound).first(where: {
      T[$0].quote == nil && (T[$0].isMark(",") || T[$0].is("that") && !Lexicon.questionOpeners.contains(T[$0 - 1]))
    }), end + 1 < r.upperBound else { return nil }
    let after = T[end].isMark(",") && T[end + 1].is("that") ? end + 2 : end + 1
    guard after < r.upperBound, T[after].kind == .quoteOpen || startsClause(at: after) else { return nil }
    return after
  }

  /// A subordinator of time or cause at `k` opening a clause with a subject, before a
  /// `that` that may open what was said and no comma.
  private func opensCircumstanceBeforeThat(at k: Int) -> Bool {
    guard k + 1 < r.upperBound, T[k].kind == .word, Lexicon.circumstanceSubordinators.contains(T[k]), !Lexicon.topicPrepositions.contains(T[k]),
      startsClause(at: k + 1)
    else { return false }
    return ((k + 2)..<r.upperBound).prefix(while: { !T[$0].isMark(",") }).contains(where: opensClauseOfWhatWasSaid)
  }

  /// `when asked`, `after being pressed`, `while campaigning`: a subordinator of time or
  /// cause right before a participle, with no subject between.
  private func opensSubjectlessCircumstance(at k: Int) -> Bool {
    // (Not `as`: `describes her as having …` says what she is.)
    guard k + 2 < r.upperBound, T[k].kind == .word, Lexicon.circumstanceSubordinators.contains(T[k]), !Lexicon.topicPrepositions.contains(T[k]),
      T[k + 1].kind == .word
    else { return false }
    let participle = T[k + 1].is("being") ? k + 2 : k + 1
    return T[participle].kind == .word && doc.readsAsSubjectlessParticiple(participle)
  }

  /// Whether a subordinator right before `k` makes the clause there one of when or why
  /// (`before she spoke`, `when it opened`).
  private func opensCircumstance(_ k: Int) -> Bool {
    k > r.lowerBound && T[k - 1].kind == .word && doc.tag(k - 1).map { $0 == .in || $0 == .wrb } == true
  }

  /// Whether a verb coordinated with the cue comes among the words after it, whose `that`
  /// or clause is then its own (`agreed to testify in exchange for a lighter charge | and
  /// said | that …`). (A speech verb's past by its form: the tagger may read it there as a
  /// participle.)
  private func holdsCoordinatedVerb(_ words: Range<Int>) -> Bool {
    words.contains { j in
      Lexicon.coordinators.contains(T[j]) && j + 1 < words.upperBound && (T[j + 1].has(.finiteSpeechVerb) || doc.tag(j + 1)?.isFiniteVerb == true)
    }
  }

  /// Whether the word at `j` is one the tagger reads as a present tense with no `-s` right
  /// after a plural noun (`voters wait`, `people pay`). (The tagger is asked only after a
  /// word that looks like a plural: asking it of every word tags parts no rule needs.)
  private func isPresentAfterPlural(_ j: Int) -> Bool {
    let noun = T[j - 1]
    guard T[j].kind == .word, !T[j].isCapitalised, noun.kind == .word, noun.lower.endsWith("s") && !noun.lower.endsWith("ss") || noun.is("people"),
      let tag = doc.tag(j), tag == .vbp || tag == .vbd && isBareFormReadAsPast(j)
    else { return false }
    return doc.tag(j - 1).map { $0 == .nns || $0 == .nnps } == true
  }

  /// `the attacks highlight/VBD the threat`: a word with no past's ending nor an irregular
  /// past's form that the tagger reads as a past is a present it misread.
  private func isBareFormReadAsPast(_ j: Int) -> Bool {
    !T[j].lower.endsWith("ed") && !Lexicon.irregularFiniteVerbs.contains(T[j])
  }

  /// Does a finite clause start at token `k`: a short subject (a pronoun, or a noun
  /// phrase) and then its finite verb (`she would not …`, `the deal favors …`)? An
  /// auxiliary is finite by itself; a word with a verb's ending (`favors`, `claimed`) is
  /// asked of the tagger, as no word list tells `claims` the verb from `claims` the noun.
  /// The clause's verb must come before `end` (the sentence's end unless said).
  func startsClause(at k: Int, before end: Int? = nil) -> Bool {
    let end = end ?? r.upperBound
    // `she'll`, `they're`, `he'd`: a subject with its auxiliary.
    if k < end, T[k].kind == .word, Lexicon.isContractedSubject(T[k].lower) { return true }
    // `there was no deal`, `there could be layoffs`: an existential subject and its auxiliary.
    if k + 1 < end, T[k].kind == .word, Lexicon.existentialSubjects.contains(T[k]), Lexicon.auxiliaries.contains(T[k + 1]) { return true }
    // `$2 million more would go …`: a sum of money opens its subject with its sign.
    if k + 1 < end, T[k].isMark("$") || T[k].isMark("£") || T[k].isMark("€"), T[k + 1].kind == .word, doc.tag(k + 1) == .cd {
      return startsClause(at: k + 1, before: end)
    }
    // The subject opens with a pronoun, a determiner (a possessive one too, `its profit
    // rose`) or a name — or a word the tagger reads
    // as opening a noun phrase (`such a tactic could …`, `any further deals should …`,
    // `politicians don't …`): asked last, once a verb is found, and never of a preposition
    // or a past form (most words the rules ask this of are neither subject nor clause).
    guard k < end, T[k].kind == .word, !T[k].has(.phraseConnector) else { return false }
    let listed = T[k].has(.pronoun) || T[k].has(.determiner) || T[k].isCapitalised || Lexicon.possessiveDeterminers.contains(T[k])
    guard listed || !Lexicon.prepositions.contains(T[k]) && !T[k].lower.endsWith("ed") else { return false }
    // (A number too: `20 people were hurt`, `2 million more would go`.)
    let opens = { listed || self.doc.tag(k).map { [.dt, .pdt, .jj, .nns, .cd].contains($0) } == true }
    var j = k + 1
    while j < end, j - k <= 8, T[j].kind == .word || T[j].isMark("-"), T[j].quote == T[k].quote {
      // After a possessive (`Okafor's claims`, `his borrowed yacht`) a word is a noun.
      let afterPossessive = T[j - 1].bare != T[j - 1].lower || Lexicon.possessiveDeterminers.contains(T[j - 1])
      // (`late May`: a capitalised modal is a month's name.)
      if Lexicon.auxiliaries.contains(T[j]), !T[j].isCapitalised { return !afterPossessive && opens() }
      // `suggested the speechwriter be fired`: a bare `be` after its subject (no `to`, no
      // modal) is a mandative clause's verb.
      if Lexicon.subjunctiveBe.contains(T[j]), !T[j - 1].is("to"), !afterPossessive { return opens() }
      // A finite verb: a regular form (`imposed`, `wants`), or any after a subject pronoun (`it
      // sold`) — or a past the tagger reads as a participle after a noun where an object
      // follows it (`the figures reflected a dip`: a participle after its noun takes none).
      if PhraseFinder.mayBeVerb(T[j]) || (j == k + 1 && T[k].has(.pronoun)), !afterPossessive, let tag = doc.tag(j),
        tag.isFiniteVerb || (tag == .vbn && j == k + 1 && T[k].has(.pronoun)) || tag == .vbn && isPastBeforeItsObject(j, end: end)
      {
        return opens()
      }
      // `suggested voters wait longer`, `people pay more`: a present tense right after a
      // plural noun has that subject (a bare infinitive the tagger reads as one, `let
      // students use`, does not).
      if isPresentAfterPlural(j) { return opens() }
      // `she and her husband are …`, `she and husband Omar Bell are …`: a coordinated
      // subject goes on past `and` (after a subject pronoun, whatever the next word is).
      if T[j].is("and"), j + 1 < end, T[j + 1].kind == .word {
        // (Past a pronoun or determiner that opens the second subject: it stops no phrase here.)
        if T[j + 1].has(.pronoun) || T[j + 1].has(.determiner) || Lexicon.possessiveDeterminers.contains(T[j + 1]) {
          j += 2
          continue
        }
        if T[j + 1].isCapitalised || j == k + 1 && Lexicon.subjectPronouns.contains(T[k]) {
          j += 1
          continue
        }
      }
      // `Lima's refusal to release the report could …`: a common noun's infinitive, with its
      // object, stays in the subject.
      if j > k, T[j].is("to"), doc.tag(j - 1) == .nn || doc.tag(j - 1) == .nns, j + 1 < end, T[j + 1].kind == .word, doc.tag(j + 1) == .vb {
        j += 2
        continue
      }
      // (After a possessive, `own` or `other` goes on with the noun: `the city's own programs`.)
      // `the fight against the cartel could …`: a common noun's preposition with its
      // determined object stays in the subject (not an infinitive's `to`, nor a clause's `as`,
      // `after`, `since`).
      if j > k, !T[j].is("to"), !T[j].is("as"), Lexicon.prepositions.contains(T[j]), !Lexicon.gerundPrepositions.contains(T[j]),
        doc.tag(j - 1) == .nn || doc.tag(j - 1) == .nns, j + 1 < end, T[j + 1].kind == .word,
        T[j + 1].has(.determiner) || Lexicon.possessiveDeterminers.contains(T[j + 1])
      {
        j += 1
        continue
      }
      if T[j].has(.phraseStop), !afterPossessive, !(Lexicon.quantityComparatives.contains(T[j]) && doc.tag(j - 1) == .cd) {
        // `added the company still faces …`: an adverb between the subject's noun and its
        // finite verb.
        return isAdverbBeforeVerb(j, end: end) && opens()
      }
      j += 1
    }
    // `the premier “stands by his decision”`: a subject's noun or pronoun, then a quote that
    // opens with its finite verb.
    if j > k, j + 1 < end, T[j].kind == .quoteOpen, T[k].quote == nil, endsSubject(at: j - 1, opening: k), isLowercaseFiniteVerb(j + 1) {
      return opens()
    }
    // `the two suspects, aged 19 and 22, were taken …`, `she, too, wants …`: an aside between
    // commas after the subject's noun or pronoun, then its finite verb.
    if j > k, j < end, T[j].isMark(","), endsSubject(at: j - 1, opening: k), let close = asideEnd(after: j, before: end), close + 1 < end,
      isLowercaseFiniteVerb(close + 1)
    {
      return opens()
    }
    return false
  }

  /// Whether token `p` ends the subject the clause at `k` opens: a noun, or `k`'s subject
  /// pronoun alone.
  private func endsSubject(at p: Int, opening k: Int) -> Bool {
    doc.tag(p)?.isNoun == true || p == k && Lexicon.subjectPronouns.contains(T[k])
  }

  /// Whether token `v` is a lowercase auxiliary or a word the tagger reads as a finite verb.
  private func isLowercaseFiniteVerb(_ v: Int) -> Bool {
    T[v].kind == .word && !T[v].isCapitalised && (Lexicon.auxiliaries.contains(T[v]) || doc.tag(v)?.isFiniteVerb == true)
  }

  /// `the company still faces`, `the plan also includes`: a word at `j` the tagger reads as
  /// an adverb, after a noun and before a finite verb (not in a headline's capitals).
  private func isAdverbBeforeVerb(_ j: Int, end: Int) -> Bool {
    j + 1 < end && !T[j].isCapitalised && T[j + 1].kind == .word && PhraseFinder.mayBeVerb(T[j + 1]) && doc.tag(j) == .rb && doc.tag(j - 1)?.isNoun == true
      && doc.tag(j + 1)?.isFiniteVerb == true
  }

  /// `the figures reflected a temporary dip`: a past form the tagger reads as a participle,
  /// right after a noun and right before a determiner: the noun's verb with its object. Or
  /// before a bare noun or adjective, when no verb follows to the clause's end or comma
  /// (`told reporters the company expected growth`: a participle there would leave the
  /// clause no verb).
  private func isPastBeforeItsObject(_ j: Int, end: Int) -> Bool {
    guard j + 1 < end, T[j].lower.endsWith("ed"), doc.tag(j - 1)?.isNoun == true, T[j + 1].kind == .word else { return false }
    if T[j + 1].has(.determiner) || Lexicon.possessiveDeterminers.contains(T[j + 1]) { return true }
    // (Not a time's: `an interview published Saturday`.)
    guard !T[j + 1].isCapitalised, !Lexicon.isTimeWord(T[j + 1]), doc.tag(j + 1).map({ $0.isNoun || $0.isAdjective }) == true else { return false }
    var k = j + 2
    while k < end, k - j <= 12, !T[k].isMark(","), T[k].quote == nil {
      if T[k].kind == .word, Lexicon.auxiliaries.contains(T[k]) || doc.tag(k)?.isFiniteVerb == true { return false }
      k += 1
    }
    return true
  }

  /// The comma that closes an aside of a few words (no quote, no verb the tagger reads as
  /// finite) opened by the comma at `open`.
  private func asideEnd(after open: Int, before end: Int) -> Int? {
    var k = open + 1
    while k < end, k - open <= 8, T[k].kind == .word, T[k].quote == nil {
      if Lexicon.auxiliaries.contains(T[k]) || doc.tag(k)?.isFiniteVerb == true { return nil }
      k += 1
    }
    return k > open + 1 && k < end && T[k].isMark(",") ? k : nil
  }
}
