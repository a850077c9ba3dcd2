import HearsayCore
import HearsayState
import ReaderUI

/// The reader's outbox carried out in the real world: the pipeline, the index, the
/// clipboard and other programs through the terminal, and the state file.
struct AppServices: ReaderServices {
  let loader: ArticleLoader
  let collection: (any CollectionQueries)?
  let configuredCorrections: [SpeakerCorrection]
  let effects: EffectRunner
  let store: StateStore?
  /// The reading state as last loaded or saved: what another reader's changes merge against.
  var base = ReadingState()
  /// Until the saved state is in, nothing is saved: it would be taken for a change made
  /// here and win over what the last session left.
  var adopted: Bool

  func analyse(path: String) throws(ArticleLoadError) -> ArticleAnalysis {
    Pipeline.standard.analyse(try loader.load(path: path))
  }

  func copy(_ text: ClipboardText, what: String) -> String { effects.copy(text.text, what: what) }
  func edit(path: String, offset: Int?, text: String?) -> String { effects.edit(path, offset: offset, text: text) }
  func browse(_ url: String) -> String { effects.browse(url) }
  func export(_ job: ExportJob) -> String { effects.export(job) }

  /// Writes the reading state, merged with what another reader saved meanwhile; a failure
  /// is reported, never fatal.
  mutating func save(_ memory: ReadingState) -> SaveOutcome {
    guard let store else { return .saved(memory) }
    guard adopted else { return .later }
    do {
      base = try store.save(memory, since: base)
      return .saved(base)
    } catch {
      return .failed("\(error)")
    }
  }
}
