/// Every user action, named once. Bindings, the help overlay, `--dump-config` and the
/// README key table all come from `Keymap.table`, so they cannot disagree.
public enum Action: String, CaseIterable, Sendable {
  case moveDown = "move-down", moveUp = "move-up"
  case halfPageDown = "half-page-down", halfPageUp = "half-page-up"
  case pageDown = "page-down", pageUp = "page-up"
  case top, bottom
  case nextPane = "next-pane", previousPane = "previous-pane"
  case focusArticle = "focus-article", focusQuotes = "focus-quotes", focusSources = "focus-sources"
  case nextQuote = "next-quote", previousQuote = "previous-quote"
  case nextSpeakerChange = "next-speaker-change", previousSpeakerChange = "previous-speaker-change"
  case nextSameSpeaker = "next-same-speaker", previousSameSpeaker = "previous-same-speaker"
  case pickSpeaker = "pick-speaker"
  case search, searchNext = "search-next", searchPrevious = "search-previous"
  case open, cancel, quit
  case quitNow = "quit-now"
  case backToLibrary = "back-to-library"
  case nextArticle = "next-article", previousArticle = "previous-article"
  case setMark = "set-mark", jumpToMark = "jump-to-mark"
  case jumpBack = "jump-back"
  case sort, filter
  case toggleRead = "toggle-read"
  case star, starred
  case export, yank
  case yankSource = "yank-source"
  case edit, browse
  case collectionSpeakers = "collection-speakers", collectionSearch = "collection-search"
  case mergeSpeaker = "merge-speaker", splitSpeaker = "split-speaker", renameSpeaker = "rename-speaker"
  case help
}

/// Where an action applies: the library, one of the reader's panes, the lists of quotes
/// and speakers across the collection (speakers, search results, starred quotes), or the
/// help overlay over any of them (scrolling and closing it).
public enum Context: String, CaseIterable, Sendable {
  case library, article, quotes, sources, lists, help
}

/// One row of the keymap table: an action, its default keys, what it does, and where.
public struct KeyBinding: Sendable {
  public var action: Action
  public var keys: [String]
  public var help: String
  public var contexts: Set<Context>
  /// Whether a count typed before it repeats it (`3]`).
  public var takesCount: Bool
  /// Whether the keys are followed by a letter that names something (`ma`, `'a`).
  public var takesLetter = false
}

/// The live bindings: the default table, then whatever the configuration binds or unbinds.
public struct Keymap: Sendable {
  static let reader: Set<Context> = [.article, .quotes, .sources]
  /// Every screen; the help overlay has only the rows that name it.
  static let everywhere = Set(Context.allCases).subtracting([.help])
  static let everywhereAndHelp = Set(Context.allCases)

