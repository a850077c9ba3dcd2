/// A reporting expression found in a sentence, outside any quote.
struct Cue {
  enum Kind {
    /// `said`, `told`, `emphasized`.
    case verb
    /// `…, adding that …`: a further claim by the same speaker.
    case participle
    /// `according to X`.
    case accordingTo
    /// `…, per X`.
    case per
    /// `Citing X, Y said …`: X is the speaker, Y relays.
    case citing
    /// `Y quoted X as saying …`.
    case quotedAsSaying(asIndex: Int)
    /// `X's claims that …`, `his recent assertion that …`, `her main argument is that …`:
    /// the possessive at `owner` speaks; what was said starts at `content`. Or the one
    /// after `by` or `from` at `owner` (`accusations by the port that …`).
    case noun(owner: Int, content: Int)
  }
  var kind: Kind
  /// First and one-past-last token of the cue words.
  var tokens: Range<Int>
  var isWeak: Bool
  /// `declined to say how …`, `went out of his way to argue that …`: the speaker is the
  /// subject of the verb the infinitive depends on.
  var isInfinitive = false
  /// `records show that …`, `a poll found …`: the cue reports only with a document or data
  /// for its subject.
  var needsEvidenceSubject = false
}

/// Finds the cues of one sentence from the lexicons.
enum CueFinder {
  /// `many of them`, `some of us` ending at `k`: a share of the people a pronoun stands for,
  /// the subject of a participle after it (`Thousands marched, many of them chanting …`).
  static func isShareOfThem(_ k: Int, _ r: Range<Int>, _ T: [Token]) -> Bool {
    k - 2 >= r.lowerBound && Lexicon.objectPronouns.contains(T[k]) && !T[k].is("you") && T[k - 1].is("of") && Lexicon.quantifierSubjects.contains(T[k - 2])
  }

