import ArgumentParser
import Foundation

/// `hearsay`: read a collection of news articles and see who said what.
struct Hearsay: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hearsay",
    abstract: "Read news articles and see who said what.",
    version: "0.1.0",
    subcommands: [ReadCommand.self, QuotesCommand.self, SpeakersCommand.self, ShowCommand.self, ExportCommand.self, IndexCommand.self, SearchCommand.self, KeysCommand.self],
    defaultSubcommand: ReadCommand.self
  )
}

@main
enum Entry {
  static func main() {
    // SIGPIPE keeps its default: `hearsay quotes … | head` ends quietly, as `cat` does.
    do {
      var command = try Hearsay.parseAsRoot()
      try command.run()
    } catch {
      // Usage errors exit 2, like other Unix tools; ArgumentParser's default is 64.
      if Hearsay.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((Hearsay.fullMessage(for: error) + "\n").utf8))
        exit(2)
      }
      Hearsay.exit(withError: error)
    }
  }
}
