/// What the mention finder needs to tell names, titles, organisations and outlets apart
/// without a statistical tagger.
extension Lexicon {
  /// Words that precede a name and are not part of it: `President Xi`, `Sen. Warren`.
  public static let titles: Set<String> = [
    "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "senator",
    "sen", "sen.", "rep", "rep.", "representative", "congressman", "congresswoman", "gov",
    "gov.", "governor", "del.", "delegate", "assemblyman", "assemblywoman", "assemblymember",
    "councilmember", "mayor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.",
    "prof", "prof.", "professor", "gen", "gen.", "general", "adm", "adm.", "admiral", "col", "colonel",
    "lt", "lt.", "capt", "capt.", "captain", "sgt", "sgt.", "judge", "justice", "chief", "chairman", "chairwoman",
    "chair", "speaker", "leader", "ambassador", "spokesman", "spokeswoman", "spokesperson",
    "director", "king", "queen", "prince", "princess", "pope", "rev", "rev.", "reverend",
    "father", "sir", "dame", "lord", "lady", "attorney", "sheriff", "commissioner", "deputy",
    "candidate", "nominee", "former", "acting", "foreign", "defense", "defence", "state",
    "interior", "finance", "first", "ceo", "founder", "analyst", "economist", "host", "anchor",
    "correspondent", "columnist", "editor", "head", "councillor", "councilman", "councilwoman",
    "majority", "minority", "whip", "pastor", "bishop", "cardinal", "rabbi", "imam", "coach",
    "officer", "official", "treasurer", "mp", "mep", "sec", "sec.", "assemblyman",
    "assemblywoman", "delegate", "lawmaker", "pollster", "strategist", "adviser", "advisor",
    "activist", "expert", "researcher", "scholar", "author", "commentator", "reporter",
    "general's", "democratic", "republican", "democrat", "rival", "challenger", "opponent", "gop", "u.s", "u.s.", "us", "chinese", "american",
    "british", "longtime", "veteran", "senior", "retired", "ret.", "late", "then-president",
    "then-candidate", "incumbent", "outgoing", "incoming", "local", "top", "deputy", "assistant",
    "associate", "executive", "mp", "mps", "msp", "mla", "regional", "interim", "acting",
    "mpp", "mpps", "mna", "mnas", "mha", "mhas", "mlas", "msps", "meps", "superintendent", "constable", "counsel",
    "recorder", "clerk", "auditor", "assessor", "comptroller", "controller", "coroner", "registrar", "magistrate",
    "prosecutor", "solicitor", "alderman", "alderwoman", "selectman", "selectwoman", "freeholder", "supervisor",
    "coun", "coun.", "cllr", "cllr.", "det", "det.", "insp", "insp.", "supt", "supt.", "cst", "cst.", "const", "const.", "cpl", "cpl.", "pte", "pte.", "pfc", "pfc.", "spc", "spc.",
    "administrator", "undersecretary", "under-secretary", "envoy", "commander", "trustee", "councilor", "ombudsman",
    "sergeant", "lieutenant", "corporal", "detective", "inspector",
  ]

  /// Final words that make a capitalised run an organisation.
  public static let organisationHeads: Set<String> = [
    "party", "office", "ministry", "department", "dept", "dept.", "university", "institute", "group",
    "committee", "council", "commission", "bank", "inc", "inc.", "corp", "corp.", "ltd",
    "association", "foundation", "campaign", "administration", "congress", "senate", "house",
    "court", "agency", "bureau", "center", "centre", "authority", "authorities", "government",
    "army", "navy", "police", "union", "league", "organization", "organisation", "company",
    "corporation", "fund", "board", "service", "services", "school", "college", "club",
    "federation", "alliance", "coalition", "movement", "front", "network", "society", "trust",
    "assembly", "parliament", "cabinet", "embassy", "consulate", "state", "fbi", "cia", "nato",
    "un", "eu", "who", "gop", "dnc", "rnc", "pac", "team", "staff", "forces", "guard", "project",
    "program", "programme", "initiative", "lab", "laboratory", "hospital", "clinic", "museum",
    "media", "institution", "firm", "partners", "capital", "holdings", "systems", "technologies",
    "force", "corps", "command", "fleet", "markets", "securities", "investments", "economics", "analytics", "marines", "fed", "reserve", "imf", "opec", "epa", "irs", "nsa", "dhs", "doj",
    "solutions", "industries", "enterprises", "airlines", "motors", "pharmaceuticals", "communications", "logistics", "ventures",
    "electric", "dynamics",
    "convention", "conference", "summit", "caucus", "nation", "nations",
    "division", "chamber", "tribunal", "directorate", "secretariat", "cooperative", "consortium", "municipality", "utility",
    "library", "academy", "inspectorate", "registry",
  ]

