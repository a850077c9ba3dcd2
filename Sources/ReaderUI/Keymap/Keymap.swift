/// Every user action, named once. Bindings, the help overlay and the README key table
/// all come from `Keymap.table`, so they cannot disagree.
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
  case jumpBack = "jump-back"
  case sort, filter
  case collectionSpeakers = "collection-speakers", collectionSearch = "collection-search"
  case help
}

/// Where an action applies.
public enum Context: String, CaseIterable, Sendable {
  case library, article, quotes, sources
}

/// One row of the keymap table: an action, its default keys, what it does, and where.
public struct KeyBinding: Sendable {
  public var action: Action
  public var keys: [String]
  public var help: String
  public var contexts: Set<Context>
  /// Whether a count typed before it repeats it (`3]`).
  public var takesCount: Bool
}

public struct Keymap: Sendable {
  static let reader: Set<Context> = [.article, .quotes, .sources]
  static let everywhere = Set(Context.allCases)

  /// The default bindings (vim-like; arrows, PgUp/PgDn, Home/End always work too).
  public static let table: [KeyBinding] = [
    KeyBinding(action: .moveDown, keys: ["j", "<Down>"], help: "Next line or item", contexts: everywhere, takesCount: true),
    KeyBinding(action: .moveUp, keys: ["k", "<Up>"], help: "Previous line or item", contexts: everywhere, takesCount: true),
    KeyBinding(action: .halfPageDown, keys: ["<C-d>"], help: "Half a page down", contexts: everywhere, takesCount: true),
    KeyBinding(action: .halfPageUp, keys: ["<C-u>"], help: "Half a page up", contexts: everywhere, takesCount: true),
    KeyBinding(action: .pageDown, keys: ["<PageDown>", "<Space>"], help: "Page down", contexts: everywhere, takesCount: true),
    KeyBinding(action: .pageUp, keys: ["<PageUp>"], help: "Page up", contexts: everywhere, takesCount: true),
    KeyBinding(action: .top, keys: ["gg", "<Home>"], help: "Go to the top", contexts: everywhere, takesCount: false),
    KeyBinding(action: .bottom, keys: ["G", "<End>"], help: "Go to the bottom", contexts: everywhere, takesCount: false),
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
    KeyBinding(action: .search, keys: ["/"], help: "Search the article (all matches highlighted)", contexts: reader, takesCount: false),
    KeyBinding(action: .searchNext, keys: ["n"], help: "Next search match", contexts: reader, takesCount: true),
    KeyBinding(action: .searchPrevious, keys: ["N"], help: "Previous search match", contexts: reader, takesCount: true),
    KeyBinding(action: .filter, keys: ["/"], help: "Filter the articles as you type", contexts: [.library], takesCount: false),
    KeyBinding(action: .sort, keys: ["o"], help: "Sort by date, title or quotes", contexts: [.library], takesCount: false),
    KeyBinding(action: .collectionSpeakers, keys: ["S"], help: "Every speaker in the collection, most quoted first", contexts: [.library], takesCount: false),
    KeyBinding(action: .collectionSearch, keys: [":"], help: "Search the collection: words, \"phrases\", speaker: outlet: kind: after: before:", contexts: [.library], takesCount: false),
    KeyBinding(action: .open, keys: ["<Enter>"], help: "Open the article / show the quote / filter by the speaker", contexts: everywhere, takesCount: false),
    KeyBinding(action: .jumpBack, keys: ["''"], help: "Back to where you were before the last jump", contexts: reader, takesCount: false),
    KeyBinding(action: .cancel, keys: ["<Esc>"], help: "Clear the speaker filter, search or prompt", contexts: everywhere, takesCount: false),
    KeyBinding(action: .backToLibrary, keys: ["h", "<BS>"], help: "Back to the library", contexts: reader, takesCount: false),
    KeyBinding(action: .quit, keys: ["q"], help: "Back, or quit from the library", contexts: everywhere, takesCount: false),
    KeyBinding(action: .quitNow, keys: ["<C-c>"], help: "Quit at once", contexts: everywhere, takesCount: false),
    KeyBinding(action: .help, keys: ["?", "<F1>"], help: "Show or hide this help", contexts: everywhere, takesCount: false),
  ]

  public private(set) var bindings: [(keys: [Key], action: Action, contexts: Set<Context>)]

  public init(table: [KeyBinding] = Keymap.table) {
    bindings = table.flatMap { row in
      row.keys.compactMap { notation in Key.parseSequence(notation).map { (keys: $0, action: row.action, contexts: row.contexts) } }
    }
  }

  public enum Match: Equatable {
    case action(Action)
    /// The keys so far begin a longer binding (`g` of `gg`): wait for more.
    case pending
    case none
  }

  public func match(_ keys: [Key], in context: Context) -> Match {
    var prefix = false
    for b in bindings where b.contexts.contains(context) {
      if b.keys == keys { return .action(b.action) }
      if b.keys.count > keys.count, Array(b.keys.prefix(keys.count)) == keys { prefix = true }
    }
    return prefix ? .pending : .none
  }

  public static func binding(for action: Action) -> KeyBinding? { table.first { $0.action == action } }
}
