/// Who is who across a collection: links the speakers each article resolved on its own
/// (`Barack Obama` here, `Obama` there, `Donald J. Trump` elsewhere) to one collection
/// speaker each, and keeps apart what the collection leaves ambiguous.
///
/// The rules, in order, over the collection's distinct names (`Variant`s):
/// 1. a person's name is read as given name, middle names or initials, family name — titles
///    and honorifics dropped (`Pres. Obama`, `Mrs. Clinton`), a generational suffix kept as
///    part of the family name (`Donald Trump Jr.` is not `Donald Trump`);
/// 2. full names with the same given and family name are one person when their middles
///    agree (`Donald J. Trump` = `Donald Trump`, `Hillary Rodham Clinton` = `Hillary
///    Clinton`); a name without a middle joins only when every middle seen agrees (`George
///    Bush` with both `George W.` and `George H. W. Bush` stays apart);
/// 3. a headline's words before a known full name (`Billionaire Donald Trump`) are not a
///    new person;
/// 4. a family name alone (or a given name alone) is the one full name that has it — or the
///    one whose gender its titles give, or one quoted in ten times the articles of any
///    other; otherwise it stays its own row, marked ambiguous (`Clinton` with both Bill and
///    Hillary). Either way, an article whose own text names one of them decides it there
///    (`decide(_:naming:titled:)`);
/// 5. an organisation or outlet is one with its name plus a designator (`Xinhua` =
///    `Xinhua News Agency`) and with its initials (`NYT` = `The New York Times`);
/// 6. each speaker's kind is voted over its articles, a person or unnamed reading (what an
///    unknown name defaults to) counting half of a reading that needed evidence — so a
///    party, a country or a group is not a person because a few articles guessed so.
public struct SpeakerIdentity: Sendable {
  /// One distinct name as the collection's articles resolved it.
  public struct Variant: Sendable, Equatable {
    /// `SpeakerDirectory.key(name)`.
    public var key: String
    public var name: String
    /// Articles per kind (`Speaker.Kind` raw values).
    public var kinds: [String: Int]
    public var quotes: Int
    /// The other names and the roles it was seen with (`Mrs. Clinton`, `Mr.`), whose
    /// titles may give its gender.
    public var titled: [String]

    public init(key: String, name: String, kinds: [String: Int], quotes: Int, titled: [String] = []) {
      self.key = key
      self.name = name
      self.kinds = kinds
      self.quotes = quotes
      self.titled = titled
    }

    var articles: Int { kinds.values.reduce(0, +) }
  }

  /// One collection speaker.
  public struct Identity: Sendable, Equatable {
    /// Stable across re-indexing: the canonical name's key, hyphenated.
    public var id: String
    public var name: String
    public var kind: String
    /// Every other name it was seen under.
    public var aliases: [String]
    /// A family or given name alone that more than one person in the collection has.
    public var ambiguous: Bool
    /// For an ambiguous row: the full names it may stand for, best first.
    public var candidates: [String]
  }

  public private(set) var identities: [Identity] = []
  /// Variant key → index in `identities`.
  public private(set) var byKey: [String: Int] = [:]
  /// Single names more than one person has (`Clinton`, `Sanders`), with the indices of
  /// those people: each article may decide its own (`decide(_:naming:titled:)`).
  public private(set) var contested: [String: [Int]] = [:]

  /// Corrections that named nobody, each with what was wrong.
  public private(set) var unapplied: [(correction: SpeakerCorrection, message: String)] = []

  public func identity(ofKey key: String) -> Identity? { byKey[key].map { identities[$0] } }

