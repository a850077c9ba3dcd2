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
}
