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
    let summary = try index.update(loader: .standard, failure: { Output.warn($0) })
    if let repaired = summary.repaired { Output.warn(IndexDamaged(reason: repaired).description) }
    let configuration = config.load()
    for problem in configuration.problems { Output.warn("config: \(problem)") }
    let loaded = StateStore(root: PathName.absolute(root)).load()
    for message in try index.correctSpeakers(configuration.speakerCorrections + loaded.state.speakerCorrections) {
      Output.warn(message)
    }
    return index
  }
}

extension CollectionIndex {
  /// `query`, and when it finds the index damaged: `notice` gets a sentence saying so, the
  /// index is rebuilt from the articles, and the query asked once more.
  func answering<T>(notice: (String) -> Void = { Output.warn($0) }, _ query: (CollectionIndex) throws -> T) throws -> T {
    do {
      return try query(self)
    } catch let damaged as IndexDamaged {
      notice(damaged.description)
      try update(loader: .standard)
      return try query(self)
    }
  }
}
