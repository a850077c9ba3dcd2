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
    private(set) var roles: [String] = []
    /// The words of every role, lowercase and each once, for matching role phrases (`the
    /// spokesperson`) against them: kept as roles arrive rather than split at every
    /// question; a short list, so an array rather than a set.
    private(set) var roleWords: [String] = []
    var gender: Gender? = nil
    var mentions: [TextRange] = []
    var isPlace = false
    /// An unnamed speaker introduced as someone new (`a spokeswoman`, `an official`).
    var isIndefinite = false
    /// Where the text first names it by two words or more (`Tom Ebeling`, not `Tom’s`).
    var namedInFull: Int? = nil

    /// A role is a noun phrase of at most twelve words, never a clause that ran on past a
    /// sentence's end (`an unarmed man with his hands in the air? I mean`), an age (`59`),
    /// a prepositional phrase (`of Springfield`) or a phrase cut before its noun (`the city
    /// of`, `NBC's`).
    static func isRole(_ text: String) -> Bool {
      var text = text
      return text.withUTF8 { bytes in
        guard edgesAllowRole(bytes) else { return false }
        // ASCII byte by byte (nearly every role); other text code point by code point.
        return bytes.allSatisfy { $0 < 0x80 } ? hasNounPhraseShape(bytes.lazy.map { Unicode.Scalar($0) })
          : hasNounPhraseShape(String(decoding: bytes, as: UTF8.self).unicodeScalars)
      }
    }

    /// Its first word is no preposition (`of Springfield`); it does not end in a possessive
    /// (`NBC's`), a preposition or a determiner other than a count (`the city of`, `a
    /// reporter for`).
    private static func edgesAllowRole(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      let isLetter = Self.isASCIILetter
      let firstLength = bytes.prefix(while: isLetter).count
      if Lexicon.prepositions.contains(lowercasing: bytes[..<firstLength]) { return false }
      if bytes.last == UInt8(ascii: "s"), bytes.count >= 2,
        bytes[bytes.count - 2] == UInt8(ascii: "'") || bytes.count >= 4 && bytes[(bytes.count - 4)..<(bytes.count - 1)].elementsEqual([0xE2, 0x80, 0x99])
      {
        return false
      }
      var end = bytes.count
      while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
      var start = end
      while start > 0, isLetter(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: ".") { start -= 1 }
      let last = bytes[start..<end]
      // (A count may end one, `mother of three`; not `one`, `kneels to no one`.)
      let count = Lexicon.numberWords.contains(lowercasing: last) && !Lexicon.indefiniteDeterminers.contains(lowercasing: last)
      if Lexicon.prepositions.contains(lowercasing: last) || Lexicon.determiners.contains(lowercasing: last) && !count {
        return false
      }
      return true
    }

    /// At most twelve words with a letter among them, and no sentence's end, question,
    /// exclamation, semicolon or quotation mark inside (an abbreviation's period is none:
    /// `U.S. District Judge`, `Lt. Gov.`).
    private static func hasNounPhraseShape(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
      var words = 0, inWord = false, afterPeriod = false, hasLetter = false
      // The last word, lowercase ASCII packed a byte each (up to eight), and its length.
      var last: UInt64 = 0, lastLength = 0
      for c in scalars {
        switch c.value {
        case 0x3F, 0x21, 0x3B, 0x22, 0x201C, 0x201D: return false  // ? ! ; " “ ”
        // `. `: a sentence ended, unless an initial's or a title's (checked here: Foundation's search was most of the time)
        case 0x20 where afterPeriod && lastLength != 1 && !isTitleAbbreviation(last, lastLength): return false
        default: break
        }
        afterPeriod = c == "."
        // ASCII first: Unicode properties are a table lookup per character.
        let letter = c.isASCII ? (c.value >= 0x30 && c.value <= 0x39) || ((c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A)
          : c.properties.isAlphabetic || c.properties.numericType != nil
        if letter && !inWord { last = 0; lastLength = 0 }
        if letter {
          last = last << 8 | UInt64(c.isASCII ? c.value | 0x20 : 0xFF)
          lastLength += 1
        }
        if letter && !inWord { words += 1 }
        if letter, !hasLetter, c.isASCII ? c.value > 0x39 : c.properties.isAlphabetic { hasLetter = true }
        inWord = letter || c == "'" || c == "\u{2019}" || c == "-"
      }
      return hasLetter && words <= 12
    }

    /// Whether a packed word (as `hasNounPhraseShape` keeps it) is a title's abbreviation
    /// (`Lt.`, `Gov.`; not `No.`, which ends `the answer is no.`).
    private static func isTitleAbbreviation(_ packed: UInt64, _ length: Int) -> Bool {
      guard length <= 8 else { return false }
      let bytes = (0..<length).reversed().map { UInt8(truncatingIfNeeded: packed >> (8 * UInt64($0))) }
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
      let word = String(decoding: bytes, as: UTF8.self)
      return Lexicon.titleAbbreviations.contains(word) && Lexicon.titles.contains(word)
    }


    /// ASCII letters (and hyphens or periods, which stay as they are) in lower case, written
    /// into a new string in place: a short one is stored inline, with no array between.
    private static func asciiLowercase(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> String {
      String(unsafeUninitializedCapacity: word.count) { buffer in
        for (i, b) in word.enumerated() { buffer[i] = b | 0x20 }
        return word.count
      }
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    mutating func addRole(_ role: String) {
      guard !roles.contains(role), Self.isRole(role) else { return }
      roles.append(role)
      let before = roleWords.count
      addRoleWords(role)
      // `Gov.` holds the office `the governor` names.
      for word in roleWords[before...] where word.utf8.count <= 5 { if let office = Lexicon.titleOffices[word] { roleWords.appendOnce(office) } }
    }

    /// Puts `owned` in the place of `role` (`Its spokesperson` → `Harbour Transit's spokesperson`).
    mutating func replaceRole(_ role: String, with owned: String) {
      guard let i = roles.firstIndex(of: role), !roles.contains(owned) else { return }
      roles[i] = owned
      addRoleWords(owned)
    }

    private mutating func addRoleWords(_ role: String) {
      // Runs of letters and hyphens (no apostrophe, so no possessive ending to strip): an
      // ASCII role's from its bytes, lowercased as they are copied (nearly every role) …
      var text = role
      let ascii = text.withUTF8 { bytes in
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
        var start: Int? = nil
        for i in 0...bytes.count {
          if i < bytes.count, Self.isASCIILetter(bytes[i]) || bytes[i] == UInt8(ascii: "-") {
            if start == nil { start = i }
          } else if let s = start {
            roleWords.appendOnce(Self.asciiLowercase(bytes[s..<i]))
            start = nil
          }
        }
        return true
      }
      if ascii { return }
      // … another's split on code points (splitting on characters was slow) and copied
      // out whole (appending code point by code point was slower still).
      let scalars = role.lowercased().unicodeScalars
      var start: String.UnicodeScalarView.Index? = nil
      for i in scalars.indices {
        let c = scalars[i]
        if c.isLetter || c == "-" {
          if start == nil { start = i }
        } else if let s = start {
          roleWords.appendOnce(NameClassifier.stripPossessive(String(scalars[s..<i])))
          start = nil
        }
      }
      if let s = start { roleWords.appendOnce(NameClassifier.stripPossessive(String(scalars[s...]))) }
    }
  }

  private(set) var entities: [Entity] = []
  /// Name mentions in text order: where, and which entity.
  private(set) var positions: [(offset: Int, entity: Int)] = []
  /// Entity by its full key or an alias's (`zheng jian`).
  private var byKey: [NameKey: Int] = [:]
  /// Entities by each word of their names, for surname and partial matches.
  private var byWord: [WordKey: [Int]] = [:]
  /// Unnamed speakers by their lowercase description (`the board`), definite ones only.
  private var unnamedByName: [String: Int] = [:]
  /// Indefinite ones by their mention: one phrase is one speaker, however many of its
  /// claims ask (`A spokesperson said …, adding that …`).
  private var indefiniteByMention: [TextRange: Int] = [:]
  /// Sorted mention offsets per entity.
  private var offsets: [[Int]] = []

  static func key(_ words: [String]) -> [String] {
    var key: [String] = []
    key.reserveCapacity(words.count)
    for w in words {
      let lower = w.containsByte(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) ? w.lowercased() : w
      let bare = NameClassifier.stripPossessive(lower)
      if !bare.isEmpty { key.append(bare) }
    }
    return key
  }

  /// Adds a mention, merging it into an existing entity when the names agree.
  /// - Parameter words: the name's words as `key` makes them (the tokens' `bare` forms).
  @discardableResult
  mutating func register(words: [String], display: String, kind: NameClassifier.Kind, at range: TextRange,
                         role: String? = nil, gender: Gender? = nil) -> Int {
    let key = NameKey(words)
    let shown = Self.clean(display)
    // A given name says the gender as a title does: `Michelle Obama` is not the `Mr. Obama`
    // read before her.
    let gender = gender ?? (kind == .person && words.count > 1 ? Self.gender(of: words) : nil)
    if let (found, exact) = lookup(words, key: key, before: range.start, kind: kind, gender: gender) {
      // Mutated in place: copying the entity out would copy its mention list every time.
      if words.count > entities[found].words.count, kind == .person || entities[found].kind != .person {
        entities[found].aliases.append(entities[found].name)
        entities[found].name = shown
        entities[found].words = words
      } else if shown != entities[found].name, (NameClassifier.capitalLetters(in: entities[found].name) ?? 0) >= 5,
        NameClassifier.capitalLetters(in: shown) == nil, shown.lowercased() == entities[found].name.lowercased()
      {
        // `OTTAWA —` opened the story; `Ottawa` is how the text names it (five capitals or
        // more: shorter ones are initials, `NASA`).
        entities[found].aliases.append(entities[found].name)
        entities[found].name = shown
      } else if shown != entities[found].name, !entities[found].aliases.contains(shown) {
        entities[found].aliases.append(shown)
      }
      if let role { entities[found].addRole(role) }
      if entities[found].gender == nil, entities[found].kind == .person { entities[found].gender = gender }
      if words.count > 1 { entities[found].namedInFull = min(entities[found].namedInFull ?? .max, range.start) }
      entities[found].mentions.append(range)
      // An exact match is already indexed under this key.
      if !exact { index(found, words: words, key: key) }
      note(found, at: range.start)
      return found
    }
    var e = Entity(name: shown, words: words, kind: Self.speakerKind(kind))
    e.isPlace = kind == .place
    if let role { e.addRole(role) }
    e.gender = gender ?? (kind == .person ? Self.gender(of: words) : nil)
    if words.count > 1 { e.namedInFull = range.start }
    e.mentions.append(range)
    return add(e, words: words, key: key, at: range.start)
  }

  private static func speakerKind(_ kind: NameClassifier.Kind) -> Speaker.Kind {
    switch kind {
    case .person: .person
    case .organisation: .organisation
    case .place: .place
    case .outlet: .outlet
    case .group: .group
    }
  }

  /// An entity for a speaker named only by role (`an analyst`); indefinite ones (`an`,
  /// `one`, `another analyst`) are merged only with their own mention, as two analysts
  /// may be two people.
  mutating func registerUnnamed(_ display: String, at range: TextRange) -> Int {
    let name = Self.clean(display)
    let lower = name.lowercased()
    let indefinite = lower.split(separator: " ", maxSplits: 1).first.map { Lexicon.newPersonDeterminers.contains(String($0)) } == true
    if indefinite, let i = indefiniteByMention[range] { return i }
    if !indefinite, let i = unnamedByName[lower] {
      entities[i].mentions.append(range)
      return i
    }
    let words = Self.key(name.split(separator: " ").map(String.init))
    var entity = Entity(name: name, words: words, kind: .unnamed, mentions: [range])
    entity.isIndefinite = indefinite
    let i = add(entity, words: [], key: NameKey([]), at: range.start)
    if indefinite { indefiniteByMention[range] = i } else { unnamedByName[lower] = i }
    return i
  }

  private mutating func add(_ e: Entity, words: [String], key: NameKey, at offset: Int) -> Int {
    entities.append(e)
    offsets.append([])
    let i = entities.count - 1
    if !words.isEmpty { index(i, words: words, key: key) }
    note(i, at: offset)
    return i
  }

  /// - Parameter key: the words' key.
  private mutating func index(_ i: Int, words: [String], key: NameKey) {
    // The key is looked up once: this entity was indexed under these very words before
    // (the key is the words), or a longer name keeps it, or it is this entity's now.
    if let slot = byKey.index(forKey: key) {
      let known = byKey.values[slot]
      if known == i { return }
      if entities[known].words.count <= words.count { byKey.values[slot] = i }
    } else {
      byKey[key] = i
    }
    for w in words { byWord[WordKey(w), default: []].appendOnce(i) }
  }

  mutating func addRole(_ role: String, to entity: Int) {
    entities[entity].addRole(role)
  }

  mutating func replaceRole(_ role: String, with owned: String, of entity: Int) {
    entities[entity].replaceRole(role, with: owned)
  }

  mutating func addMention(_ range: TextRange, to entity: Int) {
    if entities[entity].mentions.last != range { entities[entity].mentions.append(range) }
  }

  /// Gives the mention at `range` to another entity (a speaker settled later otherwise).
  mutating func moveMention(_ range: TextRange, from old: Int, to new: Int) {
    if let k = entities[old].mentions.lastIndex(of: range) { entities[old].mentions.remove(at: k) }
    addMention(range, to: new)
  }

  /// Borrowed, not copied: callers read a field or two of entities with long lists.
  subscript(_ i: Int) -> Entity {
    _read { yield entities[i] }
  }

  /// The entity these name words refer to at `offset`, if one was registered.
  func lookup(_ words: [String], before offset: Int = .max, kind: NameClassifier.Kind? = nil, gender: Gender? = nil) -> Int? {
    lookup(words, key: NameKey(words), before: offset, kind: kind, gender: gender)?.entity
  }

  /// `exact` when the entity is indexed under this very key. A title's gender (`Mrs.
  /// Clinton`) rules out an entity known to be of the other (`Bill Clinton`).
  private func lookup(_ words: [String], key: NameKey, before offset: Int, kind: NameClassifier.Kind?,
                      gender: Gender? = nil) -> (entity: Int, exact: Bool)? {
    guard !words.isEmpty else { return nil }
    let agrees = { (e: Int) in gender == nil || self.entities[e].gender == nil || self.entities[e].gender == gender }
    if let exact = byKey[key], entities[exact].kind != .unnamed, agrees(exact) { return (exact, true) }
    // Sorted without repeats; no set, as nearly every name has one or two candidates. One
    // word's list is used where it lies.
    var candidates = byWord[WordKey(words[0])] ?? []
    if words.count > 1 {
      for w in words.dropFirst() { candidates.append(contentsOf: byWord[WordKey(w)] ?? []) }
      candidates.sort()
      var kept = 0
      for i in candidates.indices where kept == 0 || candidates[kept - 1] != candidates[i] {
        candidates[kept] = candidates[i]
        kept += 1
      }
      candidates.removeLast(candidates.count - kept)
    }
    // One candidate needs no recency to break a tie.
    if candidates.count == 1, matchesName(words, candidates[0], kind), agrees(candidates[0]) { return (candidates[0], false) }
    // A titled surname's gender prefers a name known to have it (`Mr. Clinton`: Bill, not a
    // `Chelsea Clinton` whose given name says nothing) over the more recent; then one word
    // alone the one named in full before it (`Ebeling`: not a `Tom Ebeling` named later,
    // though a `Tom’s` came up since); then the one named last, else (none named yet: a
    // headline's `Lima`) the one named next.
    var best: (entity: Int, rank: Int, recency: Int)? = nil
    for i in candidates {
      guard matchesName(words, i, kind), agrees(i) else { continue }
      let known = words.count == 1 && gender != nil && entities[i].gender == gender
      let introduced = words.count == 1 && (entities[i].namedInFull.map { $0 < offset } ?? false)
      let rank = (known ? 2 : 0) + (introduced ? 1 : 0)
      let recency = lastMention(of: i, before: offset) ?? (-1 - (offsets[i].lazy.filter { $0 >= offset }.min() ?? .max / 2))
      if let b = best, rank == b.rank ? recency <= b.recency : rank < b.rank { continue }
      best = (i, rank, recency)
    }
    if let best { return (best.entity, false) }
    // `Patriot` for `Patriot Coal, one of the largest coal companies`, `Northgate` for
    // `Northgate Bank`: a company's (or outlet's) first word alone, when no person has it
    // and a role or the name's last word said what the company is (a bare `Trump Train` is
    // no reason to read every `Trump` as it) — whatever its position made of it (`shares in
    // Northgate`: an organisation's, or a place's after `in`), unless the gazetteer knows
    // it as a place.
    guard words.count == 1, kind == .person || kind == .organisation || kind == .place && !Lexicon.isPlaceName(words) else { return nil }
    return candidates.first { i in
      let e = entities[i]
      return [.organisation, .outlet].contains(e.kind) && e.words.count > 1 && e.words[0] == words[0]
        && (!e.roles.isEmpty || Lexicon.corporateSuffixes.contains(e.words[e.words.count - 1]))
    }.map { ($0, false) }
  }

  /// Whether name words can refer to an entity: a surname or given name alone, the same
  /// words in another order, or a longer or shorter form with agreeing given names.
  /// (The entity by its number: a copy of it counted a reference to each of its arrays.)
  private func matchesName(_ words: [String], _ entity: Int, _ kind: NameClassifier.Kind?) -> Bool {
    let e = (kind: entities[entity].kind, words: entities[entity].words)
    if e.kind == .unnamed { return false }
    // (The same words, where the key names another: `Lima` the man, `Michelle Lima` his wife.)
    if words == e.words { return true }
    if words.count == 1 {
      // (A word an outlet goes by is the surname of a person named with it, `Fox` of
      // `Irene Fox`; a company's, `Ford`, is not.)
      return e.words.count > 1 && (e.words.first == words[0] || e.words.last == words[0]) && e.kind == .person
        && kind != .organisation
    }
    if e.words.count == 1 {
      // (`Shopify Inc.` after a headline's `Shopify`: a company's name with its suffix.)
      if e.kind == .organisation, kind == .organisation, words.count == 2, words[0] == e.words[0], Lexicon.corporateSuffixes.contains(words[1]) { return true }
      return e.kind == .person && kind == .person && (words.first == e.words[0] || words.last == e.words[0])
    }
    let within = words.allSatisfy(e.words.contains)
    let covers = e.words.allSatisfy(words.contains)
    guard within || covers else { return false }
    // `Wall Street` and `The Wall Street Journal`, `New York` and `the New York Times`: a
    // longer name whose own words make it another kind of thing is another thing.
    if let kind, kind != .person, e.kind != .person, Self.speakerKind(kind) != e.kind { return false }
    // `a Hillary Clinton White House`, `the Trayvon Martin Foundation`, `the Donald J. Trump
    // Foundation`: an institution named after a person (the person's words, then words ending
    // in an institution's) is not the person.
    if let kind, (kind == .person) != (e.kind == .person) {
      let (person, thing) = kind == .person ? (words, e.words) : (e.words, words)
      if thing.count > person.count, let head = thing.last, !person.contains(head),
        Lexicon.organisationHeads.contains(head) || Lexicon.outletHeads.contains(head)
      {
        return false
      }
    }
    // Bill Clinton is not Hillary Clinton: given names must agree when both have one — or
    // the shorter's be the longer's nickname (`Bobby Scott`, `Robert C. "Bobby" Scott`).
    if e.kind == .person && kind == .person && !(within && covers) && e.words.first != words.first {
      let (short, long) = within ? (words, e.words) : (e.words, words)
      guard let first = short.first, long.count > short.count else { return false }
      // (`de Souza`, `von der Linde`: a surname opening with its particles ends the full
      // name, whatever given name it has.)
      let surname = Lexicon.nameParticles.contains(first) && long.suffix(short.count).elementsEqual(short)
      guard surname || Lexicon.isGivenName(long[0]) && long.dropFirst().dropLast().contains(first) else { return false }
    }
    return true
  }

  func lastMention(of entity: Int, before offset: Int) -> Int? {
    let list = offsets[entity]
    if bulk { return list.filter { $0 < offset }.max() }
    let after = list.partitionPoint { $0 < offset }
    return after > 0 ? list[after - 1] : nil
  }

  /// Entities mentioned inside `range`, in text order.
  func mentions(in range: TextRange) -> [(offset: Int, entity: Int)] {
    var i = firstPosition(atOrAfter: range.start)
    var out: [(offset: Int, entity: Int)] = []
    while i < positions.count, positions[i].offset < range.end {
      out.append(positions[i])
      i += 1
    }
    return out
  }

  /// The nearest entity mentioned before `offset` that satisfies `accept`, skipping the
  /// mentions `skip` rules out by where they are (inside a quote, say).
  func nearest(before offset: Int, skip: (Int) -> Bool = { _ in false }, where accept: (Int) -> Bool) -> Int? {
    var i = firstPosition(atOrAfter: offset) - 1
    while i >= 0 {
      if !skip(positions[i].offset), accept(positions[i].entity) { return positions[i].entity }
      i -= 1
    }
    return nil
  }

  private func firstPosition(atOrAfter offset: Int) -> Int {
    positions.partitionPoint { $0.offset < offset }
  }

  /// While true, mentions are appended unsorted and `finishBulkRegistration` sorts them
  /// once: registering a long article's names out of order must not cost a quadratic insert.
  private var bulk = false

  mutating func beginBulkRegistration() {
    bulk = true
    byKey.reserveCapacity(64)
    byWord.reserveCapacity(64)
  }

  mutating func finishBulkRegistration() {
    bulk = false
    positions.sort { $0.offset < $1.offset }
    for i in offsets.indices { offsets[i].sort() }
  }

  private mutating func note(_ entity: Int, at offset: Int) {
    let item = (offset: offset, entity: entity)
    if bulk {
      positions.append(item)
      offsets[entity].append(offset)
      return
    }
    if let last = positions.last, last.offset > offset {
      positions.insert(item, at: firstPosition(atOrAfter: offset))
    } else {
      positions.append(item)
    }
    if let last = offsets[entity].last, last > offset {
      offsets[entity].insert(offset, at: offsets[entity].partitionPoint { $0 < offset })
    } else {
      offsets[entity].append(offset)
    }
  }

  /// Whether `he` (or `she`) may stand for a person of this gender, known or not; no
  /// other pronoun stands for a person.
  static func gender(_ gender: Gender?, fits kind: Lexicon.PronounKind) -> Bool {
    switch kind {
    case .male: gender != .female
    case .female: gender != .male
    default: false
    }
  }

  static func gender(of words: [String]) -> Gender? {
    guard let word = words.first else { return nil }
    // (`Marc-André`, `Marie-Ève`: a compound of given names says its first part's.)
    let first = Lexicon.isCompoundGivenName(word) ? String(word.prefix { $0 != "-" }) : word
    if Lexicon.femaleGivenNames.contains(first) { return .female }
    if Lexicon.maleGivenNames.contains(first) { return .male }
    return nil
  }

  /// Display form: possessive and quote marks removed, and the words one plain space
  /// apart (`Newt\u{A0}Gingrich`, a name broken over two lines), so that one person has
  /// one name however the page spaced it.
  static func clean(_ display: String) -> String {
    // Most names are plain ASCII, one space apart, with no quote mark or possessive: no
    // copy then (read as bytes: most names end in `s` or hold no apostrophe at all).
    var plain = true, last: UInt8 = 0, beforeLast: UInt8 = 0
    for b in display.utf8 {
      if b >= 0x80 || b < 0x20 || b == UInt8(ascii: "\"") || b == 0x20 && last == 0x20 {
        plain = false
        break
      }
      (beforeLast, last) = (last, b)
    }
    if plain, last != UInt8(ascii: "'"), !(last == UInt8(ascii: "s") && beforeLast == UInt8(ascii: "'")) { return display }
    let view = display.unicodeScalars
    var scalars = Array(view)
    if let last = scalars.last, last == "'" || last == "\u{2019}" {
      scalars.removeLast()
    } else if scalars.count >= 2, scalars[scalars.count - 1] == "s", scalars[scalars.count - 2] == "'" || scalars[scalars.count - 2] == "\u{2019}" {
      scalars.removeLast(2)
    }
    scalars.removeAll(where: isQuoteMark)
    var spaced: [Unicode.Scalar] = []
    for c in scalars {
      let space = c == " " || isOddSpace(c)
      if space, spaced.last == " " { continue }
      spaced.append(space ? " " : c)
    }
    if spaced.elementsEqual(view) { return display }
    return String(scalars: spaced)
  }

  /// White space other than a plain space (no-break, thin, a line break).
  private static func isOddSpace(_ c: Unicode.Scalar) -> Bool {
    c != " " && (c.value < 0x80 ? c == "\n" || c == "\t" || c == "\r" : c.properties.isWhitespace)
  }

  private static func isQuoteMark(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "\"", "“", "”", "«", "»", "「", "」": true
    default: false
    }
  }
}

extension Array where Element: Equatable {
  /// Appends `x` unless it is already there (lists of a few entities).
  mutating func appendOnce(_ x: Element) {
    if !contains(x) { append(x) }
  }
}
