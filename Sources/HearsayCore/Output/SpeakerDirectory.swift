/// Speakers across several articles, one entry per person or body: entries merge when a
/// full name or alias agrees (`Zheng Jian` in two articles), never on a bare surname that
/// two different people share.
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

  public private(set) var entries: [Entry] = []

  public init(_ analyses: [ArticleAnalysis]) {
    var byKey: [String: Int] = [:]
    for a in analyses {
      let counts = a.quoteCounts
      var seenHere = Set<Int>()
      for (i, s) in a.speakers.enumerated() where counts[i] > 0 || s.kind != .unnamed {
        let names = [s.name] + s.aliases.filter { $0.split(separator: " ").count > 1 }
        let keys = names.map { $0.lowercased() }
        let via = Set(a.quotes.filter { $0.speaker == i }.compactMap { $0.via.map { a.speakers[$0].name } })
        if let found = keys.lazy.compactMap({ byKey[$0] }).first {
          entries[found].quotes += counts[i]
          if seenHere.insert(found).inserted { entries[found].articles += 1 }
          entries[found].via = Array(Set(entries[found].via).union(via)).sorted()
          if entries[found].role == nil { entries[found].role = s.role }
          for alias in names where alias != entries[found].name && !entries[found].aliases.contains(alias) {
            entries[found].aliases.append(alias)
          }
          for k in keys { byKey[k] = found }
        } else {
          entries.append(Entry(name: s.name, kind: s.kind.rawValue, role: s.role, aliases: s.aliases, quotes: counts[i],
                               articles: 1, via: via.sorted()))
          for k in keys { byKey[k] = entries.count - 1 }
          seenHere.insert(entries.count - 1)
        }
      }
    }
    entries.sort { ($0.quotes, $1.name) > ($1.quotes, $0.name) }
  }
}
