import Foundation

/// Tags a sentence's words left to right, each with the best tag given its features
/// and the two tags chosen before it (greedy decoding, as the averaged perceptron
/// tagger does). Loaded once per process from the model that ships with Hearsay.
public struct Tagger: Sendable {
  public let model: TaggerModel

  public init(model: TaggerModel) { self.model = model }

  /// The tags of a sentence of words, given their keys: of all of them, or of those in
  /// `part` (the words around it are context, and decoding starts with no history).
  public func tag(_ keys: [TagKeys], part: Range<Int>? = nil) -> [PennTag] {
    let part = part ?? 0..<keys.count
    return [PennTag](unsafeUninitializedCapacity: part.count) { tags, made in
      keys.withUnsafeBufferPointer { tag($0, part: part, into: tags) }
      made = part.count
    }
  }

  /// The same into `tags` (one per word of `part`), with no array made: the rules ask
  /// for a few words' tags at a time, thousands of times an article. The sums kept per
  /// spelling and per pair of tags (`WordScores`) stand for most of the features.
  func tag(_ keys: UnsafeBufferPointer<TagKeys>, part: Range<Int>, into tags: UnsafeMutableBufferPointer<PennTag>) {
    WordScores.perThread.withValue { cache in
      cache.start(with: model)
      // The spelling of each word the part's features read: from two before it to two after.
      let first = part.lowerBound - 2
      withUnsafeTemporaryAllocation(of: Int.self, capacity: part.count + 4) { spellings in
        for n in 0..<spellings.count { spellings[n] = cache.spelling(TaggerFeatures.keys(at: first + n, keys)) }
        Self.decode(keys, part: part, features: .pairs, into: tags) { i, history, features, scores in
          cache.add(.own(first: i == 0), of: spellings[i - first], keys[i], model: model, into: scores)
          for n in TaggerFeatures.Neighbour.allCases {
            let j = i + n.offset
            cache.add(.neighbour(n), of: spellings[j - first], TaggerFeatures.keys(at: j, keys), model: model, into: scores)
          }
          cache.addHistory(previous: history.previous, previous2: history.previous2, model: model, into: scores)
          model.score(features, picking: TaggerFeatures.pairs, into: scores)
          return Self.best(scores)
        }
      }
    }
  }

  /// Whether the word was in the training data often enough to have weights of its own:
  /// what the tagger says of an unknown word (`Okafor`) it guesses from its letters.
  public func knows(_ keys: TagKeys) -> Bool { model.has(TaggerFeatures.word(keys)) }

  /// A sentence of text cut into words as articles are, each with its tag.
  public func tag(sentence: String) -> [(word: String, tag: PennTag)] {
    let words = TaggerTraining.words(in: sentence), scalars = Array(sentence.unicodeScalars)
    return zip(words, tag(words.map(\.keys))).map { (String(String.UnicodeScalarView(scalars[$0.start..<$0.end])), $1) }
  }

  /// Which features decoding writes for each word: all of them, or only the pairs.
  enum Features { case all, pairs }

  /// The tags chosen for the two words before the one being tagged.
  typealias History = (previous: PennTag?, previous2: PennTag?)

  /// Walks a sentence (or `part` of it): for each word, its history, its `features` and a
  /// zeroed score per tag go to `choose`, whose answer becomes the history of the words after it.
  static func decode(_ keys: [TagKeys], part: Range<Int>? = nil, features: Features = .all,
                     choose: (Int, History, UnsafeBufferPointer<UInt64>, UnsafeMutableBufferPointer<Float>) -> PennTag) -> [PennTag] {
    let part = part ?? 0..<keys.count
    return [PennTag](unsafeUninitializedCapacity: part.count) { tags, made in
      keys.withUnsafeBufferPointer { decode($0, part: part, features: features, into: tags, choose: choose) }
      made = part.count
    }
  }

  /// The same, each word's tag written to `tags` (one per word of `part`).
  static func decode(_ keys: UnsafeBufferPointer<TagKeys>, part: Range<Int>, features which: Features, into tags: UnsafeMutableBufferPointer<PennTag>,
                     choose: (Int, History, UnsafeBufferPointer<UInt64>, UnsafeMutableBufferPointer<Float>) -> PennTag) {
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.count) { features in
      withUnsafeTemporaryAllocation(of: Float.self, capacity: TaggerModel.scoreLanes) { scores in
        for (n, i) in part.enumerated() {
          let history: History = (n > 0 ? tags[n - 1] : nil, n > 1 ? tags[n - 2] : nil)
          switch which {
          case .all: TaggerFeatures.extract(i, keys, previous: history.previous, previous2: history.previous2, into: features)
          case .pairs: TaggerFeatures.extractPairs(i, keys, previous: history.previous, into: features)
          }
          scores.initialize(repeating: 0)
          tags.initializeElement(at: n, to: choose(i, history, UnsafeBufferPointer(features), scores))
        }
      }
    }
  }

  /// The highest-scoring tag; ties go to the earlier (more common) tag. `scores` has a
  /// lane per tag and may have unused lanes after them (`TaggerModel.scoreLanes`).
  static func best(_ scores: UnsafeMutableBufferPointer<Float>) -> PennTag {
    var best = 0
    for t in 1..<PennTag.allCases.count where scores[t] > scores[best] { best = t }
    return PennTag(rawValue: UInt8(best))!
  }

  // MARK: - The shipped model

  /// The model in `Resources/pos-tagger.bin`, read once; nil (with the reason in
  /// `loadError`) only when the file is missing or damaged.
  public static let shipped: Result<Tagger, TaggerModel.LoadError> = load()

  static let fileName = "pos-tagger"

  private static func load() -> Result<Tagger, TaggerModel.LoadError> {
    guard let url = resourceURL() else { return .failure(.missing(where: "beside the program or in ../share/hearsay/")) }
    do throws(TaggerModel.LoadError) {
      return .success(Tagger(model: try TaggerModel(mapping: url.path)))
    } catch {
      return .failure(error)
    }
  }

  /// Where SwiftPM puts the core's resources: a bundle beside the executable (or the test
  /// runner) — or, installed (`scripts/install`), `share/hearsay/` beside the `bin/` folder.
  /// Found without `Bundle.module`, which stops the program when its bundle is missing: a
  /// binary copied without its model runs without tags instead, and the CLI says so.
  private static func resourceURL() -> URL? {
    let bundleName = "Hearsay_HearsayCore.resources"
    // The executable's own folder first, from the kernel: making `Bundle.main` lists that
    // folder, which a small article's run could feel.
    let exeFolder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    let installed = exeFolder.deletingLastPathComponent().appendingPathComponent("share/hearsay/\(fileName).bin")
    if FileManager.default.isReadableFile(atPath: installed.path) { return installed }
    var folders = [exeFolder]
    if !folders.contains(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent(bundleName).path) }) {
      folders += [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
      if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() { folders.append(exe) }
    }
    for folder in folders {
      for candidate in [folder.appendingPathComponent(bundleName), folder.appendingPathComponent(bundleName).appendingPathComponent("Resources")] {
        let url = candidate.appendingPathComponent(fileName + ".bin")
        if FileManager.default.isReadableFile(atPath: url.path) { return url }
      }
    }
    return nil
  }
}