  /// `tag` reads a token's part of speech, asked only of a listed verb form that may be a
  /// noun (`his repeated calls`, `the warnings`); `lexicalTag` the part of speech its
  /// word most often has in the tagger's data (nil for a word it never met).
  static func cues(in r: Range<Int>, tokens T: [Token], tag: (Int) -> PennTag?, lexicalTag: (Int) -> PennTag?) -> [Cue] {
    var out: [Cue] = []
    // Whether the sentence is written in sentence case (a long word other than a function
    // word in lower case: title case keeps `after`, `with` small), asked only of a
    // capitalised speech word.
    var sentenceCase: Bool?
    func isSentenceCase() -> Bool {
      if let known = sentenceCase { return known }
      let answer = r.contains { k in
        T[k].kind == .word && !T[k].isCapitalised && T[k].range.length >= 4 && !T[k].has(.capitalisedFunctionWord) && !T[k].has(.phraseStop)
      }
      sentenceCase = answer
      return answer
    }
    // Whether the words before `k` are an `as` clause's subject, the `as` opening the
    // sentence or following a comma or conjunction, with no verb between.
    func isAsClauseSubject(before k: Int) -> Bool {
      guard let a = (max(r.lowerBound, k - 16)..<k).last(where: { T[$0].is("as") }), a + 1 < k,
        a == r.lowerBound || T[a - 1].isMark(",") || Lexicon.coordinators.contains(T[a - 1])
      else { return false }
      return (a + 1..<k).allSatisfy { T[$0].quote == nil && (T[$0].isMark(",") || T[$0].kind == .word && tag($0)?.isVerb != true) }
    }
    // `The judge found that …`, `the court found the city was negligent`: one who rules
    // finds as a record does, a clause after the verb (not `found the keys`, `found him
    // guilty`, `found that action unconstitutional`).
    func rulesThat(_ k: Int) -> Bool {
      guard Lexicon.rules(T[k], by: T[r.lowerBound..<k]), k + 1 < r.upperBound else { return false }
      return (k + 1..<min(r.upperBound, k + 6)).prefix { T[$0].kind == .word }.contains { tag($0)?.isFiniteVerb == true }
    }
    // The `as` opening a clause right before `k`, or before an adverb there (`as first`).
    func asOpener(before k: Int) -> Int? {
      if k - 1 >= r.lowerBound, Lexicon.asClauseOpeners.contains(T[k - 1]) { return k - 1 }
      if k - 2 >= r.lowerBound, Lexicon.asClauseOpeners.contains(T[k - 2]), T[k - 1].kind == .word, tag(k - 1) == .rb { return k - 2 }
      return nil
    }
    // `Trump's repeated calls to …`, `the claims`, `Western states`, `percentage points to`:
    // a plural noun by the tagger, or right after what it reads as an adjective, after a
    // modifier (a capitalised one only if the tagger's data knows an adjective, or it reads
    // one there before a plural in a word it knows that is no place, or it qualifies a
    // region, and not in a title-case headline: `Frank writes`, `Okafor adds`, `Germany
    // pledges`; `Republican claims as false`) — but no plural follows a singular determiner
    // (`another says there are …`), nor a person's singular role noun (`Opposition leader
    // calls budget a …`; a capitalised title read as an adjective is none).
    func isPluralNoun(_ k: Int) -> Bool {
      guard k > r.lowerBound, T[k].lower.endsWith("s") else { return false }
      let p = T[k - 1]
      let known = lexicalTag(k - 1)
      let adjective = known?.isAdjective == true
        || tag(k - 1) == .jj && tag(k) == .nns && (!p.isCapitalised || known != nil && !p.has(.place))
      return p.kind == .word
        && (!p.isCapitalised || isSentenceCase() && (adjective || Lexicon.regionQualifiers.contains(p))) && !p.has(.pronoun)
        && !Lexicon.singularDeterminers.contains(p) && (!(p.has(.title) || p.has(.roleNoun)) || p.lower.endsWith("s") || p.isCapitalised && adjective)
        && (tag(k) == .nns || tag(k - 1) == .jj || tag(k - 1) == .cd || Lexicon.numberWords.contains(p))
    }
    // `…, the commissioner has found.`: the word ends the sentence, and a comma comes two to
    // six words before it, all of them words outside quotes (its subject and an auxiliary).
    func closesSentenceAfterComma(_ k: Int) -> Bool {
      // (Not in a sentence of two or three words, `They found.`, which has no room for one.)
      guard k + 1 == r.upperBound || k + 2 == r.upperBound && T[k + 1].isMark("."), k - 2 > r.lowerBound,
        let comma = (max(r.lowerBound + 2, k - 7)..<k).last(where: { T[$0].isMark(",") }), k - comma >= 2
      else { return false }
      return (comma + 1..<k).allSatisfy { T[$0].kind == .word && T[$0].quote == nil }
    }
    // `Clinton's reported contributions`, `his stated goal`: a participle right after a
    // possessive modifies the noun after it.
    func isParticipleAfterPossessive(_ k: Int) -> Bool {
      k > r.lowerBound && T[k].lower.endsWith("ed") && (isPossessive(T[k - 1], T, k - 1) || Lexicon.possessiveDeterminers.contains(T[k - 1]))
    }
    // `It is too early to say whether …`, `it's hard to say`: an infinitive after an
    // adjective (and its degree words) that `it` and a form of `be` open reports no one's
    // words (not `Lima was quick to say that …`).
    func isInfinitiveOfExpletive(_ k: Int) -> Bool {
      var j = k - 2
      guard j - 1 > r.lowerBound, T[j].kind == .word, tag(j).map({ $0.isAdjective || $0 == .rb }) == true else { return false }
      while j - 2 > r.lowerBound, T[j - 1].kind == .word, !Lexicon.beForms.contains(T[j - 1]), tag(j - 1) == .rb { j -= 1 }
      let be = j - 1
      return Lexicon.beForms.contains(T[be]) && T[be - 1].is("it") || Lexicon.contractedSubject(T[be].lower)?.pronoun == "it"
    }
    // The last token of a cue that spans words the loop would otherwise read again.
    var covered = r.lowerBound - 1
    let cueFlags: WordFlags = [.speechVerb, .speechNoun, .finiteSpeechVerb, .relayWord, .phrasalSpeechVerb, .evidenceVerb]
    for k in r where k > covered && T[k].kind == .word && T[k].quote == nil {
      // Nearly every word is none of these: skip it on its flags alone.
      guard !T[k].flags.isDisjoint(with: cueFlags.union(.stanceCarrier)) else { continue }
      let token = T[k]
      // `voiced concern that …`, `repeated her claim that …`: the verb and its noun are one
      // cue, and the verb's subject holds the stance.
      // (Not a participle after a possessive, which qualifies the noun: `her repeated claims
      // that …` are hers, a noun's cue.)
      if token.has(.stanceCarrier), !isParticipleAfterPossessive(k), let noun = stanceNoun(after: k, end: r.upperBound, T, tag: tag) {
        // (`…, repeating the claim that …`: a participle after a comma goes on with the
        // sentence's subject, as `…, adding that …` does.)
        let participle = token.lower.endsWith("ing") && k > r.lowerBound && T[k - 1].isMark(",")
        out.append(Cue(kind: participle ? .participle : .verb, tokens: k..<(noun + 1), isWeak: false))
        covered = noun
        continue
      }
      guard !token.flags.isDisjoint(with: cueFlags) else { continue }
      // `QUESTIONABLE MEDICAL CLAIMS — For years, …`: a speech word in capitals is a
      // subhead's, not a verb of the sentence.
      if (NameClassifier.capitalLetters(in: token.text) ?? 0) >= 3 { continue }
      let w = token.lower
      let prev = k > r.lowerBound ? T[k - 1] : nil
      // `the United States said`: in a sentence-case sentence a capitalised speech word
      // after a capitalised word is part of a name; a title-case headline's is a verb.
      if token.isCapitalised, let p = prev, p.kind == .word, p.isCapitalised, isSentenceCase() { continue }
      // `some low-level State employees`: after a lowercase word, a capitalised speech word
      // the tagger reads as a proper noun opens a name.
      if token.isCapitalised, let p = prev, p.kind == .word, isSentenceCase(), tag(k)?.isProperNoun == true { continue }
      let next = k + 1 < r.upperBound ? T[k + 1] : nil
      // `— State Sen. Ana Lima told …`: a capitalised speech word before a capitalised title
      // qualifies the title (in sentence case; a title-case headline's `Says Mayor …` is a verb).
      if token.isCapitalised, let n = next, n.kind == .word, n.isCapitalised, n.has(.title), isSentenceCase() { continue }
      if w == "according", next?.lower == "to" {
        out.append(Cue(kind: .accordingTo, tokens: k..<(k + 2), isWeak: false))
      } else if w == "words", next?.is("of") == true, k - 2 >= r.lowerBound, T[k - 1].is("the"), T[k - 2].is("in") {
        // `in the words of the prosecutor, …`: a source, as `according to` names one.
        out.append(Cue(kind: .accordingTo, tokens: (k - 2)..<(k + 2), isWeak: false))
      } else if w.endsWith("ed"), next?.is("by") == true, let opener = asOpener(before: k) {
        // `As reported by Western Journalism, …`, `as first reported by the Times`: a passive
        // `as` clause names a source, as `according to` does.
        out.append(Cue(kind: .accordingTo, tokens: opener..<(k + 2), isWeak: false))
      } else if w == "per", prev.map({ $0.isMark(",") || $0.isMark("\u{2014}") || $0.isMark("(") })
        // (Opening the sentence: `Per the filing, …`, `Per NBC News, …`; not `Per capita …`.)
        ?? (next.map { $0.has(.determiner) || $0.isCapitalised } == true && (k + 2..<min(r.upperBound, k + 10)).contains { T[$0].isMark(",") })
      {
        out.append(Cue(kind: .per, tokens: k..<(k + 1), isWeak: false))
      } else if w == "citing" {
        // `Citing X, Y said …` relays; `…, Y said, citing X` gives Y's grounds, which Y states.
        // (Set off before the subject's speech verb it relays too: `The Globe, citing two
        // sources, reported that …`.)
        let trailing = k > r.lowerBound + 2 && prev?.isMark(",") == true && !isAsideBeforeSpeechVerb(k, in: r, T)
        out.append(Cue(kind: trailing ? .participle : .citing, tokens: k..<(k + 1), isWeak: false))
      } else if Lexicon.quotingVerbs.contains(w), k + 1 < min(r.upperBound - 1, k + 18),
        let asIndex = (k + 1..<min(r.upperBound - 1, k + 18)).first(where: { T[$0].is("as") && T[$0 + 1].is("saying") })
      {
        out.append(Cue(kind: .quotedAsSaying(asIndex: asIndex), tokens: k..<(k + 1), isWeak: false))
      } else if token.has(.speechNoun), let owner = possessor(before: k, floor: r.lowerBound, T),
        let content = thatClause(after: k, end: r.upperBound, T)
      {
        out.append(Cue(kind: .noun(owner: owner, content: content), tokens: k..<(k + 1), isWeak: false))
      } else if token.has(.speechNoun), let agent = agent(after: k, end: r.upperBound, T, tag: tag) {
        out.append(Cue(kind: .noun(owner: agent.by, content: agent.content), tokens: k..<(k + 1), isWeak: false))
      } else if token.has(.phrasalSpeechVerb), let particle = particle(after: k, of: w, end: r.upperBound, T, tag: tag, lexicalTag: lexicalTag) {
        // `called for`, `pointed to`, `talked about`, `commented on`: speech as phrasal verbs,
        // whatever their form (`is calling for`), and past a day (`called Wednesday for`) —
        // but not a noun after a possessive (`Clinton's comments Tuesday on …`), nor a plural
        // after a modifier once the clause has its verb (`raised it by 2 percentage points to
        // 3 percent`; the tagger reads `his plan calls for` as a plural too).
        let infinitive = prev?.is("to") == true && !w.endsWith("s") && !w.endsWith("ed") && k - 1 > r.lowerBound && T[k - 2].kind == .word
        // (After `to`, a base form the tagger reads is the verb's infinitive: `came to talk
        // about` — but not one refused, `declined to comment on the ruling`, which says nothing.)
        let spokenInfinitive = infinitive && tag(k) == .vb && !Lexicon.refusalVerbs.contains(T[k - 2])
        if let p = prev, Lexicon.nounMarkers.contains(p) && !spokenInfinitive || token.has(.speechNoun) && isPossessive(p, T, k - 1) { continue }
        // `As the mayor put it, …`, `as John Cornyn, the No. 2 in the leadership, put it:`:
        // `put it` says how someone said something only after `as` and its subject.
        if T[particle].is("it"), !isAsClauseSubject(before: k) { continue }
        // (Nor one the tagger reads as a noun after a determiner and a modifier: `as a wake-up
        // call for …`.)
        if k >= 2, tag(k) == .nn, Lexicon.nounMarkers.contains(T[k - 2]), T[k - 1].kind == .word, !T[k - 1].isCapitalised { continue }
        // (Nor one after an article and its modifiers: `a sustained clarion call for …`; after
        // a possessive, the call is its owner's.)
        if tag(k) == .nn, followsArticleAndModifiers(k, in: r, T, tag: tag) { continue }
        if isPluralNoun(k), let verb = (r.lowerBound..<k).last(where: { tag($0)?.isFiniteVerb == true }),
          !(verb..<k).contains(where: { T[$0].isMark(",") })
        {
          continue
        }
        // (`…, pointing out that …`: after a comma, its participle goes on with the sentence's
        // subject, as `…, adding that …` does — and after a preposition, `opened by talking
        // about …`; `came to talk about …` is the infinitive of the verb before it.)
        let participle = w.endsWith("ing") && k > r.lowerBound && (T[k - 1].isMark(",") || Lexicon.gerundPrepositions.contains(T[k - 1]))
        out.append(Cue(kind: participle ? .participle : .verb, tokens: k..<(particle + 1), isWeak: false, isInfinitive: infinitive))
        covered = particle
      } else if token.has(.evidenceVerb) {
        // `FEC records show that …`, `a poll released Friday found 66 percent …`, `the report
        // found no evidence`: a verb where the tagger reads one (not `the show`), and not a
        // passive (`was found in emails`); what it finds is what the document says.
        // (The tagger is asked only with a record or finding before it in the sentence: most
        // `found`s are a person's.)
        // (`A new survey finds most residents …`: right after a record, a present form the
        // tagger reads as a compound's plural is the verb when what follows opens a clause;
        // `…, records show.`: one that ends the clause is the verb whatever the tagger reads.)
        // (`…, the ethics commissioner has found.`, `…, investigators found.`: one closing its
        // sentence after a comma and a few words, its subject, reports a finding by anyone.)
        if !w.endsWith("ing"), closesSentenceAfterComma(k) {
          out.append(Cue(kind: .verb, tokens: k..<(k + 1), isWeak: false))
          continue
        }
        // (`It also found that …`: `it` before a verb of finding and `that` after it are a
        // record's or a body's finding — a person is `he` or `she`; `it shows that …` is as
        // often what an event demonstrates.)
        if Lexicon.findingVerbs.contains(token), next?.is("that") == true,
          let subject = (max(r.lowerBound, k - 2)..<k).last(where: { !T[$0].has(.cueModifier) }), T[subject].is("it"),
          (subject + 1..<k).allSatisfy({ T[$0].has(.cueModifier) })
        {
          out.append(Cue(kind: .verb, tokens: k..<(k + 1), isWeak: false))
          continue
        }
        guard !w.endsWith("ing"), !(prev.map { Lexicon.beForms.contains($0) } ?? false),
          (r.lowerBound..<k).contains(where: { Lexicon.evidenceNouns.contains(T[$0]) }) || rulesThat(k),
          tag(k)?.isVerb == true
            // (`A report by the auditor general found that …`: a past form before `that` is
            // the verb though the tagger, after an adjective, reads a noun.)
            || next?.is("that") == true && !w.endsWith("s") && lexicalTag(k)?.isVerb == true
            || prev.map(Lexicon.evidenceNouns.contains) == true && (w.endsWith("s") && opensClause(after: k, r, T) || endsClause(after: k, r, T))
        else { continue }
        out.append(Cue(kind: .verb, tokens: k..<(k + 1), isWeak: false, needsEvidenceSubject: true))
      } else if token.has(.speechVerb) {
        if w.endsWith("ing") {
          // `…, adding that`, `by declaring he …`, `after saying that …`, `while also suggesting
          // that …`, `…, eventually saying he …` (past a cue's modifier or an adverb).
          var lead = k - 1
          while lead > r.lowerBound, k - lead <= 2, T[lead].kind == .word, T[lead].has(.cueModifier) || tag(lead) == .rb { lead -= 1 }
          let before = lead >= r.lowerBound ? T[lead] : nil
          // A comma inside a closing quote mark is a comma before the participle (`called it
          // "unacceptable," adding that …`).
          let afterComma = before?.isMark(",") == true || before?.kind == .quoteClose && lead > r.lowerBound && T[lead - 1].isMark(",")
          // (`Noting that the budget was tight, the mayor …`: opening the sentence with `that`
          // after it, the participle is the subject's after the comma.)
          let opensWithThat = next?.is("that") == true && Self.opensSentence(k, in: r, T, tag: tag)
          if token.has(.continuationParticiple), opensWithThat || before.map({ afterComma || $0.is("and") || Lexicon.gerundPrepositions.contains($0) }) == true {
            out.append(Cue(kind: .participle, tokens: k..<(k + 1), isWeak: false))
          } else if isProgressive(k, floor: r.lowerBound, T, tag: tag) {
            out.append(Cue(kind: .verb, tokens: k..<(k + 1), isWeak: token.has(.weakCue)))
          } else if token.has(.continuationParticiple), let p = prev, p.kind == .word || p.isMark("%"), !p.has(.pronoun) || isShareOfThem(k - 1, r, T),
            // (Not one that ends its sentence: `said Robin Maynard, half joking.`)
            k + 1 < r.upperBound, !T[k + 1].isMark("."),
            p.isMark("%") || tag(k - 1)?.isNoun == true || tag(k - 1) == .cd
              || Lexicon.quantifierSubjects.contains(p) && k - 2 >= r.lowerBound && T[k - 2].is("with") || isShareOfThem(k - 1, r, T)
          {
            // `with 50 percent saying …`, `a statement saying …`, `with some arguing …`: the noun
            // (or a quantifier standing for one after `with`) before speaks — but
            // not one a preposition of the clause holds (`…, at one point calling the mayor a
            // liar`), which leaves the participle to the subject.
            let adverbial = isAdverbialObject(endingAt: k - 1, floor: r.lowerBound, T, tag: tag)
            out.append(Cue(kind: adverbial ? .participle : .verb, tokens: k..<(k + 1), isWeak: !adverbial && token.has(.weakCue)))
          } else if let n = next, n.isMark(",") || n.isMark(":"), k + 2 < r.upperBound, T[k + 2].kind == .quoteOpen,
            let p = prev, p.kind == .word, p.isCapitalised || p.has(.pronoun)
          {
            // `footage of Hillary Clinton asking, "Why …"`
            out.append(Cue(kind: .verb, tokens: k..<(k + 1), isWeak: false))
          }
          continue
        }
        // (A weak cue's infinitive only with `that` or a question right after it, `continued to
        // question whether …`: with an object it says what was done, `to report earnings`.)
        if let p = prev, p.is("to"), !w.endsWith("s"), !w.endsWith("ed"), k - 1 > r.lowerBound, T[k - 2].kind == .word,
          !token.has(.weakCue) || next.map({ $0.is("that") || Lexicon.indirectQuestionOpeners.contains($0) }) == true
        {
          if isInfinitiveOfExpletive(k) { continue }
          // Weak: only with `that`, a question or a clause after it (`declined to say who …`).
          out.append(Cue(kind: .verb, tokens: k..<(k + 1), isWeak: true, isInfinitive: true))
          continue
        }
        // (But `her` a preposition holds is its object, before a verb: `People close
        // to her said`.)
        if let p = prev, Lexicon.nounMarkers.contains(p),
          !(PhraseFinder.isPrepositionsObjectHer(k - 1, T, floor: r.lowerBound) && tag(k)?.isVerb == true)
        {
          continue
        }
        // `easier said than done`: a comparison, not a report.
        if let n = next, Lexicon.comparisonWords.contains(n) { continue }
        // `asked for more time`, `asked to leave`: a request, not a report of speech.
        if Lexicon.requestVerbs.contains(w), let n = next, Lexicon.requestParticles.contains(n) { continue }
        // `important remarks`, `Trump's claims`: a noun, not a verb, unless a name or pronoun is its
        // subject — or the tagger reads a verb (`The candidate claims his …`).
        // (A share before it is its subject, whatever the tagger reads: `a third say`; not an
        // ordinal, `the fifth state that …`.)
        let afterShare = k - 2 >= r.lowerBound && T[k - 1].kind == .word && Lexicon.fractionNouns.contains(T[k - 1]) && T[k - 2].kind == .word
          && (Lexicon.articles.contains(T[k - 2]) && !T[k - 2].is("the") || Lexicon.numberWords.contains(T[k - 2]))
        if token.has(.speechNoun), let p = prev, p.kind == .word, !p.isCapitalised, !p.has(.pronoun), !afterShare, !(tag(k)?.isFiniteVerb ?? false) { continue }
        if k > r.lowerBound, isNounAfterPossessive(k, in: r, T) { continue }
        if isParticipleAfterPossessive(k) { continue }
        // (So does one after a quantifier or a number before a noun, where the tagger reads no
        // past tense or a preposition holds the quantifier: `43 percent of all reported
        // contributions`, `nine reported cases`; `some reported problems` is a verb.)
        if w.endsWith("ed"), let p = prev, p.has(.determiner) || Lexicon.quantifierSubjects.contains(p) || tag(k - 1) == .cd, let n = next, n.kind == .word, !n.isCapitalised,
          tag(k + 1)?.isNoun == true, tag(k) != .vbd || k - 2 >= r.lowerBound && Lexicon.prepositions.contains(T[k - 2])
        {
          continue
        }
        if w.endsWith("ed"), isDegreeModifiedParticiple(k, in: r, T, tag: tag) { continue }
        // `the divide in America highlighted by the shootings`: a past participle after a noun,
        // with its agent after `by`, is a passive that qualifies the noun — no one the noun
        // names spoke. (Not how one spoke: `responded by saying`, `announced by email`; nor one
        // asked or told, whose agent speaks: `voters asked by pollsters`.)
        if w.endsWith("ed"), next?.is("by") == true, k > r.lowerBound, tag(k - 1)?.isNoun == true, !Lexicon.requestVerbs.contains(w), !Lexicon.tellVerbs.contains(token),
          k + 2 < r.upperBound, T[k + 2].kind == .word,
          !T[k + 2].lower.endsWith("ing"), !T[k + 2].has(.documentNoun), !Lexicon.communicationMedia.contains(T[k + 2])
        {
          continue
        }
        // `this kind of combat-level stress daily`: a word the tagger reads as a singular noun
        // there (and alone, if it learnt the word), after a lowercase modifier it reads as an
        // adjective or a singular noun, is that noun — but not before `that` (`those who
        // advocate free speech argue that …`). (The cheap questions first: the word's own
        // class, kept with it, rules out `said`.)
        if let p = prev, p.kind == .word, !p.isCapitalised, !p.has(.pronoun), next?.is("that") != true, lexicalTag(k).map({ $0 == .nn }) ?? true,
          tag(k) == .nn, tag(k - 1) == .jj || tag(k - 1) == .nn
        {
          continue
        }
        // `his mid-morning tweet`, `her Tuesday remarks`: a time between a possessive and the
        // word modifies a noun.
        if let p = prev, k - 2 >= r.lowerBound, Lexicon.possessiveDeterminers.contains(T[k - 2]), Lexicon.isTimeWord(p) { continue }
        if isPluralNoun(k) { continue }
        // `Rust Belt states that have suffered`, `remarks that were featured`: a plural noun
        // whose `that` is the subject of the verb after it — a relative clause, not content
        // (`Lima says that is wrong` is a verb's). The tagger says so of the noun, of `that`
        // (a wh-determiner) or of the verb (a plural's present agrees with no `that`).
        if w.endsWith("s"), next?.is("that") == true, verbFollows(that: k + 1, end: r.upperBound, T, tag: tag),
          tag(k) == .nns || tag(k + 1) == .wdt || tag(k + 2) == .vbp
        {
          continue
        }
        // `an open question`, `a four-way contest`: a base form the tagger reads as a noun —
        // unless a `that` clause follows (`a New York Times report that …` reports), which
        // is no relative clause's subject (`an additional report that could …`), nor a noun
        // whose only words before it are an adjective's (`sent a strong signal that …`: no
        // one's report).
        if !token.has(.finiteSpeechVerb), !w.endsWith("s"), tag(k) == .nn, !afterShare,
          next?.is("that") != true || isSubjectThat(k + 1, end: r.upperBound, T) || prev.map({ !$0.isCapitalised }) == true && tag(k - 1) == .jj
        {
          continue
        }
        // `the foul call that sent his star …`: a form that is no past or present tense, read
        // as a noun after an article and its modifiers, before a relative clause's `that`, is
        // that noun (`the administration insisted that …` has its verb).
        if next?.is("that") == true, !w.endsWith("s"), !w.endsWith("ed"), tag(k) == .nn,
          isSubjectThat(k + 1, end: r.upperBound, T) || verbFollows(that: k + 1, end: r.upperBound, T, tag: tag),
          followsArticleAndModifiers(k, in: r, T, tag: tag)
        {
          continue
        }
        // `an impromptu press briefing`, `a report card`: a form that is no past or present
        // tense, read by the tagger as a noun before another noun, is a compound's first word.
        if !token.has(.finiteSpeechVerb), let n = next, n.kind == .word, !n.isCapitalised, tag(k) == .nn, tag(k + 1)?.isNoun == true { continue }
        // `press secretary Karine Jean-Pierre`: a base form before a title and a name is the
        // title's first word, whatever the tagger makes of it (not `said spokesman Ana Lima`).
        if let n = next, n.kind == .word, !n.isCapitalised, n.has(.title) || n.has(.roleNoun), k + 2 < r.upperBound, T[k + 2].isCapitalised,
          let t = tag(k), t == .vb || t == .vbp || t.isNoun
        {
          continue
        }
        // A base form after a singular name is a noun (`the Taiwan question is`) — unless the
        // tagger reads a verb there (`Aides to Clinton say …`).
        if !token.has(.finiteSpeechVerb), let p = prev, p.kind == .word, p.isCapitalised, !p.lower.endsWith("s"),
          !p.has(.pronoun), !Lexicon.quantifierSubjects.contains(p), tag(k)?.isVerb != true
        {
          continue
        }
        var isWeak = token.has(.weakCue)
        // Bare past participles after `is`/`was` are passives (`was reported`): weak.
        if let p = prev, Lexicon.beForms.contains(p) { isWeak = true }
        out.append(Cue(kind: .verb, tokens: k..<(k + 1), isWeak: isWeak))
      }
    }
    return out
  }

