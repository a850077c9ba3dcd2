/// A document's part-of-speech tags, worked out when a rule first asks for one. Most
/// tokens are never asked about (`said` is a verb whatever the tagger thinks), and
/// tagging every word would cost more than the rest of the pipeline together, so a
/// token's tag comes from decoding a few words before it: the greedy tagger's history
/// reaches two tags back, and a short run-up settles it.
final class TagCache {
  private let tagger: Tagger?
  /// Per token: a tag's raw value as decoded, or `unknown`.
  private var tags: [UInt8] = []
  /// Per token: the tag as the rules are given it (`PastTenseReading`,
  /// `HeadlineVerbReading`, `PresentTenseReading`), or `unknown`.
  private var read: [UInt8] = []
  private static let unknown: UInt8 = 0xFF
  /// Per token, for a sentence's first: the token from which the sentence is read in lower
  /// case (its first in a title-case sentence, a glued subhead's first, or the sentence's
  /// end), or `notAsked` — an array beside `tags`, as a keyed table cost a hash per question.
  private var lowercaseFrom: [Int32] = []
  private static let notAsked: Int32 = -1
  /// How many words before the asked one the decoding starts.
  static let runUp = 2

  init(tagger: Tagger? = try? Tagger.shipped.get()) { self.tagger = tagger }

  /// The tag of token `k` of `tokens`, in the sentence whose tokens are `sentence`; nil
  /// without a model or for a token that is not a word. A participle the sentence leaves
  /// no other reading than a past tense is given as one (`PastTenseReading`), and a plural
  /// noun that a title-case line has as its verb (`HeadlineVerbReading`), or that its
  /// clause leaves no other reading than a present tense (`PresentTenseReading`), as one.
  func tag(_ k: Int, in tokens: [Token], sentence: Range<Int>) -> PennTag? {
    guard tagger != nil else { return nil }
    if read.count < tokens.count { read.append(contentsOf: repeatElement(Self.unknown, count: tokens.count - read.count)) }
    if read[k] != Self.unknown { return PennTag(rawValue: read[k]) }
    var tag = decoded(k, in: tokens, sentence: sentence)
    if tag == .vbn, PastTenseReading.applies(to: k, in: tokens, sentence: sentence, tag: { self.decoded($0, in: tokens, sentence: sentence) }) { tag = .vbd }
    if tag == .nns, isHeadlineVerb(k, in: tokens, sentence: sentence)
      || PresentTenseReading.applies(to: k, in: tokens, sentence: sentence, tag: { self.decoded($0, in: tokens, sentence: sentence) }, readsAsVerb: readsAsVerbAfterPronoun)
    {
      tag = .vbz
    }
    if let tag { read[k] = tag.rawValue }
    return tag
  }

  /// Whether `HeadlineVerbReading` makes the plural noun at `k` its title-case line's verb.
  private func isHeadlineVerb(_ k: Int, in tokens: [Token], sentence: Range<Int>) -> Bool {
    let line = lowercaseStart(sentence, tokens)..<sentence.upperBound
    return line.contains(k)
      && HeadlineVerbReading.applies(to: k, in: tokens, line: line, tag: { self.decoded($0, in: tokens, sentence: sentence) },
                                     knows: { self.tagger?.knows($0.lowercaseTagKeys) ?? false }, readsAsVerb: readsAsVerbAfterPronoun)
  }

