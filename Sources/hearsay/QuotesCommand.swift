import ArgumentParser
import Foundation
import HearsayCore

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

  func validate() throws {
    if input.paths.isEmpty { throw ValidationError("Give at least one article file or directory.") }
  }

  func run() throws {
    // Printed as each article is analysed; JSON waits for a second article to know
    // whether it writes one object or an array.
    var first: ArticleReport?
    var count = 0
    if format == .csv { Output.write(QuoteTable.csvHeader.joined(separator: ",") + "\n") }
    defer {
      if format == .json {
        if count == 1, let first { Output.write((try? JSONText.pretty(first)).map { $0 + "\n" } ?? "") }
        else if count > 1 { Output.write("\n]\n") }
        else { Output.write("[]\n") }
      }
    }
    try input.articles.forEach { a in
      let report = ArticleReport(a, quotes: a.quotes.filter { keep($0, in: a) })
      count += 1
      switch format {
      case .json:
        if count == 1 { first = report; return }
        if count == 2, let first { Output.write("[\n" + (try JSONText.pretty(first))) }
        Output.write(",\n" + (try JSONText.pretty(report)))
      case .jsonl: Output.write(try JSONText.compact(report) + "\n")
      case .csv: Output.write(QuoteTable.csvRows(report))
      case .text: Output.write(QuoteTable.text([report], explain: explain))
      }
    }
  }

  private func keep(_ q: Quote, in a: ArticleAnalysis) -> Bool {
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
