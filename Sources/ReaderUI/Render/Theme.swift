import HearsayCore

/// The things on screen that have a style of their own; a configuration file names them
/// (`color statement speaker default bold`).
public enum ThemeElement: String, CaseIterable, Sendable {
  case statement, partial, reported, term, mention, cue
  case selectedQuote = "selected-quote", searchHit = "search-hit", currentHit = "current-hit"
  case title, dim, border
  case paneTitle = "pane-title", paneTitleFocused = "pane-title-focused"
  case selection, status, warning
}

/// A colour as a configuration gives it: a colour, the terminal's default, or the
/// speaker's own colour (for the elements that belong to a speaker).
public enum ColorSpec: Equatable, Sendable {
  case speaker, terminal
  case color(Color)
}

/// A style as data: foreground, background and attributes.
public struct StyleSpec: Equatable, Sendable {
  public var foreground: ColorSpec = .terminal
  public var background: ColorSpec = .terminal
  public var bold = false, underline = false, reverse = false, dim = false, italic = false

  public init(_ foreground: ColorSpec = .terminal, _ background: ColorSpec = .terminal, _ attributes: [String] = []) {
    self.foreground = foreground
    self.background = background
    for a in attributes { _ = set(a) }
  }

  /// Turns an attribute on by name; false when the name is unknown.
  public mutating func set(_ attribute: String) -> Bool {
    switch attribute {
    case "bold": bold = true
    case "underline": underline = true
    case "reverse": reverse = true
    case "dim": dim = true
    case "italic": italic = true
    case "normal": break
    default: return false
    }
    return true
  }

  public var attributeNames: [String] {
    let all = [("bold", bold), ("underline", underline), ("reverse", reverse), ("dim", dim), ("italic", italic)]
    let on = all.filter(\.1).map(\.0)
    return on.isEmpty ? ["normal"] : on
  }

  func style(speaker: Color?) -> Style {
    func resolve(_ c: ColorSpec) -> Color? {
      switch c {
      case .speaker: return speaker
      case .terminal: return nil
      case .color(let color): return color
      }
    }
    return Style(foreground: resolve(foreground), background: resolve(background), bold: bold, underline: underline,
                 reverse: reverse, dim: dim, italic: italic)
  }
}

/// Styles by meaning. The colour theme distinguishes speakers by colour; the monochrome
/// one (`NO_COLOR`, `--mono`) keeps statements, partial quotes, terms, speakers and
/// search hits apart with attributes alone. Both are tables a configuration can change.
public struct Theme: Equatable, Sendable {
  public var monochrome: Bool
  public var colors: Int
  public var colorStyles = Theme.defaultColorStyles
  public var monoStyles = Theme.defaultMonoStyles
  /// The colours speakers take in turn; nil for the built-in palettes.
  public var speakerPalette: [Color]?

  public init(monochrome: Bool, colors: Int = 8) {
    self.monochrome = monochrome
    self.colors = colors
  }

  public static let defaultColorStyles: [ThemeElement: StyleSpec] = [
    .statement: StyleSpec(.speaker, .terminal, ["bold"]), .partial: StyleSpec(.speaker, .terminal, ["underline"]),
    .reported: StyleSpec(.speaker), .term: StyleSpec(.color(.white), .terminal, ["dim", "italic"]),
    .mention: StyleSpec(.speaker, .terminal, ["bold", "underline"]), .cue: StyleSpec(.terminal, .terminal, ["underline"]),
    .selectedQuote: StyleSpec(.terminal, .terminal, ["reverse"]), .searchHit: StyleSpec(.color(.black), .color(.yellow)),
    .currentHit: StyleSpec(.color(.black), .color(.green), ["bold"]), .title: StyleSpec(.terminal, .terminal, ["bold"]),
    .dim: StyleSpec(.terminal, .terminal, ["dim"]), .border: StyleSpec(.terminal, .terminal, ["dim"]),
    .paneTitle: StyleSpec(.terminal, .terminal, ["bold", "dim"]), .paneTitleFocused: StyleSpec(.terminal, .terminal, ["bold", "reverse"]),
    .selection: StyleSpec(.terminal, .terminal, ["reverse"]), .status: StyleSpec(.terminal, .terminal, ["reverse"]),
    .warning: StyleSpec(.color(.red), .terminal, ["bold"]),
  ]

  public static let defaultMonoStyles: [ThemeElement: StyleSpec] = [
    .statement: StyleSpec(.terminal, .terminal, ["bold"]), .partial: StyleSpec(.terminal, .terminal, ["underline"]),
    .reported: StyleSpec(.terminal, .terminal, ["italic"]), .term: StyleSpec(.terminal, .terminal, ["dim", "italic"]),
    .mention: StyleSpec(.terminal, .terminal, ["bold", "underline"]), .cue: StyleSpec(.terminal, .terminal, ["underline"]),
    .selectedQuote: StyleSpec(.terminal, .terminal, ["reverse"]), .searchHit: StyleSpec(.terminal, .terminal, ["bold", "reverse"]),
    .currentHit: StyleSpec(.terminal, .terminal, ["bold", "underline", "reverse"]), .title: StyleSpec(.terminal, .terminal, ["bold"]),
    .dim: StyleSpec(.terminal, .terminal, ["dim"]), .border: StyleSpec(.terminal, .terminal, ["dim"]),
    .paneTitle: StyleSpec(.terminal, .terminal, ["bold", "dim"]), .paneTitleFocused: StyleSpec(.terminal, .terminal, ["bold", "reverse"]),
    .selection: StyleSpec(.terminal, .terminal, ["reverse"]), .status: StyleSpec(.terminal, .terminal, ["reverse"]),
    .warning: StyleSpec(.terminal, .terminal, ["bold"]),
  ]

  static let base: [Color] = [.cyan, .green, .magenta, .yellow, .blue, .red]
  static let extended: [Color] = [.palette(39), .palette(78), .palette(170), .palette(214), .palette(75), .palette(203),
                                  .palette(114), .palette(177), .palette(221), .palette(45), .palette(209), .palette(147)]

  public func speakerColor(_ slot: Int?) -> Color? {
    guard !monochrome, let slot else { return nil }
    let palette = speakerPalette ?? (colors >= 256 ? Self.extended : Self.base)
    return palette.isEmpty ? nil : palette[slot % palette.count]
  }

  public func style(_ element: ThemeElement, slot: Int? = nil) -> Style {
    let table = monochrome ? monoStyles : colorStyles
    return (table[element] ?? StyleSpec()).style(speaker: speakerColor(slot))
  }

  public func quote(_ form: Quote.Form, slot: Int?) -> Style {
    switch form {
    case .statement: return style(.statement, slot: slot)
    case .partial: return style(.partial, slot: slot)
    case .reported: return style(.reported, slot: slot)
    }
  }

  public var term: Style { style(.term) }
  public func mention(slot: Int?) -> Style { style(.mention, slot: slot) }
  public var cue: Style { style(.cue) }
  public var selectedQuote: Style { style(.selectedQuote) }
  public var searchHit: Style { style(.searchHit) }
  public var currentHit: Style { style(.currentHit) }
  public var title: Style { style(.title) }
  public var dim: Style { style(.dim) }
  public var border: Style { style(.border) }
  public func paneTitle(focused: Bool) -> Style { style(focused ? .paneTitleFocused : .paneTitle) }
  public var selection: Style { style(.selection) }
  public var status: Style { style(.status) }
  public var warning: Style { style(.warning) }
}
