/// A very long article (a 30 MB one-line dump, a whole book) is analysed in bounded
/// windows of about `Pipeline.windowScalars` code points, cut at a paragraph, sentence or
/// word end, so memory stays bounded by the window, not the article: each window is
/// analysed on its own and the results joined — quotes and offsets shifted, speakers with
/// the same name and kind made one. A pronoun or surname is not followed across a cut, and
/// a diagnostic says so.
extension Pipeline {
  /// Code points per window: some thousand times a news article, so only outsized input is cut.
  public static let windowScalars = 1_000_000

  func analyseInWindows(_ article: Article) -> ArticleAnalysis {
    // The article's code points are never made whole: each window makes its own.
    let text = article.storage
    var joined = Joined(article: article)
    var start = 0
    var windows = 0
    while start < text.count {
      let end = Self.cut(text, from: start, limit: window)
      let firstBlock = article.blocks.firstIndex { $0.range.end > start } ?? article.blocks.count
      joined.add(analyseWhole(Self.window(of: article, start..<end)), at: start, firstBlock: firstBlock)
      windows += 1
      start = end
    }
    var analysis = joined.analysis
    analysis.diagnostics.append(Diagnostic(.analysedInWindows,
      "a very long article (\(text.count) characters), analysed in \(windows) windows: names and pronouns are not followed from one window to the next"))
    return analysis
  }

  /// Where a window that starts at `start` ends: after the last paragraph break in its last
  /// fifth, else the last sentence end, else the last space, else at the limit.
  static func cut(_ text: ScalarText, from start: Int, limit: Int) -> Int {
    let hard = min(text.count, start + limit)
    guard hard < text.count else { return hard }
    let s = { text.scalar(at: $0) }
    let floor = start + limit * 4 / 5
    // Each kind of break, best first; `k` is where the window would end, after it.
    let breaks: [(Int) -> Bool] = [
      { s($0 - 1) == "\n" && s($0 - 2) == "\n" },
      { s($0 - 1) == " " && [".", "!", "?", "\u{3002}"].contains(s($0 - 2)) },
      { s($0 - 1) == " " || s($0 - 1) == "\n" },
    ]
    for isBreak in breaks {
      if let k = stride(from: hard, to: floor, by: -1).first(where: isBreak) { return k }
    }
    return hard
  }

  /// The window as an article of its own: its text, and the blocks that reach into it,
  /// clipped and shifted.
  static func window(of article: Article, _ range: Range<Int>) -> Article {
    let blocks = article.blocks.compactMap { b -> Article.Block? in
      let s = max(b.range.start, range.lowerBound), e = min(b.range.end, range.upperBound)
      return s < e ? Article.Block(range: TextRange(s - range.lowerBound, e - range.lowerBound), role: b.role) : nil
    }
    return Article(path: article.path, text: article.substring(TextRange(range.lowerBound, range.upperBound)), title: article.title,
                   section: article.section, dateText: article.dateText, date: article.date, metadata: article.metadata, blocks: blocks)
  }

  /// The windows' results, joined into the whole article's.
  struct Joined {
    var analysis: ArticleAnalysis
    private var speakerIndex: [String: Int] = [:]

    init(article: Article) {
      analysis = ArticleAnalysis(article: article, quotes: [], speakers: [], terms: [], diagnostics: article.diagnostics)
    }

    /// `offset`: where the window starts; `firstBlock`: the article's index of its first block.
    mutating func add(_ part: ArticleAnalysis, at offset: Int, firstBlock: Int) {
      func shift(_ r: TextRange) -> TextRange { TextRange(r.start + offset, r.end + offset) }
      var map: [Int] = []
      for s in part.speakers {
        let key = s.kind.rawValue + "\u{1F}" + s.name
        var moved = s
        moved.mentions = s.mentions.map(shift)
        if let i = speakerIndex[key] {
          analysis.speakers[i].mentions += moved.mentions
          for alias in s.aliases where !analysis.speakers[i].aliases.contains(alias) { analysis.speakers[i].aliases.append(alias) }
          if analysis.speakers[i].role == nil { analysis.speakers[i].role = s.role }
          map.append(i)
        } else {
          speakerIndex[key] = analysis.speakers.count
          map.append(analysis.speakers.count)
          analysis.speakers.append(moved)
        }
      }
      let quoteBase = analysis.quotes.count
      for var q in part.quotes {
        q.content = shift(q.content)
        q.fragments = q.fragments.map(shift)
        q.speakerMention = q.speakerMention.map(shift)
        q.cue = q.cue.map(shift)
        q.speaker = q.speaker.map { map[$0] }
        q.via = q.via.map { map[$0] }
        q.linkedTo = q.linkedTo.map { $0 + quoteBase }
        q.block += firstBlock
        analysis.quotes.append(q)
      }
      analysis.terms += part.terms.map(shift)
      // The window's own findings (its article carried none of the loader's).
      for var d in part.diagnostics {
        d.offset = d.offset.map { $0 + offset }
        analysis.diagnostics.append(d)
      }
    }
  }
}