  /// News organisations known by a bare name, and final words that make a run an outlet.
  public static let outlets: Set<String> = [
    "bloomberg", "cnbc", "cnn", "reuters", "xinhua", "ap", "afp", "bbc", "npr", "pbs", "abc",
    "nbc", "cbs", "msnbc", "fox", "politico", "axios", "breitbart", "vox", "slate", "salon",
    "newsweek", "time", "forbes", "yonhap", "kyodo", "tass", "ria", "sputnik", "al jazeera",
    "aljazeera", "dpa", "ansa", "efe", "kyiv independent", "the hill", "huffpost",
    "buzzfeed", "guardian", "telegraph", "independent", "economist", "nikkei", "caixin",
    "cctv", "cgtn", "asahi", "yomiuri", "mainichi", "le monde", "der spiegel", "spiegel",
    "el país", "el pais", "haaretz", "ynet", "truth social", "twitter", "facebook",
    "rasmussen", "gallup", "morning consult", "quinnipiac", "youtube", "instagram", "tiktok", "reddit", "snapchat",
    "linkedin", "whatsapp", "cbc", "ctv", "tva", "radio-canada", "la presse", "le devoir", "postmedia",
    "politifact", "propublica", "snopes", "wired", "vulture", "variety", "huffpo", "mediaite", "newsmax",
    "infowars", "c-span", "showtime", "techcrunch", "gizmodo", "mashable", "thinkprogress", "fivethirtyeight",
    "realclearpolitics", "drudge report", "new yorker", "the new yorker", "quartz", "wapo", "univision", "telemundo",
    "zero hedge", "zerohedge", "daily caller", "daily beast", "the daily beast", "national review", "mother jones",
  ]
  /// Words of the labels editors put before a line (`CLARIFICATION:`, `Correction
  /// appended`, `Editor's note:`): capitalised for their place, never a name.
  static let editorialLabels: WordSet = [
    "correction", "corrections", "clarification", "update", "updated", "editor", "editors", "note", "appended",
    "breaking", "exclusive", "transcript", "advertisement", "disclosure", "erratum", "errata", "related", "developing",
    // Formats a headline opens with (`Q&A: …`, `Analysis: …`, `Explainer: …`).
    "q&a", "analysis", "opinion", "explainer", "factbox", "interview",
  ]
  /// The labels of an interview's turns (`Q:`, `A:`): the interviewer's and the one
  /// interviewed, no names.
  static let questionLabels: Set<String> = ["q", "question"]
  static let answerLabels: Set<String> = ["a", "answer"]
  static func isTurnLabel(_ word: String) -> Bool { questionLabels.contains(word) || answerLabels.contains(word) }
  /// How an article addresses a person (`Mr. Okafor`, `Ms. Lima`): a courtesy title is no
  /// role — it says nothing of what they do — but says whether they are a man or a woman.
  static let courtesyTitles: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx."]
  /// Titles that say how a person is addressed, not what they do: a role of one of them
  /// alone gives way to a role the article states.
  static let titlesOfAddress: Set<String> = courtesyTitles.union(["dr", "dr.", "rev", "rev.", "reverend", "sir", "dame"])
  static func isTitleOfAddress(_ role: String) -> Bool { titlesOfAddress.contains(role.lowercased()) }
  /// Titles that say whether the person named after them is a man or a woman (each is
  /// on `titles` too).
  static let genderedTitles: [String: EntityRegistry.Gender] = {
    var genders: [String: EntityRegistry.Gender] = [:]
    for w in ["mr", "mr.", "sir", "king", "prince", "lord", "father", "congressman", "spokesman", "chairman"] { genders[w] = .male }
    for w in ["mrs", "mrs.", "ms", "ms.", "miss", "queen", "princess", "lady", "dame", "congresswoman", "spokeswoman", "chairwoman"] {
      genders[w] = .female
    }
    return genders
  }()

