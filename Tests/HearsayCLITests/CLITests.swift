import Foundation
import GRDB
import HearsayCore
import HearsayIndex
import HearsayTestSupport
import Testing

/// Runs the built `hearsay` binary as a script would and checks its output and exit codes.
struct CLITests {

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The `hearsay` binary next to the test bundle (`.build/<config>/hearsay`).
  static var binary: URL {
    var dir = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("hearsay")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return PackageRoot.url.appendingPathComponent(".build/debug/hearsay")
  }

  /// Runs the binary; one that has not finished after `timeout` seconds is killed and its
  /// run reported (status -1), so a hang fails the test instead of stalling the suite.
  /// `--jobs` analyses articles in parallel and writes them in input order: the same bytes
  /// as one job, in every format, with a broken file in the middle reported and skipped.
  @Test(arguments: ["jsonl", "json", "csv", "text"])
  func parallelOutputIsTheSameBytesInTheSameOrder(_ format: String) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-jobs-\(UUID())")
    try FileManager.default.createDirectory(atPath: dir.path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let names = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.samples).filter { $0.hasSuffix(".txt") }.sorted()
    for (i, name) in (names + names).enumerated() {
      try FileManager.default.copyItem(atPath: PackageRoot.samples + "/" + name, toPath: dir.appendingPathComponent(String(format: "%03d-%@", i, name)).path)
    }
    try Data([0, 1, 2, 0, 0, 0]).write(to: dir.appendingPathComponent("010-broken.txt"))
    let one = try Self.run(["quotes", dir.path, "--format", format, "--jobs", "1"])
    let two = try Self.run(["quotes", dir.path, "--format", format, "--jobs", "3"])
    #expect(one.status == 1 && two.status == 1, "the broken file makes the status 1")
    #expect(two.stderr.contains("010-broken.txt"))
    #expect(!one.stdout.isEmpty)
    #expect(one.stdout == two.stdout)
  }

  /// An article that stops the analysis (a fault in the core; here one injected through
  /// `HEARSAY_TEST_TRAP`, as no known article does) costs that article only: it is named on
  /// stderr, the status is 1, and the other articles' output is the same bytes, in order, as
  /// a run without it — whether the fault falls in a window of parallel jobs or in one job,
  /// twice in a window, in a plain file or in a dataset's record.
  @Test(arguments: [("json", "1"), ("jsonl", "3"), ("csv", "2"), ("text", "3")])
  func anArticleThatStopsTheAnalysisCostsThatArticleOnly(_ format: String, _ jobs: String) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-trap-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let names = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.samples).filter { $0.hasSuffix(".txt") }.sorted()
    for (i, name) in (names + names).enumerated() {
      try FileManager.default.copyItem(atPath: PackageRoot.samples + "/" + name, toPath: dir.appendingPathComponent(String(format: "%03d-%@", i, name)).path)
    }
    let marker = "Quillfeather-\(UUID().uuidString.prefix(8))"
    // The faulty record last, so that the others keep their numbers (`900-records.jsonl#2`).
    let records = [#"{"title":"A","text":"Ana Lima said the bridge would open in May."}"#,
                   #"{"title":"C","text":"\"We will rebuild,\" Okafor said."}"#,
                   #"{"title":"B","text":"Omar Bell said \#(marker) would wait."}"#]
    let dataset = dir.appendingPathComponent("900-records.jsonl")
    try Data((records.dropLast().joined(separator: "\n") + "\n").utf8).write(to: dataset)
    let arguments = ["quotes", dir.path, "--format", format, "--jobs", jobs]
    let trap = ["HEARSAY_TEST_TRAP": marker]
    let expected = try Self.run(arguments, environment: trap)
    // The same folder with the faulty articles added.
    try Data((records.joined(separator: "\n") + "\n").utf8).write(to: dataset)
    for name in ["004-trap.txt", "014-trap.txt"] {
      try Data("Port levy\n\n\"The levy will pass,\" said Ana Lima, \(marker).\n".utf8).write(to: dir.appendingPathComponent(name))
    }
    let run = try Self.run(arguments, environment: trap)
    #expect(expected.status == 0, "\(expected.stderr)")
    #expect(run.status == 1, "an article left out makes the status 1")
    for name in ["004-trap.txt", "014-trap.txt", "900-records.jsonl#3"] {
      #expect(run.stderr.contains(name), "\(name) is named: \(run.stderr)")
    }
    #expect(!run.stdout.isEmpty)
    #expect(run.stdout == expected.stdout, "the other articles' output is unchanged")
  }

  /// `hearsay quotes -` as a filter: JSON Lines records in, one result line per record out,
  /// a bad record reported on stderr without stopping the stream; plain text is one article.
  @Test func standardInputIsAFilterOfRecords() throws {
    let records = """
      {"title":"A","text":"Ana Lima said the bridge would open in May."}
      {"title":"B","text":"cut
      {"title":"C","text":"\\"We will rebuild,\\" Okafor said."}

      """
    let run = try Self.run(["quotes", "-", "--format", "jsonl"], stdin: Data(records.utf8))
    #expect(run.status == 1, "a bad record makes the status 1")
    #expect(run.stderr.contains("stdin:2"))
    let lines = run.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    #expect(lines.count == 2)
    #expect(lines.compactMap { ($0?["article"] as? [String: Any])?["title"] as? String } == ["A", "C"])
    #expect(lines.compactMap { ($0?["quotes"] as? [[String: Any]])?.first?["speaker"] as? String } == ["Ana Lima", "Okafor"])
    let text = try Self.run(["quotes", "--stdin", "--format", "jsonl"], stdin: try Data(contentsOf: URL(fileURLWithPath: PackageRoot.samples + "/01-harbour-bridge-vote.txt")))
    #expect(text.status == 0)
    #expect(text.stdout.split(separator: "\n").count == 1)
    #expect(text.stdout.contains("\"title\":\"Harbour bridge repairs delayed again"))
  }

  /// Each record's result is written as soon as it is done, not when the input ends: what
  /// lets Spark's `pipe` or GNU parallel stream an archive through it.
  @Test func aRecordsResultComesOutBeforeTheInputEnds() throws {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = ["quotes", "-", "--format", "jsonl"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer { if process.isRunning { process.terminate() } }
    input.fileHandleForWriting.write(Data("{\"text\":\"Ana Lima said the bridge would open in May.\"}\n".utf8))
    let first = Locked<Data?>(nil)
    let reader = output.fileHandleForReading
    DispatchQueue.global().async {
      let data = reader.availableData
      first.withLock { $0 = data }
    }
    let deadline = Date().addingTimeInterval(10)
    while first.withLock({ $0 }) == nil, Date() < deadline { usleep(20_000) }
    #expect(first.withLock { $0 }.map { String(decoding: $0, as: UTF8.self) }?.contains("Ana Lima") == true, "the first result is out while the input is still open")
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  static func run(_ arguments: [String], binary: URL = binary, environment: [String: String] = [:], stdin: Data? = nil,
                  timeout: Double = 120) throws -> Run {
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    let process = try launchRetryingBusy {
      let process = Process()
      process.executableURL = binary
      process.arguments = arguments
      if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
      process.standardOutput = out
      process.standardError = err
      if stdin != nil { process.standardInput = input }
      return process
    }
    if let stdin {
      DispatchQueue.global().async {
        input.fileHandleForWriting.write(stdin)
        try? input.fileHandleForWriting.close()
      }
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let killed = process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    if killed { Issue.record("hearsay \(arguments.joined(separator: " ")) still ran after \(timeout) s; killed") }
    return Run(status: killed ? -1 : process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
               stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// Starts a process made by `make`, again while the kernel says its binary is busy: a
  /// binary a test has just copied may still be open for writing in a child that another
  /// test forked meanwhile, until that child execs (ETXTBSY, "Text file busy").
  static func launchRetryingBusy(_ make: () -> Process) throws -> Process {
    for attempt in 1... {
      let process = make()
      do {
        try process.run()
        return process
      } catch let error as NSError where attempt < 40 && (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) {
        usleep(50_000)
      }
    }
    preconditionFailure("unreachable")
  }

  /// Copies a program through a descriptor closed on exec: a copy's write descriptor that a
  /// process another test starts meanwhile inherits stays open for that process's life, and
  /// the copy cannot run until it ends (ETXTBSY for as long as a slow test's child lives).
  static func copyExecutable(_ source: URL, to destination: URL) throws {
    let bytes = try Data(contentsOf: source)
    let fd = open(destination.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
    guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { close(fd) }
    try bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        guard n > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        offset += n
      }
    }
  }

  /// The part-of-speech model lives beside the program: a binary copied alone says, once,
  /// that it runs without it; installed with the model in `../share/hearsay/` (as
  /// `scripts/install` lays it out), it finds it and attributes exactly as the build does.
  @Test func aProgramWithoutItsModelSaysSoAndAnInstalledOneFindsIt() throws {
    let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-install-\(UUID())")
    defer { try? FileManager.default.removeItem(at: prefix) }
    let bin = prefix.appendingPathComponent("bin/hearsay")
    try FileManager.default.createDirectory(at: bin.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Self.copyExecutable(Self.binary, to: bin)
    // (A sample whose reading the model changes: its analysts' relayed claims.)
    let article = PackageRoot.samples + "/07-relayed-analysts.txt"
    let alone = try Self.run(["quotes", article, "--format", "jsonl"], binary: bin)
    #expect(alone.status == 0)
    #expect(alone.stderr.components(separatedBy: "pos-tagger.bin").count == 2, "one warning naming the model: \(alone.stderr)")

    let model = try #require(["Hearsay_HearsayCore.resources/pos-tagger.bin", "Hearsay_HearsayCore.resources/Resources/pos-tagger.bin"]
      .map { Self.binary.deletingLastPathComponent().appendingPathComponent($0) }
      .first { FileManager.default.fileExists(atPath: $0.path) })
    let shared = prefix.appendingPathComponent("share/hearsay/pos-tagger.bin")
    try FileManager.default.createDirectory(at: shared.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: model, to: shared)
    let installed = try Self.run(["quotes", article, "--format", "jsonl"], binary: bin)
    let built = try Self.run(["quotes", article, "--format", "jsonl"])
    #expect(installed.stderr.isEmpty, "\(installed.stderr)")
    #expect(installed.stdout == built.stdout)
    #expect(installed.stdout != alone.stdout, "the model changes what is found in the sample")
  }

  @Test func jsonForOneArticleIsAnObjectWithCodePointOffsets() throws {
    let path = PackageRoot.samples + "/04-chinese-rail-corner.txt"
    let run = try Self.run(["quotes", path, "--format", "json"])
    #expect(run.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let quotes = try #require(json["quotes"] as? [[String: Any]])
    #expect(!quotes.isEmpty)
    let text = Array(try String(contentsOfFile: path, encoding: .utf8).unicodeScalars)
    for q in quotes {
      let start = try #require(q["start"] as? Int)
      let end = try #require(q["end"] as? Int)
      let slice = String(String.UnicodeScalarView(text[start..<end]))
      #expect(slice == q["text"] as? String)
      #expect(["direct", "indirect"].contains(q["kind"] as? String ?? ""))
      #expect(q["rule"] is String)
    }
    #expect((json["article"] as? [String: Any])?["title"] as? String == "地铁新线通车推迟 市民表示失望")
  }

  @Test func directoryGivesAnArrayAndJSONLinesGivesOneObjectPerLine() throws {
    let json = try Self.run(["quotes", PackageRoot.samples, "--format", "json"])
    let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any])
    #expect(array.count == 14)
    let lines = try Self.run(["quotes", PackageRoot.samples, "--format", "jsonl"]).stdout.split(separator: "\n")
    #expect(lines.count == 14)
  }

  @Test func filtersBySpeakerAndKind() throws {
    let run = try Self.run(["quotes", PackageRoot.samples + "/01-harbour-bridge-vote.txt", "--speaker", "brandt", "--kind", "direct", "--format", "csv"])
    let rows = run.stdout.split(separator: "\n").dropFirst()
    #expect(!rows.isEmpty)
    #expect(rows.allSatisfy { $0.contains("Alicia Brandt") && $0.contains(",direct,") })
  }

  @Test func explainSaysWhichRuleDecided() throws {
    let run = try Self.run(["quotes", PackageRoot.samples + "/07-relayed-analysts.txt", "--explain"])
    #expect(run.stdout.contains("rule quoted-as-saying"))
  }

  @Test func speakersAreMergedAcrossArticles() throws {
    let run = try Self.run(["speakers", PackageRoot.samples, "--format", "json"])
    let entries = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    let okafor = entries.filter { ($0["name"] as? String)?.hasSuffix("Okafor") == true }
    #expect(okafor.count == 1)
    #expect(entries.first { $0["name"] as? String == "Omar Haddad" }?["role"] as? String != nil)
  }

  @Test func aMissingFileIsNamedAndTheOthersStillRun() throws {
    let run = try Self.run(["quotes", "/no/such/article.txt", PackageRoot.samples + "/09-nyt-style-quotes.txt"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("/no/such/article.txt: no such file or directory"))
    #expect(run.stdout.contains("Ruth Alvarez"))
  }

  @Test func usageErrorsExitWithTwo() throws {
    #expect(try Self.run(["quotes", "--format", "yaml", PackageRoot.samples]).status == 2)
    #expect(try Self.run(["quotes"]).status == 2)
  }

  /// Every format of every command that prints article text: no C0 (but newline and tab),
  /// DEL, C1 control or bidi override reaches standard output, on a terminal or in a file.
  @Test(arguments: ["text", "json", "jsonl", "csv"])
  func escapeSequencesInArticlesNeverReachTheTerminal(_ format: String) throws {
    let fm = FileManager.default
    let dir = fm.temporaryDirectory.appendingPathComponent("hostile-\(UUID())")
    try fm.createDirectory(at: dir, withIntermediateDirectories: true)
    let cache = dir.appendingPathComponent("cache")
    defer { try? fm.removeItem(at: dir) }
    let collection = dir.appendingPathComponent("news")
    try fm.createDirectory(at: collection, withIntermediateDirectories: true)
    try ("Title \u{1B}]0;pwned\u{07}\n\n\"Clipboard \u{1B}]52;c;ZXZpbA==\u{07} here \u{9B}31m,\" said Eve \u{202E}Mallory.\n\n"
      + "\"We \u{1B}[201~ rm -rf ~ will win,\" said Eve \u{202E}Mallory.\n")
      .write(to: collection.appendingPathComponent("a\u{1B}[2J.txt"), atomically: true, encoding: .utf8)
    let env = ["XDG_CACHE_HOME": cache.path]
    let runs = [["quotes", collection.path], ["speakers", collection.path], ["speakers", "--collection", collection.path],
                ["search", "clipboard", "--collection", collection.path]]
    for arguments in runs {
      let run = try Self.run(arguments + ["--format", format], environment: env)
      #expect(run.status == 0, "\(arguments): \(run.stderr)")
      let obeyed = (run.stdout + run.stderr).unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }
      #expect(obeyed.isEmpty, "\(arguments) \(format): \(run.stdout.debugDescription)")
      #expect(!run.stdout.isEmpty)
    }
  }

  /// `hearsay export` to standard output in each of its formats, from a JSON Lines file whose
  /// URL and title carry OSC sequences.
  @Test(arguments: ["markdown", "json", "csv"])
  func exportsCarryNoControlBytes(_ format: String) throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID()).jsonl")
    let record = #"{"title":"T\u001b]0;x\u0007","url":"https://e.com/\u001b]52;c;eA==\u0007","text":"\"We will \u001b]52;c;eA==\u0007 win,\" said Eve Mallory.\n"}"#
    try (record + "\n").write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let run = try Self.run(["export", url.path, "--format", format])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Eve Mallory"))
    #expect(!run.stdout.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) },
            "\(run.stdout.debugDescription)")
  }
}

