import Foundation

/// The figure a user sees: the real `hearsay quotes DIR --format F` (loading, analysis on
/// every core, encoding, writing to /dev/null), run five times, median wall time and the
/// largest peak memory. The `hearsay` binary is the one built beside this benchmark. Given
/// one file (a very long article), it also checks the memory target: a peak of at most
/// four times the article, plus what the program needs for nothing (its run on no input).
enum CLIBenchmark {
  static func run(folder: String, format: String, jobs: String?) throws {
    let hearsay = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("hearsay")
    guard FileManager.default.isExecutableFile(atPath: hearsay.path) else {
      print("build hearsay first: swift build -c release --product hearsay (looked for \(hearsay.path))")
      return
    }
    let bytes = inputBytes(folder)
    var times: [Double] = [], peaks: [Int] = []
    for _ in 0..<5 {
      var arguments = ["quotes", folder, "--format", format]
      if let jobs { arguments += ["--jobs", jobs] }
      let (seconds, peakKB, status) = try timed(hearsay, arguments)
      if status != 0 { print("(hearsay exited \(status): some inputs failed)") }
      times.append(seconds)
      peaks.append(peakKB)
    }
    let median = times.sorted()[times.count / 2]
    let peak = peaks.max() ?? 0
    print(String(format: "hearsay quotes %@ --format %@%@: %.2f MB in %.2f s (median of 5), %.1f MB/s, peak %d MB",
                 folder, format, jobs.map { " --jobs " + $0 } ?? "", Double(bytes) / 1e6, median, Double(bytes) / 1e6 / median, peak / 1024))
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
      let empty = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-bench-empty-\(getpid()).txt")
      try Data("Title\n\nNothing.\n".utf8).write(to: empty)
      defer { try? FileManager.default.removeItem(at: empty) }
      let base = try timed(hearsay, ["quotes", empty.path, "--format", format]).1
      let ratio = Double(peak - base) * 1024 / Double(max(1, bytes))
      print(String(format: "  memory: %d MB over the %d MB of a run on nothing = %.2f× the article (target ≤ 4×): %@",
                   (peak - base) / 1024, base / 1024, ratio, ratio <= 4 ? "met" : "NOT MET"))
    }
  }

  private static func inputBytes(_ folder: String) -> Int {
    if let attributes = try? FileManager.default.attributesOfItem(atPath: folder), attributes[.type] as? FileAttributeType == .typeRegular,
      let size = attributes[.size] as? Int
    {
      return size
    }
    let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
    return files.reduce(0) { sum, name in
      sum + ((try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size] as? Int) ?? 0)
    }
  }

  /// Wall time, peak resident memory (KB, from the child's rusage) and exit status. Spawned
  /// and reaped here, not through `Process`, whose own watcher may reap the child first and
  /// leave `wait4` no usage to report.
  private static func timed(_ binary: URL, _ arguments: [String]) throws -> (Double, Int, Int32) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
    let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    let start = DispatchTime.now().uptimeNanoseconds
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, binary.path, &actions, nil, argv, environ)
    guard spawned == 0 else { throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: binary.path]) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (seconds, usage.ru_maxrss, (status >> 8) & 0xFF)
  }
}