  /// Nouns a story varies a named person's name with (`the veteran`, `the billionaire`,
  /// `the striker`): what the person is, not an office someone else may hold unnamed (`the
  /// judge`, `the spokesman`).
  static let epithetNouns: WordSet = [
    "veteran", "billionaire", "millionaire", "businessman", "businesswoman", "mogul", "tycoon", "magnate",
    "teenager", "youngster", "rookie", "newcomer",
    "star", "superstar", "actor", "actress", "singer", "rapper", "musician", "comedian", "novelist", "legend",
    "firebrand", "populist", "maverick", "striker", "midfielder", "winger", "goalkeeper", "keeper", "batsman",
    "bowler", "pitcher", "quarterback", "sprinter", "champion", "titleholder", "world-beater",
  ]
  /// Epithets of a candidate for office (`the Republican nominee`, `the front-runner`):
  /// what a story calls someone it quotes, as its other people (a host, a mayor) are none.
  static let candidacyNouns: WordSet = ["nominee", "candidate", "front-runner", "frontrunner", "incumbent", "challenger"]
  /// Endings of nouns for what a person does (`saxophonist`, `technician`, `starter`,
  /// `curator`): a word the tagger never learnt that ends in one, before a given name and a
  /// surname, is the person's role (`Saxophonist Dorothy Brennan`).
  static let agentNounSuffixes = ["ist", "ian", "er", "or"]
  /// Endings of a plural noun of people who do something (`contenders`, `lobbyists`).
  static let pluralAgentEndings = ["ers", "ors", "ists", "ians"]
  /// Nouns for one member of a party, capitalised (`the Ohio Republican`, `the Tory`).
  static let partyMemberNouns: WordSet = ["republican", "democrat", "tory", "conservative", "liberal", "socialist", "libertarian"]
  /// Nouns for one person of a place that are no adjective of it (`the Spaniard`, `the
  /// Briton`); the adjectives that are nouns too (`the German`) come of the place words.
  static let demonymNouns: WordSet = [
    "spaniard", "briton", "brit", "dane", "swede", "finn", "pole", "turk", "scot", "argentine", "filipino",
    "filipina", "frenchman", "frenchwoman", "englishman", "englishwoman", "irishman", "irishwoman", "welshman",
    "welshwoman", "scotsman", "scotswoman", "dutchman", "dutchwoman",
  ]
  /// The epithets and demonyms that say a man or a woman.
  static let epithetGenders: [String: EntityRegistry.Gender] = {
    var genders: [String: EntityRegistry.Gender] = [:]
    for w in ["businessman", "frenchman", "englishman", "irishman", "welshman", "scotsman", "dutchman", "batsman", "actor"] { genders[w] = .male }
    for w in ["businesswoman", "actress", "filipina", "frenchwoman", "englishwoman", "irishwoman", "welshwoman", "scotswoman", "dutchwoman"] {
      genders[w] = .female
    }
    return genders
  }()

  /// Nouns for a person that say whether they are a man or a woman (`his mother`, `the
  /// woman`): the gendered titles and epithets, and words of family and sex.
  static let personNounGenders: [String: EntityRegistry.Gender] = {
    var genders = genderedTitles.merging(epithetGenders) { title, _ in title }
    for w in ["man", "boy", "father", "dad", "son", "brother", "husband", "uncle", "nephew", "grandfather", "grandson", "boyfriend",
              "stepfather", "stepson", "widower", "fiancé", "gentleman"] { genders[w] = .male }
    for w in ["woman", "girl", "mother", "mom", "mum", "daughter", "sister", "wife", "aunt", "niece", "grandmother", "granddaughter",
              "girlfriend", "stepmother", "stepdaughter", "widow", "fiancée"] { genders[w] = .female }
    return genders
  }()

  /// A lowercase word for one person of a place: a demonym noun, or a place word that is
  /// an adjective of the people's and a singular noun too (`german`, `kenyan`, `israeli`;
  /// not `french` or `chinese`, whose nouns are plural, nor a place, `japan`).
  static func isDemonymNoun(_ word: String) -> Bool {
    if demonymNouns.contains(word) { return true }
    guard word.hasSuffix("an") || word.hasSuffix("i"), !placeNames.contains(word), !regionQualifiers.contains(word) else { return false }
    return isPlaceWord(word)
  }

  /// A lowercase noun that describes a person a story has named (`the veteran`, `the
  /// 22-year-old`, `the Spaniard`) rather than naming an office.
  static func isPersonEpithet(_ word: String) -> Bool {
    epithetNouns.contains(word) || candidacyNouns.contains(word) || isDemonymNoun(word) || ageNounEndings.contains { word.hasSuffix($0) && !word.hasSuffix("s") }
  }

  /// Nouns that say a company follows (`the coal mining giant Peabody Energy`, `drugmaker
  /// Lorvex`, `the retailer …`) — not ones a person may bear too (`developer`, `producer`).
  static let companyNouns: WordSet = [
    "giant", "maker", "automaker", "carmaker", "drugmaker", "chipmaker", "steelmaker", "planemaker", "retailer", "insurer",
    "lender", "conglomerate", "startup", "start-up", "airline", "utility", "manufacturer", "refiner", "brokerage",
    "wholesaler", "subsidiary", "company", "firm", "bank", "chain", "brand", "grocer", "supermarket", "carrier", "railway",
    "railroad", "telecom", "shipper", "homebuilder", "brewer",
  ]

