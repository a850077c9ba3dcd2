import ArgumentParser
import Foundation
import HearsayCore
import HearsayIndex

/// `hearsay speakers PATH…`: who is quoted across the articles, aliases merged.
struct SpeakersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "speakers",
    abstract: "List the speakers quoted across articles, with kind, role and quote counts.")

  @OptionGroup var input: InputOptions

  @Option(help: "Answer from the index of this collection (built or updated first).")
  var collection: String?

  func validate() throws {
    if input.allPaths.isEmpty && collection == nil { throw ValidationError("Give article paths or --collection PATH.") }
  }

  @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: OutputFormat = .text

  @OptionGroup var config: ConfigOptions

  func run() throws {
    if let collection {
      let index = try CollectionAccess.open(collection, config: config)
      let speakers = try index.answering { try $0.speakers() }
      switch format {
      case .json: Output.write(try JSONText.pretty(speakers) + "\n")
      case .jsonl: for s in speakers { Output.write(try JSONText.compact(s) + "\n") }
      case .csv:
        Output.write("id,name,kind,quotes,articles,first,last,aliases,roles\n" + speakers.map {
          [$0.id, $0.name, $0.kind, String($0.quotes), String($0.articles), $0.first ?? "", $0.last ?? "",
           $0.aliases.joined(separator: "; "), $0.roles.joined(separator: "; ")]
            .map(CSVField.quoted).joined(separator: ",")
        }.joined(separator: "\n") + "\n")
      case .text:
        Output.write(TextEscaping.visible(speakers.map {
          "\($0.quotes)\t\($0.name) [\($0.kind)]\t\($0.articles) article\($0.articles == 1 ? "" : "s")"
            + ($0.aliases.isEmpty ? "" : "\talso " + $0.aliases.joined(separator: ", "))
        }
          .joined(separator: "\n") + "\n"))
      }
      return
    }
    // Analysed on every core, merged here in input order (the same entries as one core);
    // over a folder, each article's speakers come back from a contained run's child.
    var inputs = input.articles
    inputs.jobs = ArticleInputs.cores
    var directory = SpeakerDirectory()
    var failure: Error?
    do { try ContainedRun.map(inputs, { ArticleSpeakers($0) }) { directory.add($0) } } catch { failure = error }
    let merged = directory.entries
    switch format {
    case .json: Output.write(try JSONText.pretty(merged) + "\n")
    case .jsonl: for e in merged { Output.write(try JSONText.compact(e) + "\n") }
    case .csv:
      var out = "name,kind,role,quotes,articles,aliases\n"
      for e in merged {
        out += [e.name, e.kind, e.role ?? "", String(e.quotes), String(e.articles), e.aliases.joined(separator: "; ")]
          .map(CSVField.quoted).joined(separator: ",") + "\n"
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