  /// Whether the noun phrase ending at `end` is the object of a preposition that opens an
  /// adverbial set off by a comma (`…, at one point calling`); not one after a noun, number
  /// or verb (`officials at the agency`, `three in 10`, `spoke to a gunman claiming`), nor
  /// `with`, whose object does the act (`with 50 percent saying`).
  private static func isAdverbialObject(endingAt end: Int, floor: Int, _ T: [Token], tag: (Int) -> PennTag?) -> Bool {
    // (A name there is the participle's own subject, `about Pope Francis calling …`, and so
    // is a document, `in the campaign's release announcing …`.)
    guard !T[end].isCapitalised, !Lexicon.documentNouns.contains(T[end].bare) else { return false }
    var j = end
    while j > floor, T[j].kind == .word, !Lexicon.prepositions.contains(T[j]), let t = tag(j), t.isNoun || t == .cd || t == .jj || t == .dt || t == .prpPossessive {
      j -= 1
    }
    guard j > floor, j < end, T[j].kind == .word, Lexicon.prepositions.contains(T[j]), !T[j].is("with") else { return false }
    return T[j - 1].isMark(",")
  }

  /// The particle of a phrasal speech verb (`for` of `called for`): the next word, or the
  /// one past a time (`called Wednesday for`) and the words of how it was said (`spoke at
  /// length about`, `talked openly about`, `speaking out about`); of one that needs a
  /// gerund after it (`admitted to taking`), only before one.
  private static func particle(after k: Int, of verb: String, end: Int, _ T: [Token], tag: (Int) -> PennTag?, lexicalTag: (Int) -> PennTag?) -> Int? {
    let beforeGerund = Lexicon.gerundPhrasalSpeechVerbs[verb]
    guard let particles = Lexicon.phrasalSpeechVerbs[verb] ?? beforeGerund else { return nil }
    var j = pastTime(from: k + 1, end: end, T)
    while j < end, j - k <= 4, !particles.contains(T[j].lower), let manner = pastManner(at: j, end: end, T, tag: tag, lexicalTag: lexicalTag) {
      j = pastTime(from: manner, end: end, T)
    }
    guard j < end, particles.contains(T[j].lower) else { return nil }
    if beforeGerund != nil, !(j + 1 < end && T[j + 1].kind == .word && T[j + 1].lower.endsWith("ing")) { return nil }
    return j
  }

