import ArgumentParser
import Foundation

/// `hearsay`: read a collection of news articles and see who said what.
struct Hearsay: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hearsay",
    abstract: "Read news articles and see who said what.",
    discussion: """
      FILES
        $XDG_CONFIG_HOME/hearsay/config   configuration (hearsay --dump-config prints every default)
        $XDG_STATE_HOME/hearsay/          reading state per collection: read marks, places, stars, marks, history
        $XDG_CACHE_HOME/hearsay/          the collections' indexes (rebuilt when missing)
      Hearsay never writes inside a collection.

      ENVIRONMENT
        VISUAL, EDITOR   the editor `e` opens (with +LINE)
        BROWSER          the browser `o` opens (colon-separated list, %s for the URL); else xdg-open
        NO_COLOR         monochrome display
        TERM             an unusable terminal gets the quotes as text

      SHELL COMPLETION
        hearsay --generate-completion-script bash|zsh|fish
      """,
    version: "0.2.0",
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
      if !(command is KeysCommand) { ModelNotice.warnIfMissing() }
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
