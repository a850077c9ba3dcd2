import Dispatch

/// One step of the analysis: reads the layers earlier stages wrote and adds its own.
protocol AnalysisStage: Sendable {
  var name: String { get }
  func apply(to doc: inout Document)
}

/// The parsing core: a fold of small stages over one document, in the order
/// segment → find quotes → find mentions → attribute → resolve.
public struct Pipeline: Sendable {
  let stages: [any AnalysisStage]
  /// Code points per window for a very long article (`Windows.swift`).
  var window = Pipeline.windowScalars

  public static let standard = Pipeline(stages: [
    SegmentationStage(), MentionStage(), AttributionStage(), DirectQuoteStage(), ResolutionStage(),
  ])

  /// An article longer than `Pipeline.windowScalars` is analysed in windows (`Windows.swift`).
  public func analyse(_ article: Article) -> ArticleAnalysis {
    InjectedFault.check(article)
    return article.storage.count > window ? analyseInWindows(article) : analyseWhole(article)
  }

  func analyseWhole(_ article: Article) -> ArticleAnalysis {
    var doc = Document(article: article)
    for stage in stages { stage.apply(to: &doc) }
    return OutputAssembler.assemble(doc)
  }

  /// The same, adding each stage's time (nanoseconds) to `timings`, for the benchmark.
  public func analyse(_ article: Article, timings: inout [String: UInt64]) -> ArticleAnalysis {
    var doc = Document(article: article)
    for stage in stages {
      let start = DispatchTime.now().uptimeNanoseconds
      stage.apply(to: &doc)
      timings[stage.name, default: 0] += DispatchTime.now().uptimeNanoseconds - start
    }
    let start = DispatchTime.now().uptimeNanoseconds
    let result = OutputAssembler.assemble(doc)
    timings["assemble", default: 0] += DispatchTime.now().uptimeNanoseconds - start
    return result
  }
}
