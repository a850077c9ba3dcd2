import Foundation
import HearsayTestSupport
import HearsayCore
import HearsayState
import Testing

/// `hearsay export`: the three formats, a speaker's quotes, the starred quotes, and files
/// written only where they may be.
struct ExportCommandTests {
  let bridge = PackageRoot.samples + "/01-harbour-bridge-vote.txt"

  @Test func markdownIsReadyToPaste() throws {
    let run = try CLITests.run(["export", bridge, "--speaker", "brandt"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("# Quotes by Alicia Brandt — Harbour bridge repairs delayed again"))
    #expect(run.stdout.contains("> “We are not abandoning the bridge”\n>\n> — **Alicia Brandt**, Deputy mayor · 2026-03-12 · [Harbour bridge"))
    #expect(!run.stdout.contains("Tomas Lindqvist"))
  }

  @Test func jsonAndCSVCarryEveryField() throws {
    let json = try CLITests.run(["export", bridge, "--format", "json"])
    let quotes = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(quotes.count == 13)
    let first = try #require(quotes.first { $0["speaker"] as? String == "Alicia Brandt" })
    #expect(first["role"] as? String == "Deputy mayor")
    #expect(first["speaker_kind"] as? String == "person")
    #expect(first["date"] as? String == "2026-03-12")
    #expect((first["start"] as? Int).map { $0 > 0 } == true)
    let csv = try CLITests.run(["export", bridge, "--format", "csv"])
    let lines = csv.stdout.split(separator: "\n")
    #expect(lines.first == "speaker,speaker_kind,role,via,kind,text,title,outlet,date,url,path,start,end")
    #expect(lines.count == 14)
  }

  @Test func outputGoesToAFileOnceAndNeverIntoTheCollection() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-export-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("bridge.csv").path
    let first = try CLITests.run(["export", bridge, "-o", out])
    #expect(first.status == 0)
    #expect(first.stderr.contains("exported 13 quotes to \(out) (csv)"))
    #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("speaker,"))
    let again = try CLITests.run(["export", bridge, "-o", out])
    #expect(again.status == 1)
    #expect(again.stderr.contains("exists"))
    #expect(try CLITests.run(["export", bridge, "-o", out, "--force", "--format", "json"]).status == 0)
    #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("["))
    let inside = try CLITests.run(["export", bridge, "-o", PackageRoot.samples + "/quotes.md"])
    #expect(inside.status == 1)
    #expect(inside.stderr.contains("not exporting into the collection"))
    #expect(!FileManager.default.fileExists(atPath: PackageRoot.samples + "/quotes.md"))
    // A name Hearsay has no format for is refused, not written as Markdown under it.
    let unknown = dir.appendingPathComponent("seed.txt").path
    let refused = try CLITests.run(["export", bridge, "-o", unknown])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains(".md, .json or .csv"))
    #expect(!FileManager.default.fileExists(atPath: unknown))
  }

  @Test func starredQuotesComeFromTheReadersState() throws {
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-export-state-\(UUID())")
    defer { try? FileManager.default.removeItem(at: state) }
    let none = try CLITests.run(["export", "--starred", "--collection", PackageRoot.samples], environment: ["XDG_STATE_HOME": state.path])
    #expect(none.status == 0)
    #expect(none.stdout.contains("No quotes."))
    var starred = ReadingState()
    starred.toggleStar(ExportedQuote(text: "We are not abandoning the bridge", speaker: "Alicia Brandt", speakerKind: "person", role: "Deputy mayor",
                                     via: nil, kind: "direct", title: "Harbour bridge", outlet: nil, date: "2026-03-12", url: nil, path: bridge,
                                     start: 464, end: 496))
    try StateStore(root: PackageRoot.samples, directory: state.appendingPathComponent("hearsay")).save(starred)
    let one = try CLITests.run(["export", "--starred", "--collection", PackageRoot.samples, "--format", "csv"], environment: ["XDG_STATE_HOME": state.path])
    #expect(one.stdout.split(separator: "\n").count == 2)
    #expect(one.stdout.contains("Alicia Brandt,person,Deputy mayor,,direct,We are not abandoning the bridge"))
    let usage = try CLITests.run(["export", "--starred"])
    #expect(usage.status == 2)
    #expect(usage.stderr.contains("--starred needs --collection"))
  }
}

