/// Word lists the pipeline consults. They are data rather than `if` chains so that a
/// linguist can extend them without reading the rules that use them; every entry is
/// lowercase and every lookup lowercases first.
public enum Lexicon {
  /// Builds every inflection of regular English verbs from their base forms, so the cue
  /// list names each verb once.
  static func inflect(_ bases: [String]) -> Set<String> {
    var out = Set<String>()
    for base in bases {
      out.insert(base)
      let last = base.last!
      let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
      if base.endsWith("e") {
        out.insert(base + "s"); out.insert(base + "d"); out.insert(String(base.dropLast()) + "ing")
      } else if last == "y", let prev = base.dropLast().last, !vowels.contains(prev) {
        let stem = String(base.dropLast())
        out.insert(stem + "ies"); out.insert(stem + "ied"); out.insert(base + "ing")
      } else if base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x") {
        out.insert(base + "es"); out.insert(base + "ed"); out.insert(base + "ing")
      } else {
        out.insert(base + "s"); out.insert(base + "ed"); out.insert(base + "ing")
        // British and Canadian spelling doubles a final `l` after one vowel: `signalled`,
        // `labelling` (not `revealed`, two vowels; `called`, already double).
        let letters = Array(base)
        if last == "l", letters.count >= 3, vowels.contains(letters[letters.count - 2]), !vowels.contains(letters[letters.count - 3]) {
          out.insert(base + "led"); out.insert(base + "ling")
        }
      }
    }
    return out
  }

  /// Every form of an irregular verb, listed by hand.
  static let irregularSpeech: [String: [String]] = [
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "written", "writing"],
    "slam": ["slam", "slams", "slammed", "slamming"],
    "brag": ["brag", "brags", "bragged", "bragging"],
    "admit": ["admit", "admits", "admitted", "admitting"],
    "quip": ["quip", "quips", "quipped", "quipping"],
    "rebut": ["rebut", "rebuts", "rebutted", "rebutting"],
    "tweet": ["tweet", "tweets", "tweeted", "tweeting"],
    "blog": ["blog", "blogs", "blogged"],
    "swear": ["swear", "swears", "swore", "sworn"],
    "forecast": ["forecast", "forecasts", "forecasting"],
    "read": ["reads"],
    // German reporting verbs, for the German articles a collection may hold.
    "sagen": ["sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "kritisierte", "warnte", "forderte"],
    "put": ["put it"],
  ]

  /// Verbs that introduce speech by themselves: `X said …`, `…, X warned`.
  public static let speechVerbs: Set<String> = {
    var out = inflect([
      "add", "note", "stress", "emphasize", "emphasise", "urge", "warn", "remark", "argue",
      "claim", "deny", "explain", "insist", "acknowledge", "announce", "assert", "declare",
      "state", "reply", "respond", "ask", "answer", "contend", "concede", "caution",
      "complain", "joke", "recall", "report", "predict", "promise", "vow", "pledge", "allege",
      "charge", "maintain", "observe", "comment", "confirm", "reveal", "disclose", "point",
      "criticize", "criticise", "accuse", "blast", "lament", "boast", "testify", "mention",
      "retort", "counter", "reiterate", "underline", "underscore", "highlight", "demand",
      "estimate", "speculate", "scoff", "shout", "yell", "whisper", "exclaim", "continue",
      "conclude", "suggest", "post", "elaborate", "affirm", "concur", "describe", "call",
      "press", "describe", "acknowledge", "proclaim", "muse", "sigh", "snap", "inform", "cite",
      "question", "propose", "recommend", "endorse", "praise", "reject", "dismiss", "dispute",
      "contest", "applaud", "condemn", "denounce", "forecast", "project", "advise", "tout",
      "indicate", "order", "signal", "threaten", "defend", "blame", "express", "refuse",
      "mock", "chant", "echo", "bemoan", "hail", "scold", "imply", "assure", "wonder", "clarify",
      "hint", "repeat", "reassure", "label", "brand", "dub",
    ])
    for forms in irregularSpeech.values { out.formUnion(forms) }
    return out
  }()

  /// Cues that only count when a quote or `that` follows, because alone they are just as
  /// often not speech (`continued to rise`, `called for`, `pointed to`, `posted a photo`).
  public static let weakCues: Set<String> = {
    var out = inflect([
      "continue", "suggest", "post", "call", "describe", "point", "press", "mention",
      "highlight", "report", "observe", "reveal", "confirm", "demand", "counter", "charge",
      "estimate", "maintain", "comment", "snap", "concur", "conclude", "answer", "state",
      "project", "endorse", "praise", "reject", "dismiss", "contest", "applaud", "condemn",
      "denounce", "tout", "advise", "recommend", "question", "announce", "order", "signal",
      "threaten", "defend", "blame", "express", "refuse", "mock", "chant", "echo", "bemoan", "hail", "scold", "imply",
      "wonder", "clarify", "hint", "repeat", "label", "brand", "dub",
    ])
    out.formUnion(irregularSpeech["brag"]!)
    out.formUnion(inflect(["believe", "think", "feel", "hope", "fear", "know", "agree", "indicate", "show"]))
    out.formUnion(["thought", "knew", "known", "felt", "shown", "put it", "reads"])
    return out
  }()

  /// Strong cues that report only a clause, a quote or `that` after them, like a weak cue
  /// there, but never an object (`added 18 points`, `added a clause to the bill`).
  static let clauseOnlyCues: Set<String> = inflect(["add"])
  /// Cues that report a clause, `that`, a quote or an infinitive, but not an object with no
  /// verb of its own (`claimed victory`, `claimed 41 percent of the vote`: what was won).
  /// (Nor `write`, `tweet` and `concede`: `wrote the letter`, `tweeted a photo` name what was
  /// written, `conceded the race` what was given up.)
  static let verblessObjectCues: Set<String> = inflect(["claim", "concede"]).union(writingCues)
  /// Cues of writing: a gerund after one with no verb of its own says how it was written
  /// (`tweeted using his account:`), not what (`conceded losing the race` says what).
  static let writingCues: Set<String> = Set(["write", "tweet"].flatMap { irregularSpeech[$0, default: []] })
  /// Cues that name or describe their object and never report a clause (`a unit called the
  /// Sea Org`, `called the plan a disaster`).
  static let objectOnlyCues: Set<String> = inflect(["call", "label", "brand", "dub"])
  /// Cues that before a gerund say an action goes on, not what was said (`continued urging`).
  static let aspectualCues: Set<String> = inflect(["continue"])

  /// Verbs whose first object is the listener, not the content: `told reporters that …`.
  public static let listenerVerbs: Set<String> = [
    "tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "inform", "informs",
    "informed", "informing", "remind", "reminds", "reminded", "reminding", "assure", "assures", "assured",
    "assuring", "reassure", "reassures", "reassured", "reassuring", "warn", "warns", "warned", "warning", "urge", "urges", "urged", "urging",
  ]

  /// Words that open a relayed or sourced claim: `according to X`, `per X`, `citing X`,
  /// `quoted X as saying`.
  public static let relayWords: Set<String> = Set(["according", "per", "citing", "words"]).union(quotingVerbs)

  /// Verbs of one who relays another's words with `as saying`: `Reuters quoted X as saying`,
  /// `X was cited by state media as saying`.
  public static let quotingVerbs: Set<String> = ["quoted", "quotes", "cited", "cites"]

  /// Nouns that carry a claim after a possessive: `Trump's claims that …`.
  public static let speechNouns: Set<String> = [
    "claim", "claims", "assertion", "assertions", "statement", "statements", "remarks",
    "argument", "arguments", "insistence", "allegation", "allegations", "suggestion",
    "warning", "promise", "pledge", "contention", "comments", "comment", "accusation",
    "accusations", "boast", "denial", "admission", "admissions", "warnings", "denials", "suggestions", "concession",
    "acknowledgment", "acknowledgement", "assurance", "assurances", "vow", "prediction", "predictions", "complaint",
    "complaints", "confession", "announcement",
  ]

  /// Participles that open a further clause by the same speaker: `…, adding that …`.
  public static let continuationParticiples: Set<String> = [
    "adding", "saying", "noting", "stressing", "arguing", "claiming", "warning", "insisting",
    "explaining", "emphasizing", "emphasising", "asserting", "declaring", "stating",
    "suggesting", "urging", "calling", "pointing", "accusing", "telling", "writing", "vowing",
    "promising", "predicting", "acknowledging", "admitting", "calling", "observing", "remarking",
    "mocking", "chanting", "echoing", "conceding", "explaining", "implying", "recalling", "describing",
    "complaining", "questioning", "lamenting", "reiterating", "denying", "hinting", "boasting",
    "announcing", "revealing", "confirming", "dismissing", "repeating", "threatening", "clarifying", "assuring", "reassuring",
    "alleging", "contending", "wondering", "joking", "quipping", "cautioning", "countering", "retorting",
    "speculating", "musing", "scoffing", "testifying",
  ]
}

