/// Abbreviations whose period does not end a sentence. Two kinds: those that never end one
/// (a title always has a name after it) and those that may (`…in the U.S. The …`), which
/// end a sentence only before a word that typically starts one.
extension Lexicon {
  public static let titleAbbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
    "adm", "maj", "cmdr", "rev", "hon", "pres", "supt", "det", "insp", "st", "mt", "ft", "no",
    "nos", "vs", "v", "cf", "fig", "del", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "approx", "dept", "est", "gov't", "atty", "sec",
    // Police and army ranks (`Const. John MacLeod`, `Cpl. Ana Lima`).
    "const", "cst", "cpl", "pte", "pfc", "spc",
    // A councillor (`Coun. Mike Layton`, `Cllr Jane Morrow`), as Canadian and British papers write it.
    "coun", "cllr",
  ]
  /// The number sign's (`No. 2`, `nos. 4 and 5`), also the word `no`: a period after it
  /// ends a sentence unless a number follows (`she said no. "It was …`).
  static let numberSignAbbreviations: Set<String> = ["no", "nos"]
  /// The office an abbreviated title stands for (`Gov.` is a governor: `the governor` later
  /// names the same person).
  static let titleOffices: [String: String] = [
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "capt": "captain", "sgt": "sergeant", "adm": "admiral", "maj": "major",
    "cmdr": "commander", "prof": "professor", "pres": "president", "supt": "superintendent",
    "det": "detective", "insp": "inspector", "atty": "attorney", "sec": "secretary", "del": "delegate",
    "const": "constable", "cst": "constable", "cpl": "corporal", "rev": "reverend", "coun": "councillor",
    "cllr": "councillor",
  ]
  public static let sentenceFinalAbbreviations: Set<String> = [
    "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "etc", "inc", "corp", "ltd", "co", "jr", "sr",
    "d.c", "n.y", "l.a", "i.e", "e.g", "ph.d", "b.a", "m.a", "llc", "bros", "al",
  ]
  /// The abbreviations of a clock's time: a title or a role after one opens a sentence.
  static let clockAbbreviations: Set<String> = ["a.m", "p.m"]
  /// Words that usually open a sentence, used to decide whether `U.S.` ended one.
  public static let sentenceStarters: Set<String> = [
    "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "this", "that", "a", "an",
    "there", "his", "her", "their", "its", "our", "on", "at", "as", "for", "if", "when",
    "while", "after", "before", "however", "meanwhile", "yet", "so", "some", "many", "most",
    "both", "according", "last", "earlier", "later", "still", "what", "who", "why", "how",
    "these", "those", "one", "no", "not", "also", "to", "since", "during",
  ]
}