  /// Links `variants`, then applies the user's `corrections` in order.
  public init(_ variants: [Variant], corrections: [SpeakerCorrection] = []) {
    var clusters = Clusters()
    let kinds = Self.headKinds(Dictionary(variants.map { ($0.key, Self.vote($0.kinds)) }, uniquingKeysWith: { a, _ in a }))
    let people = variants.filter { kinds[$0.key] == Speaker.Kind.person.rawValue }.compactMap { v in PersonName(v).map { (v, $0) } }
    clusters.linkFullNames(people.filter { $0.1.isFull })
    clusters.linkSingleNames(people.filter { !$0.1.isFull })
    let bodies = variants.filter { [Speaker.Kind.organisation.rawValue, Speaker.Kind.outlet.rawValue].contains(kinds[$0.key]) }
    clusters.linkBodies(bodies)
    var known = Dictionary(variants.map { ($0.key, $0.key) }, uniquingKeysWith: { a, _ in a })
    for v in variants where known[Clusters.id(v.key)] == nil { known[Clusters.id(v.key)] = v.key }
    var renames: [(key: String, name: String)] = []
    for correction in corrections {
      let keys = correction.names.map { Self.key(naming: $0, in: known) }
      if let missing = zip(correction.names, keys).first(where: { $0.1 == nil }) {
        unapplied.append((correction, "no speaker in the collection is named “\(missing.0)”"))
        continue
      }
      let found = keys.compactMap { $0 }
      switch correction {
      case .merge: for k in found.dropFirst() { clusters.merge(k, into: found[0]) }
      case .split: clusters.split(found[0], among: variants.map(\.key))
      case .rename(_, let name): renames.append((found[0], name))
      }
    }
    let names = Dictionary(renames.map { (clusters.root(of: $0.key), $0.name) }, uniquingKeysWith: { _, last in last })
    (identities, byKey, contested) = clusters.identities(variants, kinds: kinds, names: names)
  }

  /// The variant key a user's name for a speaker stands for: a name it was seen under,
  /// or an id. `known`: every variant key and id, to its variant key.
  private static func key(naming name: String, in known: [String: String]) -> String? {
    known[SpeakerDirectory.key(name)] ?? known[name]
  }

  /// Who a contested single name is in one article: the one candidate a full name of
  /// which the article's text holds (`Felicia Sanders` in the article makes its `Sanders`
  /// hers, however often the collection quotes Bernie), else the one its titles' gender
  /// allows; nil when the article does not say, and the collection's answer stands.
  /// `naming` says whether the article names a candidate by one of its `fullNames(of:)`
  /// (the index asks its full-text index rather than reading the text).
  public func decide(_ key: String, naming: (Identity) throws -> Bool, titled: [String] = []) rethrows -> Identity? {
    guard let indices = contested[key] else { return nil }
    let candidates = indices.map { identities[$0] }
    let named = try candidates.filter(naming)
    if named.count == 1 { return named[0] }
    if let gender = PersonName.gender(ofTitlesIn: titled) {
      let fitting = candidates.filter { EntityRegistry.gender(of: PersonName.words($0.name)) == gender }
      if fitting.count == 1 { return fitting[0] }
    }
    return nil
  }

  /// The full names (two words or more, lowercase, titles dropped) an article may name a
  /// speaker by.
  public func fullNames(of identity: Identity) -> [String] {
    ([identity.name] + identity.aliases).compactMap { name in
      let words = PersonName.words(name).drop(while: PersonName.isTitle)
      return words.count > 1 ? words.joined(separator: " ") : nil
    }
  }

  /// A name's last word heads it: `Latino Republicans` is a group when the collection
  /// votes `Republicans` one, whatever its own articles guessed (not `Anne Richards`: a
  /// given name opens a person's name).
  static func headKinds(_ kinds: [String: String]) -> [String: String] {
    let group = Speaker.Kind.group.rawValue, person = Speaker.Kind.person.rawValue
    return kinds.reduce(into: kinds) { result, entry in
      guard entry.value == person, let space = entry.key.lastIndex(of: " "),
        let first = entry.key.split(separator: " ").first, !Lexicon.isGivenName(String(first))
      else { return }
      if kinds[String(entry.key[entry.key.index(after: space)...])] == group { result[entry.key] = group }
    }
  }

  /// The kinds an unknown name defaults to, which weigh half in a vote.
  private static let weakKinds: Set<String> = [Speaker.Kind.person.rawValue, Speaker.Kind.unnamed.rawValue]

