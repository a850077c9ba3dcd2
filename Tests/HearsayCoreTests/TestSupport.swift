import Foundation
import HearsayTestSupport
import Testing
@testable import HearsayCore

/// Helpers shared by the core's tests: analyse inline text, find the project's sample
/// articles and the shared seed.
enum Fixture {

  static func analyse(_ text: String, path: String = "inline.txt") throws -> ArticleAnalysis {
    let article = try ArticleLoader().parse(bytes: Array(text.utf8), path: path)
    return Pipeline.standard.analyse(article)
  }

  /// Inline text, split into blocks, tokens and sentences (the pipeline's first stage).
  static func segment(_ text: String) throws -> Document {
    var doc = Document(article: try ArticleLoader().parse(bytes: Array(text.utf8), path: "inline.txt"))
    SegmentationStage().apply(to: &doc)
    return doc
  }

  static func sample(_ name: String) throws -> ArticleAnalysis {
    let path = PackageRoot.samples + "/" + name
    return Pipeline.standard.analyse(try ArticleLoader().load(path: path))
  }

  static let seedPath = PackageRoot.url.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_0130f08132d9bf85.txt").path
  static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
  /// Tests of the seed run when it is there, and always under CI (where its absence fails them).
  static let seedTestsRun = isCI || FileManager.default.fileExists(atPath: seedPath)

  /// The seed article from `../shared/seeds/`. Under CI its absence fails the test.
  static func seed() throws -> ArticleAnalysis? {
    let path = seedPath
    guard FileManager.default.fileExists(atPath: path) else {
      if ProcessInfo.processInfo.environment["CI"] == "true" {
        Issue.record("the seed article is missing at \(path)")
      }
      return nil
    }
    return Pipeline.standard.analyse(try ArticleLoader().load(path: path))
  }
}

extension ArticleAnalysis {
  /// The quote whose text starts with `prefix`.
  func quote(startingWith prefix: String) -> Quote? {
    quotes.first { article.substring($0.content).hasPrefix(prefix) }
  }

  func speaker(of quote: Quote?) -> Speaker? {
    quote?.speaker.map { speakers[$0] }
  }

  func speakerName(of quote: Quote?) -> String? { speaker(of: quote)?.name }

  func viaName(of quote: Quote?) -> String? {
    quote?.via.map { speakers[$0].name }
  }

  func text(_ quote: Quote) -> String { article.substring(quote.content) }
}