extension CLITests {
  @Test func outputPipedIntoACommandThatStopsReadingEndsQuietly() throws {
    let process = Process()
    process.executableURL = URLs.bash
    process.arguments = ["-c", "\"\(Self.binary.path)\" quotes \"\(PackageRoot.samples)\" --format json | head -c 10 > /dev/null; echo ${PIPESTATUS[0]}"]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let status = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(!stderr.contains("Fatal error"), "\(stderr)")
    #expect(["0", "141"].contains(status.trimmingCharacters(in: .whitespacesAndNewlines)))
  }

  @Test func readingACollectionIntoAPipePrintsTheQuotes() throws {
    let run = try Self.run(["read", PackageRoot.samples + "/09-nyt-style-quotes.txt"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Ruth Alvarez"))
  }
}

enum URLs {
  static let bash = URL(fileURLWithPath: "/bin/bash")
}

extension CLITests {
  @Test func showPrintsTheExtractedTextOffsetsReferTo() throws {
    let path = PackageRoot.samples + "/14-saved-news-page.html"
    let shown = try Self.run(["show", path])
    #expect(shown.status == 0)
    #expect(shown.stdout.hasPrefix("Port strike ends after 11 days"))
    #expect(!shown.stdout.contains("<p>"))
    let json = try Self.run(["quotes", path, "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let scalars = Array(shown.stdout.unicodeScalars)
    for q in try #require(object["quotes"] as? [[String: Any]]) {
      let start = try #require(q["start"] as? Int)
      let end = try #require(q["end"] as? Int)
      #expect(String(String.UnicodeScalarView(scalars[start..<end])) == q["text"] as? String)
    }
  }
}

extension CLITests {
  /// Runs every command on a read-only copy of the samples and checks nothing changed.
  @Test func theCollectionIsNeverWrittenTo() throws {
    let fm = FileManager.default
    let copy = fm.temporaryDirectory.appendingPathComponent("hearsay-readonly-\(UUID())")
    try fm.copyItem(atPath: PackageRoot.samples, toPath: copy.path)
    defer {
      try? fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
      try? fm.removeItem(at: copy)
    }
    func snapshot() throws -> [String: Data] {
      var out: [String: Data] = [:]
      for name in try fm.contentsOfDirectory(atPath: copy.path) {
        out[name] = try Data(contentsOf: copy.appendingPathComponent(name))
      }
      return out
    }
    for name in try fm.contentsOfDirectory(atPath: copy.path) {
      try fm.setAttributes([.posixPermissions: 0o444], ofItemAtPath: copy.appendingPathComponent(name).path)
    }
    try fm.setAttributes([.posixPermissions: 0o555], ofItemAtPath: copy.path)
    let before = try snapshot()
    #expect(try Self.run(["quotes", copy.path, "--format", "json"]).status == 0)
    #expect(try Self.run(["speakers", copy.path]).status == 0)
    #expect(try Self.run(["show", copy.appendingPathComponent("14-saved-news-page.html").path]).status == 0)
    #expect(try Self.run(["read", copy.path]).status == 0)
    #expect(try snapshot() == before)
    #expect(try fm.contentsOfDirectory(atPath: copy.path).count == before.count, "no file was added next to the articles")
  }

  /// A temporary folder holding one sample article (`good.txt`).
  static func collectionWithOneSample() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-collection-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: PackageRoot.samples + "/09-nyt-style-quotes.txt", toPath: dir.appendingPathComponent("good.txt").path)
    return dir
  }

  @Test func aSymlinkLoopInTheCollectionDoesNotHang() throws {
    let fm = FileManager.default
    let dir = try Self.collectionWithOneSample()
    defer { try? fm.removeItem(at: dir) }
    try fm.createSymbolicLink(atPath: dir.appendingPathComponent("loop").path, withDestinationPath: dir.path)
    let run = try Self.run(["quotes", dir.path])
    #expect(run.stdout.contains("Ruth Alvarez"))
  }
}

extension CLITests {
  /// A folder holding JSON files that are not articles (gold files, settings) reads as
  /// its articles plus one line saying what was skipped; a dataset's bad records are named
  /// three at a time, then counted.
  @Test func jsonFilesThatAreNotArticlesAreSkippedQuietly() throws {
    let dir = try Self.collectionWithOneSample()
    defer { try? FileManager.default.removeItem(at: dir) }
    let gold = String(repeating: "  {\"start\": 1, \"end\": 2},\n", count: 500)
    try "{\n \"quotes\": [\n\(gold)  {}\n ]\n}\n".write(to: dir.appendingPathComponent("gold.json"), atomically: true, encoding: .utf8)
    try ("{\"title\":\"a\",\"text\":\"The bridge is safe, said Ann Lee.\"}\n" + String(repeating: "broken\n", count: 9))
      .write(to: dir.appendingPathComponent("data.jsonl"), atomically: true, encoding: .utf8)
    let run = try Self.run(["quotes", dir.path])
    #expect(run.stdout.contains("Ruth Alvarez") && run.stdout.contains("Ann Lee"))
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.filter { $0.contains("gold.json") }.count == 1, "\(run.stderr)")
    #expect(run.stderr.contains("skipped 1 JSON file that hold no articles"))
    #expect(lines.filter { $0.contains("data.jsonl:") && $0.contains("not a JSON object") }.count == 3)
    #expect(run.stderr.contains("data.jsonl: and 6 more records skipped"))
    #expect(run.status == 1, "the bad records still make the run a partial failure")
  }