  /// The voted kind: a person or unnamed reading weighs half of one that needed evidence.
  static func vote(_ kinds: [String: Int]) -> String {
    kinds.max { a, b in
      let (wa, wb) = (Double(a.value) * (weakKinds.contains(a.key) ? 0.5 : 1), Double(b.value) * (weakKinds.contains(b.key) ? 0.5 : 1))
      return (wa, b.key) < (wb, a.key)  // ties: the alphabetically first kind, for a stable answer
    }?.key ?? Speaker.Kind.person.rawValue
  }
}

/// A person's name read as given name, middles and family name.
struct PersonName: Equatable {
  var given: String
  var middles: [String]
  var family: String
  var gender: EntityRegistry.Gender?

  var isFull: Bool { !given.isEmpty }
  /// The family name without its generational suffix: what a surname alone can stand for.
  var surname: String { family.split(separator: " ").first.map(String.init) ?? family }
  /// Given and family name: the people rule 2 groups.
  var pair: String { given + " " + family }

  static func words(_ name: String) -> [String] { SpeakerDirectory.key(name).split(separator: " ").map(String.init) }

  static func isTitle(_ w: String) -> Bool {
    Lexicon.titles.contains(w) || Lexicon.titleAbbreviations.contains(w.hasSuffix(".") ? String(w.dropLast()) : w)
  }

  static func gender(ofTitlesIn names: [String]) -> EntityRegistry.Gender? {
    let found = Set(names.flatMap(words).compactMap { Lexicon.genderedTitles[$0] })
    return found.count == 1 ? found.first : nil
  }

  /// Nil for a name with no word left once titles are dropped.
  init?(_ v: SpeakerIdentity.Variant) {
    var words = Self.words(v.key)
    gender = Self.gender(ofTitlesIn: [v.name] + v.titled)
    while words.count > 1, Self.isTitle(words[0]) { words.removeFirst() }
    if words.count > 2, let last = words.last, Lexicon.generationalSuffixes.contains(last) {
      words.removeLast()
      words[words.count - 1] += " " + last
    }
    guard let family = words.last, words.allSatisfy({ $0.contains(where: \.isLetter) }) else { return nil }
    self.family = family
    given = words.count > 1 ? words[0] : ""
    middles = words.count > 2 ? Array(words[1..<(words.count - 1)]) : []
  }

  /// `J.` and `John` agree; so do two equal words.
  static func middlesAgree(_ a: [String], _ b: [String]) -> Bool {
    guard a.count == b.count else { return false }
    return zip(a, b).allSatisfy { x, y in
      let (sx, sy) = (x.trimmingCharacters(in: [".", "-"]), y.trimmingCharacters(in: [".", "-"]))
      return sx == sy || (sx.count == 1 && sy.hasPrefix(sx)) || (sy.count == 1 && sx.hasPrefix(sy))
    }
  }
}

/// Union-find over variant keys: which names are one speaker.
private struct Clusters {
  private var parent: [String: String] = [:]
  /// Keys that may stand for their speaker's name (not a fragment, a single name or initials).
  private var canonical: Set<String> = []
  /// Single names left ambiguous: rows of their own.
  private var ambiguous: Set<String> = []
  /// Every single name more than one full name has, with those names' roots.
  private var contested: [String: [String]] = [:]
  /// Each full-name cluster: its root, its name and how many articles quote it.
  private typealias FullName = (root: String, name: PersonName, articles: Int)
  /// The full-name clusters by family name, and by given name.
  private var byFamily: [String: [FullName]] = [:]
  private var byGiven: [String: [FullName]] = [:]

  mutating func find(_ k: String) -> String {
    guard let p = parent[k], p != k else { return k }
    let r = find(p)
    parent[k] = r
    return r
  }

  mutating func union(_ a: String, into b: String) {
    let (ra, rb) = (find(a), find(b))
    if ra != rb { parent[ra] = rb }
  }

  private mutating func add(_ key: String, canonical isCanonical: Bool) {
    if parent[key] == nil { parent[key] = key }
    if isCanonical { canonical.insert(key) }
  }

