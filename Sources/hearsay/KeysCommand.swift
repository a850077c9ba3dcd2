import ArgumentParser
import ReaderUI

/// `hearsay keys`: the reader's key table from the live keymap (defaults plus the
/// configuration's bindings); `--defaults` shows the built-in table the README carries.
struct KeysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "keys", abstract: "Print the reader's keys as a Markdown table.")

  @Flag(help: "The built-in bindings, ignoring the configuration.")
  var defaults = false

  @OptionGroup var config: ConfigOptions

  func run() throws {
    guard !defaults else { return Output.write(KeyTable.markdown()) }
    let loaded = config.load()
    for problem in loaded.problems { Output.warn("config: \(problem)") }
    Output.write(KeyTable.markdown(loaded.keymap))
  }
}
