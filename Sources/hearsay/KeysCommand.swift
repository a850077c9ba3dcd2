import ArgumentParser
import ReaderUI

/// `hearsay keys`: the reader's key table, from the same keymap the reader uses.
struct KeysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "keys", abstract: "Print the reader's keys as a Markdown table.")

  func run() throws { Output.write(KeyTable.markdown()) }
}
