import Foundation

/// The stable, scriptable shape of one analysed article (`hearsay quotes --format json`).
/// Offsets are Unicode code-point offsets into the file's text, so any language can
/// slice the file with them; field names are snake_case for the same reason.
public struct ArticleReport: Encodable, Sendable {
  public struct ArticleInfo: Encodable, Sendable {
    public var path: String
    public var title: String?
    public var section: String?
    public var date: String?
    public var date_text: String?
    public var metadata: [String: String]
    public var length: Int
  }
  public struct QuoteInfo: Encodable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
    public var kind: String
    public var form: String
    public var mixed: Bool
    public var alt_spans: [[Int]]
    public var speaker: String?
    public var speaker_kind: String?
    public var speaker_mention: String?
    public var speaker_mention_start: Int?
    public var speaker_mention_end: Int?
    public var via: String?
    public var cue: String?
    public var cue_start: Int?
    public var cue_end: Int?
    public var rule: String
    public var confidence: Double
    public var linked_to: Int?
    public var nested: Bool
    public var headline: Bool
    public var paragraph: Int
    /// The collection speaker (`hearsay quotes --collection`): canonical name and id.
    public var collection_speaker: String?
    public var collection_speaker_id: String?
  }
  public struct SpeakerInfo: Encodable, Sendable {
    public var name: String
    public var kind: String
    public var aliases: [String]
    public var role: String?
    public var title: String?
    public var quotes: Int
    public var relayed: Int
    public var via: [String]
  }
  public struct TermInfo: Encodable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
  }

  public var article: ArticleInfo
  public var quotes: [QuoteInfo]
  public var speakers: [SpeakerInfo]
  public var terms: [TermInfo]
  public var diagnostics: [Diagnostic]

  public init(_ a: ArticleAnalysis, quotes selected: [Quote]? = nil) {
    self.init(everythingButQuotes: a)
    quotes = (selected ?? a.quotes).map { QuoteInfo($0, in: a) }
  }

  /// The article, speakers, terms and diagnostics of `a`, with no quotes.
  init(everythingButQuotes a: ArticleAnalysis) {
    let art = a.article
    article = ArticleInfo(path: art.path, title: art.title, section: art.section,
                          date: art.date.map(CivilDate.iso), date_text: art.dateText,
                          metadata: art.metadata, length: art.storage.count)
    quotes = []
    let counts = a.quoteCounts
    // Per speaker, the quotes they relayed and who relayed theirs: one pass over the quotes
    // (a pass per speaker was quadratic in a long article).
    var relayed = [Int](repeating: 0, count: a.speakers.count)
    var relayers = [Set<Int>](repeating: [], count: a.speakers.count)
    for q in a.quotes {
      guard let via = q.via else { continue }
      relayed[via] += 1
      if let s = q.speaker { relayers[s].insert(via) }
    }
    speakers = a.speakers.enumerated().map { i, s in
      SpeakerInfo(name: s.name, kind: s.kind.rawValue, aliases: s.aliases, role: s.role, title: s.title, quotes: counts[i],
                  relayed: relayed[i], via: Set(relayers[i].map { a.speakers[$0].name }).sorted())
    }
    terms = a.terms.map { TermInfo(text: art.substring($0), start: $0.start, end: $0.end) }
    diagnostics = a.diagnostics
  }

  /// A very long article's report, its quotes made one at a time as they are written:
  /// `ArticleReport(a, quotes:)` with each quote passed through `adjust`, never whole (a
  /// 30 MB article's quotes, as strings, are larger than its analysis).
  public struct Streamed: Sendable {
    public let analysis: ArticleAnalysis
    /// The quotes reported, when not all of the analysis'.
    public let selected: [Quote]?
    public let adjust: @Sendable (inout QuoteInfo) -> Void

    public init(_ analysis: ArticleAnalysis, quotes selected: [Quote]? = nil,
                adjust: @escaping @Sendable (inout QuoteInfo) -> Void = { _ in }) {
      self.analysis = analysis
      self.selected = selected
      self.adjust = adjust
    }

    /// Everything but the quotes.
    public var head: ArticleReport { ArticleReport(everythingButQuotes: analysis) }

    /// The quotes, each made when it is reached.
    public var quotes: some Sequence<QuoteInfo> {
      (selected ?? analysis.quotes).lazy.map { [analysis, adjust] q in
        var info = QuoteInfo(q, in: analysis)
        adjust(&info)
        return info
      }
    }

    /// The quotes, all made at once (for a report held whole): read in place from the
    /// analysis, which the lazy sequence's closure copied once per quote.
    public var allQuotes: [QuoteInfo] {
      let quotes = selected ?? analysis.quotes
      var out: [QuoteInfo] = []
      out.reserveCapacity(quotes.count)
      for q in quotes {
        out.append(QuoteInfo(q, in: analysis))
        adjust(&out[out.count - 1])
      }
      return out
    }

    /// About the bytes of the report's JSON line (`ArticleReport.estimatedBytes`).
    public var estimatedBytes: Int {
      let quotes = selected ?? analysis.quotes
      return ArticleReport.estimatedBytes(quotedText: quotes.reduce(0) { $0 + $1.content.length }, quotes: quotes.count,
                                          speakers: analysis.speakers.count, terms: analysis.terms.count)
    }
  }
}

extension ArticleReport.QuoteInfo {
  /// Quote `q` of the analysis `a`, as reported.
  init(_ q: Quote, in a: borrowing ArticleAnalysis) {
    // The text is read where it lies: a copy of the article per quote counted a reference
    // for each of its fields.
    let text = a.article.storage
    let speaker = q.speaker.map { a.speakers[$0] }
    self.init(
      text: text.string(q.content.start, q.content.end), start: q.content.start, end: q.content.end, kind: q.kind.rawValue,
      form: q.form.rawValue, mixed: q.form == .partial, alt_spans: q.fragments.map { [$0.start, $0.end] },
      speaker: speaker?.name, speaker_kind: speaker?.kind.rawValue,
      speaker_mention: q.speakerMention.map { text.string($0.start, $0.end) }, speaker_mention_start: q.speakerMention?.start,
      speaker_mention_end: q.speakerMention?.end, via: q.via.map { a.speakers[$0].name },
      cue: q.cue.map { text.string($0.start, $0.end) }, cue_start: q.cue?.start, cue_end: q.cue?.end, rule: q.rule.rawValue,
      confidence: q.confidence, linked_to: q.linkedTo, nested: q.nested, headline: q.inHeadline, paragraph: q.block)
  }
}