  /// The company nouns any company goes by (`the company`, `the firm`), whatever it is.
  static let anyCompanyNouns: Set<String> = ["company", "firm"]

  /// Nouns that say a body of people follows (`advocacy group Harbour Transit Watch`, `the
  /// charity Seaside Seniors`) when its name has two words or more, or one that ends its
  /// phrase (`the union Unison said`, `the fund Nordvest,`): before another verb, the word
  /// may be the subject of a clause that qualifies the noun (`the group Fiorina addressed`).
  static let bodyNouns: WordSet = [
    "group", "charity", "nonprofit", "non-profit", "coalition", "organization", "organisation", "association", "union", "fund",
    "watchdog", "regulator", "lobby", "think-tank", "thinktank",
  ]

  /// Nouns for a body of people who act together (`the group`), which a body's name that
  /// says no other kind may be called by.
  static let groupNouns: Set<String> = ["group", "organization", "organisation", "coalition"]
  /// Last words of the names of such bodies (`Harbour Policy Institute`, `Seaside Tenants'
  /// Association`) — not a university's, a department's or a company's.
  static let bodyOfPeopleHeads: Set<String> = [
    "group", "institute", "foundation", "center", "centre", "council", "coalition", "association", "federation", "alliance",
    "network", "society", "league", "union", "movement", "committee", "project", "caucus", "organization", "organisation",
  ]

  /// What an organisation has and a person has not, named right after it: `Carrier
  /// workers`, `Verizon executives`, `a Léger poll` (not a person's `aides` or `statement`).
  static let organisationsOwn: WordSet = [
    "workers", "worker", "employees", "employee", "executives", "shareholders", "shares", "stock", "plant", "plants",
    "factory", "factories", "headquarters", "customers", "subscribers", "products", "stores", "poll", "polls", "survey",
    "surveys", "pollster", "pollsters",
  ]
  /// A company's shares, before `in` or `of` and its name (`shares in Harbourline`).
  static let stakeNouns: WordSet = ["shares", "stock", "stake", "stakes", "stockholders", "shareholders"]
  /// Those who speak for a body, before `for` and its name (`a spokesperson for BC Ferries`).
  static let spokespersonNouns: WordSet = ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"]

  /// Last words of a company's name (`Okafor Holdings Inc`, `Harbourline Corp`): `the
  /// company`, `the firm` after one is that company.
  static let corporateSuffixes: WordSet = [
    "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "ag", "nv", "gmbh", "holdings", "corporation",
    "company", "technologies", "systems", "partners", "airlines", "motors", "pharmaceuticals", "industries", "enterprises",
    "solutions", "communications", "logistics", "ventures", "bank", "capital", "securities",
  ]

  /// Role nouns that stand for an outlet already named (`the newspaper`, `the broadcaster`).
  static let outletNouns: Set<String> = [
    "newspaper", "paper", "broadcaster", "outlet", "website", "site", "magazine", "channel", "network", "daily", "agency",
    "publication", "tabloid", "journal",
  ]
  /// Nouns for a public body that stand for the body named last when none is named with
  /// them (`Statistics Canada … the agency said`, `the Budget Office … the watchdog`) …
  static let agencyNouns: Set<String> = ["agency", "regulator", "watchdog"]
  /// … and nouns for a government's department, which stand only for a body whose name
  /// calls it nothing else (`Health Canada … the department`; not `the Harbour Data
  /// Commission … the ministry`).
  static let departmentNouns: Set<String> = ["department", "ministry"]
  /// Companies and bodies known by one word that nobody is named (`Apple`, `Oxfam`): a
  /// one-word name that is one of them is an organisation's. (Not those that are surnames
  /// too: `Ford`, `Dell`, `Honda`, `Nielsen`.)
  static let organisationNames: WordSet = [
    "google", "alphabet", "apple", "microsoft", "amazon", "walmart", "exxon", "exxonmobil", "chevron", "boeing", "airbus",
    "intel", "nvidia", "qualcomm", "cisco", "nabisco", "coca-cola", "pepsico", "pfizer", "moderna", "astrazeneca",
    "novartis", "glaxosmithkline", "uber", "lyft", "airbnb", "tesla", "verizon", "comcast", "disney", "netflix",
    "starbucks", "nike", "citigroup", "jpmorgan", "dupont", "monsanto", "bayer", "halliburton", "raytheon", "lockheed",
    "samsung", "huawei", "alibaba", "tencent", "toyota", "volkswagen", "siemens", "unilever", "nestlé", "nestle",
    "sony", "nintendo", "paypal", "ebay", "yahoo", "spotify", "hewlett-packard", "blackberry", "aetna", "humana",
    "medtronic", "mastercard", "wikileaks", "greenpeace", "oxfam", "unicef", "interpol", "europol", "hezbollah",
    "hamas", "fatah", "likud", "bombardier", "loblaw", "shopify", "enbridge", "suncor", "petro-canada", "hydro-québec",
    "hydro-quebec", "telus",
    // Institutions known by one word, often their building's (`the Pentagon said`).
    "pentagon", "kremlin", "treasury", "vatican", "census", "elysée", "elysee", "politburo", "knesset", "bundestag", "duma",
  ]
  /// First words that make a name an outlet (`Daily Mail`, `Radio Free Asia`).
  static let outletFirstWords: WordSet = ["daily", "radio", "tv", "channel", "weekly"]
  /// Every word of the outlets' names.
  static let outletWords = Set(outlets.flatMap { $0.split(separator: " ").map(String.init) })
  public static let outletHeads: Set<String> = [
    "times", "post", "news", "journal", "press", "tribune", "herald", "gazette", "daily",
    "agency", "tv", "radio", "television", "wire", "magazine", "review", "observer", "chronicle",
    "telegraph", "guardian", "mail", "express", "star", "globe", "sun", "insider", "report",
    "broadcasting", "newspaper", "network", "channel", "bulletin", "dispatch", "examiner",
    "standard", "courier", "mirror", "today", "weekly", "monitor", "beast", "intercept",
    "atlantic", "republic", "digest", "ledger", "record", "sentinel", "enquirer", "inquirer",
    "register", "bee", "telegram", "wire", "online", "stream",
  ]

