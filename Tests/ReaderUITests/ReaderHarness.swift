import Foundation
import HearsayCore
import HearsayFormats
@testable import ReaderUI

/// Drives the reader state with keys, as a user would, and renders the screen as text.
struct ReaderHarness {
  var state: ReaderState
  let renderer: Renderer

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let samples = root.appendingPathComponent("Resources/articles").path

  static func analysis(_ name: String) throws -> ArticleAnalysis {
    Pipeline.standard.analyse(try ArticleLoader.standard.load(path: samples + "/" + name))
  }

  /// The library of all sample articles, with counts, at a given size.
  init(size: Size, monochrome: Bool = false) throws {
    let entries = try ArticleLoader.expand(paths: [Self.samples]).map { LibraryEntry(Pipeline.standard.analyse(try ArticleLoader.standard.load(path: $0))) }
    state = ReaderState(size: size, library: LibraryState(entries: entries))
    renderer = Renderer(theme: Theme(monochrome: monochrome, colors: 256))
  }

  /// Straight into one article.
  init(article name: String, size: Size, monochrome: Bool = false) throws {
    try self.init(size: size, monochrome: monochrome)
    state.show(try Self.analysis(name))
  }

  /// Types keys in the keymap's notation: `"j j <Tab> 3] /bridge<Enter>"` — tokens are
  /// separated by spaces; `<Space>` types a space.
  mutating func type(_ notation: String) {
    for token in notation.split(separator: " ") {
      for key in Key.parseSequence(String(token)) ?? [] { state.handle(key) }
      if let path = state.requestedArticle, let a = try? ArticleLoader.standard.load(path: path) { state.show(Pipeline.standard.analyse(a)) }
    }
  }

  var grid: CellGrid { renderer.render(state) }
  var screen: String { grid.text }
  var lines: [String] { screen.components(separatedBy: "\n") }
}
