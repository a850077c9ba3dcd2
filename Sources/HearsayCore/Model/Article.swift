import Foundation

/// One news article as loaded from disk: its full text (offsets in every later stage
/// refer to it) and the layout the loader recognised around the body.
public struct Article: Sendable {
  /// Where the article came from, as the user named it.
  public var path: String
  /// The full text, exactly as decoded; every offset refers to it.
  public var text: String
  /// The same text as code points, so stages index it in O(1) and slice it cheaply.
  public let storage: ScalarText
  public var scalars: [Unicode.Scalar] { storage.scalars }
  public var title: String?
  /// A kicker or section line such as `CHINA / DIPLOMACY`.
  public var section: String?
  /// The date line as printed, kept because parsing may lose its time zone or style.
  public var dateText: String?
  public var date: Date?
  /// Front-matter fields that are not title or date (source, url, author...).
  public var metadata: [String: String]
  /// Blocks of text in reading order with the role the loader gave them.
  public var blocks: [Block]
  /// Problems found while loading that did not stop it (invalid UTF-8, ...).
  public var diagnostics: [Diagnostic]

  public init(
    path: String, text: String, title: String? = nil, section: String? = nil,
    dateText: String? = nil, date: Date? = nil, metadata: [String: String] = [:],
    blocks: [Block], diagnostics: [Diagnostic] = []
  ) {
    self.path = path
    self.text = text
    self.storage = ScalarText(text)
    self.title = title
    self.section = section
    self.dateText = dateText
    self.date = date
    self.metadata = metadata
    self.blocks = blocks
    self.diagnostics = diagnostics
  }

  /// The text of a span, for output and display.
  public func substring(_ range: TextRange) -> String { storage.string(range.start, range.end) }

  /// Paragraph-like unit of the article with what it is for.
  public struct Block: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable {
      case section, headline, dateline, caption, body, metadata
      /// A photo's credit line between paragraphs (`Dana Ruiz via Getty Images.`): shown
      /// with the text, read as nobody's prose.
      case credit
      /// Whether the block is part of the article's text as a reader shows it (a header's
      /// blocks are shown above it, front matter not at all).
      public var isText: Bool { self == .body || self == .caption || self == .credit }
    }
    public var range: TextRange
    public var role: Role
    public init(range: TextRange, role: Role) {
      self.range = range
      self.role = role
    }
  }
}