  /// The default bindings (vim-like; arrows, PgUp/PgDn, Home/End always work too).
  public static let table: [KeyBinding] = [
    KeyBinding(action: .moveDown, keys: ["j", "<Down>"], help: "Next line or item", contexts: everywhereAndHelp, takesCount: true),
    KeyBinding(action: .moveUp, keys: ["k", "<Up>"], help: "Previous line or item", contexts: everywhereAndHelp, takesCount: true),
    KeyBinding(action: .halfPageDown, keys: ["<C-d>"], help: "Half a page down", contexts: everywhereAndHelp, takesCount: true),
    KeyBinding(action: .halfPageUp, keys: ["<C-u>"], help: "Half a page up", contexts: everywhereAndHelp, takesCount: true),
    KeyBinding(action: .pageDown, keys: ["<PageDown>", "<Space>"], help: "Page down", contexts: everywhereAndHelp, takesCount: true),
    KeyBinding(action: .pageUp, keys: ["<PageUp>"], help: "Page up", contexts: everywhereAndHelp, takesCount: true),
    KeyBinding(action: .top, keys: ["gg", "<Home>"], help: "Go to the top", contexts: everywhereAndHelp, takesCount: false),
    KeyBinding(action: .bottom, keys: ["G", "<End>"], help: "Go to the bottom", contexts: everywhereAndHelp, takesCount: false),
    KeyBinding(action: .nextPane, keys: ["<Tab>"], help: "Focus the next pane", contexts: reader, takesCount: false),
    KeyBinding(action: .previousPane, keys: ["<S-Tab>"], help: "Focus the previous pane", contexts: reader, takesCount: false),
    KeyBinding(action: .focusArticle, keys: ["1"], help: "Focus the article", contexts: reader, takesCount: false),
    KeyBinding(action: .focusQuotes, keys: ["2"], help: "Focus the quotes", contexts: reader, takesCount: false),
    KeyBinding(action: .focusSources, keys: ["3"], help: "Focus the sources", contexts: reader, takesCount: false),
    KeyBinding(action: .nextQuote, keys: ["]"], help: "Next quote", contexts: reader, takesCount: true),
    KeyBinding(action: .previousQuote, keys: ["["], help: "Previous quote", contexts: reader, takesCount: true),
    KeyBinding(action: .nextSpeakerChange, keys: ["}"], help: "Next change of speaker", contexts: reader, takesCount: true),
    KeyBinding(action: .previousSpeakerChange, keys: ["{"], help: "Previous change of speaker", contexts: reader, takesCount: true),
    KeyBinding(action: .nextSameSpeaker, keys: ["."], help: "Next quote by this speaker", contexts: reader, takesCount: true),
    KeyBinding(action: .previousSameSpeaker, keys: [","], help: "Previous quote by this speaker", contexts: reader, takesCount: true),
    KeyBinding(action: .pickSpeaker, keys: ["s"], help: "Pick a speaker by name, jump to their first quote", contexts: reader, takesCount: false),
    KeyBinding(action: .search, keys: ["/"], help: "Search the article (all matches highlighted; ↑ ↓ recall earlier searches)", contexts: reader, takesCount: false),
    KeyBinding(action: .searchNext, keys: ["n"], help: "Next search match", contexts: reader, takesCount: true),
    KeyBinding(action: .searchPrevious, keys: ["N"], help: "Previous search match", contexts: reader, takesCount: true),
    KeyBinding(action: .filter, keys: ["/"], help: "Filter as you type", contexts: [.library, .lists], takesCount: false),
    KeyBinding(action: .sort, keys: ["o"], help: "Sort by date, title or quotes", contexts: [.library], takesCount: false),
    KeyBinding(action: .toggleRead, keys: ["N"], help: "Mark the article read or unread", contexts: [.library], takesCount: false),
    KeyBinding(action: .collectionSpeakers, keys: ["S"], help: "Every speaker in the collection, most quoted first", contexts: [.library, .lists], takesCount: false),
    KeyBinding(action: .collectionSearch, keys: [":"], help: "Search the collection: words, \"phrases\", speaker: outlet: kind: after: before:", contexts: [.library, .lists], takesCount: false),
    KeyBinding(action: .mergeSpeaker, keys: ["m"], help: "Speakers view: mark a speaker, then m on another makes them one person", contexts: [.lists], takesCount: false),
    KeyBinding(action: .splitSpeaker, keys: ["U"], help: "Speakers view: split a speaker into the names it was seen under", contexts: [.lists], takesCount: false),
    KeyBinding(action: .renameSpeaker, keys: ["R"], help: "Speakers view: rename a speaker", contexts: [.lists], takesCount: false),
    KeyBinding(action: .starred, keys: ["*"], help: "Starred quotes across the collection", contexts: [.library], takesCount: false),
    KeyBinding(action: .star, keys: ["*"], help: "Star or unstar the selected quote", contexts: reader.union([.lists]), takesCount: false),
    KeyBinding(action: .export, keys: ["x"], help: "Export the quotes listed (the article's, a speaker's, the starred) to a file: .md, .json or .csv", contexts: reader.union([.lists]), takesCount: false),
    KeyBinding(action: .yank, keys: ["y"], help: "Copy the selected quote with its attribution", contexts: reader.union([.lists]), takesCount: false),
    KeyBinding(action: .yankSource, keys: ["Y"], help: "Copy the article's URL or path", contexts: everywhere, takesCount: false),
    KeyBinding(action: .edit, keys: ["e"], help: "Open the source file in $VISUAL or $EDITOR at the quote's line", contexts: everywhere, takesCount: false),
    KeyBinding(action: .browse, keys: ["o"], help: "Open the article's URL with $BROWSER or xdg-open", contexts: reader.union([.lists]), takesCount: false),
    KeyBinding(action: .open, keys: ["<Enter>"], help: "Open the article / show the quote / filter by the speaker", contexts: everywhere, takesCount: false),
    KeyBinding(action: .setMark, keys: ["m"], help: "Set a mark: a–z in this article, A–Z anywhere in the collection", contexts: reader, takesCount: false, takesLetter: true),
    KeyBinding(action: .jumpToMark, keys: ["'"], help: "Go to a mark", contexts: everywhere, takesCount: false, takesLetter: true),
    KeyBinding(action: .jumpBack, keys: ["''"], help: "Back to where you were before the last jump", contexts: reader, takesCount: false),
    KeyBinding(action: .cancel, keys: ["<Esc>"], help: "Clear the speaker filter, search or prompt", contexts: everywhereAndHelp, takesCount: false),
    KeyBinding(action: .backToLibrary, keys: ["h", "<BS>"], help: "Back one screen (to the list the article came from, or the library)", contexts: reader.union([.lists]), takesCount: false),
    KeyBinding(action: .nextArticle, keys: ["J"], help: "Next article in the library's order", contexts: reader, takesCount: true),
    KeyBinding(action: .previousArticle, keys: ["K"], help: "Previous article in the library's order", contexts: reader, takesCount: true),
    KeyBinding(action: .quit, keys: ["q"], help: "Back one screen; quit from the first (the library, or an article opened on its own); closes the help", contexts: everywhereAndHelp, takesCount: false),
    KeyBinding(action: .quitNow, keys: ["<C-c>"], help: "Quit at once", contexts: everywhereAndHelp, takesCount: false),
    KeyBinding(action: .help, keys: ["?", "<F1>"], help: "Show or hide this help", contexts: everywhereAndHelp, takesCount: false),
  ]

