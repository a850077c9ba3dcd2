import ArgumentParser
import HearsayCore
import HearsayFormats

/// `hearsay show PATH`: the plain text Hearsay extracted from an article — the text that
/// quote offsets refer to, so they can be checked against it.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Print the plain text extracted from an article (what offsets refer to).")

  @Argument(help: "An article file.")
  var path: String

  func run() throws {
    do {
      let article = try ArticleLoader.standard.load(path: path)
      Output.write(TextEscaping.visible(article.text))
      if !article.text.hasSuffix("\n") { Output.write("\n") }
    } catch {
      Output.warn(error.description)
      throw ExitCode(1)
    }
  }
}