  /// A named pipe in a collection (`mkfifo news/f.txt`) once blocked every command for
  /// ever: it is named and skipped, and the articles around it are read.
  @Test func aNamedPipeInTheCollectionIsSkippedNotWaitedOn() throws {
    let dir = try Self.collectionWithOneSample()
    defer { try? FileManager.default.removeItem(at: dir) }
    let cache = dir.appendingPathComponent(".cache")
    #expect(mkfifo(dir.appendingPathComponent("f.txt").path, 0o600) == 0)
    #expect(mkfifo(dir.appendingPathComponent("g.jsonl").path, 0o600) == 0)
    let env = ["XDG_CACHE_HOME": cache.path]
    for arguments in [["quotes", dir.path], ["speakers", dir.path], ["index", dir.path], ["speakers", "--collection", dir.path]] {
      let run = try Self.run(arguments, environment: env, timeout: 20)
      #expect(run.status != -1)
      #expect(run.stdout.contains("Ruth Alvarez") || arguments[0] == "index", "\(arguments): \(run.stdout)")
      if arguments[0] != "speakers" || arguments.count == 2 {
        #expect(run.stderr.contains("f.txt: a named pipe, not an article file, skipped"), "\(arguments): \(run.stderr)")
      }
    }
  }

  /// A file whose name is not UTF-8 is named (escaped) in the message and the rest go on.
  @Test func fileNamesThatAreNotUTF8AreReportedAndSkipped() throws {
    let dir = try Self.collectionWithOneSample()
    defer { try? FileManager.default.removeItem(at: dir) }
    var raw = Array(dir.path.utf8) + Array("/bad-".utf8) + [0xFF, 0xFE] + Array(".txt".utf8) + [0]
    let fd = raw.withUnsafeMutableBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
    #expect(fd >= 0)
    _ = "“Hi,” said Ann Lee.".withCString { write(fd, $0, strlen($0)) }
    close(fd)
    let run = try Self.run(["quotes", dir.path])
    #expect(run.stdout.contains("Ruth Alvarez"), "the other file is still read")
    #expect(run.stderr.contains("bad-") && run.stderr.contains(".txt: "), "the unreadable name is reported: \(run.stderr)")
    #expect(run.status == 1)
    #expect(!run.stderr.contains("Fatal"))
  }
}

