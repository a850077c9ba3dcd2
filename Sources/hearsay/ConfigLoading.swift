import ArgumentParser
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