  /// The tag of token `k` as the tagger decodes it.
  private func decoded(_ k: Int, in tokens: [Token], sentence: Range<Int>) -> PennTag? {
    guard let tagger else { return nil }
    if tags.count < tokens.count { tags.append(contentsOf: repeatElement(Self.unknown, count: tokens.count - tags.count)) }
    if tags[k] != Self.unknown { return PennTag(rawValue: tags[k]) }
    // Decoding runs from a few words before `k`; the features read two words either side.
    // Near the sentence's start, decoding from its first word costs a word or two more and
    // gives the tags a whole sentence's decoding would (`Advisers and allies say`: begun at
    // `and`, `allies` reads as a verb).
    let start = k - Self.runUp - sentence.lowerBound <= Self.runUp ? sentence.lowerBound : k - Self.runUp
    let contextStart = max(sentence.lowerBound, start - 2), end = min(sentence.upperBound, k + 3)
    let lowercase = lowercaseStart(sentence, tokens)
    // The window's keys and tags in scratch memory: no array is made per question.
    return withUnsafeTemporaryAllocation(of: TagKeys.self, capacity: end - contextStart) { window in
      for (i, t) in tokens[contextStart..<end].enumerated() {
        window.initializeElement(at: i, to: contextStart + i >= lowercase ? t.lowercaseTagKeys : t.tagKeys)
      }
      let part = (start - contextStart)..<(k - contextStart + 1)
      return withUnsafeTemporaryAllocation(of: PennTag.self, capacity: part.count) { found in
        tagger.tag(UnsafeBufferPointer(window), part: part, into: found)
        // The run-up's own tags are kept only when decoding began at the sentence's first word:
        // begun later, they were read without the tags before them, and keeping them would
        // make a word's tag depend on which word a rule happened to ask about first.
        if start == sentence.lowerBound {
          for (i, tag) in found.enumerated() where tags[start + i] == Self.unknown { tags[start + i] = tag.rawValue }
        } else {
          tags[k] = found[part.count - 1].rawValue
        }
        return found[part.count - 1]
      }
    }
  }

  /// Whether the tagger reads `token`'s word, in lower case, as a verb after `he`.
  private func readsAsVerbAfterPronoun(_ token: Token) -> Bool {
    tagger?.tag([Self.he, token.lowercaseTagKeys]).last == .vbz
  }
  private static let he = TagKeys(text: "he", lower: "he", flags: WordFlags.of("he"))

  /// Whether the tagger learnt `token`'s word from data (false without a model).
  func knows(_ token: Token) -> Bool { tagger?.knows(token.tagKeys) ?? false }

  /// What the tagger makes of `token`'s word written in lower case on its own — the class
  /// its training data gave it (`hedge`/NN, `scott`/NNP) — nil for a word it never learnt.
  func lexicalTag(_ token: Token) -> PennTag? {
    guard let tagger else { return nil }
    // (A word's answer is kept with the word; other tokens' flags are not their word's.)
    if token.kind == .word { return token.lexicalTag(tagger) }
    guard tagger.knows(token.tagKeys) else { return nil }
    return tagAlone(TagKeys(text: token.bare, lower: token.bare, flags: token.bareFlags))
  }

  /// The same for a word in lower case (a registered name's word).
  func lexicalTag(ofWord word: String) -> PennTag? {
    let keys = TagKeys(text: word, lower: word, flags: WordFlags.of(word))
    guard tagger?.knows(keys) == true else { return nil }
    return tagAlone(keys)
  }

  private func tagAlone(_ keys: TagKeys) -> PennTag? { tagger?.tag([keys]).first }

  /// `Maria Okafor Calls Bridge Plan a Disaster`: capitals say nothing of names in a
  /// title-case line or a glued subhead (`GluedSubhead`), and the tagger, which learnt from
  /// sentence case, reads them in lowercase. The first token it reads so.
  private func lowercaseStart(_ sentence: Range<Int>, _ tokens: [Token]) -> Int {
    if lowercaseFrom.count < tokens.count { lowercaseFrom.append(contentsOf: repeatElement(Self.notAsked, count: tokens.count - lowercaseFrom.count)) }
    if lowercaseFrom[sentence.lowerBound] != Self.notAsked { return Int(lowercaseFrom[sentence.lowerBound]) }
    var long = 0, capitalised = 0
    for k in sentence.dropFirst() where tokens[k].kind == .word && tokens[k].range.end - tokens[k].range.start >= 4 {
      long += 1
      if tokens[k].isCapitalised { capitalised += 1 }
    }
    // (Not a sentence of names, `Mayor Ana Lima met Tom Reyes on Monday.`: its verb is in
    // lower case.)
    let start = long >= 3 && capitalised * 4 >= long * 3 && !TitleCase.hasLowercaseContentWord(sentence, tokens)
      ? sentence.lowerBound : GluedSubhead.start(in: sentence, tokens) ?? sentence.upperBound
    lowercaseFrom[sentence.lowerBound] = Int32(start)
    return start
  }
}
