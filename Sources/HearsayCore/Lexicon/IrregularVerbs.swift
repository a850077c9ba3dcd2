extension Lexicon {
  /// The past tenses and past participles of English irregular verbs that are spelt unlike
  /// their base form and are seldom anything but a verb (`stood`, `sought`, `withdrew`,
  /// `overseen`). The tagger, which met many of them rarely or never, reads some as nouns
  /// (`stood`, `sat`), and a name or role ran on into them (`Pastor Bradley Cranston stood`,
  /// `the nominee sat face`): a phrase stops at one (`PhraseFinder.phrase(after:)`). Forms
  /// that are as often nouns or adjectives (`left`, `saw`, `found`, `shot`, `bit`, `fed`,
  /// `lost`), those spelt as their base (`cut`, `set`, `read`), and `known` and `given`, whose
  /// phrases name (`the base chief known as Bob`) or concede, are left out.
  static let irregularPastForms: WordSet = [
    "arose", "arisen", "awoke", "awoken", "beaten", "became", "began", "begun", "bent", "bitten", "bled", "blew",
    "blown", "bred", "brought", "built", "burnt", "bought", "caught", "chose", "chosen", "clung", "crept", "dealt",
    "dug", "did", "drew", "dreamt", "drank", "drunk", "drove", "driven", "ate", "eaten", "fallen", "fought",
    "fled", "flung", "flew", "flown", "forbade", "forbidden", "foresaw", "foreseen", "forgot", "forgotten", "forgave",
    "forgiven", "froze", "frozen", "got", "gotten", "gave", "went", "gone", "grew", "grown", "hung",
    "heard", "hid", "hidden", "held", "kept", "knelt", "knew", "laid", "led", "leapt", "lent", "lain",
    "made", "meant", "met", "misled", "mistook", "overcame", "overtook", "overtaken", "overthrew", "overthrown", "paid",
    "proven", "rode", "ridden", "rang", "rung", "risen", "ran", "said", "seen", "sought", "sold", "sent", "shook",
    "shaken", "shone", "shrank", "shrunk", "sang", "sung", "sank", "sunk", "sat", "slept", "slid", "slung",
    "spoke", "spoken", "sped", "spent", "spun", "sprang", "sprung", "stood", "stole", "stolen", "stuck", "stung",
    "stank", "struck", "stricken", "strove", "striven", "swore", "sworn", "swept", "swollen", "swam", "swum", "swung",
    "took", "taken", "taught", "tore", "torn", "told", "thought", "threw", "thrown", "trod", "trodden", "underwent",
    "undergone", "understood", "undertook", "undertaken", "upheld", "woke", "woken", "wore", "worn", "wove", "woven",
    "wept", "withdrew", "withdrawn", "withheld", "withstood", "wrote", "written", "oversaw", "overseen", "overran",
    "rebuilt", "retook", "rewrote", "rewritten", "overheard", "undid", "undone", "mistaken", "begotten", "outgrew",
    "outran", "outdid", "outdone", "foretold", "befell", "befallen", "beheld", "besought", "broke", "broken",
    "spelt", "dwelt", "knitted", "slain", "slew", "smitten", "strewn", "sewn", "sown", "hewn", "mown", "shorn",
  ]
}