  /// Past the words at `j` that say how something was said: an adverb or particle the
  /// tagger reads (`openly`, `more`, `out`; not `not`) or a phrase of manner (`at length`,
  /// `in public`); nil where none is.
  private static func pastManner(at j: Int, end: Int, _ T: [Token], tag: (Int) -> PennTag?, lexicalTag: (Int) -> PennTag?) -> Int? {
    guard T[j].kind == .word, !T[j].isCapitalised else { return nil }
    if j + 1 < end, T[j + 1].kind == .word, Lexicon.prepositions.contains(T[j]), Lexicon.mannerPhrases.contains([T[j].lower, T[j + 1].lower]) { return j + 2 }
    let isAdverb = { (t: PennTag) in t == .rb || t == .rbr || t == .rp }
    // (The sentence is tagged only for a word its data may read so: most words after the
    // verb are its object's.)
    guard !Lexicon.negations.contains(T[j]), lexicalTag(j).map(isAdverb) ?? true, let t = tag(j), isAdverb(t) else { return nil }
    return j + 1
  }

  /// Past a time right after a verb (`called Wednesday for`, `admitted in 2013 to smoking`,
  /// `confessed last year to lying`): a preposition, up to two words that open a time, and
  /// its noun or year; `j` itself where none is.
  private static func pastTime(from j: Int, end: Int, _ T: [Token]) -> Int {
    var k = j
    if k < end, T[k].is("in") || T[k].is("on") { k += 1 }
    let start = k
    while k + 1 < end, k - start < 3, T[k].kind == .word, Lexicon.timeOpeners.contains(T[k]) || Lexicon.timeNouns.contains(T[k]) || T[k].isYear { k += 1 }
    return k > start && (Lexicon.timeNouns.contains(T[k - 1]) || T[k - 1].isYear) ? k : j
  }

