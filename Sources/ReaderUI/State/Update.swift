import HearsayCore
import HearsayState

/// The reducer: keys become actions through the keymap, actions change the state. Pure:
/// no terminal, no I/O, so tests drive it with key sequences. Here: input, prompts, and
/// moving between screens; each screen's actions are in `Update+Library`,
/// `Update+Collection` and `Update+Reader`, the reading workflow's in `Update+Workflow`.
extension ReaderState {
  // MARK: - Input

  public mutating func handle(_ key: Key) {
    message = nil
    // Quitting at once works even in a prompt, with whatever keys the keymap gives it.
    if case .action(.quitNow) = keymap.match([key], in: showHelp ? .help : context) {
      post(.quit)
      return
    }
    if prompt != nil {
      handlePrompt(key)
      return
    }
    if showHelp {
      // The help overlay's own keymap context: it scrolls and closes; any other key closes
      // it and then does what it does.
      switch keymap.match([key], in: .help) {
      case .action(.moveDown): helpOffset += 1
      case .action(.moveUp): helpOffset = max(0, helpOffset - 1)
      case .action(.pageDown), .action(.halfPageDown): helpOffset += 10
      case .action(.pageUp), .action(.halfPageUp): helpOffset = max(0, helpOffset - 10)
      case .action(.top): helpOffset = 0
      case .action(.bottom): helpOffset = Int.max / 2
      case .action(.help), .action(.cancel), .action(.quit):
        showHelp = false
        return
      default:
        showHelp = false
      }
      if showHelp { return }
    }
    if case .character(let c) = key, let digit = c.wholeNumberValue, pendingKeys.isEmpty,
      !(digit == 0 && pendingCount.isEmpty)
    {
      // A pane digit after a pane digit is another focus (`2` then `3`: the sources), not a count of 23.
      if isPaneDigit(pendingCount), isPaneDigit(String(c)) { pendingCount = "" }
      if pendingCount.isEmpty { focusBeforeCount = open?.focus }
      pendingCount.append(c)
      // `1`/`2`/`3` also focus a pane; a motion that follows turns them into a count instead.
      if pendingCount.count == 1, screen == .reader, case .action(let a) = keymap.match([key], in: context) { apply(a, count: 1) }
      return
    }
    pendingKeys.append(key)
    switch keymap.match(pendingKeys, in: context) {
    case .pending:
      return
    case .none:
      // `S` in the reader: say where the key works instead of doing nothing.
      if pendingKeys.count == 1, let elsewhere = keymap.elsewhere(pendingKeys[0], not: context) {
        message = "\(pendingKeys[0].notation): \(elsewhere.help.lowercasedFirst) — in \(KeyTable.place(elsewhere.contexts))"
      }
      pendingKeys = []
      pendingCount = ""
    case .withLetter(let action, let letter):
      pendingKeys = []
      pendingCount = ""
      apply(action, letter: letter)
    case .action(let action):
      pendingKeys = []
      var takesCount = Keymap.binding(for: action)?.takesCount ?? false
      // `3j` is "focus sources, then down"; `3]` is "three quotes on"; `5j` is five lines.
      if isPaneDigit(pendingCount), !Self.jumpActions.contains(action) { takesCount = false }
      var count = 1
      if !pendingCount.isEmpty, takesCount {
        count = min(Int(pendingCount) ?? 1, 10_000)
        if let f = focusBeforeCount { open?.focus = f }
      }
      pendingCount = ""
      apply(action, count: count)
    }
  }

  /// Whether `typed` is one digit the keymap binds, in the reader, to focusing a pane (`1`
  /// to `3` unless the configuration moves them): one that focuses when no motion follows.
  private func isPaneDigit(_ typed: String) -> Bool {
    guard screen == .reader, typed.count == 1, let c = typed.first, c.isNumber,
      case .action(let action) = keymap.match([.character(c)], in: context)
    else { return false }
    return [.focusArticle, .focusQuotes, .focusSources].contains(action)
  }

