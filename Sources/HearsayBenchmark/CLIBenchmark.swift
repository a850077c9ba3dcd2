import Foundation

/// The figure a user sees: the real `hearsay quotes DIR --format F` (loading, analysis on
/// every core, encoding, writing to /dev/null), run five times, median wall time and the
/// largest peak memory. The `hearsay` binary is the one built beside this benchmark.
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
    print(String(format: "hearsay quotes %@ --format %@%@: %.2f MB in %.2f s (median of 5), %.1f MB/s, peak %d MB",
                 folder, format, jobs.map { " --jobs " + $0 } ?? "", Double(bytes) / 1e6, median, Double(bytes) / 1e6 / median, (peaks.max() ?? 0) / 1024))
  }

  private static func inputBytes(_ folder: String) -> Int {
    let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
    return files.reduce(0) { sum, name in
      sum + ((try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size] as? Int) ?? 0)
    }
  }

  /// Wall time, peak resident memory (KB, from the child's rusage) and exit status.
  private static func timed(_ binary: URL, _ arguments: [String]) throws -> (Double, Int, Int32) {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    process.standardError = FileHandle(forWritingAtPath: "/dev/null")
    let start = DispatchTime.now().uptimeNanoseconds
    try process.run()
    var status: Int32 = 0
    var usage = rusage()
    wait4(process.processIdentifier, &status, 0, &usage)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (seconds, usage.ru_maxrss, (status >> 8) & 0xFF)
  }
}
