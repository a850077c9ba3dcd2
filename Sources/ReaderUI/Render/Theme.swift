import HearsayCore

/// Styles by meaning. The colour theme distinguishes speakers by colour; the monochrome
/// one (`NO_COLOR`, `--mono`) keeps statements, partial quotes, terms, speakers and
/// search hits apart with attributes alone.
public struct Theme: Sendable {
  public var monochrome: Bool
  public var colors: Int

  public init(monochrome: Bool, colors: Int = 8) {
    self.monochrome = monochrome
    self.colors = colors
  }

  static let base: [Color] = [.cyan, .green, .magenta, .yellow, .blue, .red]
  static let extended: [Color] = [.palette(39), .palette(78), .palette(170), .palette(214), .palette(75), .palette(203),
                                  .palette(114), .palette(177), .palette(221), .palette(45), .palette(209), .palette(147)]

  public func speakerColor(_ slot: Int?) -> Color? {
    guard !monochrome, let slot else { return nil }
    let palette = colors >= 256 ? Self.extended : Self.base
    return palette[slot % palette.count]
  }

  public func quote(_ form: Quote.Form, slot: Int?) -> Style {
    if monochrome {
      switch form {
      case .statement: return Style(bold: true)
      case .partial: return Style(underline: true)
      case .reported: return Style(italic: true)
      }
    }
    let c = speakerColor(slot)
    switch form {
    case .statement: return Style(foreground: c, bold: true)
    case .partial: return Style(foreground: c, underline: true)
    case .reported: return Style(foreground: c)
    }
  }

  public var term: Style { monochrome ? Style(dim: true, italic: true) : Style(foreground: .white, dim: true, italic: true) }
  public func mention(slot: Int?) -> Style { Style(foreground: speakerColor(slot), bold: true, underline: true) }
  public var cue: Style { Style(underline: true) }
  public var selectedQuote: Style { Style(reverse: true) }
  public var searchHit: Style { monochrome ? Style(bold: true, reverse: true) : Style(foreground: .black, background: .yellow) }
  public var currentHit: Style { monochrome ? Style(bold: true, underline: true, reverse: true) : Style(foreground: .black, background: .green, bold: true) }
  public var title: Style { Style(bold: true) }
  public var dim: Style { Style(dim: true) }
  public var border: Style { Style(dim: true) }
  public func paneTitle(focused: Bool) -> Style { focused ? Style(bold: true, reverse: true) : Style(bold: true, dim: true) }
  public var selection: Style { Style(reverse: true) }
  public var status: Style { Style(reverse: true) }
  public var warning: Style { monochrome ? Style(bold: true) : Style(foreground: .red, bold: true) }
}
