import Foundation
import HearsayCore

/// Something the reducer wants done outside the state: an article parsed, the index asked,
/// the reading state saved, the clipboard, another program, a file, or the end. The reducer
/// only posts them to `ReaderState.outbox`; `ReaderState.runOutbox(with:)` carries them out
/// through the app's services (or a test's fakes) and reports back in the status line.
public enum Effect: Equatable, Sendable {
  /// Parse the article at this path and show it.
  case open(path: String)
  /// Ask the collection's index for a view.
  case query(CollectionRequest)
  /// The reading state changed: save it.
  case save
  /// Leave the reader.
  case quit
  /// Copy text to the clipboard; `what` names it for the confirmation (`quote`, `URL`).
  case copy(ClipboardText, what: String)
  /// Open a file in the user's editor, at the line holding `offset` when given.
  case edit(path: String, offset: Int?, text: String?)
  /// Open a URL in the user's browser.
  case browse(String)
  case export(ExportJob)
}

/// Text bound for the clipboard, made paste-safe when it is made: article text pasted into
/// a shell can neither end a bracketed paste, nor run a line, nor hide behind a bidi
/// override (see `TextEscaping.pasteSafe`). No other way into `Effect.copy` exists.
public struct ClipboardText: Equatable, Sendable, ExpressibleByStringLiteral {
  public let text: String

  public init(_ text: String) { self.text = TextEscaping.pasteSafe(text) }
  public init(stringLiteral text: String) { self.init(text) }
}

/// Quotes to write to a file the user named.
public struct ExportJob: Equatable, Sendable {
  public enum Scope: Equatable, Sendable {
    case quotes([ExportedQuote])
    /// A speaker's quotes across the collection, fetched from the index when written.
    case speaker(id: String)
  }
  public var scope: Scope
  public var heading: String
  public var fileName: String

  public init(scope: Scope, heading: String, fileName: String) {
    self.scope = scope
    self.heading = heading
    self.fileName = fileName
  }

  /// A file name from a heading: `quotes-beijing-warns-taipei.md`.
  static func suggestedName(_ heading: String) -> String {
    var slug = ""
    for c in heading.lowercased() {
      if c.isLetter || c.isNumber { slug.append(c) } else if !slug.hasSuffix("-") { slug.append("-") }
    }
    let trimmed = slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    return String(trimmed.prefix(60)).trimmingCharacters(in: CharacterSet(charactersIn: "-")) + ".md"
  }
}
