import Foundation
import Testing
import HearsayCore
import HearsayTestSupport
@testable import HearsayState

/// Hearsay's own files: saved atomically, owner-only, and an unreadable one never stops the reader.
@Suite struct StateStoreTests {
  let scratch: ScratchDirectory
  var dir: URL { scratch.url }

  init() throws { scratch = try ScratchDirectory("state") }

  func quote(_ text: String, start: Int) -> ExportedQuote {
    ExportedQuote(text: text, speaker: "Zheng Jian", speakerKind: "person", role: "spokesperson", via: nil, kind: "direct",
                  title: "Beijing warns", outlet: "Xinhua", date: "2026-01-05", url: nil, path: "/news/a.txt", start: start, end: start + text.count)
  }

  @Test func stateSurvivesASaveAndALoad() throws {
    let store = StateStore(root: "/news", directory: dir.appendingPathComponent("state"))
    var state = ReadingState()
    state.articles["/news/a.txt"] = ArticlePlace(read: true, offset: 812, quoteStart: 790, marks: ["a": 120])
    state.toggleStar(quote("The red line is clear", start: 790), at: Date(timeIntervalSince1970: 1_800_000_000))
    state.marks["A"] = CollectionMark(path: "/news/b.txt", offset: 44)
    state.remember(search: "red line")
    state.speakerCorrections = [.merge(["Barack Obama", "Obama"]), .rename("obama", to: "President Obama")]
    try store.save(state)
    let loaded = store.load()
    #expect(loaded.problem == nil)
    #expect(loaded.state == state)
  }

  /// A directory that cannot be made is named with the system's reason.
  @Test func aDirectoryThatCannotBeMadeSaysWhich() {
    #expect(throws: FileWriteError.self) { try UserDirectories.createPrivate(URL(fileURLWithPath: "/dev/null/hearsay/state")) }
    do { try UserDirectories.createPrivate(URL(fileURLWithPath: "/dev/null/hearsay/state")) } catch {
      #expect(error.description == "/dev/null/hearsay: Not a directory")
    }
  }

  /// A state saved before corrections existed loads, with none.
  @Test func aStateFromBeforeAFieldExistedStillLoads() throws {
    let old = #"{"version":1,"articles":{"/news/a.txt":{"read":true,"offset":3}},"starred":[],"marks":{},"history":["levy"]}"#
    let state = try JSONDecoder().decode(ReadingState.self, from: Data(old.utf8))
    #expect(state.articles["/news/a.txt"]?.offset == 3 && state.history == ["levy"] && state.speakerCorrections.isEmpty)
  }

  @Test func filesAreOwnerOnlyInAnOwnerOnlyDirectory() throws {
    let store = StateStore(root: "/news", directory: dir.appendingPathComponent("fresh/state"))
    try store.save(ReadingState())
    let file = try FileManager.default.attributesOfItem(atPath: store.url.path)
    let folder = try FileManager.default.attributesOfItem(atPath: store.url.deletingLastPathComponent().path)
    #expect((file[.posixPermissions] as? Int) == 0o600)
    #expect((folder[.posixPermissions] as? Int) == 0o700)
  }

  @Test func aCrashMidWriteLeavesTheSavedStateWhole() throws {
    let store = StateStore(root: "/news", directory: dir)
    var state = ReadingState()
    state.articles["/news/a.txt"] = ArticlePlace(read: true)
    try store.save(state)
    // A process that died after writing half a temporary file, before the rename.
    let partial = dir.appendingPathComponent("." + store.url.lastPathComponent + ".Xy12Ab")
    try Data("{\"version\":1,\"artic".utf8).write(to: partial)
    #expect(store.load().state == state)
    #expect(store.load().problem == nil)
  }

  @Test func aFailedWriteNamesTheFileAndLeavesNoTemporaryFile() throws {
    let target = dir.appendingPathComponent("taken")
    // A directory where the file should go: the rename fails, for root too.
    try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
    do {
      try AtomicFile.write(Data("new".utf8), to: target)
      Issue.record("writing over a directory succeeded")
    } catch {
      #expect(error.description.contains(target.path))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["taken"])
  }

  @Test(arguments: [
    ("not JSON", "{{{", "not valid"),
    ("wrong shape", "{\"version\":1,\"articles\":[]}", "not valid"),
    ("from a newer Hearsay", "{\"version\":99,\"articles\":{},\"starred\":[],\"marks\":{},\"history\":[]}", "newer"),
  ])
  func anUnreadableStateFileIsSetAsideNotFatal(_ name: String, _ contents: String, _ expected: String) throws {
    let store = StateStore(root: "/news", directory: dir)
    try Data(contents.utf8).write(to: store.url)
    let loaded = store.load()
    #expect(loaded.state == ReadingState())
    let problem = try #require(loaded.problem)
    #expect(problem.contains(expected))
    #expect(problem.contains(store.url.path))
    #expect(!FileManager.default.fileExists(atPath: store.url.path))
    let aside = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("unreadable") }
    #expect(aside.count == 1)
    #expect(try String(contentsOf: dir.appendingPathComponent(aside[0]), encoding: .utf8) == contents)
  }

