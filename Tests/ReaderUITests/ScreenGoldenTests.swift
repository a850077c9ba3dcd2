import HearsayTestSupport
import Testing
@testable import ReaderUI

/// Whole screens at the widths the reader must serve — a phone's terminal (40), the classic
/// 80, a split screen (120), a wide monitor (200) — compared with reviewed goldens in
/// `Tests/Goldens/`. A layout change shows here as a diff to review, not as a surprise.
struct ScreenGoldenTests {
  static let widths = [40, 80, 120, 200]

  @Test(arguments: widths)
  func theLibrary(width: Int) throws {
    let h = try ReaderHarness(size: Size(width: width, height: 24), monochrome: true)
    Golden.assertScreen(h.grid.text, named: "library-\(width)x24")
  }

  /// The bridge article with its second quote selected and the quotes pane focused.
  @Test(arguments: widths)
  func theReader(width: Int) throws {
    var h = try ReaderHarness(article: "01-harbour-bridge-vote.txt", size: Size(width: width, height: 24), monochrome: true)
    h.type("] ] 2")
    Golden.assertScreen(h.grid.text, named: "reader-\(width)x24")
  }
}