  /// Rules 2 and 3.
  mutating func linkFullNames(_ people: [(SpeakerIdentity.Variant, PersonName)]) {
    let byPair = Dictionary(grouping: people, by: { $0.1.pair })
    // `Year Barack Obama`: a first word no list knows as a given name, before a full name
    // the collection has.
    var fragments: [String: String] = [:]
    for (v, n) in people where !n.middles.isEmpty && !Lexicon.isGivenName(n.given) {
      if let anchor = byPair[n.middles[0] + " " + n.family]?.first { fragments[v.key] = anchor.0.key }
    }
    for group in byPair.values {
      let members = group.filter { fragments[$0.0.key] == nil }
        .sorted { ($0.0.quotes, $1.0.key) > ($1.0.quotes, $0.0.key) }
      // Each middle that agrees with none seen before is another person.
      var heads: [(middles: [String], key: String)] = []
      for (v, n) in members {
        add(v.key, canonical: true)
        guard !n.middles.isEmpty else { continue }
        if let head = heads.first(where: { PersonName.middlesAgree($0.middles, n.middles) }) {
          union(v.key, into: head.key)
        } else {
          heads.append((n.middles, v.key))
        }
      }
      let plain = members.filter { $0.1.middles.isEmpty }.map(\.0.key)
      guard let first = plain.first else { continue }
      for p in plain.dropFirst() { union(p, into: first) }
      if heads.count == 1 { union(first, into: heads[0].key) }
    }
    for (fragment, anchor) in fragments {
      add(fragment, canonical: false)
      union(fragment, into: anchor)
    }
    var articles: [String: Int] = [:]
    var names: [String: PersonName] = [:]
    for (v, n) in people where fragments[v.key] == nil {
      let root = find(v.key)
      articles[root, default: 0] += v.articles
      if names[root] == nil || n.middles.isEmpty { names[root] = n }
    }
    for root in articles.keys.sorted() {
      let full: FullName = (root, names[root]!, articles[root]!)
      byFamily[full.name.surname, default: []].append(full)
      byGiven[full.name.given, default: []].append(full)
    }
  }

  /// Rule 4: a single name joins the most quoted full name it could be when that one is
  /// in at least this many times the articles of any other.
  static let dominance = 10

  mutating func linkSingleNames(_ people: [(SpeakerIdentity.Variant, PersonName)]) {
    // Ambiguous single names with the same candidates are one row (`Obama`, `Pres. Obama`).
    var ambiguousRows: [[String]: String] = [:]
    for (v, n) in people {
      var candidates = byFamily[n.family] ?? []
      if candidates.isEmpty, Lexicon.isGivenName(n.family) { candidates = byGiven[n.family] ?? [] }
      if let gender = n.gender {
        let fitting = candidates.filter { EntityRegistry.gender(of: [$0.name.given]) == gender }
        if !fitting.isEmpty { candidates = fitting }
      }
      candidates.sort { ($0.articles, $1.root) > ($1.articles, $0.root) }
      add(v.key, canonical: true)
      guard let best = candidates.first else { continue }
      if candidates.count > 1 { contested[v.key] = candidates.map(\.root) }
      if candidates.count == 1 || best.articles >= Self.dominance * candidates[1].articles {
        canonical.remove(v.key)
        union(v.key, into: best.root)
      } else if let row = ambiguousRows[candidates.map(\.root)] {
        union(v.key, into: row)
      } else {
        ambiguousRows[candidates.map(\.root)] = v.key
        ambiguous.insert(v.key)
      }
    }
  }

