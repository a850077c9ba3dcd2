/// A correction the user makes to who is who across a collection, written as a line of
/// the configuration language (in the configuration file, or kept in the reading state
/// when made from the speakers view):
///
///     speaker merge "Barack Obama" "Obama"      two rows (or more) are one person
///     speaker split "Clinton"                   one row is several: each name its own
///     speaker rename "Donald J. Trump" "Donald Trump"
///
/// A speaker is named by its id, its name or any name it was seen under. Corrections are
/// applied in order when the collection's speakers are linked, so no article is read again.
public enum SpeakerCorrection: Equatable, Hashable, Sendable, Codable, CustomStringConvertible {
  case merge([String])
  case split(String)
  case rename(String, to: String)

  /// Parses the words after `speaker`; a message says what is wrong.
  public static func parse(_ args: [String]) -> Result<SpeakerCorrection, Problem> {
    guard let verb = args.first else { return .failure(Problem("speaker takes merge, split or rename: speaker merge \"Barack Obama\" \"Obama\"")) }
    let names = Array(args.dropFirst())
    guard names.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return .failure(Problem("a speaker's name is empty")) }
    switch verb {
    case "merge" where names.count >= 2: return .success(.merge(names))
    case "merge": return .failure(Problem("speaker merge takes two names or more: speaker merge \"Barack Obama\" \"Obama\""))
    case "split" where names.count == 1: return .success(.split(names[0]))
    case "split": return .failure(Problem("speaker split takes one name: speaker split \"Clinton\""))
    case "rename" where names.count == 2: return .success(.rename(names[0], to: names[1]))
    case "rename": return .failure(Problem("speaker rename takes a name and the new name: speaker rename \"Donald J. Trump\" \"Donald Trump\""))
    default: return .failure(Problem("unknown speaker correction “\(verb)” (merge, split, rename)"))
    }
  }

  /// The correction as a configuration line.
  public var description: String {
    func q(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "") + "\"" }
    switch self {
    case .merge(let names): return "speaker merge " + names.map(q).joined(separator: " ")
    case .split(let name): return "speaker split " + q(name)
    case .rename(let name, let to): return "speaker rename \(q(name)) \(q(to))"
    }
  }

  /// The names it refers to, which must each name a speaker.
  var names: [String] {
    switch self {
    case .merge(let names): return names
    case .split(let name): return [name]
    case .rename(let name, _): return [name]
    }
  }

  public struct Problem: Error, Equatable, Sendable {
    public var message: String
    init(_ message: String) { self.message = message }
  }
}