  /// Prepositions and conjunctions that a title in title case often keeps in lower case
  /// (`The Lead with Jake Tapper`, `Obama Sees 'Personal Insult' if Blacks Don't Rally`)
  /// beyond the articles, prepositions and coordinators of the other lists.
  static let titleCaseLowercaseWords: WordSet = [
    "with", "from", "into", "onto", "upon", "over", "than", "when", "where", "if", "so", "yet", "nor", "vs", "via", "per",
  ]

  /// Months abbreviated (`Jan 5`), which are given names before a capitalised word (`Jan
  /// Simpson`, `Jun Ishikawa`): the month names the date reader knows that begin a longer one.
  static let monthAbbreviations = WordSet(CivilDate.months.keys.filter { short in CivilDate.months.keys.contains { $0 != short && $0.hasPrefix(short) } })

  /// Capitalised words that begin sentences or modify names but are never names.
  public static let capitalisedFunctionWords: Set<String> = [
    "the", "a", "an", "in", "on", "at", "for", "of", "to", "from", "by", "with", "and", "but",
    "or", "nor", "so", "yet", "if", "when", "while", "as", "after", "before", "since", "during",
    "although", "though", "because", "however", "meanwhile", "this", "that", "these", "those",
    "there", "here", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
    "its", "my", "your", "what", "who", "whom", "which", "where", "why", "how", "some", "many",
    "most", "all", "both", "each", "every", "no", "not", "one", "two", "three", "several",
    "according", "regarding", "citing", "asked", "also", "still", "even", "just", "only", "then",
    "now", "today", "yesterday", "tomorrow", "last", "next", "other", "another", "such",
    "similarly", "instead", "indeed", "still", "thus", "therefore", "moreover", "furthermore",
    "besides", "despite", "unlike", "like", "about", "over", "under", "into", "through", "among",
    "between", "against", "without", "within", "around", "across", "behind", "beyond", "upon",
    "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
    "would", "can", "could", "should", "may", "might", "must", "shall", "yes", "no", "mr",
    "mrs", "ms", "dr", "sen", "rep", "gov", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
    "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
    "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "photo", "image", "caption",
    "published", "updated", "whether", "let", "please", "well", "oh", "okay", "ok", "again",
    "any", "much", "more", "less", "few", "more", "once", "twice", "first", "second", "finally",
    "earlier", "later", "recently", "currently", "previously", "often", "never", "always",
    "perhaps", "maybe", "sometimes", "speaking", "asked", "being", "having", "so-called",
    "e-mail", "email", "don't", "it's", "we're", "i'm", "that's", "there's", "what's", "we've",
    "though", "although", "unless", "until", "whereas", "yet", "i'd", "i'll", "i've", "you're",
    "wherever", "whenever", "whatever", "whoever", "whichever",
    "he's", "she's", "they're", "let's", "can't", "won't", "isn't", "wasn't", "didn't", "doesn't",
    "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "hey", "hi", "hello", "thanks", "thank",
    "das", "der", "die", "den", "dem", "es", "er", "sie", "wir", "ich", "ein", "eine", "und",
  ]

