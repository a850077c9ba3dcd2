import ArgumentParser
import HearsayCore
import HearsayIndex
import Foundation
import HearsayState
import ReaderUI

/// `--config FILE`, shared by the commands that read the configuration.
struct ConfigOptions: ParsableArguments {
  @Option(name: .customLong("config"), help: ArgumentHelp("Configuration file (default: $XDG_CONFIG_HOME/hearsay/config).", valueName: "file"))
  var file: String?

  /// The configuration: defaults, then the file when there is one. Problems come back
  /// with the configuration (file and line each) rather than stopping anything.
  func load() -> ReaderConfig {
    let path = file ?? UserDirectories.config.appendingPathComponent("config").path
    guard FileManager.default.fileExists(atPath: path) else {
      var config = ReaderConfig()
      if file != nil { config.problems.append(ConfigProblem(file: path, line: 0, message: "no such file; using the defaults")) }
      return config
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      var config = ReaderConfig()
      config.problems.append(ConfigProblem(file: path, line: 0, message: "cannot be read; using the defaults"))
      return config
    }
    return ConfigFile.parse(String(decoding: data, as: UTF8.self), file: path)
  }
}

/// A collection's index as the commands use it: brought up to date, its speakers linked
/// with the user's corrections (the configuration's `speaker` lines, then those made in
/// the reader), and a warning for each correction that names nobody.
enum CollectionAccess {
  static func open(_ root: String, config: ConfigOptions) throws -> CollectionIndex {
    let index = try CollectionIndex(root: root)
    try index.update(loader: .standard, failure: { Output.warn($0) })
    let configuration = config.load()
    for problem in configuration.problems { Output.warn("config: \(problem)") }
    let loaded = StateStore(root: PathName.absolute(root)).load()
    for message in try index.correctSpeakers(configuration.speakerCorrections + loaded.state.speakerCorrections) {
      Output.warn(message)
    }
    return index
  }
}
