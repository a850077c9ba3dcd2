import ArgumentParser
import Foundation
import HearsayCore
import HearsayFormats

/// The articles named on the command line, loaded and analysed one at a time so that a
/// dataset of 100,000 records is never held whole. Each file or record that fails is
/// reported on stderr and the rest go on; any failure makes the exit status 1.
struct ArticleInputs {
  let paths: [String]
  let fieldMap: String?

  /// Calls `body` with each analysis in order.
  func forEach(_ body: (ArticleAnalysis) throws -> Void) throws {
    var failures = 0
    var loader = ArticleLoader.standard
    if let fieldMap {
      do { try loader.fieldMap.apply(fieldMap) } catch {
        Output.warn(error.description)
        throw ExitCode(1)
      }
    }
    let named = Set(paths)
    var notArticles: [String] = []
    for path in ArticleLoader.expand(paths: paths) {
      if let collection = loader.collection(for: path) {
        var pending: Error?
        var bad = 0
        do {
          try collection.forEach(path: path) { record in
            switch record.result {
            case .success(let article):
              do { try body(Pipeline.standard.analyse(article)) } catch { pending = error; return false }
            case .failure(let error):
              failures += 1
              bad += 1
              if bad <= Self.messagesPerFile { Output.warn(error.description) }
            }
            return true
          }
        } catch .notArticles(let file, _) where !named.contains(path) {
          // A settings file or a pretty-printed document in the folder: not an article, not a failure.
          notArticles.append(file)
        } catch {
          failures += 1
          Output.warn(error.description)
        }
        if bad > Self.messagesPerFile { Output.warn("\(path): and \(bad - Self.messagesPerFile) more records skipped") }
        if let pending { throw pending }
        continue
      }
      let article: Article
      do throws(ArticleLoadError) {
        article = try loader.load(path: path)
      } catch {
        failures += 1
        Output.warn(error.description)
        continue
      }
      try body(Pipeline.standard.analyse(article))
    }
    if let first = notArticles.first {
      Output.warn("skipped \(notArticles.count) JSON file\(notArticles.count == 1 ? "" : "s") that hold no articles (\(first)\(notArticles.count > 1 ? ", …" : ""))")
    }
    if failures > 0 { throw ExitCode(1) }
  }

  /// Messages about one dataset file's bad records before the rest are only counted.
  static let messagesPerFile = 3
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
