/// Given names common in English-language news, used only to say which of `he`/`she` a
/// person can be referred to by. A name missing here is simply compatible with both.
extension Lexicon {
  public static let femaleGivenNames: WordSet = [
    "hillary", "nancy", "elizabeth", "kamala", "sarah", "mary", "patricia", "jennifer", "linda",
    "barbara", "susan", "jessica", "karen", "lisa", "betty", "margaret", "sandra", "ashley",
    "kimberly", "emily", "donna", "michelle", "carol", "amanda", "melissa", "deborah",
    "stephanie", "rebecca", "laura", "helen", "sharon", "cynthia", "kathleen", "amy", "shirley",
    "angela", "anna", "ruth", "brenda", "pamela", "nicole", "katherine", "virginia", "catherine",
    "christine", "samantha", "debra", "janet", "rachel", "carolyn", "emma", "maria", "heather",
    "diane", "julie", "joyce", "victoria", "kelly", "christina", "joan", "evelyn", "lauren",
    "judith", "olivia", "martha", "cheryl", "megan", "andrea", "hannah", "jacqueline", "ann",
    "alice", "kathryn", "gloria", "teresa", "doris", "sara", "janice", "julia",
    "marie", "madison", "grace", "judy", "theresa", "beverly", "denise", "marilyn", "amber",
    "danielle", "abigail", "brittany", "rose", "diana", "natalie", "sophia", "lori",
    "kayla", "jane", "ivanka", "melania", "kellyanne", "huma", "donna", "debbie", "condoleezza",
    "madeleine", "nikki", "sonia", "ruth", "elena", "angela", "theresa", "marine", "ursula",
    "christiane", "jacinda", "ing-wen", "liz", "kate", "claire", "sylvia",
    "hope", "katie", "megyn", "rosie", "michele", "tammy", "kirsten", "amy", "dianne", "barbara",
    "maxine", "tulsi", "alexandria", "ilhan", "rashida", "ayanna", "stacey", "gretchen",
    "kristi", "sarah", "mia", "zoe", "chloe", "ella", "lucy", "fiona", "ingrid", "aisha",
    "fatima", "leila", "priya", "mei", "yuki", "ana", "sofia", "camila", "isabel", "carmen",
    // French and Canadian.
    "chrystia", "mélanie", "melanie", "isabelle", "geneviève", "genevieve", "nathalie", "sylvie", "chantal",
    "josée", "francine", "caroline", "valérie", "valerie", "sophie", "manon", "brigitte", "monique",
    "andrée", "lucie", "anne", "annie", "élise", "elise", "hélène", "louise", "martine", "karine", "cécile", "cecile", "cecilia",
    "stéphanie", "véronique", "ségolène", "anne-marie", "marie-claude",
    "johanne", "lise", "ginette", "marie-ève", "marie-eve", "marie-josée", "marie-josee", "suzanne", "guylaine",
    "marjolaine", "émilie", "emilie", "audrey", "mireille", "pascale", "solange", "carole", "claudette", "jocelyne",
    "micheline", "huguette", "josiane", "maude", "ariane", "noémie", "noemie", "mylène", "mylene",
    "carla", "gina", "tina", "joanne", "jenny", "elaine", "ellen", "eileen", "irene", "jeanne",
    "joanna", "josephine", "leah", "lynn", "marianne", "melinda", "miriam", "molly", "monica",
    "nadia", "naomi", "nina", "paula", "peggy", "phyllis", "rita", "roberta", "rosa", "sally",
    "sheila", "susanne", "vanessa", "wendy", "yvonne", "yolanda", "betsy", "claudia", "colleen",
    "dolores", "dorothy", "edith", "eleanor", "esther", "eva", "frances", "gail", "gwen", "jill",
    "lillian", "loretta", "lucia", "marcia", "margot", "marsha", "nora", "olga", "pauline",
    "renee", "sabrina", "sonya", "stella", "tamara", "tanya", "wanda", "yasmin", "zainab",
    "nadine", "kristen", "kristin", "meghan", "michaela", "anjali", "sunita", "svetlana", "tatiana",
  ]
  public static let maleGivenNames: WordSet = [
    "donald", "bill", "barack", "joe", "mike", "paul", "john", "james", "robert", "michael",
    "william", "david", "richard", "joseph", "thomas", "charles", "christopher", "daniel",
    "matthew", "anthony", "mark", "steven", "andrew", "kenneth", "joshua", "kevin", "brian",
    "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary",
    "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
    "benjamin", "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack",
    "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas",
    "zachary", "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian",
    "roger", "noah", "gerald", "carl", "terry", "sean", "austin", "arthur", "lawrence", "jesse",
    "dylan", "bryan", "jordan", "billy", "bruce", "albert", "willie", "gabriel", "logan",
    "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah",
    "louis", "bobby", "philip", "johnny", "ted", "marco", "bernie", "chris", "newt", "rudy",
    "reince", "mitch", "harry", "tim", "jeb", "rand", "ben", "rick", "chuck",
    "vladimir", "xi", "emmanuel", "boris", "narendra", "recep", "benjamin", "jim",
    "tom", "bob", "dick", "al", "newt", "sean", "steve", "corey", "jared", "rex", "jeff",
    "hunter", "beau", "pat", "alex", "tony", "nick", "matt", "sam",
    "greg", "ron", "ed", "jon", "dan", "don", "ken", "doug", "gov", "pete", "elon", "jake",
    "rahm", "colin", "gavin",
    "olaf", "justin", "shinzo", "fumio", "moon", "yoon", "jair", "lula", "andrés", "javier",
    "mohammed", "muhammad", "ali", "omar", "ahmed", "hassan", "abdul", "ibrahim", "yusuf",
    // French and Canadian.
    "jagmeet", "marc", "pierre", "françois", "francois", "andré", "andre", "jacques", "michel",
    "luc", "yves", "gilles", "maxime", "sébastien", "sebastien", "mathieu", "guillaume", "olivier",
    "philippe", "stéphane", "stephane", "alain", "gérard", "laurent", "nicolas", "julien",
    "antoine", "étienne", "etienne", "rené", "jean-yves", "jean-françois", "jean-pierre", "jean-marc",
    "sylvain", "benoît", "benoit", "denis", "claude", "réjean", "rejean", "normand", "serge", "marcel", "gaétan",
    "gaetan", "yvon", "jean-guy", "martin", "éric", "frédéric", "frederic", "simon", "jérôme", "jerome",
    "jean-philippe", "françois-philippe", "alexandre", "gilbert", "régis", "regis", "bernard", "hugo", "xavier",
    "ghislain", "germain", "yannick",
    "adrian", "alfred", "alvin", "andy", "angelo", "antonio", "barry", "bradley", "brad", "brett",
    "bret", "calvin", "carlos", "charlie", "clarence", "clint", "cody", "craig", "darren", "dave",
    "derek", "dominic", "dwight", "eddie", "edwin", "eli", "elliott", "ernest", "evan", "felix",
    "fred", "frederick", "harvey", "herbert", "hugh", "ian", "isaac", "ivan", "jimmy", "joel",
    "joey", "julian", "karl", "kurt", "leo", "leon", "leonard", "lloyd", "lucas", "luis", "luke",
    "manuel", "marcus", "mario", "marvin", "miguel", "nathaniel", "neil", "norman", "oliver",
    "oscar", "pedro", "phil", "rafael", "reggie", "ricardo", "rodney", "rupert", "sergio", "seth",
    "shane", "stuart", "theodore", "todd", "tommy", "travis", "trevor", "troy", "wesley", "zach",
    "mitt", "orrin", "dmitry", "sergei", "sergey", "igor", "alexei", "mikhail", "volodymyr",
    "mahmoud", "mustafa", "khalid", "tariq", "imran", "rahul", "amit", "sanjay", "hiroshi",
    "rodrigo", "alejandro", "fernando", "jorge", "enrique", "diego", "pablo", "gustavo", "giuseppe",
    "giovanni", "matteo", "silvio",
  ]
}

