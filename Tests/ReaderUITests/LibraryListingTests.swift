import Foundation
import HearsayCore
import HearsayFormats
import HearsayTestSupport
import Testing
@testable import ReaderUI

/// The library behind an indexed collection's first screen: the folder as scanned now,
/// with what the index knows of each file.
struct LibraryListingTests {
  @Test func theScanDecidesWhichFilesAreListedAndTheIndexWhatTheyShow() throws {
    let scratch = try ScratchDirectory("listing")
    let record = "{\"title\": \"Tram plan backed\", \"text\": \"The council backed it, said Ann Lee.\"}\n"
    for (name, text) in [("a.txt", "A\n\nText."), ("b.txt", "B\n\nText."), ("new.jsonl", record), ("old.jsonl", record + record)] {
      try Data(text.utf8).write(to: scratch.appendingPathComponent(name))
    }
    let path = { (name: String) in scratch.appendingPathComponent(name).path }
    let indexed = [
      LibraryEntry(path: path("old.jsonl#2"), title: "Second record", quoteCount: 1, speakerCount: 1),
      LibraryEntry(path: path("gone.txt"), title: "Deleted since", quoteCount: 5, speakerCount: 2),
      LibraryEntry(path: path("a.txt"), title: "Known story", quoteCount: 3, speakerCount: 2),
      LibraryEntry(path: path("old.jsonl#1"), title: "First record", quoteCount: 1, speakerCount: 1),
    ]
    let scanned = ["a.txt", "b.txt", "new.jsonl", "old.jsonl"].map(path)
    let listed = LibraryState.reconcile(scanned: scanned, indexed: indexed, loader: .standard)
    // a.txt: the index's row; b.txt: not indexed yet, by name; new.jsonl: a dataset the
    // index does not know, whose records come with the update; old.jsonl: its records, in
    // the index's order; gone.txt: deleted, left out. In the scan's order.
    #expect(listed.map(\.title) == ["Known story", "b.txt", "Second record", "First record"])
    #expect(listed[0].quoteCount == 3 && listed[1].quoteCount == nil)
    // A file the index does not know keeps what the first screen read of its head.
    let shown = [LibraryEntry(path: path("b.txt"), title: "From its head"), LibraryEntry(path: path("a.txt"), title: "Stale")]
    let kept = LibraryState.reconcile(scanned: scanned, indexed: indexed, shown: shown, loader: .standard)
    #expect(kept.map(\.title) == ["Known story", "From its head", "Second record", "First record"])
  }
}
