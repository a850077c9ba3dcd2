/// Deterministic generator of news-shaped text: headlines, date lines, paragraphs with
/// direct, split and reported quotes, appositives, pronouns and relayed attribution. The
/// names and sentences are made up here; nothing is copied from any corpus.
struct SyntheticNews {
  private var state: UInt64

  init(seed: UInt64) { state = seed &* 6364136223846793005 &+ 1442695040888963407 }

  private mutating func next() -> UInt64 {
    state = state &* 6364136223846793005 &+ 1442695040888963407
    return state >> 33
  }

  private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

  static let given = ["Maria", "David", "Aiko", "Tomas", "Grace", "Omar", "Lena", "Samuel", "Priya", "Victor", "Hannah", "Kwame"]
  static let family = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Alvarez", "Novak", "Brennan", "Haddad", "Ferreira", "Kowalski", "Osei", "Whitfield"]
  static let roles = ["a spokesperson for the Ministry of Transport", "the city's deputy mayor", "an economist at the Harbor Institute", "chair of the Regional Water Board", "a lawyer for the residents' association"]
  static let outlets = ["the Daily Ledger", "Radio Meridian", "the Coastal Times", "Northgate News Agency"]
  static let verbs = ["said", "told reporters", "added", "warned", "argued", "noted"]
  static let claims = [
    "the bridge repairs would be finished before the winter storms",
    "the budget could not absorb another year of rising fuel costs",
    "nobody had been consulted before the decision was announced",
    "the new timetable would cut waiting times by a third",
    "the council had ignored three earlier warnings about the dam",
  ]
  static let quotes = [
    "We are not going to let this slide, not this time.",
    "It is a question of trust, and trust has to be earned.",
    "Nobody wants a fight, but we will not be pushed around.",
    "The numbers speak for themselves.",
  ]

  mutating func article(index: Int) -> String {
    let a = (pick(Self.given), pick(Self.family))
    let b = (pick(Self.given), pick(Self.family))
    var text = "REGION / INFRASTRUCTURE\n"
    text += "Council under fire over \(pick(["bridge", "dam", "rail", "port"])) plan; 'We were never asked': residents\n"
    text += "Published: Mar \(index % 28 + 1), 2026 9:\(10 + index % 50) AM\n\n"
    for p in 0..<8 {
      switch (p + index) % 4 {
      case 0:
        text += "\(a.0) \(a.1), \(pick(Self.roles)), \(pick(Self.verbs)) on Tuesday that \(pick(Self.claims)). She also said \(pick(Self.claims)).\n\n"
      case 1:
        text += "“\(pick(Self.quotes))” \(a.1) said. “\(pick(Self.quotes))”\n\n"
      case 2:
        text += "According to \(pick(Self.outlets)), \(b.0) \(b.1) argued that the plan was \"rushed\" and \(pick(Self.claims)). He declined to comment further.\n\n"
      default:
        text += "\(pick(Self.claims).capitalizedFirst), \(b.1) said, adding that the U.S. Dept. of Energy had offered help at 9 a.m. on Feb. 5.\n\n"
      }
    }
    return text
  }
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
