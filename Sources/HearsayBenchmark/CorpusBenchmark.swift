import Foundation
import HearsayCore

/// The pipeline's speed on real articles rather than generated ones: every file under a
/// folder (such as the development corpus), read once and analysed over and over until
/// the size asked for has gone through, on one core.
enum CorpusBenchmark {
  static func run(root: String, megabytes: Int) throws {
    let loader = ArticleLoader()
    let files = ArticleLoader.expand(paths: [root]).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
    let texts = files.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
    let size = texts.reduce(0) { $0 + $1.count }
    guard size > 0 else {
      print("no articles under \(root)")
      return
    }
    print(String(format: "%d articles, %.2f MB, analysed until %d MB have gone through", texts.count, Double(size) / 1e6, megabytes))
    var done = 0
    var quotes = 0
    var timings: [String: UInt64] = [:]
    let start = DispatchTime.now().uptimeNanoseconds
    while done < megabytes * 1_000_000 {
      for (i, bytes) in texts.enumerated() {
        guard let article = try? loader.parse(bytes: bytes, path: files[i]) else { continue }
        quotes += Pipeline.standard.analyse(article, timings: &timings).quotes.count
        done += bytes.count
      }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print(String(format: "pipeline on real articles: %.2f s, %.1f MB/s on one core, %d quotes", seconds, Double(done) / 1e6 / seconds, quotes))
    print(stageShares(timings, of: seconds))
  }
}

/// `  by stage: mentions 41%, segment 26%, …`: each stage's share of a run of `seconds`.
func stageShares(_ timings: [String: UInt64], of seconds: Double) -> String {
  "  by stage: " + timings.sorted { $0.value > $1.value }
    .map { String(format: "%@ %.0f%%", $0.key, Double($0.value) / (seconds * 1e9) * 100) }.joined(separator: ", ")
}
