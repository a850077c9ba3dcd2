import Foundation
import HearsayCore
import ReaderUI

/// Frame time of the reader: a scroll key, a full render into the cell grid and the diff
/// against the previous frame the backend would do, for a large article at 200×60.
enum FrameBenchmark {
  static func run(text: String) throws {
    let article = try ArticleLoader().parse(bytes: Array(text.utf8), path: "frame.txt")
    let t0 = DispatchTime.now().uptimeNanoseconds
    let analysis = Pipeline.standard.analyse(article)
    var state = ReaderState(size: Size(width: 200, height: 60), library: LibraryState(entries: []))
    state.show(analysis)
    let opened = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
    let renderer = Renderer(theme: Theme(monochrome: false, colors: 256))
    var previous = renderer.render(state)
    state.handle(.control("d"))
    var times: [Double] = []
    var changed = 0
    for i in 0..<400 {
      let start = DispatchTime.now().uptimeNanoseconds
      state.handle(i % 50 == 49 ? .character("]") : .character("j"))
      let grid = renderer.render(state)
      for (a, b) in zip(grid.cells, previous.cells) where a != b { changed += 1 }
      previous = grid
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    times.sort()
    print(String(format: "frame (200×60, %.1f MB article, %d quotes): median %.3f ms, p99 %.3f ms, max %.3f ms; analyse + open %.0f ms",
                 Double(text.utf8.count) / 1e6, analysis.quotes.count, times[times.count / 2], times[times.count * 99 / 100], times.last!, opened))
    _ = changed
  }

  /// The library of 100,000 articles: building its state (one sort) and a frame.
  static func library() {
    let entries = (0..<100_000).map { i in
      LibraryEntry(path: "/collection/\(i).txt", title: "Article number \(i) about the harbour bridge", section: "CITY",
                   dateText: nil, date: Date(timeIntervalSince1970: Double(1_700_000_000 + i * 3600)), quoteCount: i % 17, speakerCount: i % 5)
    }
    let t0 = DispatchTime.now().uptimeNanoseconds
    var state = ReaderState(size: Size(width: 200, height: 60), library: LibraryState(entries: entries))
    let renderer = Renderer(theme: Theme(monochrome: false, colors: 256))
    _ = renderer.render(state)
    let first = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
    var times: [Double] = []
    for _ in 0..<100 {
      let t = DispatchTime.now().uptimeNanoseconds
      state.handle(.character("j"))
      _ = renderer.render(state)
      times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
    }
    times.sort()
    print(String(format: "library of 100,000 articles: state + first frame %.0f ms; a frame after j: median %.2f ms", first, times[50]))
  }
}