  /// Country and demonym words: they modify a name (`Chinese President Xi Jinping`) and
  /// name states that can speak (`China stresses …`) but are never a person's name.
  public static let places: Set<String> = [
    "us", "u.s", "u.s.", "usa", "america", "american", "americans", "china", "chinese", "taiwan",
    "taiwanese", "japan", "japanese", "russia", "russian", "ukraine", "ukrainian", "britain",
    "british", "uk", "u.k", "england", "english", "france", "french", "germany", "german",
    "india", "indian", "iran", "iranian", "israel", "israeli", "korea", "korean", "north",
    "south", "east", "west", "european", "europe", "beijing", "washington", "tokyo", "moscow",
    "london", "paris", "berlin", "brussels", "mexico", "mexican", "canada", "canadian",
    "australia", "australian", "brazil", "brazilian", "syria", "syrian", "iraq", "iraqi",
    "afghanistan", "afghan", "pakistan", "pakistani", "turkey", "turkish", "egypt", "egyptian",
    "saudi", "arabia", "palestinian", "gaza", "hong", "kong", "macao", "xiamen", "ohio",
    "florida", "nevada", "texas", "california", "new", "york", "virginia", "pennsylvania",
    "iowa", "michigan", "wisconsin", "carolina", "georgia", "arizona", "colorado", "mainland",
    "western", "eastern", "asian", "asia", "africa", "african", "latin", "philippines",
    "vietnam", "vietnamese", "thailand", "thai", "singapore", "indonesia", "malaysia", "cuba",
    "cuban", "venezuela", "spain", "spanish", "italy", "italian", "poland", "polish", "greece",
    "greek", "sweden", "swedish", "norway", "switzerland", "swiss", "dutch", "netherlands",
    "belgium", "austria", "ireland", "irish", "scotland", "scottish", "wales", "welsh",
  ]

  /// A governed place's noun that, capitalised before `of`, names its government (`City of
  /// Burnaby`, `Town of Whitby`, `County of Essex`).
  static let municipalityNouns: WordSet = ["city", "town", "village", "township", "county", "municipality", "borough", "district"]
  /// Lowercase nouns of a place whose `of` names it (`the town of Kellburg`, `the island of
  /// Skye`).
  static let placeNouns: WordSet = WordSet(municipalityNouns.words.union([
    "hamlet", "suburb", "neighbourhood", "neighborhood", "province", "region", "state", "island", "country", "capital",
  ]))

  /// Words that make a name a place: last (`Atlantic City`, `Palm Beach`, `Orange County`)
  /// or, for a few, first (`Lake Winola`, `Mount Vernon`). Not words that are also common
  /// surnames as a last word (`Celinda Lake`, `Michael Bay`).
  public static let placeHeads: WordSet = [
    "city", "county", "beach", "valley", "river", "island", "islands", "harbor", "harbour",
    "springs", "heights", "hills", "falls", "canyon", "coast", "street", "avenue", "boulevard", "road",
    "square", "park", "peninsula", "strait", "gulf", "mountains", "desert", "district", "province", "ocean", "sea",
    "plaza", "wall", "bridge", "tower", "towers", "airport", "station", "stadium", "arena", "mall", "church", "cathedral",
    "mosque", "temple", "synagogue", "palace", "castle",
  ]
  /// Heads of a congregation's name: the body speaks (`The Anglican Church of Canada said`),
  /// not its building.
  static let congregationHeads: WordSet = ["church", "cathedral", "mosque", "temple", "synagogue", "diocese", "archdiocese", "parish"]
  /// Of those, the ones that are common surnames too (`Lena Park`, `Ana Church`).
  static let surnamePlaceHeads: WordSet = ["park", "hills", "beach", "wall", "church", "castle", "bridge", "tower"]
  public static let placeOpeners: WordSet = ["lake", "mount", "fort", "port", "cape", "san", "santa", "los", "las"]
  /// Whether the gazetteer knows these lowercase words, joined by one space, as a place
  /// (`["new", "jersey"]`).
  static func isPlaceName(_ words: some Collection<String>) -> Bool { placeNames.contains(words.joined(separator: " ")) }

  /// A lowercase word that names a place or its people: listed, in the gazetteer, or a
  /// gazetteer's country with a demonym's ending (`kenyan`, `nigerian`, `chilean`, `brazilian`).
  static func isPlaceWord(_ word: String) -> Bool {
    if places.contains(word) || isPlaceName([word]) { return true }
    guard word.utf8.count > 4, word.hasSuffix("n") else { return false }
    return ["n", "an", "ian"].contains { word.hasSuffix($0) && isPlaceName([String(word.dropLast($0.count))]) }
  }