extension CLITests {
  /// A 1 GB file is refused at once with a message, without reading it into memory.
  @Test func aGigabyteFileIsRefusedQuickly() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-huge-\(UUID()).txt")
    _ = FileManager.default.createFile(atPath: url.path, contents: Data("Headline\n\n".utf8))
    let handle = try FileHandle(forWritingTo: url)
    try handle.truncate(atOffset: 1 << 30)  // sparse: no gigabyte written to disk
    try handle.close()
    defer { try? FileManager.default.removeItem(at: url) }
    let start = Date()
    let run = try Self.run(["quotes", url.path, PackageRoot.samples + "/09-nyt-style-quotes.txt"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("over the") && run.stderr.contains("limit for one article"))
    #expect(run.stdout.contains("Ruth Alvarez"))
    #expect(Date().timeIntervalSince(start) < 10)
  }
}

extension CLITests {
  @Test func indexSearchAndCollectionSpeakersFromTheCommandLine() throws {
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-cli-cache-\(UUID())")
    defer { try? FileManager.default.removeItem(at: cache) }
    let env = ["XDG_CACHE_HOME": cache.path]
    let built = try Self.run(["index", PackageRoot.samples], environment: env)
    #expect(built.status == 0)
    #expect(built.stdout.contains("14 added"))
    #expect(try Self.run(["index", PackageRoot.samples], environment: env).stdout.contains("14 unchanged"))
    let found = try Self.run(["search", "speaker:okafor \"got this wrong\"", "--collection", PackageRoot.samples, "--format", "json"], environment: env)
    let hits = try #require(try JSONSerialization.jsonObject(with: Data(found.stdout.utf8)) as? [[String: Any]])
    #expect(hits.count == 1)
    #expect(hits.first?["speaker"] as? String == "Margaret Okafor")
    let speakers = try Self.run(["speakers", "--collection", PackageRoot.samples], environment: env)
    #expect(speakers.stdout.hasPrefix("6\tAlicia Brandt"))
    #expect(try Self.run(["speakers"]).status == 2, "paths or --collection are required")
  }

