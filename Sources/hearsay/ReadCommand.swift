import ArgumentParser
import Foundation
import HearsayCore

/// `hearsay [PATH]`: the reader. Until the terminal reader lands it prints the quotes of
/// the collection (default: the bundled sample articles).
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Open a collection or an article (default: the bundled sample articles).")

  @Argument(help: "An article file or a directory of articles.")
  var path: String?

  func run() throws {
    guard let target = path ?? SampleCollection.locate() else {
      Terminal.warn("no PATH given and the bundled sample collection (Resources/articles) was not found")
      throw ExitCode(1)
    }
    let inputs = ArticleInputs(paths: [target])
    Terminal.write(QuoteTable.text(inputs.analyses.map { ArticleReport($0) }, explain: false))
    try inputs.finish()
  }
}

/// Finds `Resources/articles` from the working directory or the executable's location.
enum SampleCollection {
  static func locate() -> String? {
    let fm = FileManager.default
    var candidates = [fm.currentDirectoryPath]
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<6 {
      candidates.append(dir.path)
      dir = dir.deletingLastPathComponent()
    }
    for c in candidates {
      let path = URL(fileURLWithPath: c).appendingPathComponent("Resources/articles").path
      if fm.fileExists(atPath: path) { return path }
    }
    return nil
  }
}
