/// Words the attribution sieves and the cue finder look for around a cue, listed once
/// here rather than inside the rules.
extension Lexicon {
  /// Words that open an adverbial before a sentence's subject (`On Monday, …`, `Meanwhile, …`).
  static let clauseOpeners: Set<String> = [
    "in", "on", "at", "after", "before", "when", "while", "during", "as", "since", "regarding",
    "meanwhile", "however", "but", "and", "also", "later", "earlier", "last", "yesterday", "today",
  ]

  /// Verbs whose listener stands right after them with no `that` (`told CNN he …`).
  static let tellVerbs: WordSet = ["tell", "tells", "told", "telling", "inform", "informs", "informed", "informing", "assured",
                                       "assure", "assures", "assuring", "reassure", "reassures", "reassured", "reassuring", "reminded",
                                       "reminding"]

  /// Lowercase words that name a listener (`told reporters`, `assured voters`).
  static let listenerWords: WordSet = [
    "reporters", "him", "her", "them", "us", "me", "journalists", "lawmakers", "supporters",
    "voters", "viewers", "listeners", "audiences", "crowd",
  ]

  /// Conjunctions that open a contrasting clause, which is not part of the content.
  static let contrastConjunctions: WordSet = ["while", "whereas", "though", "although"]

  /// Prepositions between a person's name and their place or employer (`Richardson of New Mexico`).
  static let affiliationConnectors: WordSet = ["of", "from", "at"]

  /// Prepositions that put a name in a place's position (`in Tulsa`, `near the Oval Office`).
  static let locativePrepositions: WordSet = ["in", "near", "across", "throughout", "inside", "outside"]

  /// Subjects that stand for no one, which an auxiliary after them makes a clause's
  /// (`there was no deal`, `there could be layoffs`); the tagger often reads `there`
  /// after a verb as an adverb of place.
  static let existentialSubjects: WordSet = ["there"]

  /// The auxiliary of a negated contraction's stem (`does` of `doesn't`, `can` of `can't`).
  static let negatedAuxiliaryStems: [String: String] = [
    "do": "do", "does": "does", "did": "did", "is": "is", "are": "are", "was": "was", "were": "were", "has": "has",
    "have": "have", "had": "had", "would": "would", "could": "could", "should": "should", "must": "must", "might": "might",
    "need": "need", "ca": "can", "wo": "will", "sha": "shall", "ai": "is",
  ]

  /// The auxiliary a negated contraction is made of (`doesn't` → `does`, `won't` → `will`),
  /// or nil. Asked of a lowercase word (its apostrophe made straight).
  static func auxiliaryOfNegation(_ w: String) -> String? {
    guard w.utf8.count > 3, w.utf8.suffix(3).elementsEqual("n't".utf8) else { return nil }
    return negatedAuxiliaryStems[String(w.dropLast(3))]
  }

  /// `not`, `never`, or an auxiliary that holds one (`didn't`, `wouldn't`).
  static func denies(_ t: Token) -> Bool { negations.contains(t) || t.kind == .word && t.lower.endsWith("n't") }

  /// Words that make a speech verb before them part of a comparison (`easier said than done`).
  static let comparisonWords: WordSet = ["than"]

  /// Finite auxiliaries and modals: a clause's verb by themselves (`she would not …`).
  static let auxiliaries: WordSet = [
    "is", "are", "was", "were", "has", "have", "had", "does", "did", "will", "would", "can", "could", "may",
    "might", "must", "shall", "should", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
    "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't",
  ]

  /// Verbs that make their object do what the infinitive after it says (`led Okafor to
  /// say`, `prompting her to declare`): the object speaks.
  static let causativeVerbs: WordSet = WordSet(inflect(["prompt", "force", "cause", "compel", "spur", "push"])
    .union(["lead", "leads", "led", "leading", "drive", "drives", "drove", "driving", "driven"]))

  /// Verbs of coming by a document (`received a report saying …`, `obtained a memo
  /// saying …`): its subject did not write what the document says.
  static let receivingVerbs: WordSet = WordSet(inflect(["receive", "obtain", "review", "read"])
    .union(["got", "gets", "getting", "saw", "sees", "seen", "heard", "hears", "found"]))

  /// Adverbs of degree that make the participle after them an adjective before a noun
  /// (`the most cited scholar`, `a widely quoted remark`).
  static let participleDegreeAdverbs: WordSet = ["most", "least", "more", "less", "widely", "oft", "often", "frequently", "much", "highly", "best"]

  /// The bare `be` of a mandative clause (`demanded the minister be sacked`): after its
  /// subject, with no modal before it, it is the clause's verb.
  static let subjunctiveBe: WordSet = ["be"]

