/// Function words that shape noun phrases and clauses around a cue.
extension Lexicon {
  /// The articles: never a noun or a verb, whatever the words around them.
  static let articles: WordSet = ["the", "a", "an"]
  static let indefiniteArticles: WordSet = ["a", "an"]

  public static let determiners: WordSet = ["the", "a", "an", "this", "that", "another", "one", "some", "several", "two", "three", "many"]

  /// Determiners that bring someone new into the story (`an analyst`, `one analyst`) or
  /// speak of several (`neither company`, `each side`), not of one named before (`the
  /// analyst`); `another` says it is someone other than the one before.
  static let indefiniteDeterminers: WordSet = ["a", "an", "one", "another", "some", "any", "neither", "either", "each", "every", "no"]

  /// Lowercase words that end a noun phrase when walking away from a cue.
  public static let phraseStops: Set<String> = [
    "that", "which", "who", "whom", "whose", "and", "or", "but", "to", "in", "on", "with", "by",
    "as", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does",
    "did", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "not",
    "if", "when", "while", "because", "so", "than", "then", "also", "there", "here", "this",
    "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
    "our", "my", "your", "him", "them", "us", "me", "what", "where", "why", "how", "after",
    "before", "since", "during", "about", "into", "over", "under", "against", "without",
    "through", "again", "once", "just", "only", "even", "still", "yet", "very", "too", "all",
    "any", "no", "each", "every", "both", "either", "neither", "more", "most", "less", "least",
    "such", "own", "same", "other", "up", "down", "out", "off", "now", "ago", "later",
    "recently", "last", "next", "first", "afterwards", "afterward", "whether", "though",
    "although", "unless", "until", "per", "via", "amid", "among", "between", "across",
    "am", "im", "beim", "zum", "zur", "laut", "gegenüber", "auf", "mit", "bei", "und",
  ]

  /// Phrase stops that open the noun phrase right after them (`other experts`, `more
  /// lawmakers`, `the same report`) rather than end the one before. (Not the quantifiers
  /// that stand for people alone, `all`, `most`: with one, any noun would pass for a speaker.)
  static let nounPhraseOpeners: WordSet = ["other", "more", "same"]
  /// Words that go on with a number as part of a quantity (`$2 million more`, `two fewer`).
  static let quantityComparatives: WordSet = ["more", "less", "fewer"]
  /// Words that make a number a bound or an estimate (`nearly 200`, `some 30 families`).
  static let quantityBounds: WordSet = ["about", "around", "roughly", "nearly", "almost", "approximately", "some", "over", "under", "just"]
  /// The words of two-word bounds (`more than`, `fewer than`, `at least`, `up to`).
  static let twoWordBoundStarts: WordSet = ["more", "less", "fewer", "at", "up"]
  static let twoWordBoundEnds: WordSet = ["than", "least", "most", "to"]

  /// Prepositions that join the parts of a title or name (`head for China at Eurasia
  /// Group`, `Institute of Xiamen University`) when a capitalised word follows.
  public static let phraseConnectors: Set<String> = ["of", "for", "at", "from", "with"]

  /// Roles of one who asks an interview's questions (`Harbour Radio host Tom Reyes`).
  static let interviewerRoles: Set<String> = ["host", "anchor", "interviewer", "moderator", "presenter", "co-host"]

  /// Pronouns for a thing (`something riders called for`): a phrase of their own, never
  /// part of the speaking phrase after them.
  static let thingPronouns: WordSet = ["something", "anything", "nothing", "everything"]

  /// Lowercase particles inside personal names (`Ursula von der Leyen`, `Osama bin Laden`).
  public static let nameParticles: Set<String> = ["de", "der", "den", "van", "von", "bin", "al", "da", "di", "le", "la", "del", "dos", "du", "ibn"]

  /// The small words of a French body's name (`Société de transport de Montréal`, `Caisse
  /// de dépôt et placement du Québec`), after which its lowercase words may stand.
  /// (Only words no English sentence has in lower case: not `pour`, `en`, `sur`.)
  public static let frenchNameWords: Set<String> = ["de", "des", "du", "d'", "d\u{2019}", "la", "l'", "l\u{2019}", "et"]

  /// Prepositions that start an adjunct between a cue and `that`: `said on Thursday that`.
  public static let adjunctOpeners: Set<String> = [
    "on", "at", "in", "during", "to", "after", "before", "via", "from", "last", "this",
    "yesterday", "today", "earlier", "later", "with", "through", "over", "again", "in", "on",
    "repeatedly", "also", "previously", "recently", "publicly", "privately", "separately",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight",
    "late", "early", "then", "further", "once", "twice", "flatly", "firmly", "strongly",
    "bluntly", "openly", "simply", "frankly", "directly", "clearly", "explicitly", "confidently",
  ]

