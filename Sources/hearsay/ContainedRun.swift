import ArgumentParser
import Foundation
import HearsayCore
import HearsayFormats

/// `hearsay quotes`, `speakers` and `export` over many articles, safe from a fault in the
/// core (a trap, a bad memory access): one process for a whole corpus is what scripts and
/// scorers run, and one article that stops it must not cost them all the others. The articles are analysed in a child
/// process that sends each one's output back over a pipe; when the child stops, the window
/// it was analysing is gone through again one article at a time, which names the article
/// that stops it. That article is reported on stderr and left out, the status is 1, and
/// the run goes on: the other articles' output is the same bytes as a run without it.
///
/// The child is the same program started afresh with the same arguments, told by its
/// environment which articles to analyse and that its standard output is the pipe (`Role`);
/// it analyses exactly as an uncontained run does. (A forked child is cheaper, but the Swift
/// runtime's locks keep the parent's thread identity and deadlock in it.)
enum ContainedRun {
  /// Whether the articles in `inputs` are analysed so: more than one may come (a folder,
  /// several files, a dataset), and not from a stream, which a second child could not read
  /// again. One plain file is analysed in place: nothing else could be saved from its fault.
  static func applies(to inputs: ArticleInputs) -> Bool {
    guard !inputs.paths.contains(ArticleInputs.standardInput) else { return false }
    guard let only = inputs.paths.first, inputs.paths.count == 1 else { return true }
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: only, isDirectory: &isDirectory) && isDirectory.boolValue
      || ArticleLoader.standard.collection(for: only) != nil
  }

  /// What this process is asked to analyse as a contained run's child, if it is one.
  struct Role {
    var positions: Range<Int>
    /// One article at a time, to name the one that stops the analysis.
    var careful: Bool

    static let variable = "HEARSAY_CONTAINED_CHILD"

    /// The role in this process's environment (`start end careful`), if any.
    static var current: Role? {
      guard let value = ProcessInfo.processInfo.environment[variable] else { return nil }
      let parts = value.split(separator: " ").compactMap { Int($0) }
      guard parts.count == 3, parts[0] >= 0, parts[1] > parts[0] else { return nil }
      return Role(positions: parts[0]..<parts[1], careful: parts[2] == 1)
    }

    var environmentValue: String { "\(positions.lowerBound) \(positions.upperBound) \(careful ? 1 : 0)" }
  }

  /// Analyses the articles `role` names as the child of a contained run: `analyse` writes
  /// each article's output to the channel (standard output, the pipe to the parent).
  static func serve(_ role: Role, _ inputs: ArticleInputs, analyse: (ArticleInputs, Channel) throws -> Void) throws {
    var mine = inputs
    mine.positions = role.positions
    if role.careful { (mine.jobs, mine.windowSize) = (1, 1) }
    let channel = Channel(fd: STDOUT_FILENO)
    mine.observer = channel
    defer { channel.flush() }
    try analyse(mine, channel)
  }

  /// Each article's `transform`, given to `body` in input order: over a folder, several files
  /// or a dataset, made in a contained run's children and sent back as JSON; otherwise in
  /// place. In a contained run's child, it serves its part and ends the program.
  static func map<T: Codable & SendableMetatype>(_ inputs: ArticleInputs, _ transform: @escaping @Sendable (consuming ArticleAnalysis) throws -> T,
                              _ body: (T) throws -> Void) throws {
    if let role = Role.current {
      try serve(role, inputs) { inputs, channel in
        try inputs.map({ try JSONEncoder().encode(transform($0)) }) { channel.write(Array($0)) }
      }
      throw ExitCode.success
    }
    var failure: Error?
    let decoder = JSONDecoder()
    guard applies(to: inputs), let status = run(inputs, receive: { bytes in
      guard failure == nil else { return }
      do { try body(try decoder.decode(T.self, from: Data(bytes))) } catch { failure = error }
    }) else {
      return try inputs.map(transform, body)
    }
    if let failure { throw failure }
    if status != 0 { throw ExitCode(status) }
  }

  /// Runs this program's command as children until every article in `inputs` is done or
  /// left out, and gives each article's output to `receive`, in input order. Returns the
  /// status to exit with, or nil when no child could be started (`/proc` not mounted),
  /// for the caller to analyse in place.
  static func run(_ inputs: ArticleInputs, receive: ([UInt8]) -> Void) -> Int32? {
    var status: Int32 = 0
    // The first article not yet given out, and the articles gone through one at a time.
    var next = 0
    var careful: Range<Int>?
    while true {
      var window: (start: Int, labels: [String])?
      var output: [UInt8] = []
      let ending = Child.run(Role(positions: careful ?? next..<Int.max, careful: careful != nil)) { frame in
        switch frame {
        case .window(let start, let labels): window = (start, labels)
        case .output(let bytes): output += bytes
        case .gaveOut(let position, let produced):
          if produced { receive(output) }
          output = []
          next = position + 1
        }
      }
      switch ending {
      case .notStarted(let error):
        guard next > 0 || careful != nil else { return nil }
        Output.warn("could not start the analysis again (\(String(cString: strerror(error)))); the articles after the first \(next) are left out")
        return 1
      case .exited(let code):
        status = max(status, code)
        guard let done = careful else { return status }
        // The window gone through one at a time is done: on with the rest, in parallel.
        next = max(next, done.upperBound)
        careful = nil
      case .stopped(let signal):
        status = 1
        let name = String(cString: strsignal(signal))
        guard Child.faults.contains(signal) else {
          Output.warn("the analysis was ended from outside (\(name)) after \(next) articles; the rest are left out")
          return status
        }
        guard let window, window.start + window.labels.count > next else {
          Output.warn("the analysis stopped (\(name)) while reading the articles, after \(next) of them; the rest are left out")
          return status
        }
        let end = window.start + window.labels.count
        if window.labels.count > 1 {
          careful = next..<end
          continue
        }
        Output.warn("\(window.labels[0]): the analysis stopped on this article (\(name)), a fault in Hearsay; it is left out and the others go on. Please report it, with the article.")
        next = window.start + 1
        if let rest = careful, next < rest.upperBound { careful = next..<rest.upperBound } else { careful = nil }
      }
    }
  }

  /// What a child sends its parent: its output, and where in the input order it is.
  enum Frame {
    /// The articles from `start` are about to be analysed (`labels` name them).
    case window(start: Int, labels: [String])
    /// Part of the output of the article being given out.
    case output([UInt8])
    /// The article at `position` is done: given out (`produced`) or reported as unreadable.
    case gaveOut(Int, produced: Bool)

    static let windowKind: UInt8 = 0, outputKind: UInt8 = 1, producedKind: UInt8 = 2, unreadableKind: UInt8 = 3
  }

  /// The child's end of the pipe: frames (a kind byte, a length, the bytes), written in
  /// large writes, and all of them before each window is analysed, when the child may stop.
  /// A parent that has gone ends the child (`BufferedOutput.writeAll`).
  final class Channel: ByteSink, WindowObserver {
    private let fd: Int32
    private var buffer: [UInt8] = []

    init(fd: Int32) { self.fd = fd }

    func write(_ bytes: [UInt8]) { frame(Frame.outputKind, bytes) }

    func willAnalyse(from start: Int, labels: [String]) {
      var payload = Self.bytes(of: start)
      payload += Array(labels.joined(separator: "\u{0}").utf8)
      frame(Frame.windowKind, payload)
      flush()
    }

    func gaveOut(_ position: Int, produced: Bool) {
      frame(produced ? Frame.producedKind : Frame.unreadableKind, Self.bytes(of: position))
    }

    private func frame(_ kind: UInt8, _ payload: [UInt8]) {
      buffer.append(kind)
      buffer += Self.bytes(of: payload.count)
      if payload.count >= 1 << 16 {
        flush()
        BufferedOutput.writeAll(payload, to: fd)
      } else {
        buffer += payload
        if buffer.count >= 1 << 16 { flush() }
      }
    }

    func flush() {
      BufferedOutput.writeAll(buffer, to: fd)
      buffer.removeAll(keepingCapacity: true)
    }

    static func bytes(of n: Int) -> [UInt8] { withUnsafeBytes(of: UInt64(n).littleEndian, Array.init) }
  }

  /// A child process and the frames it sends.
  enum Child {
    enum Ending {
      case notStarted(errno: Int32)
      case exited(Int32)
      case stopped(signal: Int32)
    }

    /// The signals a fault in the program ends it with (a Swift trap is SIGILL or SIGTRAP).
    static let faults: Set<Int32> = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGSYS]

    /// Starts this program again with its arguments and `role`, hands each frame it sends
    /// to `receive`, and says how it ended.
    static func run(_ role: Role, receive: (Frame) -> Void) -> Ending {
      var fds: [Int32] = [0, 0]
      guard pipe(&fds) == 0 else { return .notStarted(errno: errno) }
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO)
      posix_spawn_file_actions_addclose(&actions, fds[0])
      posix_spawn_file_actions_addclose(&actions, fds[1])
      // A child that may stop is gone through again one article at a time, whose stop is the
      // one worth a backtrace (Swift's runtime prints one to stderr).
      var environment = ProcessInfo.processInfo.environment
      environment[Role.variable] = role.environmentValue
      if !role.careful { environment["SWIFT_BACKTRACE"] = "enable=no" }
      var cArguments = CommandLine.arguments.map { strdup($0) } + [nil]
      var cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
      defer { for p in cArguments + cEnvironment { free(p) } }
      var pid: pid_t = 0
      let started = posix_spawn(&pid, "/proc/self/exe", &actions, nil, &cArguments, &cEnvironment)
      close(fds[1])
      defer { close(fds[0]) }
      guard started == 0 else { return .notStarted(errno: started) }
      var reader = FrameReader(fd: fds[0])
      while let frame = reader.next() { receive(frame) }
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      let signal = status & 0x7F
      return signal == 0 ? .exited((status >> 8) & 0xFF) : .stopped(signal: signal)
    }
  }

  /// Frames from the parent's end of the pipe; none past the child's end (a frame the child
  /// stopped in the middle of is dropped).
  struct FrameReader {
    let fd: Int32
    private var buffer: [UInt8] = []
    private var at = 0
    /// What one read fills, made once (a frame is often a few bytes).
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)

    init(fd: Int32) { self.fd = fd }

    mutating func next() -> Frame? {
      guard fill(9) else { return nil }
      let kind = buffer[at]
      let length = Self.integer(buffer, at + 1)
      guard fill(9 + length) else { return nil }
      let payload = Array(buffer[(at + 9)..<(at + 9 + length)])
      at += 9 + length
      switch kind {
      case Frame.windowKind:
        let labels = payload.dropFirst(8).split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        return .window(start: Self.integer(payload, 0), labels: labels)
      case Frame.outputKind: return .output(payload)
      default: return .gaveOut(Self.integer(payload, 0), produced: kind == Frame.producedKind)
      }
    }

    private static func integer(_ bytes: some Collection<UInt8>, _ offset: Int) -> Int {
      var n: UInt64 = 0
      for (i, b) in bytes.dropFirst(offset).prefix(8).enumerated() { n |= UInt64(b) << (8 * i) }
      return Int(truncatingIfNeeded: n)
    }

    /// Whether `count` bytes from `at` are in the buffer, reading more as needed.
    private mutating func fill(_ count: Int) -> Bool {
      if at > 0 && at + count > buffer.count {
        buffer.removeFirst(at)
        at = 0
      }
      while buffer.count - at < count {
        let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { return false }
        buffer += chunk[..<n]
      }
      return true
    }
  }
}