  /// `is demanding`, `are now saying`, `is quietly telling`: a form of *be* before the
  /// participle, past up to two adverbs (a cue's modifier, or a word the tagger reads as
  /// one) — but not a denial (`is not saying whether …` reports nothing).
  private static func isProgressive(_ k: Int, floor: Int, _ T: [Token], tag: (Int) -> PennTag?) -> Bool {
    // `she’s saying`: the auxiliary contracted onto its subject (the tagger reads the pair
    // as an adverb).
    let isAuxiliary = { (t: Token) in
      Lexicon.progressiveAuxiliaries.contains(t)
        || t.kind == .word && Lexicon.contractedSubject(t.lower).map { Lexicon.contractedBeForms.contains($0.auxiliary) } == true
    }
    var j = k - 1
    while j > floor, k - j <= 2, T[j].kind == .word, !isAuxiliary(T[j]), !Lexicon.negations.contains(T[j]),
      T[j].has(.cueModifier) || tag(j) == .rb
    {
      j -= 1
    }
    return j >= floor && isAuxiliary(T[j])
  }

  /// The stance or speech noun that is the object of the verb at `k` (past a determiner or
  /// possessive and up to three modifiers: `expressed cautious optimism`, `made the false
  /// claim`) when a `that` clause or a subject pronoun's clause follows it; nil otherwise
  /// (`raised concerns about`, `made the case for`, `made statements that damaged …`: a
  /// `that` before a finite verb opens a relative clause).
  private static func stanceNoun(after k: Int, end: Int, _ T: [Token], tag: (Int) -> PennTag?) -> Int? {
    var j = k + 1
    while j < end, j - k <= 4, T[j].kind == .word, T[j].quote == nil, !T[j].isCapitalised {
      if T[j].flags.contains(.stanceNoun) || T[j].flags.contains(.speechNoun) {
        guard j + 1 < end, T[j + 1].kind == .word else { return nil }
        let next = T[j + 1]
        if next.is("that") {
          let relative = isSubjectThat(j + 1, end: end, T) || verbFollows(that: j + 1, end: end, T, tag: tag)
          return relative ? nil : j
        }
        // `raised questions about whether …`: a question's clause after `about`.
        if next.is("about"), j + 2 < end, Lexicon.indirectQuestionOpeners.contains(T[j + 2]) { return j + 1 }
        return Lexicon.subjectPronouns.contains(next) && !next.is("there") ? j : nil
      }
      guard T[j].has(.determiner) || Lexicon.possessiveDeterminers.contains(T[j]) || !T[j].has(.phraseStop) else { return nil }
      j += 1
    }
    return nil
  }