  @Test func starringTwiceUnstarsAndHistoryKeepsTheLatestOnce() {
    var state = ReadingState()
    let q = quote("We will not sit idly by", start: 10)
    let starred = state.toggleStar(q)
    #expect(starred)
    #expect(state.isStarred(path: q.path, start: 10, end: q.end))
    let again = state.toggleStar(q)
    #expect(!again)
    #expect(state.starred.isEmpty)
    for word in ["a", "b", "a"] { state.remember(search: word) }
    #expect(state.history == ["b", "a"])
    for i in 0..<300 { state.remember(search: "q\(i)") }
    #expect(state.history.count == ReadingState.historyLimit)
    #expect(state.history.last == "q299")
  }

  @Test func eachCollectionHasItsOwnFile() {
    let a = StateStore(root: "/news/2025", directory: dir)
    let b = StateStore(root: "/archive/2025", directory: dir)
    let c = StateStore(root: "/news/2025/", directory: dir)
    #expect(a.url != b.url)
    #expect(a.url == c.url)
    #expect(a.url.lastPathComponent.hasPrefix("2025-"))
  }
}

/// Two readers on one collection: each one's changes survive the other's saves.
@Suite struct TwoReadersTests {
  let scratch: ScratchDirectory
  var dir: URL { scratch.url }

  init() throws { scratch = try ScratchDirectory("two") }

  func star(_ start: Int) -> ExportedQuote {
    ExportedQuote(text: "quote \(start)", speaker: "Zheng Jian", speakerKind: "person", role: nil, via: nil, kind: "direct",
                  title: nil, outlet: nil, date: nil, url: nil, path: "/news/a.txt", start: start, end: start + 5)
  }

  @Test func starsReadMarksAndUnstarsFromBothAreKept() throws {
    let store = StateStore(root: "/news", directory: dir)
    var shared = ReadingState()
    shared.toggleStar(star(1))
    try store.save(shared)
    // Both readers start from the same file.
    var a = store.load().state, b = store.load().state
    var baseA = a, baseB = b
    a.toggleStar(star(2))
    a.articles["/news/a.txt"] = ArticlePlace(read: true, offset: 100)
    baseA = try store.save(a, since: baseA)
    b.toggleStar(star(1))  // B unstars the shared one
    b.toggleStar(star(3))
    b.articles["/news/b.txt"] = ArticlePlace(read: true)
    b.remember(search: "red line")
    b.speakerCorrections.append(.split("Clinton"))
    baseB = try store.save(b, since: baseB)
    let disk = store.load().state
    #expect(disk.starred.map(\.quote.start) == [2, 3])
    #expect(disk.articles["/news/a.txt"]?.offset == 100)
    #expect(disk.articles["/news/b.txt"]?.read == true)
    #expect(disk.history == ["red line"])
    // A saves again: B's changes are not undone, A's new ones land.
    a = baseA
    a.articles["/news/a.txt"]?.offset = 200
    a.speakerCorrections.append(.merge(["Ana Lima", "Lima"]))
    _ = try store.save(a, since: baseA)
    let after = store.load().state
    #expect(after.speakerCorrections == [.split("Clinton"), .merge(["Ana Lima", "Lima"])], "both readers' corrections are kept")
    #expect(after.starred.map(\.quote.start) == [2, 3])
    #expect(after.articles["/news/a.txt"]?.offset == 200)
    #expect(after.articles["/news/b.txt"]?.read == true)
    _ = baseB
  }

  @Test func concurrentSaversNeverCorruptTheFile() async throws {
    let store = StateStore(root: "/news", directory: dir)
    try store.save(ReadingState())
    await withTaskGroup(of: Void.self) { group in
      for worker in 0..<8 {
        group.addTask {
          var base = store.load().state
          var mine = base
          for i in 0..<10 {
            mine.toggleStar(star(worker * 100 + i))
            base = (try? store.save(mine, since: base)) ?? base
            mine = base
          }
        }
      }
    }
    let final = store.load()
    #expect(final.problem == nil)
    #expect(final.state.starred.count == 80, "every saver's stars are there")
  }
}
