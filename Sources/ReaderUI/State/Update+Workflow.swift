import HearsayCore
import HearsayState

/// The actions that outlive a session or leave the reader: read marks, remembered places,
/// stars, marks, search history, and the effects (clipboard, editor, browser, export).
extension ReaderState {
  /// Star, yank, edit, browse and export in the reader, on the selected quote or the
  /// quotes listed.
  mutating func applyWorkflow(_ action: Action, in o: OpenArticle) {
    let a = o.analysis
    let selected = o.selectedQuote.map { ExportedQuote(a.quotes[$0], in: a) }
    switch action {
    case .star:
      guard let selected else { return message = "no quote selected" }
      toggleStar(selected)
    case .yank:
      guard let selected else { return message = "no quote selected" }
      post(.copy(ClipboardText(selected.citation), what: "quote"))
    case .yankSource:
      post(.copy(ClipboardText(a.article.url ?? a.article.path), what: a.article.url == nil ? "path" : "URL"))
    case .edit:
      post(.edit(path: a.article.path, offset: selected?.start ?? o.anchor, text: selected?.text))
    case .browse:
      browse(a.article.url)
    case .export:
      let title = a.article.title ?? a.article.path
      let heading = o.speakerFilter.map { "Quotes by \(a.speakers[$0].name) — \(title)" } ?? "Quotes — \(title)"
      askExport(ExportJob(scope: .quotes(o.listedQuotes.map { ExportedQuote(a.quotes[$0], in: a) }), heading: heading, fileName: ""))
    default:
      break
    }
  }

  /// Only web addresses are handed to a browser: a `javascript:`, `data:` or `file:` URL from
  /// an article's metadata is refused with a message.
  mutating func browse(_ url: String?) {
    guard let url else { return message = "this article has no URL" }
    let scheme = url.split(separator: ":", maxSplits: 1).first.map { $0.lowercased() } ?? ""
    guard scheme == "http" || scheme == "https" else { return message = "not opening a \(scheme.isEmpty ? "relative" : scheme + ":") URL" }
    post(.browse(url))
  }

  /// Opens the file-name prompt with a name made from the heading.
  /// The prompt starts empty, the suggested name shown as a placeholder: the first typed
  /// character replaces it, Tab takes it to edit, Enter on nothing accepts it.
  mutating func askExport(_ job: ExportJob) {
    if case .quotes(let quotes) = job.scope, quotes.isEmpty { return message = "no quotes to export" }
    var job = job
    job.fileName = ExportJob.suggestedName(job.heading)
    prompt = .export("", job)
  }

  mutating func toggleStar(_ quote: ExportedQuote) {
    let now = memory.toggleStar(quote)
    post(.save)
    message = now ? "★ starred — * in the library lists starred quotes" : "unstarred"
  }

  /// The starred quotes, newest first.
  mutating func showStarred() {
    show(results: memory.starred.reversed().map { CollectionQuoteRow(quote: $0.quote) }, listing: .starred)
  }

  mutating func toggleRead(_ path: String) {
    let read = !(memory.articles[path]?.read ?? false)
    memory.articles[path, default: ArticlePlace()].read = read
    post(.save)
    message = read ? "marked read" : "marked unread"
  }

  public func isRead(_ path: String) -> Bool { memory.articles[path]?.read ?? false }

  /// Keeps the open article's place (top line, selected quote) for the next visit.
  public mutating func rememberPlace() {
    guard let o = open else { return }
    let path = o.analysis.article.path
    var place = memory.articles[path] ?? ArticlePlace(read: true)
    place.offset = o.anchor
    place.quoteStart = o.selectedQuote.map { o.analysis.quotes[$0].content.start }
    if place != memory.articles[path] {
      memory.articles[path] = place
      post(.save)
    }
  }

  /// What to remember when the reader quits: the place, the library's selection, and
  /// which article was open.
  public mutating func rememberSession() {
    rememberPlace()
    let visible = library.visible
    let selected = library.selected < visible.count ? library.entries[visible[library.selected]].path : nil
    let open = screen == .reader ? self.open?.analysis.article.path : nil
    if memory.selectedArticle != selected || memory.openArticle != open {
      memory.selectedArticle = selected
      memory.openArticle = open
      post(.save)
    }
  }

  /// Puts the library where the last session left it, reopening the article that was open.
  public mutating func resumeSession() {
    let visible = library.visible
    if let path = memory.selectedArticle, let i = visible.firstIndex(where: { library.entries[$0].path == path }) {
      library.selected = i
      apply(.moveDown, count: 0)
    }
    if let path = memory.openArticle, library.entries.contains(where: { $0.path == path }) { post(.open(path: path)) }
  }

  mutating func remember(search text: String) {
    guard !text.isEmpty, memory.history.last != text else { return }
    memory.remember(search: text)
    post(.save)
  }

  /// `m{letter}` and `'{letter}`: lower-case marks belong to the open article, upper-case
  /// ones to the collection (going to one opens its article).
  mutating func apply(_ action: Action, letter: Character) {
    let name = String(letter)
    switch action {
    case .setMark:
      guard let o = open else { return }
      let path = o.analysis.article.path
      if letter.isUppercase {
        memory.marks[name] = CollectionMark(path: path, offset: o.anchor)
      } else {
        memory.articles[path, default: ArticlePlace(read: true)].marks[name] = o.anchor
      }
      post(.save)
      message = "mark \(name) set"
    case .jumpToMark:
      if letter.isUppercase {
        guard let mark = memory.marks[name] else { return message = "mark \(name) is not set" }
        if let o = open, o.analysis.article.path == mark.path {
          jump(toLine: mark.offset)
        } else {
          rememberPlace()
          post(.open(path: mark.path))
          arrival = .line(at: mark.offset)
        }
      } else {
        guard let o = open, let offset = memory.articles[o.analysis.article.path]?.marks[name] else {
          return message = open == nil ? "a–z marks belong to an article: open one" : "mark \(name) is not set"
        }
        jump(toLine: offset)
      }
    default:
      break
    }
  }
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
  var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}

// MARK: - Who is who

extension ReaderState {
  /// `m` marks a speaker, then merges the marked one with the next; `U` splits one into
  /// its names; `R` asks for a new name. Each correction is kept in the reading state.
  mutating func correct(_ action: Action, _ speaker: CollectionSpeakerRow) {
    switch action {
    case .mergeSpeaker:
      guard let marked = collection.markedSpeaker, let other = collection.speakers.first(where: { $0.id == marked }) else {
        collection.markedSpeaker = speaker.id
        message = "marked \(speaker.name) — m on another speaker makes them one person"
        return
      }
      collection.markedSpeaker = nil
      guard other.id != speaker.id else { message = "unmarked"; return }
      correct(.merge([other.id, speaker.id]), "\(other.name) and \(speaker.name) are one speaker now (U splits them again)")
    case .splitSpeaker:
      correct(.split(speaker.id), "\(speaker.name) is split into the names it was seen under")
    case .renameSpeaker:
      prompt = .renameSpeaker(speaker.name, speaker)
    default:
      break
    }
  }

  /// Keeps a correction and asks for the speakers again, relinked with it.
  mutating func correct(_ correction: SpeakerCorrection, _ done: String) {
    memory.speakerCorrections.append(correction)
    post(.save)
    post(.query(.speakers))
    message = done
  }
}
