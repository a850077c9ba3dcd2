/// Chinese reporting patterns, where words are not separated by spaces: `王丽华表示：「…」`,
/// `「…」王丽华说`, `她说，…` and `据《城市晚报》报道，…`. A name is taken as the (at most
/// three) ideographs right before the cue, which fits Chinese personal names.
struct CJKAttribution {
  static let cues: [[String]] = [["表", "示"], ["指", "出"], ["强", "调"], ["认", "为"], ["透", "露"], ["坦", "言"], ["宣", "布"], ["回", "应"], ["说"], ["称"]]
  static let pronouns: [String: Lexicon.PronounKind] = ["他": .male, "她": .female, "它": .neuterSingular, "他们": .plural]

  let doc: Document
  let r: Range<Int>
  var T: [Token] { doc.tokens }

  func claims() -> [(content: TextRange, quote: Int?, speaker: NounPhrase, cue: TextRange, rule: String)] {
    var out: [(content: TextRange, quote: Int?, speaker: NounPhrase, cue: TextRange, rule: String)] = []
    var k = r.lowerBound
    while k < r.upperBound {
      guard T[k].kind == .ideograph, T[k].quote == nil, let cue = Self.cues.first(where: { matches($0, at: k) }) else {
        k += 1
        continue
      }
      let cueEnd = k + cue.count
      let cueRange = doc.span(k..<cueEnd)
      guard let speaker = name(before: k) else { k = cueEnd; continue }
      if speaker.tokens.lowerBound > r.lowerBound, T[speaker.tokens.lowerBound - 1].kind == .quoteClose, let q = T[speaker.tokens.lowerBound - 1].quote {
        out.append((doc.quotes[q].content, q, speaker, cueRange, "cjk-quote-then-speaker-cue"))
      }
      var c = cueEnd
      while c < r.upperBound, ["：", ":", "，", ","].contains(T[c].text) { c += 1 }
      if c < r.upperBound, T[c].kind == .quoteOpen, let q = T[c].quote {
        out.append((doc.quotes[q].content, q, speaker, cueRange, "cjk-speaker-cue-quote"))
      } else if c < r.upperBound, out.last?.cue != cueRange {
        var e = r.upperBound
        while e > c, T[e - 1].kind == .punctuation { e -= 1 }
        if e > c { out.append((doc.span(c..<e), nil, speaker, cueRange, "cjk-speaker-cue-content")) }
      }
      k = cueEnd
    }
    return out
  }

  private func matches(_ cue: [String], at k: Int) -> Bool {
    guard k + cue.count <= r.upperBound else { return false }
    return cue.indices.allSatisfy { T[k + $0].text == cue[$0] }
  }

  /// Time words between a name and its cue (`交通局周三宣布`).
  static let timeWords = ["周一", "周二", "周三", "周四", "周五", "周六", "周日", "今天", "昨天", "日前", "近日", "当天", "上午", "下午", "晚上", "今日", "昨日"]

  private func name(before cue: Int) -> NounPhrase? {
    var k = cue
    if let p = k > r.lowerBound ? Self.pronouns[T[k - 1].text] : nil {
      return NounPhrase(tokens: (k - 1)..<k, range: T[k - 1].range, head: .pronoun(p))
    }
    if k - 2 >= r.lowerBound, Self.timeWords.contains(T[k - 2].text + T[k - 1].text) { k -= 2 }
    var j = k
    while j > r.lowerBound, k - j < 3, T[j - 1].kind == .ideograph, T[j - 1].quote == nil,
      T[j - 1].range.end == T[j].range.start || j == k
    {
      j -= 1
    }
    guard j < k else { return nil }
    return NounPhrase(tokens: j..<k, range: doc.span(j..<k), head: .name(tokens: j..<k))
  }
}