  /// `hearsay speakers` and `hearsay export` over a folder are contained as `quotes` is: the
  /// article that stops the analysis is named and left out, and the rest is the others'.
  @Test(arguments: [["speakers", "--format", "json"], ["speakers", "--format", "text"], ["export", "--format", "json"], ["export", "--format", "markdown"]])
  func speakersAndExportsOverAFolderLeaveOutTheArticleThatStopsTheAnalysis(_ command: [String]) throws {
    let dir = try ScratchDirectory("cli-trap-speakers")
    let names = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.samples).filter { $0.hasSuffix(".txt") }.sorted()
    for name in names { try FileManager.default.copyItem(atPath: PackageRoot.samples + "/" + name, toPath: dir.appendingPathComponent(name).path) }
    let marker = "Quillfeather-\(UUID().uuidString.prefix(8))"
    let trap = ["HEARSAY_TEST_TRAP": marker]
    let arguments = [command[0], dir.path] + command.dropFirst()
    let expected = try Self.run(arguments, environment: trap)
    // (A title of its own, so that an export's heading of N articles counts the same.)
    try Data("\(marker)\n\n\"The levy will pass,\" said Ana Lima, \(marker).\n".utf8).write(to: dir.appendingPathComponent("05-trap.txt"))
    let run = try Self.run(arguments, environment: trap)
    #expect(expected.status == 0 && run.status == 1, "\(run.stderr)")
    #expect(run.stderr.contains("05-trap.txt"))
    #expect(!run.stdout.isEmpty && run.stdout == expected.stdout)
  }

  /// An article that stops Hearsay while the index is updated (a fault in the core, here
  /// injected) would stop every update after it, and the reader with them, each time the
  /// collection is opened. The update after a stop reads the files it left one at a time;
  /// the one being read when that stops too is left out of the index until it changes, and
  /// named; the others are indexed and searched as before.
  @Test func anArticleThatStopsTheIndexUpdateIsLeftOutAfterTwoStops() throws {
    let cache = try ScratchDirectory("cli-trap-cache")
    let dir = try ScratchDirectory("cli-trap-collection")
    for name in ["01-harbour-bridge-vote.txt", "02-water-board-british.txt", "09-nyt-style-quotes.txt"] {
      try FileManager.default.copyItem(atPath: PackageRoot.samples + "/" + name, toPath: dir.url.appendingPathComponent(name).path)
    }
    let marker = "Quillfeather-\(UUID().uuidString.prefix(8))"
    try Data("Port levy\n\n\"The levy will pass,\" said Ana Lima, \(marker).\n".utf8).write(to: dir.url.appendingPathComponent("05-trap.txt"))
    let env = ["XDG_CACHE_HOME": cache.url.path, "HEARSAY_TEST_TRAP": marker]
    let first = try Self.run(["index", dir.url.path], environment: env)
    #expect(first.status != 0 && first.status != 1, "the fault stops the program: \(first.status)")
    let second = try Self.run(["index", dir.url.path], environment: env)
    #expect(second.status != 0 && second.status != 1, "read alone, the article stops it again: \(second.status)")
    let third = try Self.run(["index", dir.url.path], environment: env)
    #expect(third.status == 1, "the article left out is a failure: \(third.stderr)")
    #expect(third.stderr.contains("05-trap.txt"), "and named: \(third.stderr)")
    #expect(third.stdout.contains("3 articles"), "\(third.stdout)")
    let found = try Self.run(["search", "Brandt", "--collection", dir.url.path, "--format", "jsonl"], environment: env)
    #expect(found.status == 0 && !found.stdout.isEmpty, "the others are searched: \(found.stderr)")
    let fourth = try Self.run(["index", dir.url.path], environment: env)
    #expect(fourth.status == 0 && fourth.stdout.contains("4 unchanged"), "not read again until it changes: \(fourth.stdout)")
  }

  /// Random bytes in the full-text pages pass SQLite's quick check; every search then
  /// failed with "database disk image is malformed" (or, reading a length from the garbage,
  /// "out of memory") and the SQL it ran. Seeded bytes, so each case is the same every run.
  @Test(arguments: [1, 2, 3, 57])  // 57: its garbage reads as a length too large to allocate
  func aDamagedFullTextIndexIsRebuiltWithASentenceAndTheSearchAnswers(seed: Int) throws {
    let cache = try ScratchDirectory("cli-damage")
    let env = ["XDG_CACHE_HOME": cache.path]
    #expect(try Self.run(["index", PackageRoot.samples], environment: env).status == 0)
    let path = try CollectionIndex(root: PackageRoot.samples, cacheDirectory: cache.appendingPathComponent("hearsay")).databasePath
    var random = SeededGenerator(seed: UInt64(seed))
    try DatabaseQueue(path: path).write { db in
      for row in try Row.fetchAll(db, sql: "SELECT id, length(block) AS n FROM quote_fts_data WHERE id > 1") {
        let garbage = Data((0..<(row["n"] as Int)).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        try db.execute(sql: "UPDATE quote_fts_data SET block = ? WHERE id = ?", arguments: [garbage, row["id"] as Int64])
      }
    }
    let found = try Self.run(["search", "speaker:okafor \"got this wrong\"", "--collection", PackageRoot.samples, "--format", "jsonl"], environment: env)
    #expect(found.status == 0, "\(found.stderr)")
    #expect(found.stdout.contains("Margaret Okafor"))
    #expect(found.stderr.contains("the collection's index was damaged") && found.stderr.contains("rebuilt"))
    #expect(!found.stderr.contains("SELECT") && !found.stderr.contains("SQLite error"))
  }

  /// The collection's speakers for scripts: ids, canonical names and aliases; quotes tagged
  /// with their collection speaker; the configuration's corrections applied, and one that
  /// names nobody warned about.
  @Test func collectionSpeakersAndCorrectionsFromTheCommandLine() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-cli-identity-\(UUID())")
    defer { try? FileManager.default.removeItem(at: base) }
    let dir = base.appendingPathComponent("news")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try "Levy\n\nAna Maria Lima, the port's director, said the levy would pass.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try "Bridge\n\nLima said the bridge would open.".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    let env = ["XDG_CACHE_HOME": base.appendingPathComponent("cache").path, "XDG_STATE_HOME": base.appendingPathComponent("state").path,
               "XDG_CONFIG_HOME": base.appendingPathComponent("config").path]
    let listed = try Self.run(["speakers", "--collection", dir.path, "--format", "json"], environment: env)
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
    let lima = try #require(rows.first { $0["id"] as? String == "ana-maria-lima" })
    #expect(lima["name"] as? String == "Ana Maria Lima")
    #expect(lima["aliases"] as? [String] == ["Lima"])
    #expect(lima["quotes"] as? Int == 2 && lima["articles"] as? Int == 2)
    #expect(lima["kind"] as? String == "person" && lima["roles"] is [String])
    let tagged = try Self.run(["quotes", dir.appendingPathComponent("b.txt").path, "--collection", dir.path, "--format", "jsonl"], environment: env)
    let quote = try #require(((try JSONSerialization.jsonObject(with: Data(tagged.stdout.utf8)) as? [String: Any])?["quotes"] as? [[String: Any]])?.first)
    #expect(quote["speaker"] as? String == "Lima")
    #expect(quote["collection_speaker"] as? String == "Ana Maria Lima" && quote["collection_speaker_id"] as? String == "ana-maria-lima")
    let config = base.appendingPathComponent("hearsay.conf")
    try "speaker rename \"Ana Maria Lima\" \"Ana Lima\"\nspeaker split \"Nobody Here\"\n".write(to: config, atomically: true, encoding: .utf8)
    let corrected = try Self.run(["speakers", "--collection", dir.path, "--config", config.path], environment: env)
    #expect(corrected.stdout.hasPrefix("2\tAna Lima [person]\t2 articles\talso Ana Maria Lima, Lima"))
    #expect(corrected.stderr.contains("no speaker in the collection is named “Nobody Here”"))
  }
}
