/// Every named person, organisation and outlet in one article, each once. Short forms
/// resolve to the full name they stand for (`Zheng` → `Zheng Jian`, `Xi` → `Xi Jinping`,
/// in either name order) and the positions of all mentions are kept, so a pronoun can
/// look back for the nearest compatible antecedent.
struct EntityRegistry {
  enum Gender { case male, female }

  struct Entity {
    var name: String
    var words: [String]
    var kind: Speaker.Kind
    var aliases: [String] = []
    var roles: [String] = []
    var gender: Gender? = nil
    var mentions: [TextRange] = []
    var isPlace = false
  }

  private(set) var entities: [Entity] = []
  /// Name mentions in text order: where, and which entity.
  private(set) var positions: [(offset: Int, entity: Int)] = []

  static func key(_ words: [String]) -> [String] {
    words.map { NameClassifier.stripPossessive($0.lowercased()) }.filter { !$0.isEmpty }
  }

  /// Adds a mention, merging it into an existing entity when the names agree.
  @discardableResult
  mutating func register(words raw: [String], display: String, kind: NameClassifier.Kind, at range: TextRange,
                         role: String? = nil, gender: Gender? = nil) -> Int {
    let words = Self.key(raw)
    if let found = lookup(words, before: range.start, kind: kind) {
      var e = entities[found]
      if words.count > e.words.count, kind == .person || e.kind != .person {
        e.aliases.append(e.name)
        e.name = Self.clean(display)
        e.words = words
      } else if Self.clean(display) != e.name, !e.aliases.contains(Self.clean(display)) {
        e.aliases.append(Self.clean(display))
      }
      if let role, !e.roles.contains(role) { e.roles.append(role) }
      if e.gender == nil { e.gender = gender ?? Self.gender(of: words) }
      e.mentions.append(range)
      entities[found] = e
      note(found, at: range.start)
      return found
    }
    let speakerKind: Speaker.Kind
    switch kind {
    case .person: speakerKind = .person
    case .organisation, .place: speakerKind = .organisation
    case .outlet: speakerKind = .outlet
    }
    var e = Entity(name: Self.clean(display), words: words, kind: speakerKind)
    e.isPlace = kind == .place
    if let role { e.roles.append(role) }
    e.gender = gender ?? (kind == .person ? Self.gender(of: words) : nil)
    e.mentions.append(range)
    entities.append(e)
    note(entities.count - 1, at: range.start)
    return entities.count - 1
  }

  /// An entity for a speaker named only by role (`an analyst`).
  mutating func registerUnnamed(_ display: String, at range: TextRange) -> Int {
    let name = Self.clean(display)
    if let i = entities.firstIndex(where: { $0.kind == .unnamed && $0.name.lowercased() == name.lowercased() && !name.lowercased().hasPrefix("a") }) {
      entities[i].mentions.append(range)
      return i
    }
    entities.append(Entity(name: name, words: Self.key(name.split(separator: " ").map(String.init)), kind: .unnamed, mentions: [range]))
    return entities.count - 1
  }

  mutating func addRole(_ role: String, to entity: Int) {
    if !entities[entity].roles.contains(role) { entities[entity].roles.append(role) }
  }

  mutating func addMention(_ range: TextRange, to entity: Int) {
    if !entities[entity].mentions.contains(range) { entities[entity].mentions.append(range) }
  }

  subscript(_ i: Int) -> Entity { entities[i] }

  /// The entity these name words refer to at `offset`, if one was registered.
  func lookup(_ words: [String], before offset: Int = .max, kind: NameClassifier.Kind? = nil) -> Int? {
    guard !words.isEmpty else { return nil }
    if let exact = entities.lastIndex(where: { $0.words == words || $0.aliases.contains { Self.key($0.split(separator: " ").map(String.init)) == words } }) {
      return exact
    }
    let set = Set(words)
    var best: (entity: Int, last: Int)? = nil
    for (i, e) in entities.enumerated() where e.kind != .unnamed {
      let matches: Bool
      if words.count == 1 {
        // A surname or a given name alone, in either name order.
        matches = e.words.count > 1 && (e.words.first == words[0] || e.words.last == words[0]) && e.kind == .person
          && kind != .outlet && kind != .organisation
      } else if e.words.count == 1 {
        matches = e.kind == .person && kind == .person && (words.first == e.words[0] || words.last == e.words[0])
      } else {
        matches = set.isSubset(of: Set(e.words)) || Set(e.words).isSubset(of: set)
        if matches && e.kind == .person && kind == .person {
          // Bill Clinton is not Hillary Clinton: given names must agree when both have one.
          if Set(e.words) != set && e.words.count > 1 && words.count > 1 && e.words.first != words.first && e.words.last != words.last { continue }
          if e.words.count > 1 && words.count > 1 && e.words.first != words.first && e.words.last == words.last && Set(e.words) != set { continue }
        }
      }
      guard matches else { continue }
      let last = lastMention(of: i, before: offset) ?? -1
      if best == nil || last > best!.last { best = (i, last) }
    }
    return best?.entity
  }

  func lastMention(of entity: Int, before offset: Int) -> Int? {
    positions.last { $0.entity == entity && $0.offset < offset }?.offset
  }

  /// Entities mentioned inside `range`, in text order.
  func mentions(in range: TextRange) -> [(offset: Int, entity: Int)] {
    var lo = 0
    var hi = positions.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if positions[mid].offset < range.start { lo = mid + 1 } else { hi = mid }
    }
    var out: [(offset: Int, entity: Int)] = []
    while lo < positions.count, positions[lo].offset < range.end {
      out.append(positions[lo])
      lo += 1
    }
    return out
  }

  /// Entities mentioned before `offset`, nearest first.
  func mentioned(before offset: Int) -> [Int] {
    var seen = Set<Int>()
    var out: [Int] = []
    for p in positions.reversed() where p.offset < offset && !seen.contains(p.entity) {
      seen.insert(p.entity)
      out.append(p.entity)
    }
    return out
  }

  private mutating func note(_ entity: Int, at offset: Int) {
    let item = (offset: offset, entity: entity)
    if let last = positions.last, last.offset > offset {
      let at = positions.firstIndex { $0.offset > offset } ?? positions.count
      positions.insert(item, at: at)
    } else {
      positions.append(item)
    }
  }

  static func gender(of words: [String]) -> Gender? {
    guard let first = words.first else { return nil }
    if Lexicon.femaleGivenNames.contains(first) { return .female }
    if Lexicon.maleGivenNames.contains(first) { return .male }
    return nil
  }

  /// Display form: possessive and surrounding quote marks or determiners removed.
  static func clean(_ display: String) -> String {
    var s = display.trimmingCharacters(in: .whitespaces)
    for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] where s.hasSuffix(suffix) {
      s = String(s.dropLast(suffix.count))
      break
    }
    s = s.filter { !"\"“”«»「」".contains($0) }
    return s
  }
}

import Foundation