  /// Adjunct openers that are demonstratives: before a verb, a clause's subject (`this is
  /// …`), not a time adjunct's first word (`this week`).
  static let demonstrativeAdjunctOpeners: WordSet = ["this"]

  /// Adverbs of when a cue's speaker spoke, that may stand between the cue and what was
  /// said (`said later he …`, `said afterwards the …`).
  static let timeAdverbs: WordSet = ["later", "earlier", "afterwards", "afterward", "recently", "previously", "subsequently"]

  /// Words that close a time adjunct between a subject and its cue (`Cruz on Wednesday
  /// announced`, `the ministry last week said`, `critics today argue`).
  static let timeNouns: WordSet = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "tonight", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night",
    "past", "weeks", "months", "years", "days", "minute", "minutes", "day", "hour", "hours",
    // (The months but `may`, a modal far more often.)
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
  ]
  /// A time noun, or a compound ending in one (`mid-morning`, `late-night`).
  static func isTimeWord(_ t: Token) -> Bool {
    guard t.kind == .word else { return false }
    if timeNouns.contains(t) { return true }
    guard let hyphen = t.lower.lastIndex(of: "-") else { return false }
    return timeNouns.contains(String(t.lower[t.lower.index(after: hyphen)...]))
  }
  /// Words that place a time against an event (`a day after the vote`, `hours before`).
  static let eventRelations: WordSet = ["after", "before", "since"]
  /// Words that may open that adjunct (`on`, `last`, `earlier this`, `over the`).
  static let timeOpeners: WordSet = ["on", "in", "last", "this", "next", "past", "earlier", "later", "late", "early", "over", "the", "during",
                                         "recent"]
  /// A word of a phrase of when, opener or noun (`last`, `week`, `on`, `Monday`).
  static func isTimePhraseWord(_ t: Token) -> Bool { timeOpeners.contains(t) || timeNouns.contains(t) }
  /// What words were said in, after what was said: `criticized the delay in a statement`
  /// (not a record the words may be about: `in the polls`, `in its final report`).
  static let mediumPrepositions: WordSet = ["in", "on", "via", "during"]
  static let speechMedia: WordSet = ["interview", "interviews", "statement", "tweet", "tweets", "post", "email", "e-mail", "letter", "release",
                                     "blog", "op-ed", "speech", "remarks", "memo", "podcast", "broadcast"]
  /// Where a statement was made, between subject and cue: `Cruz in a statement said`.
  static let mediumOpeners: WordSet = ["a", "an", "the", "his", "her", "its", "their"]

  /// How words travel, after `by` (`responded by phone`), besides documents (`by email`).
  static let communicationMedia: WordSet = ["phone", "telephone", "text", "mail", "fax", "video", "satellite", "radio", "videoconference", "teleconference"]

  /// Participles that name the people a poll asked (`those surveyed`, `voters polled`).
  static let pollParticiples: WordSet = ["surveyed", "polled", "questioned", "interviewed", "sampled"]

  /// Determiners that never stand before a plural noun: a word in `-s` after one is a verb
  /// or a singular (`a series`), and a plural after one heads another phrase (`a move
  /// officials say …`).
  static let singularDeterminers: WordSet = ["a", "an", "this", "another", "each", "either", "neither", "every"]
  /// Determiners that bring one new person into the story (`a spokeswoman`, `one rural MP`,
  /// `another official`): a later `the` and the same noun is that person.
  static let newPersonDeterminers: Set<String> = ["a", "an", "one", "another"]
  /// Determiners that only a plural follows (`many Latinos`, `both Okafors`).
  static let pluralDeterminers: WordSet = ["many", "several", "both", "few", "these", "those", "various", "numerous"]

  /// Pronouns a relative clause can describe people by (`those who attended`, `anyone who …`).
  static let relativeHeads: WordSet = ["those", "anyone", "everyone", "someone", "others"]
  /// Quantifiers that stand alone for people as a subject (`Some say …`, `Others argue …`,
  /// `Most said …`), as pollsters and reporters summarise many speakers.
  static let quantifierSubjects: WordSet = ["some", "many", "most", "others", "another", "both", "all", "few", "several", "half", "majorities", "majority"]
  /// A share after `a` or a number word (`a third say`, `two fifths said`).
  static let fractionNouns: WordSet = ["third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"]
  /// Between `those` and an age (`those over 60 say`, `those under 30`).
  static let agePrepositions: WordSet = ["over", "under", "aged"]

  /// Numbers written as words, which the tagger may read as names at a sentence's start
  /// (`Nine in 10 said …`).
  static let numberWords: WordSet = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                         "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "thousand"]

  /// Nouns for a share of a group (`75 percent of Democrats`, `a third of voters`).
  static let shareNouns: WordSet = ["percent", "cent", "third", "thirds", "quarter", "quarters", "share", "fraction", "minority", "plurality"]
  /// Words that pick one from a set (`One voter`, `Another aide`).
  static let setMembers: WordSet = ["one", "another"]
  /// Nouns that count a group (`dozens of residents`, `a handful of voters`): the people
  /// are the noun after their `of`.
  static let countNouns: WordSet = ["dozen", "dozens", "hundreds", "thousands", "millions", "handful", "couple", "number"]

  /// Words that open a reported question (`questioned whether …`, `asked why …`).
  static let questionOpeners: WordSet = ["whether", "if", "why", "how", "what", "which", "who", "when", "where"]
  /// Those that open nothing but a question (`when` and `where` also open a clause of time or place).
  static let indirectQuestionOpeners: WordSet = ["whether", "if", "why", "how", "what", "which", "who"]

  /// Words before a speech gerund that make it the clause's verb: forms of *be*, a
  /// progressive cue (`the city is demanding that …`, `he isn't saying whether …`), and
  /// verbs of aspect. The subject stands before them.
  static let progressiveAuxiliaries: WordSet = [
    "is", "are", "was", "were", "been", "be", "isn't", "aren't", "wasn't", "weren't",
    // Verbs of aspect take a gerund as *be* does (`keeps saying`, `began insisting`): what
    // they say goes on, or starts, and is said. (Not `continue`: `continue calling himself a
    // Liberal` says an action goes on.)
    "keep", "keeps", "kept", "keeping", "begin", "begins", "began", "begun", "start", "starts", "started",
  ]

  /// Endings of compound nouns for people (`gunman`, `congresswomen`, `spokesperson`,
  /// `townspeople`).
  static let peopleNounEndings: [StaticString] = ["man", "men", "person", "people"]

  /// Peoples and faiths named by a proper noun, singular and lowercase: their plural is a
  /// group that may speak (`Latinos say …`, `Evangelicals were split`), never a person.
  static let peoplesNames: WordSet = [
    "hispanic", "latino", "latina", "latinx", "catholic", "evangelical", "protestant", "mormon", "muslim", "hindu",
    "sikh", "buddhist", "baptist", "methodist", "anglican", "quaker", "arab", "kurd", "sunni", "shiite", "druze",
    "yazidi", "rohingya", "uighur", "uyghur", "roma", "inuk", "aboriginal", "maori", "sami",
  ]

  /// Words that deny the verb after them (`is not saying`).
  static let negations: WordSet = ["not", "never"]

  /// The auxiliary of emphasis right before a cue (`Allen did suggest that …`); not before
  /// `not` (`did not say when` reports nothing).
  static let doSupport: WordSet = ["did", "does", "do"]

  /// Two-word adverbs that may sit between a subject and its cue as one word of the list
  /// below does (`PACs have in fact reported`, `she has of course said`): their last words,
  /// and each one's whole.
  static let twoWordCueModifierEnds: WordSet = ["fact", "course", "turn", "effect", "part"]
  static let twoWordCueModifiers: Set<[String]> = [["in", "fact"], ["of", "course"], ["in", "turn"], ["in", "effect"], ["in", "part"]]

  /// Words that may sit between a subject and its cue (`Chen also said`, `he has said`).
  public static let cueModifiers: Set<String> = [
    "also", "has", "have", "had", "later", "afterwards", "afterward", "then", "further", "previously", "reportedly",
    "again", "recently", "repeatedly", "once", "earlier", "publicly", "privately", "would",
    "will", "flatly", "firmly", "strongly", "bluntly", "openly", "simply", "frankly", "quickly",
    "immediately", "separately", "additionally", "similarly", "explicitly", "long", "often",
    "had", "subsequently", "initially", "ultimately", "clearly", "directly", "angrily",
    "jokingly", "proudly", "only", "even", "just", "already", "never", "always", "still", "now", "since",
    "first",
  ]

  /// Words that make a role another one: `the president` is not the vice or former one.
  static let roleQualifiers: Set<String> = ["vice", "former", "deputy", "ex", "assistant", "late"]
  /// Of those, the ones that name another office rather than the same one at another time:
  /// `the deputy minister` is not the minister, though `the former senator` may be Sen. Bell.
  static let lesserOffices: Set<String> = ["vice", "deputy", "assistant"]

  /// Roles that name a country's or body's head, so `the Chinese leader` finds
  /// `Chinese President Xi Jinping`.
  public static let roleSynonyms: [String: Set<String>] = [
    "leader": ["president", "premier", "chancellor", "prime", "king", "queen", "leader", "chairman", "chief", "head"],
    "spokesman": ["spokesperson", "spokeswoman", "spokesman"],
    "spokeswoman": ["spokesperson", "spokeswoman", "spokesman"],
    "spokesperson": ["spokesperson", "spokeswoman", "spokesman"],
    "chair": ["chair", "chairman", "chairwoman", "head"],
    "head": ["head", "chief", "director", "chair", "chairman"],
  ]

  /// Relative pronouns whose antecedent may be the speaker (`an architect who said`).
  /// (With an auxiliary contracted onto it too: `pilots who've said`.)
  static let personRelatives = WordSet(["who", "whom"] + contractedWho)
  /// Relative pronouns that open a clause inside a phrase (`the group which says`).
  static let relativePronouns = WordSet(["who", "which"] + contractedWho)
  /// Relative pronouns whose antecedent is a thing (`a statement that said`, `a report
  /// which found`).
  static let thingRelatives: WordSet = ["that", "which"]
  /// Words that put a verb's object before its subject (`what lawmakers called …`).
  static let objectFronters: WordSet = ["what", "which", "that", "whom"]
  /// Participles that work as prepositions (`Republicans including Lima`).
  static let prepositionalParticiples: WordSet = ["including", "excluding", "according", "regarding", "concerning", "following", "during", "notwithstanding"]
  /// The relative that owns a noun of the clause it opens (`officials whose laws …`).
  static let possessiveRelatives: WordSet = ["whose"]
  /// A person's relative pronoun, or the one that owns a noun of its clause (`who`, `whose`).
  static let personOrOwnerRelatives = WordSet(["who", "whom", "whose"] + contractedWho)
  private static let contractedWho = ["who've", "who'd", "who's", "who'll"]

  /// Words that end a role's head noun phrase (`a company that …`, `a firm whose …`).
  static let roleClauseOpeners: WordSet = ["that", "who", "which", "whose", "where"]
  /// Adjectives that follow the noun for people they describe, with a preposition after
  /// them (`people familiar with the matter`, `a source close to the mayor`).
  static let postnominalAdjectives: WordSet = ["familiar", "close", "knowledgeable", "briefed", "privy"]
  /// Prepositions before a place whose name holds a comma (`of Ashton, Md.`).
  static let placeNamePrepositions: WordSet = ["of", "from", "in"]
  /// Prepositions that tie a role to whom it serves (`a lawyer for the port`, `an aide to
  /// the mayor`, `the company behind the tool`).
  static let roleLinkPrepositions: WordSet = ["for", "of", "at", "to", "with", "behind"]
  /// Prepositions that tie a title to its office's capitalised words (`Minister of
  /// Education`, `Undersecretary for Political Affairs`).
  static let officePrepositions: WordSet = ["of", "for"]
  /// Prepositions that put a place after a subject (`the China Times on the island of Taiwan`).
  static let subjectPlacePrepositions: WordSet = ["on", "in", "at", "from"]
  /// Articles a name may open with that are not part of it (`the Times`).
  public static let leadingArticles: Set<String> = ["the", "a", "an"]
  /// Words left out of an organisation's initials (`NYT`: New York Times; `DoJ`).
  static let initialismFillers: Set<String> = ["of", "and", "for", "&"]
  /// Reflexive pronouns that stress the subject they follow (`Ford himself called it …`).
  static let intensiveReflexives: WordSet = ["himself", "herself", "itself", "themselves"]
  /// Letters after a name that say its holder's honours or office (`Tom Molomby, SC`,
  /// `Ana Lima, QC`): set off by commas after a name, they are no second name.
  static let postNominals: WordSet = ["sc", "qc", "kc", "mp", "mpp", "mla", "mha", "msp", "mep", "obe", "cbe", "mbe", "kbe", "dbe", "phd", "esq"]
  /// Generational suffixes that make a name another person's (`Donald Trump Jr.`).
  static let generationalSuffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]
  /// Words that introduce a title in quotation marks rather than speech (`a book titled "…"`).
  static let titleIntroducers: WordSet = [
    "titled", "entitled", "headlined", "called", "dubbed", "named", "book", "film", "movie", "song", "album", "show",
    "series", "column", "op-ed", "slogan", "hashtag",
  ]
  /// Endings that make a number a person's noun (`the 23-year-old`, `two 40-year-olds`).
  static let ageNounEndings = ["-year-old", "-year-olds"]
  /// Nouns of time and quantity words that end phrases but never speak.
  static let nonSpeakers: Set<String> = [
    "month", "week", "year", "day", "time", "morning", "evening", "night", "afternoon", "weekend", "hour", "minute",
    "moment", "decade", "century", "together", "ago", "far", "much", "many", "well", "too",
  ]
}
