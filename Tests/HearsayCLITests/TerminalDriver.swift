import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The project's own terminal driver for its tests: runs a command in a private tmux
/// server (its own socket, removed after) at a fixed size, types key tokens, and captures
/// the screen as text and with escapes, the program's stderr, and how it ended.
///
/// Key tokens: tmux key names (`j`, `Enter`, `C-c`, `Escape`), `lit:TEXT` (typed as is),
/// `sleep:SECONDS`, `until:TEXT` (waits, up to 10 s, for TEXT on the screen: a loaded
/// machine takes longer than any fixed sleep), `resize:COLSxROWS`, `click:X,Y` (a left
/// click, 0-based), `snap:PATH` (the screen so far to PATH, escapes to PATH with `.ansi`).
struct TerminalDriver {
  var cols = 120
  var rows = 32
  var term = "tmux-256color"
  /// Seconds after each key.
  var wait = 0.15
  var env: [String] = []
  /// Whether the program must have exited (with status 0) after the last key.
  var expectExit = false

  struct Capture {
    /// 0 captured (and exited 0 when asked); 3 exited before drawing; 4 exited before every
    /// key was typed; 5 exited with another status after the last key; 6 still running
    /// when it should have exited.
    var status: Int32
    var text: String
    var ansi: String
    /// The driver's account of the ending (`exited with status 130`).
    var log: String
    /// What the program wrote to stderr.
    var programStderr: String
  }

  static var available: Bool { FileManager.default.isExecutableFile(atPath: tmux) }
  private static let tmux = "/usr/bin/tmux"

