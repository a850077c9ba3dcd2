/// A terminal colour: one of the eight base colours or an entry of the 256-colour palette.
public enum Color: Hashable, Sendable {
  case black, red, green, yellow, blue, magenta, cyan, white
  case palette(UInt8)
}

/// How a cell looks. Rendering picks styles from a `Theme`, so a monochrome theme can
/// replace colour by attributes without touching the panes.
public struct Style: Hashable, Sendable {
  public var foreground: Color?
  public var background: Color?
  public var bold = false
  public var underline = false
  public var reverse = false
  public var dim = false
  public var italic = false

  public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false, underline: Bool = false,
              reverse: Bool = false, dim: Bool = false, italic: Bool = false) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
    self.dim = dim
    self.italic = italic
  }

  public static let plain = Style()

  /// `self` with `other`'s set attributes and colours laid on top.
  public func merged(with other: Style) -> Style {
    var s = self
    s.foreground = other.foreground ?? s.foreground
    s.background = other.background ?? s.background
    s.bold = s.bold || other.bold
    s.underline = s.underline || other.underline
    s.reverse = s.reverse != other.reverse
    s.dim = s.dim || other.dim
    s.italic = s.italic || other.italic
    return s
  }
}
