import ArgumentParser
import Foundation
import HearsayCore
import HearsayFormats

/// Loads and analyses the articles named on the command line, reporting each file that
/// fails on stderr and carrying on with the rest (exit status 1 at the end).
struct ArticleInputs {
  var analyses: [ArticleAnalysis] = []
  var failures = 0

  init(paths: [String], fieldMap: String? = nil) {
    var loader = ArticleLoader.standard
    if let fieldMap {
      do { try loader.fieldMap.apply(fieldMap) } catch {
        Output.warn(error.description)
        failures += 1
      }
    }
    for path in ArticleLoader.expand(paths: paths) {
      if let collection = loader.collection(for: path) {
        readCollection(path, collection)
        continue
      }
      do {
        let article = try loader.load(path: path)
        analyses.append(Pipeline.standard.analyse(article))
      } catch {
        failures += 1
        Output.warn(error.description)
      }
    }
  }

  /// Every article of a collection file; a bad one is named (by line or id) and skipped.
  private mutating func readCollection(_ path: String, _ collection: any ArticleCollection) {
    var analyses: [ArticleAnalysis] = []
    var failed = 0
    do {
      try collection.forEach(path: path) { record in
        switch record.result {
        case .success(let article): analyses.append(Pipeline.standard.analyse(article))
        case .failure(let error):
          failed += 1
          Output.warn(error.description)
        }
        return true
      }
    } catch {
      failed += 1
      Output.warn(error.description)
    }
    self.analyses.append(contentsOf: analyses)
    failures += failed
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
