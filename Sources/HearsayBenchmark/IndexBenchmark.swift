import Foundation
import HearsayCore
import HearsayFormats
import HearsayIndex
import HearsayState
import ReaderUI

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
    firstScreen(root: root, state: base.appendingPathComponent("state"))
    var twoCoreBuild = 0.0
    for cores in [1, 2] {
      let cache = base.appendingPathComponent("cache-\(cores)")
      let index = try CollectionIndex(root: root.path, cacheDirectory: cache)
      let summary = try index.update(loader: .standard, cores: cores)
      twoCoreBuild = summary.seconds
      let size = ((try? FileManager.default.attributesOfItem(atPath: index.databasePath)[.size] as? NSNumber)?.doubleValue ?? 0)
        + ((try? FileManager.default.attributesOfItem(atPath: index.databasePath + "-wal")[.size] as? NSNumber)?.doubleValue ?? 0)
      print(String(format: "  full build on %d core%@: %.2f s, %.1f MB/s; database %.1f MB (%.2f× the collection)",
                   cores, cores == 1 ? "" : "s", summary.seconds, mb / summary.seconds, size / 1e6, size / Double(bytes)))
    }
    let index = try CollectionIndex(root: root.path, cacheDirectory: base.appendingPathComponent("cache-2"))
    for i in stride(from: 0, to: articles.count, by: 100) {
      try (articles[i] + "\n\n“Updated,” said Lena Novak.").write(to: root.appendingPathComponent(String(format: "%06d.txt", i)), atomically: false, encoding: .utf8)
    }
    let incremental = try index.update(loader: .standard)
    print(String(format: "  incremental after touching 1%% (%d files): %.3f s", incremental.changed, incremental.seconds))
    // Who is who: linking every speaker row to a collection speaker (part of each update
    // that changed something), and the speakers view's query.
    func median(_ f: () throws -> Void) rethrows -> Double {
      var times: [Double] = []
      for _ in 0..<5 {
        let t0 = DispatchTime.now().uptimeNanoseconds
        try f()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
      }
      return times.sorted()[2]
    }
    // The reader's first screen when the collection has its index: the newest rows and
    // the count, one rendered frame; the folder is scanned after it.
    let indexed = try median {
      let newest = try CollectionIndex(root: root.path, cacheDirectory: base.appendingPathComponent("cache-2")).newestArticles(limit: 100)
      let rows = newest.articles.map { LibraryEntry(path: $0.path, title: $0.title ?? $0.path, date: $0.date, quoteCount: $0.quotes) }
      _ = Renderer(theme: Theme(monochrome: false, colors: 256))
        .render(ReaderState(size: Size(width: 120, height: 40), library: LibraryState(firstScreen: rows, of: newest.total)))
    }
    print(String(format: "  first library screen from the index (opened, newest 100 rows, one frame): %.1f ms", indexed))
    let link = try median { try index.linkSpeakers(changed: true) }
    let speakers = try index.speakers().count
    let view = try median { _ = try index.speakers() }
    print(String(format: "  speaker identity: linking %.0f ms (%.1f%% of the full build on 2 cores); speakers view (%d rows) %.1f ms",
                 link, 100 * link / 1000 / twoCoreBuild, speakers, view))
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

  /// The reader's first library screen on this folder, as `ReaderApp` paints it: the
  /// directory scan, the first screenful of heads, one rendered frame; then the saved
  /// reading state, which the reader loads in the background after that frame and takes in
  /// when it arrives. Twice: with a state of 5,000 read articles, and one that has read all.
  static func firstScreen(root: URL, state: URL) {
    let paths = ArticleLoader.expand(paths: [root.path])
    for read in [5_000, paths.count] {
      let store = StateStore(root: root.path, directory: state)
      var memory = ReadingState()
      for path in paths.prefix(read) { memory.articles[path] = ArticlePlace(read: true, offset: 1234, quoteStart: 1200) }
      try? store.save(memory)
      let stateBytes = (try? FileManager.default.attributesOfItem(atPath: store.url.path)[.size] as? NSNumber)?.intValue ?? 0
      let t0 = DispatchTime.now().uptimeNanoseconds
      let scanned = ArticleLoader.expand(paths: [root.path])
      let t1 = DispatchTime.now().uptimeNanoseconds
      var reader = ReaderState(size: Size(width: 120, height: 40), library: LibraryState(scanning: scanned, loader: .standard))
      let t2 = DispatchTime.now().uptimeNanoseconds
      _ = Renderer(theme: Theme(monochrome: false, colors: 256)).render(reader)
      let t3 = DispatchTime.now().uptimeNanoseconds
      reader.memory = store.load().state
      let t4 = DispatchTime.now().uptimeNanoseconds
      func ms(_ a: UInt64, _ b: UInt64) -> Double { Double(b - a) / 1e6 }
      print(String(format: "  first library screen, %d read: %.0f ms — scan %.0f, heads and sort %.0f, frame %.1f; the reading state (%.1f MB) in by %.0f ms",
                   read, ms(t0, t3), ms(t0, t1), ms(t1, t2), ms(t2, t3), Double(stateBytes) / 1e6, ms(t0, t4)))
    }
    // As the reader paints a folder whose index is still empty: the first files and the
    // count, without sorting the folder; median of 5.
    var times: [Double] = []
    for _ in 0..<5 {
      let t0 = DispatchTime.now().uptimeNanoseconds
      let first = LibraryState.firstScreen(scanning: root.path, loader: .standard)
      _ = Renderer(theme: Theme(monochrome: false, colors: 256))
        .render(ReaderState(size: Size(width: 120, height: 40), library: LibraryState(firstScreen: first.entries, of: first.total)))
      times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
    }
    print(String(format: "  first library screen before the index has anything (first files and heads, count, one frame): %.0f ms", times.sorted()[2]))
  }
}
