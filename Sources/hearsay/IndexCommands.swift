import ArgumentParser
import Foundation
import HearsayCore
import HearsayIndex

/// `hearsay index PATH`: build or update the collection's index.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "index", abstract: "Build or update the index of a collection.")

  @Argument(help: "The collection's directory.")
  var path: String

  /// `indexing 120/2000 [#####.....]` on stderr, redrawn in place.
  @Sendable static func progressBar(_ done: Int, _ total: Int) {
    guard done == total || done % 25 == 0 else { return }
    let filled = total == 0 ? 20 : done * 20 / total
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled)
    FileHandle.standardError.write(Data("\rindexing \(done)/\(total) [\(bar)]".utf8))
  }

  func run() throws {
    let index = try CollectionIndex(root: path)
    let onTerminal = isatty(STDERR_FILENO) != 0
    let bar: (@Sendable (Int, Int) -> Void)? = onTerminal ? Self.progressBar : nil
    let summary = try index.update(loader: .standard, checkFullText: true, progress: bar, failure: { Output.warn($0) })
    if onTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    Output.write("indexed \(summary) → \(index.databasePath)\n")
    if summary.failed > 0 { throw ExitCode(1) }
  }
}

/// `hearsay search QUERY --collection PATH`: quotes across the collection.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search", abstract: "Search the quotes of a collection.",
    discussion: "Words, \"phrases\" and fields: speaker:\"Zheng Jian\" outlet:Xinhua kind:direct after:2026-01-01 before:2026-03-01")

  @Argument(help: "The query.")
  var query: String

  @Option(help: "The collection's directory (its index is updated first).")
  var collection: String

  @Option(help: "Output format: text, json, jsonl or csv.")
  var format: OutputFormat = .text

  @OptionGroup var config: ConfigOptions

  func run() throws {
    let index = try CollectionAccess.open(collection, config: config)
    let hits = try index.answering { try $0.search(query) }
    switch format {
    case .json: Output.write(try JSONText.pretty(hits) + "\n")
    case .jsonl: for h in hits { Output.write(try JSONText.compact(h) + "\n") }
    case .csv:
      Output.write("path,start,end,kind,speaker,via,date,text\n" + hits.map {
        [$0.path, String($0.start), String($0.end), $0.kind, $0.speaker ?? "", $0.via ?? "", $0.date ?? "", $0.text]
          .map(CSVField.quoted).joined(separator: ",")
      }.joined(separator: "\n") + (hits.isEmpty ? "" : "\n"))
    case .text:
      var out = ""
      for h in hits {
        out += "\(h.speaker ?? "(unknown)")\(h.via.map { " via " + $0 } ?? ""): \(h.snippet)\n    \(h.title ?? h.path) · \(h.date ?? "")\n"
      }
      Output.write(TextEscaping.visible(out.isEmpty ? "no quotes match\n" : out))
    }
  }
}
