/// Something the pipeline noticed and worked around: it is reported, never fatal, so
/// one odd mark or byte cannot cost the user the rest of the article.
public struct Diagnostic: Sendable, Hashable, Codable {
  public enum Code: String, Sendable, Codable {
    case invalidUTF8 = "invalid-utf8"
    case unclosedQuote = "unclosed-quote"
    case unopenedQuote = "unopened-quote"
    case controlCharacters = "control-characters"
    case convertedEncoding = "converted-encoding"
    case analysedInWindows = "analysed-in-windows"
    /// A web page's elements nested deeper than parsers usually follow (256).
    case deepMarkup = "deep-markup"
  }
  public var code: Code
  public var message: String
  /// Code-point offset the problem was found at, when it has one.
  public var offset: Int?

  public init(_ code: Code, _ message: String, offset: Int? = nil) {
    self.code = code
    self.message = message
    self.offset = offset
  }
}
