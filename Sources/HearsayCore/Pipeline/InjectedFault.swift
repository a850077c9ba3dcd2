import Foundation

/// A deliberate stop, for the tests of what a fault in the core costs (`hearsay quotes`'s
/// contained run, the index's reading record): with `HEARSAY_TEST_TRAP` set, analysing an
/// article whose text holds its value stops the program as a fault in the core would.
enum InjectedFault {
  static let marker = ProcessInfo.processInfo.environment["HEARSAY_TEST_TRAP"].flatMap { $0.isEmpty ? nil : $0 }

  static func check(_ article: Article) {
    if let marker, article.text.contains(marker) { fatalError("HEARSAY_TEST_TRAP: the article holds its marker") }
  }
}
