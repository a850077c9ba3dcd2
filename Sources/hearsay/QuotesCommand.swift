import ArgumentParser
import Foundation
import HearsayCore
import HearsayIndex

/// `hearsay quotes PATH…`: every quote in the articles, with speakers, for scripts.
struct QuotesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quotes",
    abstract: "List the quotes in articles with their speakers.",
    discussion: "Offsets (start, end) are Unicode code-point offsets into each file's text.")

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: OutputFormat = .text

  @Option(help: "Only quotes by this speaker (name or alias, case-insensitive).")
  var speaker: String?

  @Option(help: "Which quotes: direct, indirect or all.")
  var kind: QuoteKindFilter = .all

  @Flag(help: "Say which rule attributed each quote, and how sure it is.")
  var explain = false

  @Option(help: "Articles analysed at once (default: one per core). Output keeps the input order.")
  var jobs: Int?

  @Option(help: "Add each quote's collection speaker (collection_speaker, collection_speaker_id) from this collection's index.")
  var collection: String?

  @OptionGroup var config: ConfigOptions

  func validate() throws {
    if input.allPaths.isEmpty { throw ValidationError("Give at least one article file or directory (or - for standard input).") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs needs at least 1.") }
  }

  func run() throws {
    let (format, explain, kind, speaker, collection, config) = (self.format, self.explain, self.kind, self.speaker, self.collection, self.config)
    /// Each article's output is made on the thread that analysed it, and given to `give` in
    /// input order.
    func analyse(_ inputs: ArticleInputs, give: (Encoded) -> Void) throws {
      let index = try collection.map { try CollectionAccess.open($0, config: config) }
      try inputs.map({ (a: consuming ArticleAnalysis) in
        // Unfiltered, the analysis' own quotes (no copy of a long article's list).
        let quotes = kind == .all && speaker == nil ? nil : a.quotes.filter { Self.keep($0, in: a, kind: kind, speaker: speaker) }
        let adjust = try index.map { try Self.collectionSpeakers(of: a, from: $0) } ?? { @Sendable _ in }
        return Encoded(ArticleReport.Streamed(consume a, quotes: quotes, adjust: adjust), format: format, explain: explain)
      }, give)
    }
    var inputs = input.articles
    inputs.jobs = jobs ?? ArticleInputs.cores
    if let role = ContainedRun.Role.current {
      return try ContainedRun.serve(role, inputs) { inputs, channel in try analyse(inputs) { $0.write(to: channel) } }
    }
    let output = QuoteOutput(format: format, eager: input.streams)
    defer { output.finish() }
    guard ContainedRun.applies(to: inputs), let status = ContainedRun.run(inputs, receive: { output.add(.bytes($0)) }) else {
      return try analyse(inputs) { output.add($0) }
    }
    if status != 0 { throw ExitCode(status) }
  }

  /// Standard output for `quotes`: each article's output in turn, with a CSV header first;
  /// JSON's is one object for one article and an array for more, so the first is held
  /// until a second comes or none does.
  final class QuoteOutput {
    let format: OutputFormat
    private let out: BufferedOutput
    private var first: Encoded?
    private var count = 0

    init(format: OutputFormat, eager: Bool) {
      self.format = format
      out = BufferedOutput(eager: eager)
      if format == .csv { out.write(QuoteTable.csvHeader.joined(separator: ",") + "\n") }
    }

    func add(_ encoded: Encoded) {
      count += 1
      if format == .json {
        if count == 1 { first = encoded; return }
        if count == 2, let first {
          out.write("[\n")
          first.write(to: out)
        }
        out.write(",\n")
      }
      encoded.write(to: out)
    }

    func finish() {
      if format == .json {
        if count == 1, let first {
          first.write(to: out)
          out.write("\n")
        } else if count > 1 { out.write("\n]\n") }
        else { out.write("[]\n") }
      }
      out.flush()
    }
  }

  /// One article's output, made on the thread that analysed it: its bytes, or, when they
  /// would be many (a 30 MB article's JSON line is 40 MB, and its quotes as strings more
  /// than its analysis), the analysis, written out a quote at a time when its turn comes.
  enum Encoded: Sendable {
    case bytes([UInt8])
    case streamed(ArticleReport.Streamed, OutputFormat, explain: Bool)

    /// Output past this size is written in chunks rather than held.
    static let streamedAbove = 8 << 20

    init(_ streamed: consuming ArticleReport.Streamed, format: OutputFormat, explain: Bool) {
      if streamed.estimatedBytes > Self.streamedAbove {
        self = .streamed(streamed, format, explain: explain)
        return
      }
      // The report holds what is written: the analysis (the article's text with it) goes now.
      var report = streamed.head
      report.quotes = streamed.allQuotes
      _ = consume streamed
      // Bytes, not a `String`: a long article's JSON line is larger than the article.
      switch format {
      case .json: self = .bytes(report.jsonBytes(pretty: true, terminator: nil))
      case .jsonl: self = .bytes(report.jsonBytes())
      case .csv: self = .bytes(QuoteTable.csvRows(report))
      case .text: self = .bytes(QuoteTable.text(report, explain: explain))
      }
    }

    func write(to out: some ByteSink) {
      switch self {
      case .bytes(let bytes): out.write(bytes)
      case .streamed(let s, .csv, _): QuoteTable.writeCSVRows(path: s.analysis.article.path, s.quotes) { out.write($0) }
      case .streamed(let s, .text, let explain): QuoteTable.writeText(s.head.article, s.quotes, explain: explain) { out.write($0) }
      case .streamed(let s, let format, _):
        s.writeJSON(pretty: format == .json, terminator: format == .json ? nil : UInt8(ascii: "\n")) { out.write($0) }
      }
    }
  }

  /// What sets each quote's collection speaker, for an article the index holds.
  private static func collectionSpeakers(of a: borrowing ArticleAnalysis, from index: CollectionIndex) throws
    -> @Sendable (inout ArticleReport.QuoteInfo) -> Void
  {
    let path = PathName.absolute(a.article.path)
    let speakers = try index.answering { try $0.collectionSpeakers(ofArticle: path) }
    return { q in
      guard let name = q.speaker, let found = speakers[name] else { return }
      q.collection_speaker = found.name
      q.collection_speaker_id = found.id
    }
  }

  private static func keep(_ q: Quote, in a: ArticleAnalysis, kind: QuoteKindFilter, speaker: String?) -> Bool {
    switch kind {
    case .direct where q.kind != .direct: return false
    case .indirect where q.kind != .indirect: return false
    default: break
    }
    guard let wanted = speaker else { return true }
    guard let s = q.speaker else { return false }
    return SpeakerMatch.matches(wanted, a.speakers[s])
  }
}

/// Matches what a user typed against a speaker's names: whole words, any order, any case.
enum SpeakerMatch {
  static func matches(_ query: String, _ speaker: Speaker) -> Bool {
    let wanted = words(query)
    guard !wanted.isEmpty else { return false }
    return ([speaker.name] + speaker.aliases).contains { Set(wanted).isSubset(of: Set(words($0))) }
  }

  static func words(_ s: String) -> [String] {
    s.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
  }
}
