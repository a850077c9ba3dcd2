import HearsayCore
import HearsayState

/// The collection screens' reducer: the speakers view and the lists of quotes across the
/// collection, and showing what the index answered.
extension ReaderState {
  /// The speakers view and the lists of quotes across the collection.
  mutating func applyInCollectionView(_ action: Action, count: Int) {
    let length = screen == .speakers ? collection.visibleSpeakers.count : collection.results.count
    var selected = screen == .speakers ? collection.selectedSpeaker : collection.selectedResult
    let rows = max(1, PaneGeometry.library(size).height)
    let row = screen == .results && selected < length ? collection.results[selected] : nil
    let speaker = screen == .speakers && selected < length ? collection.visibleSpeakers[selected] : nil
    switch action {
    case _ where ListMotion.moves(action): selected = ListMotion.target(from: selected, action, count: count, page: rows, length: length)
    case .filter where screen == .speakers: prompt = .filter(collection.speakerFilter)
    case .collectionSearch: prompt = .collectionSearch("")
    case .collectionSpeakers:
      post(.query(.speakers))
      go(to: .speakers)
    case .open:
      if let speaker {
        post(.query(.quotes(of: speaker)))
      } else if let row {
        post(.open(path: row.quote.path))
        arrival = .quote(at: row.quote.start)
      }
    case .star:
      if let row { toggleStar(row.quote) }
    case .yank:
      if let row { post(.copy(ClipboardText(row.quote.citation), what: "quote")) }
    case .yankSource:
      if let row { post(.copy(ClipboardText(row.quote.source), what: row.quote.url == nil ? "path" : "URL")) }
    case .edit:
      if let row { post(.edit(path: row.quote.path, offset: row.quote.start, text: row.quote.text)) }
    case .browse:
      if let row { browse(row.quote.url) }
    case .export:
      if let speaker {
        askExport(ExportJob(scope: .speaker(id: speaker.id), heading: "Quotes by \(speaker.name)", fileName: ""))
      } else if screen == .results {
        askExport(ExportJob(scope: .quotes(collection.results.map(\.quote)), heading: collection.listing.title.capitalizedFirst, fileName: ""))
      }
    case .mergeSpeaker, .splitSpeaker, .renameSpeaker:
      guard let speaker else { message = "speakers are corrected in the speakers view (S)"; break }
      correct(action, speaker)
    case .quit, .cancel, .backToLibrary: goBack()
    default: break
    }
    selected = max(0, min(selected, length - 1))
    if screen == .speakers { collection.selectedSpeaker = selected } else { collection.selectedResult = selected }
  }

  /// Shows what the index returned for a request.
  public mutating func show(speakers: [CollectionSpeakerRow], span: (first: String, last: String)? = nil) {
    collection.speakers = speakers
    // A correction may leave fewer rows: the selection stays on one.
    collection.selectedSpeaker = min(collection.selectedSpeaker, max(0, speakers.count - 1))
    collection.timelineSpan = span
    go(to: .speakers)
  }

  public mutating func show(results: [CollectionQuoteRow], listing: QuoteListing) {
    collection.results = results
    collection.listing = listing
    collection.selectedResult = 0
    go(to: .results)
  }
}