  /// A lowercase plural of a word for a place's people (`americans`, `canadians`,
  /// `syrians`): not `philippines`, `brussels`, whose singular names nothing.
  static func isPeopleOfAPlace(_ word: String) -> Bool {
    word.utf8.count > 4 && word.hasSuffix("ns") && isPlaceWord(String(word.dropLast()))
  }

  /// The state a legislator's party and state name (`R-Iowa`, `D-N.Y.`, `R-Fla`), as
  /// `placeNames` has it; nil for any other word.
  static func stateOfPartyTag(_ tag: some StringProtocol) -> String? {
    let lower = tag.lowercased()
    guard lower.count > 2, let party = lower.first, "rdi".contains(party), lower.dropFirst().first == "-" else { return nil }
    let state = String(lower.dropFirst(2).filter { $0 != "." })
    return self.state(abbreviated: state) ?? (isPlaceName([state]) ? state : nil)
  }

  /// The state an abbreviation names (`N.H.`, `Fla`, `wis.`), as `placeNames` has it.
  static func state(abbreviated word: some StringProtocol) -> String? {
    stateAbbreviations[word.lowercased().filter { $0 != "." }]
  }

  /// The lexicons' flags of a plural's singular, its last letter taken off (`republicans`
  /// → a title's, `jews` → a people's).
  static func singularFlags(ofPlural word: String) -> WordFlags { WordFlags.of(String(word.dropLast())) }

  /// Words that, before a place, name a region of it (`Central America`, `Northern
  /// Ontario`, `Eastern Europe`).
  public static let regionQualifiers: WordSet = [
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
  ]

  /// Common nouns that name a speaker by role: `the spokesperson said`, `an analyst`.
  public static let roleNouns: WordSet = [
    "spokesperson", "spokesman", "spokeswoman", "official", "officials", "analyst",
    "analysts", "expert", "experts", "source", "sources", "leader", "leaders", "president",
    "minister", "ministry", "government", "authorities", "officer", "police", "prosecutor",
    "prosecutors", "lawyer", "lawyers", "attorney", "statement", "report", "reports", "media",
    "newspaper", "paper", "agency", "aide", "aides", "adviser", "advisers", "advisor",
    "campaign", "candidate", "nominee", "critics", "supporters", "observers", "diplomat",
    "diplomats", "professor", "researcher", "researchers", "economist", "economists",
    "scientist", "scientists", "lawmaker", "lawmakers", "senator", "governor", "mayor",
    "chair", "chairman", "chairwoman", "director", "executive", "ceo", "residents",
    "resident", "witness", "witnesses", "voter", "voters", "activist", "activists", "group",
    "organization", "company", "firm", "administration", "department", "office", "committee",
    "party", "team", "editorial", "article", "study", "survey", "poll", "polls", "data",
    "figures", "document", "documents", "letter", "memo", "filing", "complaint", "lawsuit",
    "strategist", "pollster", "insider", "insiders", "representative", "representatives",
    "member", "members", "woman", "man", "people", "person", "doctor", "doctors", "teacher",
    "student", "students", "worker", "workers", "union", "host", "anchor", "reporter",
    "columnist", "correspondent", "commentator", "ambassador", "envoy", "secretary",
    "premier", "judge", "court", "spokespeople", "campaigner", "organizers", "organisers",
    "think", "tank", "department", "house", "source", "friend", "friends", "family", "wife",
    "husband", "mother", "father", "son", "daughter", "colleague", "colleagues", "campaigners",
    "protesters", "demonstrators", "critics", "opponents", "proponents", "advocates", "parents", "ally", "allies",
    "backers", "loyalists", "confidant", "confidants",
    "teachers", "nurses", "patients", "farmers", "fishermen", "investors", "traders", "economists",
    "officials", "analysts", "experts", "scientists", "researchers", "lawmakers", "legislators",
    "senators", "ministers", "diplomats", "prosecutors", "investigators", "authorities", "police",
    "activists", "supporters", "voters", "residents", "visitors", "witnesses", "neighbours",
    "neighbors", "villagers", "locals", "organisers", "organizers", "unions", "employers",
    "newspaper", "broadcaster", "outlet", "website", "site", "magazine", "channel", "network",
    "college", "board", "council", "commission", "institute", "university", "bank", "court",
    "filmmaker", "filmmakers", "billionaire", "billionaires", "moderator", "moderators", "co-moderator", "archbishop",
    "dj", "entrepreneur", "entrepreneurs", "philanthropist", "designer", "designers",
  ]

