/// Speakers across several articles, one entry per person or body: entries merge when a
/// full name or alias agrees (`Zheng Jian` in two articles), then by the collection's
/// identity rules (`SpeakerIdentity`: `Donald J. Trump` and `Donald Trump`, `Obama` and
/// `Barack Obama`), never on a bare surname that two different people share.
public struct SpeakerDirectory: Sendable {
  public struct Entry: Encodable, Sendable {
    public var name: String
    public var kind: String
    public var role: String?
    public var aliases: [String]
    public var quotes: Int
    public var articles: Int
    public var via: [String]
  }

  private var unsorted: [Entry] = []
  private var byKey: [String: Int] = [:]
  /// Articles per kind for each entry, for the identity's kind vote.
  private var kinds: [[String: Int]] = []
  /// The courtesy titles each entry was given (`Mr.`), for the identity's gender.
  private var titles: [[String]] = []
  /// The articles (by the order they were added) each entry is quoted in — its `articles`
  /// is their count, filled in by `entries` — as entries the identity merges may share one
  /// (`OPP` and `Ontario Provincial Police` in one story).
  private var articleSets: [Set<Int>] = []
  private var added = 0

  /// Most quoted first, one per collection speaker.
  public var entries: [Entry] {
    let variants = unsorted.enumerated().map { i, e in
      SpeakerIdentity.Variant(key: Self.key(e.name), name: e.name, kinds: kinds[i], quotes: e.quotes, titled: e.aliases + [e.role].compactMap { $0 } + titles[i])
    }
    let identity = SpeakerIdentity(variants)
    var merged: [Entry] = []
    var mergedArticles: [Set<Int>] = []
    var at: [String: Int] = [:]
    for (i, e) in unsorted.enumerated() {
      guard let who = identity.identity(ofKey: variants[i].key) else {
        merged.append(e)
        mergedArticles.append(articleSets[i])
        continue
      }
      if let m = at[who.id] {
        merged[m].quotes += e.quotes
        mergedArticles[m].formUnion(articleSets[i])
        merged[m].role = merged[m].role ?? e.role
        merged[m].via = Array(Set(merged[m].via).union(e.via)).sorted()
      } else {
        at[who.id] = merged.count
        merged.append(Entry(name: who.name, kind: who.kind, role: e.role, aliases: [], quotes: e.quotes, articles: 0, via: e.via))
        mergedArticles.append(articleSets[i])
      }
      let m = at[who.id]!
      for alias in [e.name] + e.aliases where alias != who.name && !merged[m].aliases.contains(alias) { merged[m].aliases.append(alias) }
    }
    for m in merged.indices { merged[m].articles = mergedArticles[m].count }
    return merged.sorted { ($0.quotes, $1.name) > ($1.quotes, $0.name) }
  }

  public init() {}

  /// How speakers are matched across articles: the full name, lowercased, without a
  /// leading article — so `Bill Clinton` and `Hillary Clinton` stay two people. The
  /// collection index uses the same key.
  public static func key(_ name: String) -> String {
    var words = name.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
    if let first = words.first, Lexicon.leadingArticles.contains(first), words.count > 1 { words.removeFirst() }
    return words.joined(separator: " ")
  }

  public init(_ analyses: [ArticleAnalysis]) {
    for a in analyses { add(a) }
  }

  /// Merges one article's speakers in.
  public mutating func add(_ a: ArticleAnalysis) { add(ArticleSpeakers(a)) }

  /// Merges in what one article adds.
  public mutating func add(_ article: ArticleSpeakers) {
    defer { added += 1 }
    var seenHere = Set<Int>()
    for s in article.speakers {
      let names = [s.name] + s.aliases.filter { $0.split(separator: " ").count > 1 }
      let keys = names.map(Self.key)
      if let found = keys.compactMap({ byKey[$0] }).first {
        unsorted[found].quotes += s.quotes
        if seenHere.insert(found).inserted {
          articleSets[found].insert(added)
          kinds[found][s.kind, default: 0] += 1
        }
        unsorted[found].via = Array(Set(unsorted[found].via).union(s.via)).sorted()
        if unsorted[found].role == nil { unsorted[found].role = s.role }
        if let title = s.title { titles[found].appendOnce(title) }
        for alias in names where alias != unsorted[found].name && !unsorted[found].aliases.contains(alias) {
          unsorted[found].aliases.append(alias)
        }
        for k in keys { byKey[k] = found }
      } else {
        unsorted.append(Entry(name: s.name, kind: s.kind, role: s.role, aliases: s.aliases, quotes: s.quotes, articles: 0, via: s.via))
        kinds.append([s.kind: 1])
        titles.append([s.title].compactMap { $0 })
        articleSets.append([added])
        for k in keys { byKey[k] = unsorted.count - 1 }
        seenHere.insert(unsorted.count - 1)
      }
    }
  }
}

/// What one article adds to a `SpeakerDirectory`: its speakers that are quoted or named,
/// with their quotes and relays — small, so that a contained run's child can send it.
public struct ArticleSpeakers: Codable, Sendable {
  struct Speaker: Codable, Sendable {
    var name: String
    var aliases: [String]
    var kind: String
    var role: String?
    var title: String?
    var quotes: Int
    /// Who relayed its quotes (sorted).
    var via: [String]
  }

  var speakers: [Speaker]

  public init(_ a: ArticleAnalysis) {
    let counts = a.quoteCounts
    speakers = a.speakers.enumerated().filter { i, s in counts[i] > 0 || s.kind != .unnamed }.map { i, s in
      let via = Set(a.quotes.filter { $0.speaker == i }.compactMap { $0.via.map { a.speakers[$0].name } })
      return Speaker(name: s.name, aliases: s.aliases, kind: s.kind.rawValue, role: s.role, title: s.title, quotes: counts[i], via: via.sorted())
    }
  }
}
