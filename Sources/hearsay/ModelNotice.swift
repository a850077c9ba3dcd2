import Foundation
import HearsayCore

/// The part-of-speech model ships beside the program (or under `share/hearsay/` once
/// installed). Without it attribution still runs, guessing word classes from capitals and
/// lists, and is measurably worse: the user is told once, with the reason.
enum ModelNotice {
  static func warnIfMissing() {
    guard case .failure(let error) = Tagger.shipped else { return }
    let message = "hearsay: warning: \(error); quotes are attributed without it, less accurately (scripts/install puts it in place)\n"
    FileHandle.standardError.write(Data(message.utf8))
  }
}