  func run(_ command: String, keys: String, in directory: URL) throws -> Capture {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-drive-\(UUID())")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    let session = Session(socket: "hearsay-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))", work: work)
    defer {
      session.stop()
      try? FileManager.default.removeItem(at: work)
    }
    try """
      set -g status off
      set -g remain-on-exit on
      set -g default-terminal "\(term)"
      set -s escape-time 0
      """.write(to: session.config, atomically: true, encoding: .utf8)
    let quoted = { (s: String) in "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    try """
      trap 'echo $? > \(quoted(session.statusFile.path))' EXIT
      cd \(quoted(directory.path)) || exit 97
      unset COLUMNS LINES TMUX TMUX_PANE
      export SWIFT_BACKTRACE=interactive=no,output-to=stderr,color=no LC_ALL=C.UTF-8
      exec 2>\(quoted(session.stderrFile.path))
      \(command)
      """.write(to: work.appendingPathComponent("launch.sh"), atomically: true, encoding: .utf8)
    var arguments = ["new-session", "-d", "-s", "drive", "-x", "\(cols)", "-y", "\(rows)"]
    for e in env { arguments += ["-e", e] }
    // The server this starts lives on, holding whatever it inherited: spawned directly,
    // with nothing of this process's open, or Foundation's `Process` waits for the server.
    session.spawnServer(arguments + ["bash", work.appendingPathComponent("launch.sh").path])

    var log = ""
    var screen = (text: "", ansi: "")
    func finish(_ status: Int32) -> Capture {
      let stderr = (try? String(contentsOf: session.stderrFile, encoding: .utf8)) ?? ""
      return Capture(status: status, text: screen.text, ansi: screen.ansi, log: log, programStderr: stderr)
    }
    // The first screen: something drawn, or the program gone.
    let start = Date()
    while session.capture().trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      if session.exited != nil { return finish(3) }
      guard Date().timeIntervalSince(start) < 10 else { log += "the screen stayed empty\n"; return finish(3) }
      Thread.sleep(forTimeInterval: 0.05)
    }
    screen = (session.capture(), session.capture(escapes: true))
    for token in keys.split(whereSeparator: \.isWhitespace).map(String.init) {
      if session.exited != nil { return finish(4) }
      if token.hasPrefix("sleep:") {
        Thread.sleep(forTimeInterval: Double(token.dropFirst(6)) ?? 0)
      } else if token.hasPrefix("until:") {
        let wanted = String(token.dropFirst(6)), deadline = Date().addingTimeInterval(10)
        while !session.capture().contains(wanted), session.exited == nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
      } else if token.hasPrefix("lit:") {
        session.tmux(["send-keys", "-t", "drive", "-l", String(token.dropFirst(4))])
      } else if token.hasPrefix("resize:"), let x = token.firstIndex(of: "x") {
        session.tmux(["resize-window", "-t", "drive", "-x", String(token[token.index(token.startIndex, offsetBy: 7)..<x]), "-y", String(token[token.index(after: x)...])])
      } else if token.hasPrefix("click:") {
        let xy = token.dropFirst(6).split(separator: ",").compactMap { Int($0) }
        if xy.count == 2, !session.click(x: xy[0], y: xy[1]) { log += "the program has not enabled mouse reporting (mousemask)\n" }
      } else if token.hasPrefix("snap:") {
        let path = String(token.dropFirst(5))
        try session.capture().write(toFile: path, atomically: true, encoding: .utf8)
        let ansiPath = path.hasSuffix(".txt") ? String(path.dropLast(4)) + ".ansi" : path + ".ansi"
        try session.capture(escapes: true).write(toFile: ansiPath, atomically: true, encoding: .utf8)
      } else {
        // tmux reads an argument ending in `;` as a command separator.
        session.tmux(["send-keys", "-t", "drive", "--", token.hasSuffix(";") ? String(token.dropLast()) + "\\;" : token])
      }
      Thread.sleep(forTimeInterval: wait)
      if session.exited == nil { screen = (session.capture(), session.capture(escapes: true)) }
    }
    // A program on its way out (it left the alternate screen, or was asked to) gets time to go.
    if expectExit || !session.alternateScreen {
      let deadline = Date().addingTimeInterval(5)
      while session.exited == nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    }
    guard let status = session.exited else { return finish(expectExit ? 6 : 0) }
    if status != 0 { log += "exited with status \(status)\n" }
    return finish(status == 0 ? 0 : 5)
  }

  /// One private tmux server.
  private struct Session {
    let socket: String
    let work: URL
    var config: URL { work.appendingPathComponent("tmux.conf") }
    var statusFile: URL { work.appendingPathComponent("status") }
    var stderrFile: URL { work.appendingPathComponent("stderr") }

    @discardableResult
    func tmux(_ arguments: [String], output: Bool = true) -> String {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: TerminalDriver.tmux)
      p.arguments = ["-L", socket, "-f", config.path] + arguments
      var environment = ProcessInfo.processInfo.environment
      environment["TMUX"] = nil
      p.environment = environment
      p.standardError = FileHandle.nullDevice
      p.standardInput = FileHandle.nullDevice
      guard output else {
        p.standardOutput = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return "" }
        p.waitUntilExit()
        return ""
      }
      let out = Pipe()
      p.standardOutput = out
      guard (try? p.run()) != nil else { return "" }
      let data = out.fileHandleForReading.readDataToEndOfFile()
      p.waitUntilExit()
      return String(decoding: data, as: UTF8.self)
    }

    /// `tmux ARGS` by posix_spawn, its streams on /dev/null, waited for.
    func spawnServer(_ arguments: [String]) {
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
      let argv = ([TerminalDriver.tmux, "-L", socket, "-f", config.path] + arguments).map { strdup($0) } + [nil]
      let env = ProcessInfo.processInfo.environment.filter { $0.key != "TMUX" }.map { strdup("\($0.key)=\($0.value)") } + [nil]
      defer { for p in argv + env { free(p) } }
      var pid: pid_t = 0
      guard posix_spawn(&pid, TerminalDriver.tmux, &actions, nil, argv, env) == 0 else { return }
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }

    /// Ends the server and the program in its pane, by their process ids as well: a
    /// server orphaned to an init that does not reap may outlive `kill-server`.
    /// The server goes first, which hangs up the program's terminal; the program then gets
    /// up to 3 s to finish what it does on hangup (saving its reading state): a test
    /// removes its folders next, and a late save would make them again.
    func stop() {
      let pids = tmux(["display-message", "-p", "-t", "drive", "#{pid} #{pane_pid}"]).split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
      tmux(["kill-server"])
      if let server = pids.first { kill(server, SIGKILL) }
      if pids.count == 2 {
        let deadline = Date().addingTimeInterval(3)
        while Self.isRunning(group: pids[1]), Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        kill(pids[1], SIGKILL)
      }
    }

    /// Whether a process of process group `group` other than its leader (the pane's shell,
    /// which outlives the server) is still running, read from /proc: `kill(-group, 0)` also
    /// answers yes for zombies nobody reaps.
    static func isRunning(group: pid_t) -> Bool {
      guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return false }
      for entry in entries where entry.first?.isNumber == true {
        guard let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")") else { continue }
        // After `pid (name)`: state, parent, process group.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        if fields.count > 2, fields[0] != "Z", pid_t(fields[2]) == group, pid_t(entry) != group { return true }
      }
      return false
    }

    func capture(escapes: Bool = false) -> String {
      tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", "drive"])
    }

    /// The program's exit status once it has ended.
    var exited: Int32? {
      guard let text = try? String(contentsOf: statusFile, encoding: .utf8) else { return nil }
      return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    var alternateScreen: Bool { tmux(["display-message", "-p", "-t", "drive", "#{alternate_on}"]).hasPrefix("1") }

    /// A left press and release at column `x`, row `y`, in the encoding the program asked
    /// for; false when it asked for none (the click is sent anyway).
    @discardableResult
    func click(x: Int, y: Int) -> Bool {
      let reporting = tmux(["display-message", "-p", "-t", "drive", "#{mouse_any_flag}#{mouse_standard_flag}#{mouse_button_flag}"]).contains("1")
      let sgr = tmux(["display-message", "-p", "-t", "drive", "#{mouse_sgr_flag}"]).hasPrefix("1")
      for release in [false, true] {
        let bytes: [UInt8] = sgr
          ? Array("\u{1B}[<0;\(x + 1);\(y + 1)\(release ? "m" : "M")".utf8)
          : [0x1B, 0x5B, 0x4D, UInt8(32 + (release ? 3 : 0)), UInt8(33 + x), UInt8(33 + y)]
        tmux(["send-keys", "-t", "drive", "-H"] + bytes.map { String($0, radix: 16) })
      }
      return reporting
    }
  }
}