  /// Prepositions before a speech gerund whose subject is the sentence's (`surprised
  /// Trump by declaring he …`, `after saying that …`).
  static let gerundPrepositions: WordSet = ["while", "by", "after", "before", "since", "without", "upon", "when"]

  /// Weak cues whose object is the stance they report (`praised his efforts`, `rejected
  /// the proposal`), unlike `continued the tour` or `posted a photo`.
  /// Of those, the ones that with a person for object ask that person (`questioned the
  /// student`), not state a stance.
  static let questioningVerbs: WordSet = WordSet(inflect(["question"]))
  static let stanceVerbs: WordSet = WordSet(inflect([
    "praise", "reject", "dismiss", "condemn", "denounce", "applaud", "endorse", "tout", "recommend", "announce",
    "question", "contest", "highlight", "mention", "confirm", "reveal", "demand", "describe", "report", "estimate",
    "defend", "blame", "express", "cite", "mock", "echo", "bemoan", "hail", "scold",
  ]))

  /// Verbs that state a stance through the noun after them (`voiced concern that …`,
  /// `made the claim that …`, `expressed confidence it …`): the noun and what follows it
  /// are the subject's claim.
  static let stanceCarrierVerbs: Set<String> = inflect([
    "express", "voice", "raise", "reiterate", "repeat", "echo", "renew", "air", "share", "make", "offer", "convey", "register", "cite",
  ]).union(["made"])

  /// Nouns of a stance that a `that` clause spells out (`hope`, `concern`, `doubts`); the
  /// speech nouns (`claim`, `warning`) serve too.
  static let stanceNouns: Set<String> = [
    "hope", "hopes", "concern", "concerns", "confidence", "fear", "fears", "belief", "beliefs", "view", "views",
    "optimism", "pessimism", "doubt", "doubts", "skepticism", "scepticism", "frustration", "worry", "worries",
    "regret", "dismay", "surprise", "satisfaction", "disappointment", "suspicion", "suspicions", "conviction",
    "certainty", "opinion", "expectation", "expectations", "assurance", "assurances", "case", "point", "prediction",
  ]

  /// Words opening a clause that frames a claim by its source (`As Ryan pointed out, …`).
  static let asClauseOpeners: WordSet = ["as", "like"]

  /// Subject pronouns and the auxiliaries contracted onto them (`she'll`, `they're`).
  static let subjectPronouns: WordSet = ["i", "you", "he", "she", "it", "we", "they", "there"]
  /// The subject pronouns no other case shares (`you` and `it` are objects too).
  static let nominativePronouns: WordSet = ["i", "he", "she", "we", "they"]
  /// Of those, the ones whose present-tense verb ends in `-s` (`she fears`).
  static let thirdPersonSubjectPronouns: WordSet = ["he", "she"]
  static let contractedAuxiliaries: Set<String> = ["ll", "d", "re", "ve", "s", "m"]
  /// The contracted forms of `be` (`'s` is `has` too, but not before an `-ing` form).
  static let contractedBeForms: Set<String> = ["s", "re", "m"]

  /// `she'll`, `they’re`, `he'd`, `it's`: a subject pronoun with its auxiliary in one token.
  static func isContractedSubject(_ w: String) -> Bool { contractedSubject(w) != nil }

  /// A subject pronoun contracted with its auxiliary, in its parts (`she` and `s` of
  /// `she's`, `they` and `re` of `they're`), or nil.
  static func contractedSubject(_ w: String) -> (pronoun: String, auxiliary: String)? {
    // Most words hold no apostrophe: their bytes say so before any character is read.
    guard w.containsByte(where: { $0 == UInt8(ascii: "'") || $0 == 0xE2 }),
      let mark = w.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" })
    else { return nil }
    let pronoun = String(w[..<mark]), auxiliary = String(w[w.index(after: mark)...])
    return (Lexicon.subjectPronouns.contains(pronoun) || Lexicon.demonstrativeSubjects.contains(pronoun)) && Lexicon.contractedAuxiliaries.contains(auxiliary)
      ? (pronoun, auxiliary) : nil
  }
  /// Demonstratives that open a clause contracted with its auxiliary as a pronoun does
  /// (`bragged that's good news`, `hinted this'll change`).
  static let demonstrativeSubjects: WordSet = ["that", "this"]

  /// Words an `'s` after is `is`, `has` or `us` (`it's`, `that's`, `what's`, `let's`);
  /// after any other word it makes a possessive (`the community's`, `Trump's`).
  static let contractionHosts: WordSet = ["he", "she", "it", "there", "here", "that", "this", "what", "who", "where", "when", "why", "how", "let"]