  /// The possessive that owns the speech noun at `k`, past up to three modifiers (`Trump's
  /// recent evidence-free assertion`, `his most explosive claim`).
  private static func possessor(before k: Int, floor: Int, _ T: [Token]) -> Int? {
    var j = k - 1
    while j >= floor, k - j <= 4 {
      let t = T[j]
      if isPossessive(t, T, j) || (t.kind == .word && Lexicon.possessivePronouns[t.lower] != nil) { return j }
      guard t.kind == .word, !t.isCapitalised, !t.has(.determiner), !t.has(.pronoun), !t.has(.phraseStop) || t.lower.endsWith("ly") || t.is("most") else { return nil }
      j -= 1
    }
    return nil
  }

  /// `accusations by Exxon Mobil that …`, `an allegation from his first wife, Ana Lima, that
  /// …`: the `by` or `from` right after a speech noun, whose object made it, and where the
  /// clause it carries begins — past the object's few words (an apposition's commas
  /// allowed), no quote or `to` between; not a relative clause (`a statement from the office
  /// that handles grain`, `promises from Lima to support the quotas that Congress set`).
  private static func agent(after k: Int, end: Int, _ T: [Token], tag: (Int) -> PennTag?) -> (by: Int, content: Int)? {
    let by = k + 1
    guard by + 2 < end, T[by].is("by") || T[by].is("from"), T[by + 1].kind == .word,
      let that = (by + 2..<min(end, by + 12)).first(where: { T[$0].is("that") || T[$0].is("to") || !(T[$0].kind == .word || T[$0].isMark(",")) }),
      T[that].is("that"), T[that - 1].kind == .word || T[that - 1].isMark(","),
      let content = thatClause(after: that - 1, end: end, T), !verbFollows(that: that, end: end, T, tag: tag)
    else { return nil }
    return (by, content)
  }