  /// Actions a pane-focus digit counts for rather than focuses.
  static let jumpActions: Set<Action> = [.nextQuote, .previousQuote, .nextSpeakerChange, .previousSpeakerChange,
                                         .nextSameSpeaker, .previousSameSpeaker, .searchNext, .searchPrevious]

  private mutating func handlePrompt(_ key: Key) {
    guard let p = prompt else { return }
    switch key {
    case .escape:
      prompt = nil
      historyCursor = nil
      if case .filter = p { library.filter = "" }
    case .enter:
      prompt = nil
      historyCursor = nil
      if p.usesHistory { remember(search: p.text) }
      commit(p)
    case .up, .down:
      guard p.usesHistory, !memory.history.isEmpty else { return }
      let count = memory.history.count
      let cursor = key == .up ? max(0, (historyCursor ?? count) - 1) : min(count, (historyCursor ?? count) + 1)
      historyCursor = cursor == count ? nil : cursor
      prompt = p.with(cursor == count ? "" : memory.history[cursor])
    case .tab:
      if case .export("", let job) = p { prompt = p.with(job.fileName) }
    case .control("u"):
      prompt = p.with("")
      if case .filter = p { library.filter = "" }
    case .backspace:
      if p.text.isEmpty { prompt = nil } else { prompt = p.with(String(p.text.dropLast())) }
      if case .filter = p { library.filter = prompt?.text ?? "" }
    case .character(let c):
      prompt = p.with(p.text + String(c))
      if case .filter = p {
        if screen == .speakers {
          collection.speakerFilter = prompt!.text
          collection.selectedSpeaker = 0
        } else {
          library.filter = prompt!.text
          library.selected = 0
          library.offset = 0
        }
      }
    default:
      break
    }
  }

  private mutating func commit(_ p: Prompt) {
    switch p {
    case .filter(let text):
      if screen == .speakers { collection.speakerFilter = text } else { library.filter = text }
    case .collectionSearch(let text):
      guard !text.isEmpty else { return }
      post(.query(.search(text)))
    case .search(let text): startSearch(text)
    case .speaker(let text): pickSpeaker(text)
    case .export(let name, var job):
      let trimmed = name.trimmingCharacters(in: .whitespaces)
      let chosen = trimmed.isEmpty ? job.fileName : trimmed
      // `seed.txt` is refused, the prompt kept for another name: it would not be Markdown.
      guard QuoteExport.Format(fileName: chosen.hasSuffix("!") ? String(chosen.dropLast()) : chosen) != nil else {
        prompt = p
        message = "not a format Hearsay writes: use \(QuoteExport.Format.extensions)"
        return
      }
      job.fileName = chosen
      post(.export(job))
    case .renameSpeaker(let name, let row):
      let trimmed = name.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty, trimmed != row.name else { return }
      correct(.rename(row.id, to: trimmed), "renamed \(row.name) to \(trimmed)")
    }
  }

  // MARK: - Actions

  public mutating func apply(_ action: Action, count: Int = 1) {
    if action == .help {
      showHelp.toggle()
      helpOffset = 0
      return
    }
    if action == .quitNow {
      post(.quit)
      return
    }
    switch screen {
    case .library: applyInLibrary(action, count: count)
    case .reader: applyInReader(action, count: count)
    case .speakers, .results: applyInCollectionView(action, count: count)
    }
  }

  /// Goes to another screen, leaving this one behind — or, when that screen is already
  /// behind, back to it, so going round (speakers, a quote, the speakers again) never
  /// piles the stack up.
  mutating func go(to next: Screen) {
    guard next != screen else { return }
    if let i = behind.lastIndex(of: next) {
      behind.removeSubrange(i...)
    } else if !(standalone && screen == .library) {
      behind.append(screen)
    }
    if screen == .reader { leaveArticle() }
    screen = next
  }

  /// `q`, `h`: back one screen; quits from the first.
  public mutating func goBack() {
    guard let previous = behind.popLast() else { return post(.quit) }
    if screen == .reader { leaveArticle() }
    screen = previous
  }

  /// A new terminal size: re-wrap the article around the same offset.
  public mutating func resize(to newSize: Size) {
    size = newSize
    relayout()
    applyInLibrary(.moveDown, count: 0)
  }
}