  /// Verbs that direct someone to act (`ordered the city to release …`), besides the
  /// listener verbs (`urged`, `asked`, `told`).
  static let directiveVerbs: WordSet = WordSet(inflect(["order", "direct", "instruct", "encourage", "call", "press"]))
  /// Cues that name what their object is (`called the plan a tax`).
  static let namingVerbs: WordSet = WordSet(inflect(["call", "label", "brand", "dub"]))

  /// Cues whose infinitive is what was said (`pledged to visit every county`, `has threatened
  /// to tear it up`, `claims to be`).
  static let infinitiveCues: WordSet = WordSet(inflect(["pledge", "vow", "promise", "threaten", "claim", "offer", "refuse", "vow"]))

  /// Verbs of answering, whose `to` names what was answered, never what was said
  /// (`responded to the report`, `Responds to Recall Reports`).
  static let answeringVerbs: WordSet = WordSet(inflect(["respond", "reply", "react"]))

  /// Possessive determiners that open a noun phrase (`his efforts`).
  static let possessiveDeterminers: WordSet = ["his", "her", "their", "its", "our", "my", "your"]
  /// Possessive pronouns that can own a claim (`his warning that …`), with whom they refer to.
  static let possessivePronouns: [String: PronounKind] = ["his": .male, "her": .female, "their": .plural, "its": .neuterSingular]

  /// English prepositions and the subordinators tagged like them (`while`, `because`) — a
  /// closed class: only these are worth asking the tagger about as a phrase's start.
  static let prepositions: WordSet = [
    "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at", "before",
    "behind", "below", "beside", "besides", "between", "beyond", "by", "despite", "down", "during", "except",
    "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "outside", "over", "past",
    "since", "through", "throughout", "to", "toward", "towards", "under", "until", "upon", "via", "with",
    "within", "without", "following", "ahead", "while", "because", "although", "though", "when", "once",
  ]

  /// Subordinators that open a clause of reason or circumstance (`because he was not
  /// authorized`, `as the crowd roared`, `when asked`): after a cue's own words, why or when.
  static let circumstanceSubordinators: WordSet = ["because", "as", "when", "while", "after", "before", "since", "until", "once"]
  /// Subordinators of a condition (`warned of consequences if she was not freed`).
  static let conditionSubordinators: WordSet = ["if", "unless"]

  /// Prepositions whose object after a cue is what was said (`spoke about the economy`,
  /// `commented on the ruling`, `called for a recount`), unlike where, when or to whom.
  static let topicPrepositions: WordSet = ["about", "on", "for", "against", "over", "like", "as", "because"]
  /// Of those, the ones that name only what was talked about (`commented on the levy`), not a
  /// stance's object (`called for reform`, `argued against the levy`).
  static let aboutnessPrepositions: WordSet = ["about", "on", "over"]

  /// Pronouns that can only be objects, so a listener (`told them at a meeting`).
  static let objectPronouns: WordSet = ["him", "her", "them", "us", "me", "you"]

  /// Conjunctions that join clauses (`…, but he said …`).
  static let coordinators: WordSet = ["and", "but", "or", "yet", "so"]
  /// The coordinators that join clauses more than words (`so` and `or` join adverbs and
  /// nouns as often: `cites so many claims`, `professors or supervisors`).
  static let clauseCoordinators: WordSet = ["and", "but"]

  /// What a speaker goes on to withhold, after `but` or `and` (`said …, but declined to
  /// comment`, `but would not say when`, `but offered no proof`): verbs of refusing, verbs
  /// of telling that a negation withholds (not of giving: `will not provide any support`
  /// is as often what was said), and verbs of giving that `no` empties.
  static let refusalVerbs: WordSet = ["declined", "declines", "refused", "refuses"]
  static let withheldSpeech: WordSet = [
    "say", "comment", "elaborate", "name", "identify", "specify", "disclose", "explain", "discuss", "respond",
    "confirm", "answer", "detail", "address",
  ]
  static let givingVerbs: WordSet = ["offered", "offers", "gave", "gives", "provided", "provides", "cited", "cites"]

  /// Prepositions that introduce the source after `citing` (`citing a report from X`).
  static let sourcePrepositions: WordSet = ["from", "by", "of"]
  /// Before whoever made a document or count (`a poll by`, `data from`, `an article in`).
  static let authorPrepositions: WordSet = ["from", "by", "in"]
  /// Between a headline's speaker and its colon: to whom, where or of what they spoke
  /// (`Lima to Harbour Workers: …`, `Bell at Council: …`, `Lima on the Levy: …`).
  static let headlineSourcePrepositions: WordSet = ["to", "at", "on"]

