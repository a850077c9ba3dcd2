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
  /// for a few words' tags at a time, thousands of times an article.
  func tag(_ keys: UnsafeBufferPointer<TagKeys>, part: Range<Int>, into tags: UnsafeMutableBufferPointer<PennTag>) {
    WordScores.perThread.withValue { cache in
      // The word's own features are made only for a spelling whose weights are not kept.
      Self.decode(keys, part: part, wordFeatures: false, into: tags) { i, features, scores in
        cache.add(keys[i], first: i == 0, of: model, into: scores) { row in
          withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.count) { own in
            TaggerFeatures.extractWordOnly(i, keys, into: own)
            model.score(UnsafeBufferPointer(own), picking: TaggerFeatures.wordOnly, into: row)
          }
        }
        model.score(features, picking: TaggerFeatures.context, into: scores)
        return Self.best(scores)
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

  /// Walks a sentence (or `part` of it): for each word, its features (only the `context`
  /// ones without `wordFeatures`) and a zeroed score per tag go to `choose`, whose answer
  /// becomes the history of the words after it.
  static func decode(_ keys: [TagKeys], part: Range<Int>? = nil, wordFeatures: Bool = true,
                     choose: (Int, UnsafeBufferPointer<UInt64>, UnsafeMutableBufferPointer<Float>) -> PennTag) -> [PennTag] {
    let part = part ?? 0..<keys.count
    return [PennTag](unsafeUninitializedCapacity: part.count) { tags, made in
      keys.withUnsafeBufferPointer { decode($0, part: part, wordFeatures: wordFeatures, into: tags, choose: choose) }
      made = part.count
    }
  }

  /// The same, each word's tag written to `tags` (one per word of `part`).
  static func decode(_ keys: UnsafeBufferPointer<TagKeys>, part: Range<Int>, wordFeatures: Bool, into tags: UnsafeMutableBufferPointer<PennTag>,
                     choose: (Int, UnsafeBufferPointer<UInt64>, UnsafeMutableBufferPointer<Float>) -> PennTag) {
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.count) { features in
      withUnsafeTemporaryAllocation(of: Float.self, capacity: TaggerModel.scoreLanes) { scores in
        for (n, i) in part.enumerated() {
          let previous = n > 0 ? tags[n - 1] : nil, previous2 = n > 1 ? tags[n - 2] : nil
          if wordFeatures {
            TaggerFeatures.extract(i, keys, previous: previous, previous2: previous2, into: features)
          } else {
            TaggerFeatures.extractContext(i, keys, previous: previous, previous2: previous2, into: features)
          }
          scores.initialize(repeating: 0)
          tags.initializeElement(at: n, to: choose(i, UnsafeBufferPointer(features), scores))
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
