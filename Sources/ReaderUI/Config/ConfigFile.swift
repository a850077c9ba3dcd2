import Foundation
import HearsayCore

/// A line of the configuration that could not be used: file, line and why. The rest of
/// the file still loads.
public struct ConfigProblem: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var message: String
  public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }
}

/// Everything a configuration file sets: options, key bindings, colours.
public struct ReaderConfig: Sendable {
  public var settings = ReaderSettings()
  public var keymap = Keymap()
  /// The style tables and speaker palette; the terminal decides colour or monochrome.
  public var theme = Theme(monochrome: false)
  public var problems: [ConfigProblem] = []
  /// `speaker merge|split|rename` lines, in order.
  public var speakerCorrections: [SpeakerCorrection] = []

  public init() {}
}

/// The configuration language: one command per line, as tig and newsboat have it.
///
///     set mouse on                      set text-width 80
///     set pane-ratio 50:30:20           set collection ~/news
///     bind article,quotes J next-quote  unbind library o
///     color statement speaker default bold
///     color speakers cyan 214 magenta   mono term dim italic
///     speaker merge "Barack Obama" "Obama"   speaker split "Clinton"
///     speaker rename "Donald J. Trump" "Donald Trump"
///
/// `#` starts a comment; arguments with spaces go in double quotes.
public enum ConfigFile {
  /// Parses `text` on top of the defaults (or of `base`, for a second file).
  public static func parse(_ text: String, file: String, onto base: ReaderConfig = ReaderConfig()) -> ReaderConfig {
    var config = base
    for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let words: [String]
      do { words = try tokens(String(raw)) } catch {
        config.problems.append(ConfigProblem(file: file, line: i + 1, message: "a quote is not closed"))
        continue
      }
      guard let command = words.first else { continue }
      if let message = apply(command, Array(words.dropFirst()), to: &config) {
        config.problems.append(ConfigProblem(file: file, line: i + 1, message: message))
      }
    }
    return config
  }

  /// Applies one command; returns what was wrong with it, if anything.
  static func apply(_ command: String, _ args: [String], to config: inout ReaderConfig) -> String? {
    switch command {
    case "set": return set(args, &config.settings)
    case "bind", "unbind": return bind(command, args, &config.keymap)
    case "color", "colour": return color(args, &config.theme)
    case "mono": return mono(args, &config.theme)
    case "speaker":
      switch SpeakerCorrection.parse(args) {
      case .success(let correction): config.speakerCorrections.append(correction)
      case .failure(let problem): return problem.message
      }
      return nil
    default: return "unknown command “\(command)” (set, bind, unbind, color, mono, speaker)"
    }
  }

  static func set(_ args: [String], _ s: inout ReaderSettings) -> String? {
    guard args.count == 2 else { return "set takes a name and a value: set mouse on" }
    let (name, value) = (args[0], args[1])
    switch name {
    case "mouse", "minimap":
      guard let flag = ["on": true, "yes": true, "true": true, "off": false, "no": false, "false": false][value.lowercased()] else {
        return "\(name) is on or off, not “\(value)”"
      }
      if name == "mouse" { s.mouse = flag } else { s.minimap = flag }
    case "text-width":
      guard let n = Int(value), n == 0 || (20...1000).contains(n) else { return "text-width is 0 (the pane's width) or 20 to 1000, not “\(value)”" }
      s.textWidth = n
    case "pane-ratio":
      let parts = value.split(separator: ":").compactMap { Int($0) }
      guard parts.count == 3, parts.allSatisfy({ $0 > 0 }) else { return "pane-ratio is three positive numbers, article:quotes:sources (50:30:20), not “\(value)”" }
      s.paneRatio = PaneRatio(article: parts[0], quotes: parts[1], sources: parts[2])
    case "collection":
      s.collection = PathName.absolute(value)
    default:
      return "unknown setting “\(name)” (mouse, minimap, text-width, pane-ratio, collection)"
    }
    return nil
  }

  static func bind(_ command: String, _ args: [String], _ keymap: inout Keymap) -> String? {
    let wanted = command == "bind" ? 3 : 2
    guard args.count == wanted else { return command == "bind" ? "bind takes a context, keys and an action: bind article J next-quote" : "unbind takes a context and keys: unbind library o" }
    var contexts: [Context] = []
    for name in args[0].split(separator: ",").map(String.init) {
      switch name {
      case "reader": contexts += Context.allCases.filter(Keymap.reader.contains)
      case "all", "generic": contexts += Context.allCases.filter(Keymap.everywhere.contains)
      default:
        guard let c = Context(rawValue: name) else { return "unknown context “\(name)” (library, article, quotes, sources, lists, help, reader, all)" }
        contexts.append(c)
      }
    }
    guard let keys = Key.parseSequence(args[1]) else { return "cannot read the keys “\(args[1])” (examples: j, gg, <C-d>, <Down>, <Space>)" }
    if command == "unbind" {
      let removed = contexts.map { keymap.unbind(keys, in: $0) }.contains(true)
      return removed ? nil : "“\(args[1])” is not bound in \(args[0])"
    }
    guard let action = Action(rawValue: args[2]) else { return "unknown action “\(args[2])” (hearsay --dump-config lists them)" }
    for c in contexts { keymap.bind(keys, to: action, in: c) }
    return nil
  }

  static func color(_ args: [String], _ theme: inout Theme) -> String? {
    guard let first = args.first else { return "color takes an element and colours: color statement speaker default bold" }
    if first == "speakers" {
      var palette: [Color] = []
      for name in args.dropFirst() {
        guard case .color(let c)? = colorSpec(name) else { return "“\(name)” is not a colour (a name like cyan, or 0 to 255)" }
        palette.append(c)
      }
      guard !palette.isEmpty else { return "color speakers takes at least one colour" }
      theme.speakerPalette = palette
      return nil
    }
    guard let element = ThemeElement(rawValue: first) else { return "unknown element “\(first)” (\(ThemeElement.allCases.map(\.rawValue).joined(separator: ", ")), speakers)" }
    guard args.count >= 2 else { return "color \(first) needs a foreground colour" }
    var spec = StyleSpec()
    var rest = args.dropFirst()
    guard let fg = colorSpec(rest.removeFirst()) else { return "“\(args[1])” is not a colour (a name, 0 to 255, default or speaker)" }
    spec.foreground = fg
    if let next = rest.first, let bg = colorSpec(next) {
      spec.background = bg
      rest = rest.dropFirst()
    }
    for attribute in rest where !spec.set(attribute) { return "unknown attribute “\(attribute)” (bold, underline, reverse, dim, italic, normal)" }
    theme.colorStyles[element] = spec
    return nil
  }

  static func mono(_ args: [String], _ theme: inout Theme) -> String? {
    guard let first = args.first, let element = ThemeElement(rawValue: first) else {
      return "mono takes an element and attributes: mono term dim italic"
    }
    var spec = StyleSpec()
    for attribute in args.dropFirst() where !spec.set(attribute) { return "unknown attribute “\(attribute)” (bold, underline, reverse, dim, italic, normal)" }
    theme.monoStyles[element] = spec
    return nil
  }

  static let colorNames: [String: Color] = [
    "black": .black, "red": .red, "green": .green, "yellow": .yellow, "blue": .blue, "magenta": .magenta, "cyan": .cyan, "white": .white,
  ]

  static func colorSpec(_ name: String) -> ColorSpec? {
    let lower = name.lowercased()
    if lower == "default" { return .terminal }
    if lower == "speaker" { return .speaker }
    if let c = colorNames[lower] { return .color(c) }
    let digits = lower.hasPrefix("color") ? String(lower.dropFirst(5)) : lower
    if let n = Int(digits), (0...255).contains(n) { return .color(.palette(UInt8(n))) }
    return nil
  }

  static func name(of spec: ColorSpec) -> String {
    switch spec {
    case .speaker: return "speaker"
    case .terminal: return "default"
    case .color(.palette(let n)): return String(n)
    case .color(let c): return colorNames.first { $0.value == c }!.key
    }
  }

  struct UnclosedQuote: Error {}

  /// Splits a line into words: spaces separate, double quotes group, `#` ends the line.
  static func tokens(_ line: String) throws -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    var inWord = false
    for c in line {
      if quoted {
        if c == "\"" { quoted = false } else { current.append(c) }
      } else if c == "\"" {
        quoted = true
        inWord = true
      } else if c == "#" && !inWord {
        break
      } else if c.isWhitespace {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(c)
        inWord = true
      }
    }
    if quoted { throw UnclosedQuote() }
    if inWord { words.append(current) }
    return words
  }
}
