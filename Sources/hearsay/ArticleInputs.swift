import ArgumentParser
import Foundation
import HearsayCore

/// Loads and analyses the articles named on the command line, reporting each file that
/// fails on stderr and carrying on with the rest (exit status 1 at the end).
struct ArticleInputs {
  var analyses: [ArticleAnalysis] = []
  var failures = 0

  init(paths: [String]) {
    let loader = ArticleLoader()
    for path in ArticleLoader.expand(paths: paths) {
      do {
        let article = try loader.load(path: path)
        analyses.append(Pipeline.standard.analyse(article))
      } catch {
        failures += 1
        Output.warn(error.description)
      }
    }
  }

  func finish() throws {
    if failures > 0 { throw ExitCode(1) }
  }
}

enum Output {
  static func warn(_ message: String) {
    FileHandle.standardError.write(Data(("hearsay: " + TextEscaping.visible(message) + "\n").utf8))
  }

  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

  static func write(_ s: String) {
    FileHandle.standardOutput.write(Data(s.utf8))
  }
}