  public struct Binding: Sendable, Equatable {
    public var keys: [Key]
    public var action: Action
    public var context: Context
  }

  /// One entry per key sequence and context, in table order (rebinding keeps the place).
  public private(set) var bindings: [Binding]

  public init(table: [KeyBinding] = Keymap.table) {
    bindings = table.flatMap { row in
      row.keys.compactMap { Key.parseSequence($0) }.flatMap { keys in
        Context.allCases.filter(row.contexts.contains).map { Binding(keys: keys, action: row.action, context: $0) }
      }
    }
  }

  /// Binds keys to an action in a context, replacing what they did there.
  public mutating func bind(_ keys: [Key], to action: Action, in context: Context) {
    if let i = bindings.firstIndex(where: { $0.keys == keys && $0.context == context }) {
      bindings[i].action = action
    } else {
      bindings.append(Binding(keys: keys, action: action, context: context))
    }
  }

  /// Removes keys from a context; returns false when they were not bound there.
  @discardableResult
  public mutating func unbind(_ keys: [Key], in context: Context) -> Bool {
    let before = bindings.count
    bindings.removeAll { $0.keys == keys && $0.context == context }
    return bindings.count < before
  }

  public enum Match: Equatable {
    case action(Action)
    /// An action that names something by the letter typed after its keys (`ma`).
    case withLetter(Action, Character)
    /// The keys so far begin a longer binding (`g` of `gg`, `m` of `ma`): wait for more.
    case pending
    case none
  }

  public func match(_ keys: [Key], in context: Context) -> Match {
    var prefix = false
    let here = bindings.filter { $0.context == context }
    if let exact = here.first(where: { $0.keys == keys }) {
      return Self.binding(for: exact.action)?.takesLetter == true ? .pending : .action(exact.action)
    }
    for b in here {
      if b.keys.count > keys.count, Array(b.keys.prefix(keys.count)) == keys { prefix = true }
      if Self.binding(for: b.action)?.takesLetter == true, keys.count == b.keys.count + 1, Array(keys.prefix(b.keys.count)) == b.keys,
        case .character(let c) = keys.last!, c.isASCII, c.isLetter
      {
        return .withLetter(b.action, c)
      }
    }
    return prefix ? .pending : .none
  }

  /// What a key does where it is bound, when it is not bound in `context` (`S` in the
  /// reader lists the collection's speakers from the library): the action's table row,
  /// with the contexts the key has it in.
  public func elsewhere(_ key: Key, not context: Context) -> KeyBinding? {
    let found = bindings.filter { $0.keys == [key] && $0.context != context }
    guard let first = found.first, var row = Self.binding(for: first.action) else { return nil }
    row.contexts = Set(found.filter { $0.action == first.action }.map(\.context))
    return row
  }

  /// The keys bound to an action in a context, as the help overlay shows them.
  public func keys(for action: Action, in context: Context) -> [[Key]] {
    bindings.filter { $0.action == action && $0.context == context }.map(\.keys)
  }

  public static func binding(for action: Action) -> KeyBinding? { table.first { $0.action == action } }

  /// `m` then a letter is shown as `m{letter}`.
  public static func notation(_ keys: [Key], for action: Action) -> String {
    keys.map(\.notation).joined() + (binding(for: action)?.takesLetter == true ? "{letter}" : "")
  }
}