  /// Words before a speech word that make it a noun (`the claim`, `to ask`).
  static let nounMarkers: WordSet = ["to", "the", "a", "an", "his", "her", "their", "its", "of", "our", "my", "your"]

  /// `asked for more time`, `asked to leave`: a request, not a report of speech.
  static let requestVerbs: Set<String> = ["ask", "asks", "asked"]
  static let requestParticles: WordSet = ["for", "about", "to", "after"]

  /// `called for`, `pointed out`: speech as phrasal verbs, cues of two words.
  /// Each form with the particles that make it speech (`called for`, `talked about`).
  static let phrasalSpeechVerbs: [String: Set<String>] = {
    let forms: [(bases: [String], particles: Set<String>)] = [
      (["call", "calls", "called", "calling"], ["for", "on"]),
      (["point", "points", "pointed", "pointing"], ["to", "out"]),
      (["talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "spoken", "speaking"], ["about"]),
      (["comment", "comments", "commented", "commenting", "elaborate", "elaborated", "elaborating"], ["on"]),
      (["boast", "boasts", "boasted", "boasting", "brag", "brags", "bragged", "bragging"], ["about", "of"]),
      (["complain", "complains", "complained", "complaining"], ["about"]),
      // (Only in an `as` clause: `As the mayor put it, …`.)
      (["put", "puts"], ["it"]),
    ]
    var out: [String: Set<String>] = [:]
    for f in forms { for b in f.bases { out[b] = f.particles } }
    return out
  }()

  /// How something was said, between a phrasal speech verb and its particle (`spoke at
  /// length about`, `talked in public about`).
  static let mannerPhrases: Set<[String]> = [["at", "length"], ["in", "detail"], ["in", "depth"], ["in", "public"], ["in", "private"]]

  /// `admitted to taking bribes`, `confessed to lying`: speech as a phrasal verb only before
  /// a gerund (not `admitted to the newspaper that …`, whose `to` names a listener, nor
  /// `refugees admitted to the country`).
  static let gerundPhrasalSpeechVerbs: [String: Set<String>] = {
    var out: [String: Set<String>] = [:]
    for b in ["admit", "admits", "admitted", "admitting", "confess", "confesses", "confessed", "confessing"] { out[b] = ["to"] }
    return out
  }()

  /// Words after coordinated subjects that stand for all of them (`Bolton and Gorka both said`).
  static let coordinationQuantifiers: WordSet = ["both", "all"]
  /// The finite forms of `say`, whose words are a clause however long its subject
  /// (`who said their top quality in a candidate was …`), not a thing written or named.
  static let finiteSayForms: WordSet = ["say", "says", "said"]
  /// What is said as a greeting or a rite, not as a claim (`said goodbye to his staff`,
  /// `said thank you`, `said a prayer`).
  static let sayingFormulas: WordSet = ["goodbye", "good-bye", "farewell", "hello", "thank", "prayer", "blessing"]
  /// Forms of *be* that make a bare participle passive (`was reported`).
  static let beForms: WordSet = ["is", "was", "were", "are", "been", "be", "being"]
}

/// Chinese reporting cues, pronouns and time words, one ideograph a token.
extension Lexicon {
  static let cjkCues: [[String]] = [["表", "示"], ["指", "出"], ["强", "调"], ["认", "为"], ["透", "露"], ["坦", "言"], ["宣", "布"], ["回", "应"], ["说"], ["称"]]
  static let cjkPronouns: [String: PronounKind] = ["他": .male, "她": .female, "它": .neuterSingular, "他们": .plural]
  /// Time words between a name and its cue (`交通局周三宣布`).
  static let cjkTimeWords: Set<String> = ["周一", "周二", "周三", "周四", "周五", "周六", "周日", "今天", "昨天", "日前", "近日", "当天", "上午", "下午", "晚上", "今日", "昨日"]
  /// Marks between a cue and its content (`表示：`, `说，`).
  static let cjkCueMarks: Set<Unicode.Scalar> = ["：", ":", "，", ","]
  /// The last character of a Chinese body's name (`交通局`, a bureau; `外交部`, a ministry),
  /// none of them common in personal names.
  static let cjkBodyEnds: Set<String> = ["局", "部", "厅", "署", "委", "院", "府", "处", "所", "社", "厂", "校"]
  /// Chinese nouns for people as a group (`市民`, residents; `网友`, internet users).
  static let cjkGroupNouns: Set<String> = ["市民", "居民", "民众", "网友", "村民", "选民", "群众", "家长", "乘客", "员工", "工人", "学生", "专家", "官员"]
}