  /// Where the clause a speech noun carries begins: after `that`, `is that` or a colon — unless
  /// `that` is the subject of the verb after it (`his remarks that were featured`: a
  /// relative clause, which says where the remarks went, not what they said).
  private static func thatClause(after k: Int, end: Int, _ T: [Token]) -> Int? {
    var j = k + 1
    // (`Their argument: only a new council can …`: a colon sets the claim out; a quote after
    // one is the cue's around it, `said in his statement: "…"`.)
    if j + 1 < end, T[j].isMark(":"), T[j + 1].kind == .word { return j + 1 }
    if j < end, Lexicon.beForms.contains(T[j]) { j += 1 }
    guard j + 1 < end, T[j].is("that"), !isSubjectThat(j, end: end, T) else { return nil }
    return j + 1
  }

  /// `remarks that were featured`, `statements that damaged …`: the tagger reads a finite
  /// verb right after `that`, the subject of a relative clause.
  private static func verbFollows(that: Int, end: Int, _ T: [Token], tag: (Int) -> PennTag?) -> Bool {
    that + 1 < end && T[that + 1].kind == .word && tag(that + 1)?.isFiniteVerb == true
  }

  /// `that`, a determiner, a pronoun, a number or a capitalised word right after `k`.
  private static func opensClause(after k: Int, _ r: Range<Int>, _ T: [Token]) -> Bool {
    guard k + 1 < r.upperBound, T[k + 1].kind == .word else { return false }
    let n = T[k + 1]
    return n.is("that") || n.has(.determiner) || n.has(.pronoun) || n.isCapitalised || Lexicon.quantifierSubjects.contains(n)
      || n.text.unicodeScalars.first?.isDigit == true
  }

