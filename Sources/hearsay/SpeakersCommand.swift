import ArgumentParser
import Foundation
import HearsayCore

/// `hearsay speakers PATH…`: who is quoted across the articles, aliases merged.
struct SpeakersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "speakers",
    abstract: "List the speakers quoted across articles, with kind, role and quote counts.")

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: OutputFormat = .text

  func run() throws {
    var directory = SpeakerDirectory()
    var failure: Error?
    do { try input.articles.forEach { directory.add($0) } } catch { failure = error }
    let merged = directory.entries
    switch format {
    case .json: Output.write(try JSONOutput.pretty(merged) + "\n")
    case .jsonl: for e in merged { Output.write(try JSONOutput.compact(e) + "\n") }
    case .csv:
      var out = "name,kind,role,quotes,articles,aliases\n"
      for e in merged {
        out += [e.name, e.kind, e.role ?? "", String(e.quotes), String(e.articles), e.aliases.joined(separator: "; ")]
          .map(QuoteTable.field).joined(separator: ",") + "\n"
      }
      Output.write(out)
    case .text:
      var out = ""
      for e in merged {
        let role = e.role.map { " — " + $0 } ?? ""
        let via = e.via.isEmpty ? "" : " (via \(e.via.joined(separator: ", ")))"
        out += "\(e.quotes)\t\(e.name) [\(e.kind)]\(role)\(via)\t\(e.articles) article\(e.articles == 1 ? "" : "s")\n"
      }
      Output.write(TextEscaping.visible(out))
    }
    if let failure { throw failure }
  }
}