extension Lexicon {
  /// Given names men and women in the news both bear (`Lindsey Graham`, `Lindsey Vonn`;
  /// `Kim Davis`; `Alexis Tsipras`; `Jean`, a man's in French and a woman's in English): a
  /// person's name, which says no pronoun.
  public static let unisexGivenNames: WordSet = ["kim", "lindsey", "alexis", "jean"]

  /// The lists in one, as most questions are whether a word is on any.
  static let givenNames = WordSet(femaleGivenNames.words.union(maleGivenNames.words).union(unisexGivenNames.words))

  /// Is this lowercase word a given name on any list, or a compound of them?
  static func isGivenName(_ w: String) -> Bool { givenNames.contains(w) || isCompoundGivenName(w) }

  /// Is this token's word, without a possessive ending, a given name on any list, or a
  /// compound of them?
  static func isGivenName(_ t: Token) -> Bool { givenNames.containsBare(t) || t.kind == .word && t.isCapitalised && isCompoundGivenName(t.bare) }

  /// `Jean-Luc`, `Marie-Pier`, `Marc-André`: given names joined by hyphens are one given
  /// name, listed whole or not.
  static func isCompoundGivenName(_ w: String) -> Bool {
    guard w.containsByte(where: { $0 == UInt8(ascii: "-") }) else { return false }
    let parts = w.split(separator: "-", omittingEmptySubsequences: false)
    return parts.count >= 2 && parts.allSatisfy { givenNames.contains(String($0)) }
  }
}
