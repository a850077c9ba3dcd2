import Foundation
import HearsayCore
import HearsayIndex

/// Index figures on a generated collection: full build on 1 and 2 cores, an incremental
/// update after touching 1% of the files, search latency, and the database's size.
enum IndexBenchmark {
  static func run(articles: [String]) throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-index-bench-\(UUID())")
    let root = base.appendingPathComponent("collection")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: base) }
    var bytes = 0
    for (i, text) in articles.enumerated() {
      try text.write(to: root.appendingPathComponent(String(format: "%06d.txt", i)), atomically: false, encoding: .utf8)
      bytes += text.utf8.count
    }
    let mb = Double(bytes) / 1e6
    print(String(format: "index of %d articles (%.1f MB):", articles.count, mb))
    for cores in [1, 2] {
      let cache = base.appendingPathComponent("cache-\(cores)")
      let index = try CollectionIndex(root: root.path, cacheDirectory: cache)
      let summary = try index.update(cores: cores)
      let size = ((try? FileManager.default.attributesOfItem(atPath: index.databasePath)[.size] as? NSNumber)?.doubleValue ?? 0)
        + ((try? FileManager.default.attributesOfItem(atPath: index.databasePath + "-wal")[.size] as? NSNumber)?.doubleValue ?? 0)
      print(String(format: "  full build on %d core%@: %.2f s, %.1f MB/s; database %.1f MB (%.2f× the collection)",
                   cores, cores == 1 ? "" : "s", summary.seconds, mb / summary.seconds, size / 1e6, size / Double(bytes)))
    }
    let index = try CollectionIndex(root: root.path, cacheDirectory: base.appendingPathComponent("cache-2"))
    for i in stride(from: 0, to: articles.count, by: 100) {
      try (articles[i] + "\n\n“Updated,” said Lena Novak.").write(to: root.appendingPathComponent(String(format: "%06d.txt", i)), atomically: false, encoding: .utf8)
    }
    let incremental = try index.update()
    print(String(format: "  incremental after touching 1%% (%d files): %.3f s", incremental.changed, incremental.seconds))
    for (label, query) in [("text", "bridge"), ("phrase", "\"nobody had been consulted\""), ("fielded", "speaker:okafor kind:direct after:2026-03-10")] {
      var times: [Double] = []
      for _ in 0..<50 {
        let t0 = DispatchTime.now().uptimeNanoseconds
        _ = try index.search(query)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
      }
      times.sort()
      print(String(format: "  search %-8@ p50 %.2f ms, p99 %.2f ms", label as NSString, times[times.count / 2], times[times.count * 99 / 100]))
    }
  }
}
