import HearsayCore
import HearsayState

/// What carrying out the outbox needs from outside the state. The app passes the real world
/// (the pipeline, the index, the terminal's clipboard, the state file); tests pass fakes, so
/// both run the same interpreter.
public protocol ReaderServices {
  /// The article at `path`, analysed; the error says why it cannot be read.
  func analyse(path: String) throws(ArticleLoadError) -> ArticleAnalysis
  /// The collection's index, when the reader has one.
  var collection: (any CollectionQueries)? { get }
  /// Speaker corrections from the configuration, applied before the reader's own.
  var configuredCorrections: [SpeakerCorrection] { get }
  /// Each returns the status line's account of how it went.
  func copy(_ text: ClipboardText, what: String) -> String
  func edit(path: String, offset: Int?, text: String?) -> String
  func browse(_ url: String) -> String
  func export(_ job: ExportJob) -> String
  /// Saves the reading state, merged with what another reader saved meanwhile.
  mutating func save(_ memory: ReadingState) -> SaveOutcome
}

public enum SaveOutcome: Equatable, Sendable {
  /// Saved; the state as it now stands on disk, merged.
  case saved(ReadingState)
  /// Not yet: the saved state is still loading and would be taken for a change made here.
  case later
  /// The reason, for the status line.
  case failed(String)
}

extension ReaderState {
  /// Posts an effect. A later `open` or `query` replaces an earlier one still waiting (the
  /// user moved on); `save` is posted once.
  public mutating func post(_ effect: Effect) {
    switch effect {
    case .open: outbox.removeAll { if case .open = $0 { true } else { false } }
    case .query: outbox.removeAll { if case .query = $0 { true } else { false } }
    case .save where outbox.contains(.save): return
    default: break
    }
    outbox.append(effect)
  }

  /// Whether the user has asked to leave.
  public var quitting: Bool { outbox.contains(.quit) }

  /// Carries out the outbox in the order it was filled, with what the effects themselves
  /// post; a save that must wait, and the quit, stay for the next call. Returns false once
  /// the user has quit (the app then saves with one more call and leaves).
  public mutating func runOutbox(with services: inout some ReaderServices) -> Bool {
    var waiting: [Effect] = []
    while !outbox.isEmpty {
      let effect = outbox.removeFirst()
      switch effect {
      case .quit: waiting.append(.quit)
      case .open(let path):
        do throws(ArticleLoadError) {
          show(try services.analyse(path: path))
        } catch {
          message = error.description
        }
      case .query(let request): serve(request, with: services)
      case .save:
        switch services.save(memory) {
        case .saved(let merged): memory = merged
        case .later: waiting.append(.save)
        case .failed(let why): message = "could not save the reading state: \(why)"
        }
      case .copy(let text, let what): message = services.copy(text, what: what)
      case .edit(let path, let offset, let text): message = services.edit(path: path, offset: offset, text: text)
      case .browse(let url): message = services.browse(url)
      case .export(let job): message = services.export(job)
      }
    }
    outbox = waiting
    return !quitting
  }

  /// Answers the speakers view and collection searches from the index.
  private mutating func serve(_ request: CollectionRequest, with services: some ReaderServices) {
    guard let collection = services.collection else {
      // Back from the speakers view; a search typed elsewhere stays where it was typed.
      if screen == .speakers || screen == .results { goBack() }
      message = "the collection index needs a folder (open a directory)"
      return
    }
    do {
      switch request {
      case .speakers:
        // The configuration's corrections, then the reader's: relinked only when they changed.
        let unapplied = try collection.correctSpeakers(services.configuredCorrections + memory.speakerCorrections)
        let speakers = try collection.speakers()
        show(speakers: speakers.rows, span: speakers.span)
        if let first = unapplied.first { message = first + (unapplied.count > 1 ? " (and \(unapplied.count - 1) more)" : "") }
      case .quotes(let speaker):
        show(results: try collection.quotes(bySpeaker: speaker.id, limit: 2000), listing: .speaker(speaker.name))
      case .search(let query):
        show(results: try collection.quotes(matching: query, limit: 500), listing: .search(query))
      }
    } catch {
      message = "index: \(error)"
    }
  }
}