/// `--version`, completions for three shells, and a man page that lists every command.
struct ShellNicetiesTests {
  @Test func versionAndCompletionsForEveryShell() throws {
    let version = try CLITests.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.split(separator: ".").count == 3)
    for shell in ["bash", "zsh", "fish"] {
      let script = try CLITests.run(["--generate-completion-script", shell])
      #expect(script.status == 0)
      for command in ["export", "search", "speakers", "index"] { #expect(script.stdout.contains(command), "\(shell) completes \(command)") }
    }
  }

  @Test func theManPageListsEveryCommand() throws {
    let page = try String(contentsOf: PackageRoot.url.appendingPathComponent("Resources/man/hearsay.1"), encoding: .utf8)
    let help = try CLITests.run(["--help"]).stdout
    // Command rows are indented two spaces; their wrapped descriptions, more.
    let commands = help.components(separatedBy: "SUBCOMMANDS:").last?.split(separator: "\n")
      .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
      .compactMap { $0.split(separator: " ").first.map(String.init) }.filter { $0.allSatisfy(\.isLowercase) } ?? []
    #expect(commands.count >= 8)
    for command in commands where command != "help" {
      #expect(page.contains(".It Em \(command)"), "regenerate the man page: swift package --allow-writing-to-package-directory generate-manual --configuration debug -o Resources/man")
    }
  }
}

/// Two Hearsay processes on one collection: neither fails, and the index ends up whole.
struct TwoProcessesTests {
  @Test func twoIndexersOnOneCollectionAtOnce() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-two-index-\(UUID())")
    let collection = dir.appendingPathComponent("news")
    try FileManager.default.createDirectory(at: collection, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let samples = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.samples).filter { $0.hasSuffix(".txt") }
    for i in 0..<120 {
      let name = samples[i % samples.count]
      try FileManager.default.copyItem(atPath: PackageRoot.samples + "/" + name, toPath: collection.appendingPathComponent("\(i)-\(name)").path)
    }
    let environment = ["XDG_CACHE_HOME": dir.appendingPathComponent("cache").path]
    let processes = (0..<2).map { _ -> Process in
      let p = Process()
      p.executableURL = CLITests.binary
      p.arguments = ["index", collection.path]
      p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
      p.standardOutput = FileHandle.nullDevice
      p.standardError = FileHandle.nullDevice
      return p
    }
    for p in processes { try p.run() }
    for p in processes { p.waitUntilExit() }
    #expect(processes.map(\.terminationStatus) == [0, 0])
    let after = try CLITests.run(["index", collection.path], environment: environment)
    #expect(after.stdout.contains("120 articles (0 added, 0 changed, 0 removed, 120 unchanged, 0 failed)"), "\(after.stdout)")
    // The same answers as an index one process built alone: nothing lost, nothing doubled.
    let alone = ["XDG_CACHE_HOME": dir.appendingPathComponent("cache-alone").path]
    _ = try CLITests.run(["index", collection.path], environment: alone)
    for query in ["\"the bridge\"", "council", "kind:direct"] {
      let shared = try CLITests.run(["search", query, "--collection", collection.path, "--format", "csv"], environment: environment)
      let single = try CLITests.run(["search", query, "--collection", collection.path, "--format", "csv"], environment: alone)
      #expect(shared.stdout.split(separator: "\n").count == single.stdout.split(separator: "\n").count, "\(query)")
      #expect(shared.stdout.split(separator: "\n").count > 1)
    }
  }
}