  /// Rule 5.
  mutating func linkBodies(_ bodies: [SpeakerIdentity.Variant]) {
    let designators = Lexicon.organisationHeads.union(Lexicon.outletHeads)
    let known = Set(bodies.map(\.key))
    var byInitials: [String: [String]] = [:]
    for v in bodies { add(v.key, canonical: true) }
    for v in bodies {
      let words = PersonName.words(v.key)
      // The bare name, every designator dropped: `Xinhua News Agency` → `Xinhua`, but
      // `New York Times Magazine` → `New York`, not `New York Times`.
      var stem = words
      while stem.count > 1, let last = stem.last, designators.contains(last) { stem.removeLast() }
      let bare = stem.joined(separator: " ")
      if stem.count < words.count, known.contains(bare) {
        union(bare, into: v.key)
        canonical.remove(bare)
      }
      if words.count > 1 { byInitials[String(words.filter { !Lexicon.initialismFillers.contains($0) }.compactMap(\.first)), default: []].append(v.key) }
    }
    for v in bodies where !v.key.contains(" ") && v.key.count >= 2 {
      guard let full = byInitials[v.key], Set(full.map { find($0) }).count == 1 else { continue }
      union(v.key, into: full[0])
      canonical.remove(v.key)
    }
  }

  /// The user's word over the rules: one speaker, whatever they found.
  mutating func merge(_ a: String, into b: String) {
    ambiguous.remove(find(a))
    ambiguous.remove(find(b))
    union(a, into: b)
    contested[a] = nil
  }

  /// The user's word over the rules: every name of this speaker is a speaker of its own.
  mutating func split(_ key: String, among keys: [String]) {
    let root = find(key)
    for k in keys.filter({ find($0) == root }) {
      parent[k] = k
      canonical.insert(k)
      contested[k] = nil
    }
  }

  mutating func root(of key: String) -> String { find(key) }

  /// A speaker's id: its canonical name's key, hyphenated.
  static func id(_ key: String) -> String { key.split(separator: " ").joined(separator: "-") }

  /// The collection's speakers, each variant key's index among them, and the indices a
  /// contested single name may stand for. `names`: a root's name, when the user gave one.
  mutating func identities(_ variants: [SpeakerIdentity.Variant], kinds: [String: String], names: [String: String] = [:])
    -> (identities: [SpeakerIdentity.Identity], byKey: [String: Int], contested: [String: [Int]])
  {
    for v in variants { add(v.key, canonical: parent[v.key] == nil) }
    var members: [String: [SpeakerIdentity.Variant]] = [:]
    for v in variants { members[find(v.key), default: []].append(v) }
    let roots = members.keys.sorted()
    var result: [SpeakerIdentity.Identity] = []
    var index: [String: Int] = [:]
    var usedIDs: Set<String> = []
    for root in roots {
      let group = members[root]!
      // The fullest well-formed name (titles aside); among equals the most quoted.
      let named = group.filter { canonical.contains($0.key) }
      let best = (named.isEmpty ? group : named).max {
        let (a, b) = (PersonName.words($0.key).drop(while: PersonName.isTitle).count, PersonName.words($1.key).drop(while: PersonName.isTitle).count)
        return (a, $0.quotes, $1.key) < (b, $1.quotes, $0.key)
      }!
      var votes: [String: Int] = [:]
      for v in group { for (k, n) in v.kinds { votes[k, default: 0] += n } }
      let kind = group.count == 1 ? kinds[root] ?? SpeakerIdentity.vote(votes) : SpeakerIdentity.vote(votes)
      var id = Self.id(best.key)
      if !usedIDs.insert(id).inserted { id += "-" + kind; usedIDs.insert(id) }
      let aliases = group.filter { $0.key != best.key || names[root] != nil }.sorted { ($0.quotes, $1.name) > ($1.quotes, $0.name) }.map(\.name)
      index[root] = result.count
      result.append(.init(id: id, name: names[root] ?? best.name, kind: kind, aliases: aliases, ambiguous: ambiguous.contains(root), candidates: []))
    }
    var byKey: [String: Int] = [:]
    for v in variants { byKey[v.key] = index[find(v.key)] }
    let contestedIndices = contested.mapValues { roots in roots.compactMap { index[find($0)] } }
    for key in ambiguous where find(key) == key { result[index[key]!].candidates = contestedIndices[key]?.map { result[$0].name } ?? [] }
    return (result, byKey, contestedIndices)
  }
}
