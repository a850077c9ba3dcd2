import ArgumentParser
import Foundation
import HearsayCore
import HearsayFormats
import HearsayIndex
import HearsayState
import ReaderUI
import HearsayApp
import TerminalNCurses

/// `hearsay [PATH]`: the reader, over a folder of articles or straight into one article.
/// When stdout is not a terminal it prints the quotes as text instead.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Open a collection or an article (default: the bundled sample articles).")

  @Argument(help: "An article file or a directory of articles.")
  var path: String?

  @Flag(help: "Monochrome display (also when NO_COLOR is set).")
  var mono = false

  @Flag(help: "Open newsboat's cache (~/.local/share/newsboat/cache.db or ~/.newsboat/cache.db), read-only.")
  var newsboat = false

  @Flag(help: "Use the mouse: the wheel scrolls the pane under the pointer, a click focuses and selects (also `set mouse on`).")
  var mouse = false

  @Flag(help: "Remember nothing this time: no read marks, places, stars or history are loaded or saved.")
  var noState = false

  @Flag(help: "Print every default setting, binding and colour as a configuration file, and exit.")
  var dumpConfig = false

  @OptionGroup var config: ConfigOptions

  func run() throws {
    if dumpConfig {
      Output.write(DefaultConfig.text())
      return
    }
    var configuration = config.load()
    for problem in configuration.problems { Output.warn("config: \(problem)") }
    if mouse { configuration.settings.mouse = true }
    if newsboat, path == nil {
      let home = FileManager.default.homeDirectoryForCurrentUser.path
      let data = ProcessInfo.processInfo.environment["XDG_DATA_HOME"] ?? home + "/.local/share"
      guard let cache = [data + "/newsboat/cache.db", home + "/.newsboat/cache.db"].first(where: FileManager.default.fileExists) else {
        Output.warn("no newsboat cache found in \(data)/newsboat/ or ~/.newsboat/")
        throw ExitCode(1)
      }
      return try ReadCommand.parse([cache] + (mono ? ["--mono"] : []) + (mouse ? ["--mouse"] : []) + (config.file.map { ["--config", $0] } ?? [])).run()
    }
    guard let target = (path ?? configuration.settings.collection ?? SampleCollection.locate()).map(PathName.absolute) else {
      Output.warn("no PATH given and the bundled sample collection (Resources/articles) was not found")
      throw ExitCode(1)
    }
    guard FileManager.default.fileExists(atPath: target) else {
      Output.warn("\(target): no such file or directory")
      throw ExitCode(1)
    }
    let interactive = Output.stdoutIsTerminal && isatty(STDIN_FILENO) != 0
    if interactive && !Terminal.isUsable {
      let term = ProcessInfo.processInfo.environment["TERM"].map { "TERM=\($0)" } ?? "TERM is not set"
      Output.warn("this terminal (\(term)) cannot show the reader; printing the quotes instead (try TERM=xterm-256color)")
    }
    guard interactive, Terminal.isUsable else {
      try ArticleInputs(paths: [target], fieldMap: nil).forEach { Output.write(QuoteTable.text(ArticleReport($0), explain: false)) }
      return
    }
    var isDirectory: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory)
    let monochrome = mono || ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } == true
    // Without its index the folder still reads; the status line says why search is missing.
    var index: IndexQueries?
    var notices: [String] = []
    if isDirectory.boolValue {
      do { index = IndexQueries(index: try CollectionIndex(root: target)) } catch { notices.append("no collection index (\(error)): search and the speakers view are off") }
    }
    var options = ReaderApp.Options(paths: [target], loader: .standard, collection: index)
    // With an index, its newest articles; with one still empty, the folder's first files.
    if let index {
      options.firstScreen = index.firstScreen(rows: Self.firstScreenRows) ?? LibraryState.firstScreen(scanning: target, loader: .standard)
    }
    options.notices = notices
    options.monochrome = monochrome
    options.startInArticle = !isDirectory.boolValue
    options.config = configuration
    // A single file's state lives with its folder's, so stars and marks meet again.
    let root = isDirectory.boolValue ? target : URL(fileURLWithPath: target).deletingLastPathComponent().path
    options.store = noState ? nil : StateStore(root: root)
    options.protectedRoots = [root]
    ReaderApp(options).run()
    Terminal.dieOfStopSignal()
  }

  /// Rows of the library asked of the index before the folder is scanned: a tall screen.
  static let firstScreenRows = 100
}

/// Finds `Resources/articles` from the working directory or the executable's location.
enum SampleCollection {
  static func locate() -> String? {
    let fm = FileManager.default
    var candidates = [fm.currentDirectoryPath]
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<6 {
      candidates.append(dir.path)
      dir = dir.deletingLastPathComponent()
    }
    for c in candidates {
      let path = URL(fileURLWithPath: c).appendingPathComponent("Resources/articles").path
      if fm.fileExists(atPath: path) { return path }
    }
    return nil
  }
}