  /// Whether token `k` opens the sentence `r`, past a cue's modifiers and adverbs only
  /// (`Noting that …`, `Also noting that …`).
  static func opensSentence(_ k: Int, in r: Range<Int>, _ T: [Token], tag: (Int) -> PennTag?) -> Bool {
    (r.lowerBound..<k).allSatisfy { T[$0].kind == .word && (T[$0].has(.cueModifier) || tag($0) == .rb) }
  }

  /// Nothing after token `k` in its clause: the sentence's end or a comma or semicolon.
  static func endsClause(after k: Int, _ r: Range<Int>, _ T: [Token]) -> Bool {
    k + 1 >= r.upperBound || T[k + 1].isMark(".") || T[k + 1].isMark(",") || T[k + 1].isMark(";")
  }

  /// `that` right before a finite auxiliary or modal (`that is`, `that were`): a pronoun,
  /// the subject of its clause — after a cue the content's own subject (`said that was a
  /// mistake`), after a noun a relative clause's. (The tagger's reading of the word after
  /// `that` was no guide: it read `that claim smacked` and `that he's` as verbs.)
  static func isSubjectThat(_ that: Int, end: Int, _ T: [Token]) -> Bool {
    that + 1 < end && T[that + 1].kind == .word && Lexicon.auxiliaries.contains(T[that + 1])
  }

  /// Whether an article opens the few words before `k`, the others lowercase words the
  /// tagger reads as adjectives or singular nouns (`a sustained clarion call`, `the foul call`).
  @inline(never)
  private static func followsArticleAndModifiers(_ k: Int, in r: Range<Int>, _ T: [Token], tag: (Int) -> PennTag?) -> Bool {
    guard let m = (max(r.lowerBound, k - 4)..<k).last(where: { !(T[$0].kind == .word && !T[$0].isCapitalised && (tag($0) == .jj || tag($0) == .nn)) }),
      m < k - 1
    else { return false }
    return Lexicon.articles.contains(T[m])
  }

  /// `Trump's claims`, `doctors' notes made …`: a speech noun after a possessive is a noun,
  /// and so is a present form, as no verb follows a possessive — though the noun's `to` or
  /// `that` may be what was said (`Trump's promises to deport …`).
  /// (Out of line, as the rules below are: `cues` is asked of every word.)
  @inline(never)
  private static func isNounAfterPossessive(_ k: Int, in r: Range<Int>, _ T: [Token]) -> Bool {
    guard isPossessive(T[k - 1], T, k - 1) else { return false }
    if T[k].has(.speechNoun) { return true }
    guard T[k].lower.endsWith("s"), k + 1 < r.upperBound else { return false }
    let next = T[k + 1]
    return next.kind == .word && !next.is("to") && !next.is("that")
  }

  /// Whether the words from `k` close with a comma (within a few words) right before a
  /// speech verb: an aside between a subject and its verb.
  @inline(never)
  private static func isAsideBeforeSpeechVerb(_ k: Int, in r: Range<Int>, _ T: [Token]) -> Bool {
    guard k + 1 < r.upperBound - 1,
      let close = (k + 1..<min(r.upperBound - 1, k + 15)).first(where: { T[$0].quote == nil && T[$0].isMark(",") })
    else { return false }
    return T[close + 1].kind == .word && T[close + 1].has(.speechVerb) && !T[close + 1].lower.endsWith("ing")
  }

  /// `the eighth most cited scholar`, `a widely quoted remark`: a participle after a degree
  /// adverb inside a noun's phrase, before the noun, modifies it (not `Reid frequently
  /// mocked Romney`).
  @inline(never)
  private static func isDegreeModifiedParticiple(_ k: Int, in r: Range<Int>, _ T: [Token], tag: (Int) -> PennTag?) -> Bool {
    guard k - 2 >= r.lowerBound, k + 1 < r.upperBound, Lexicon.participleDegreeAdverbs.contains(T[k - 1]), T[k + 1].kind == .word,
      !T[k + 1].isCapitalised, tag(k + 1) == .nn || tag(k + 1) == .nns
    else { return false }
    let before = T[k - 2]
    return before.has(.determiner) || Lexicon.possessiveDeterminers.contains(before) || isPossessive(before, T, k - 2)
      || tag(k - 2).map { $0.isAdjective || $0 == .cd || $0 == .rb } == true
  }

  static func isPossessive(_ t: Token, _ T: [Token], _ k: Int) -> Bool {
    if t.kind == .word { return t.endsInApostropheS }
    return t.isApostrophe && k > 0 && T[k - 1].kind == .word
  }
}