  /// Role nouns that are documents or broadcasts: their speaker is who produced them
  /// (`A New York Times report said` → The New York Times).
  public static let documentNouns: Set<String> = [
    "report", "reports", "statement", "article", "editorial", "study", "survey", "poll",
    "polls", "letter", "memo", "filing", "complaint", "lawsuit", "description", "readout",
    "post", "tweet", "release", "analysis", "story", "piece", "commentary", "op-ed", "column",
    "broadcast", "interview", "video", "documents", "document", "data", "figures", "paper",
    "transcript", "account", "website", "blog", "note", "notice", "announcement", "summary", "email", "e-mail", "posting",
  ]

  /// Verbs that report what records and findings say, and only theirs (`records show that
  /// …`, `the study found …`): with a person for subject they are no speech (`he found his
  /// keys`, `she showed the house`).
  public static let evidenceVerbs: Set<String> = [
    "show", "shows", "showed", "shown", "find", "finds", "found", "demonstrate", "demonstrates", "demonstrated",
  ]
  /// Of those, the ones that report a finding (`the inquiry found that …`).
  static let findingVerbs: WordSet = ["find", "finds", "found"]
  /// Who rules, and so finds as a record does (`The judge found that …`, `Justice Ana
  /// Lima found …`, `the jury found`).
  static let rulingNouns: WordSet = ["judge", "justice", "court", "jury", "coroner", "tribunal", "inquest", "magistrate"]
  /// Whether `verb` is a finding by one who rules, named among `words` (its subject's, or
  /// the sentence's before it).
  static func rules(_ verb: Token, by words: some Sequence<Token>) -> Bool {
    findingVerbs.contains(verb) && words.contains { rulingNouns.contains($0) }
  }
  /// What can show or find something (`the filings`, `a new poll`, `tax returns`): records,
  /// data and findings — not a picture (`a video shows him grabbing …` shows, it does not say).
  static let evidenceNouns: WordSet = [
    "report", "reports", "study", "studies", "survey", "surveys", "poll", "polls", "polling", "data", "figures",
    "numbers", "statistics", "records", "filing", "filings", "document", "documents", "analysis", "analyses",
    "research", "results", "findings", "emails", "e-mails", "memo", "memos", "audit", "audits", "investigation",
    "investigations", "inquiry", "review", "probe", "ruling", "census", "estimates", "paper", "papers", "returns",
    "disclosures", "statements", "logs", "calculations", "tally", "count",
  ]

  /// Pronouns that can stand for a speaker, with what they can refer to.
  public enum PronounKind: Sendable { case male, female, neuterSingular, plural, firstPerson }

  /// The speaker an article's own `I` or `we` outside quotes stands for.
  static let authorSpeaker = "the author"
  public static let pronouns: [String: PronounKind] = [
    "he": .male, "him": .male, "his": .male, "she": .female, "her": .female,
    "it": .neuterSingular, "they": .plural, "them": .plural, "we": .firstPerson,
    "i": .firstPerson, "er": .male, "sie": .female,
  ]
}

extension Lexicon {
  /// The word a contraction's clitic leans on (`you've` → `you`, `couldn't` → `could`), or nil.
  static func contractionStem(_ w: String) -> String? {
    if w.hasSuffix("n't") { return String(w.dropLast(3)) }
    guard let apostrophe = w.lastIndex(of: "'") else { return nil }
    return ["s", "ve", "re", "ll", "d", "m"].contains(w[w.index(after: apostrophe)...]) ? String(w[..<apostrophe]) : nil
  }

  /// A title or office word, English or a German compound (`Vorstandschef`, `Ministerin`).
  /// The singular of a role noun in the plural (`senators` → `senator`), or nil.
  /// A plural-looking noun's singular (`companies` → `company`, `papers` → `paper`), nil for
  /// a word not ending in `s`.
  static func singular(ofPlural word: String) -> String? {
    word.hasSuffix("ies") ? String(word.dropLast(3)) + "y" : word.hasSuffix("s") ? String(word.dropLast()) : nil
  }

  static func singularOfPluralRole(_ word: String) -> String? {
    guard word.utf8.count > 3, word.utf8.last == UInt8(ascii: "s") else { return nil }
    let singular = String(word.dropLast())
    return roleNouns.contains(singular) ? singular : nil
  }

  static func isTitle(_ word: String) -> Bool {
    if titles.contains(word) { return true }
    // Most words are ruled out by their last byte, which no ending below ends in.
    guard word.utf8.count > 7, let last = word.utf8.last, germanTitleLastBytes.contains(last) else { return false }
    return word.count > 7 && germanTitleEndings.contains { word.hasSuffix($0) }
  }

  private static let germanTitleEndings = [
    "chef", "chefin", "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin", "direktor", "direktorin",
    "vorsitzende", "vorsitzender",
  ]
  private static let germanTitleLastBytes = Array(Set(germanTitleEndings.compactMap(\.utf8.last)))
}