extension Lexicon {
  /// Is this form of a speech verb a finite one (`said`, `adds`, `claimed`)? Base forms
  /// (`state`, `report`, `post`) are as often nouns inside a speaker's name.
  static func isFiniteSpeechVerb(_ w: String) -> Bool {
    guard speechVerbs.contains(w) else { return false }
    if ["said", "says", "told", "tells", "wrote", "writes", "swore"].contains(w) { return true }
    if irregularSpeech["sagen"]!.contains(w) { return true }
    if w == "news" { return false }
    // `adds`, `asks` and `vows` are four letters long; no base form ends in a lone `s`
    // (`stress`, `discuss` are base forms).
    return w.endsWith("ed") || (w.endsWith("s") && !w.endsWith("ss") && w.count > 3)
  }

  /// Hyphenated adjectives in front of a name: `DPP-aligned`, `island-based`, `state-run`.
  static let adjectiveSuffixes = ["-aligned", "-based", "-backed", "-led", "-owned", "-run", "-funded", "-linked",
                                  "-leaning", "-controlled", "-affiliated", "-friendly", "-style", "-born", "-era",
                                  "-allied", "-oriented", "-appointed", "-supported", "-sponsored", "-focused"]
  static func isHyphenatedAdjective(_ w: String) -> Bool { adjectiveSuffixes.contains { w.hasSuffix($0) } }

  /// `ltn.com`, `politico.eu`: a web address standing for its outlet.
  static func isDomain(_ w: String) -> Bool {
    guard let dot = w.lastIndex(of: "."), dot != w.startIndex else { return false }
    let tld = w[w.index(after: dot)...]
    return ["com", "org", "net", "cn", "tw", "jp", "uk", "eu", "io", "news", "de", "fr", "in", "hk", "au", "ca"].contains(String(tld))
  }
}
