import Foundation

/// Runs another program with an argument vector — never through a shell, so text from an
/// article (a URL with `;`, backticks or `$(…)`) is one argument, never a command.
enum ExternalProgram {
  enum Failure: Error, CustomStringConvertible {
    case notFound(String)
    case failed(String, Int32)
    var description: String {
      switch self {
      case .notFound(let p): return "\(p): not found"
      case .failed(let p, let status): return "\(p) exited with status \(status)"
      }
    }
  }

  /// Runs `argv` and waits. With `input`, it is written to the program's standard input
  /// and its output is discarded (clipboard tools); otherwise the program shares the
  /// terminal (an editor). Ctrl-C and Ctrl-\ go to the program, not to Hearsay.
  @discardableResult
  static func run(_ argv: [String], input: Data? = nil) throws(Failure) -> Int32 {
    guard let program = argv.first else { throw .notFound("(empty command)") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var pipeFDs: [Int32] = [-1, -1]
    if input != nil {
      guard pipe(&pipeFDs) == 0 else { throw .failed(program, errno) }
      posix_spawn_file_actions_adddup2(&actions, pipeFDs[0], STDIN_FILENO)
      posix_spawn_file_actions_addclose(&actions, pipeFDs[1])
      posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The child starts with default signal handling and nothing blocked, whatever ours are.
    var all = sigset_t()
    sigfillset(&all)
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let previous = ignoreInterrupts()
    defer { restore(previous) }
    var cArgs = argv.map { strdup($0) }
    cArgs.append(nil)
    defer { for p in cArgs { free(p) } }
    var pid: pid_t = 0
    let status = posix_spawnp(&pid, program, &actions, &attributes, cArgs, environ)
    if input != nil { close(pipeFDs[0]) }
    guard status == 0 else {
      if input != nil { close(pipeFDs[1]) }
      throw status == ENOENT ? .notFound(program) : .failed(program, status)
    }
    if let input {
      input.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
          let n = write(pipeFDs[1], raw.baseAddress! + offset, raw.count - offset)
          if n <= 0 { if errno == EINTR { continue } else { break } }
          offset += n
        }
      }
      close(pipeFDs[1])
    }
    var exit: Int32 = 0
    while waitpid(pid, &exit, 0) < 0 && errno == EINTR {}
    let code = (exit & 0x7f) == 0 ? (exit >> 8) & 0xff : 128 + (exit & 0x7f)
    if code == 127 { throw .notFound(program) }
    return code
  }

  /// Whether `name` is an executable somewhere on `PATH`.
  static func exists(_ name: String) -> Bool {
    if name.contains("/") { return access(name, X_OK) == 0 }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { access("\($0)/\(name)", X_OK) == 0 }
  }

  private static func ignoreInterrupts() -> [sigaction] {
    [SIGINT, SIGQUIT].map { sig in
      var ignore = sigaction()
      ignore.__sigaction_handler.sa_handler = SIG_IGN
      var old = sigaction()
      sigaction(sig, &ignore, &old)
      return old
    }
  }

  private static func restore(_ previous: [sigaction]) {
    for (sig, old) in zip([SIGINT, SIGQUIT], previous) {
      var action = old
      sigaction(sig, &action, nil)
    }
  }
}
