/// Trains the tagger: an averaged perceptron (Collins 2002; the greedy design of
/// Honnibal's and NLTK's taggers). Deterministic: the sentence order of each pass comes
/// from a seeded generator, and the same data and seed give the same model.
public struct PerceptronTrainer {
  private let tagCount = PennTag.allCases.count
  private var index: [UInt64: Int] = [:]
  private var keys: [UInt64] = []
  /// Per feature, `tagCount` weights, running totals and the step each was last changed.
  private var weights: [Float] = []
  private var totals: [Double] = []
  private var stamps: [Int] = []
  private var step = 0

  public init() {}

  /// One sentence: each word's keys and its gold tag.
  public typealias Sentence = [(keys: TagKeys, tag: PennTag)]

  /// Runs `passes` passes over the sentences; returns the training accuracy of each.
  public mutating func train(_ sentences: [Sentence], passes: Int, seed: UInt64) -> [Double] {
    var order = Array(sentences.indices)
    var rng = SplitMix64(seed: seed)
    var accuracies: [Double] = []
    for _ in 0..<passes {
      order.shuffle(using: &rng)
      var right = 0, total = 0
      for s in order {
        let sentence = sentences[s]
        _ = Tagger.decode(sentence.map(\.keys)) { i, features, scores in
          for f in features { if let row = index[f] { for t in 0..<tagCount { scores[t] += weights[row * tagCount + t] } } }
          let guess = Tagger.best(scores)
          step += 1
          if guess != sentence[i].tag {
            for f in features {
              update(f, tag: sentence[i].tag, by: 1)
              update(f, tag: guess, by: -1)
            }
          } else {
            right += 1
          }
          total += 1
          return guess
        }
      }
      accuracies.append(Double(right) / Double(max(1, total)))
    }
    return accuracies
  }

  private mutating func update(_ feature: UInt64, tag: PennTag, by delta: Float) {
    let row: Int
    if let r = index[feature] {
      row = r
    } else {
      row = keys.count
      index[feature] = row
      keys.append(feature)
      weights.append(contentsOf: repeatElement(0, count: tagCount))
      totals.append(contentsOf: repeatElement(0, count: tagCount))
      stamps.append(contentsOf: repeatElement(0, count: tagCount))
    }
    let k = row * tagCount + Int(tag.rawValue)
    totals[k] += Double(step - stamps[k]) * Double(weights[k])
    stamps[k] = step
    weights[k] += delta
  }

  /// The averaged weights, leaving out those whose size is under `threshold`; features
  /// with `denseFrom` weights or more (by default the file's own choice) are stored as
  /// dense rows (`TaggerModel.File`).
  public func model(threshold: Float = 0.001, denseFrom: Int? = nil) -> TaggerModel {
    Self.model(of: [self], threshold: threshold, denseFrom: denseFrom)
  }

  /// One model from several trainers, each trained on its own shuffle of the same data:
  /// the mean of their averaged weights. Scores are linear in the weights, so it scores a
  /// word as the trainers' models would together, each one's quirks of order outvoted.
  public static func model(of trainers: [PerceptronTrainer], threshold: Float = 0.001, denseFrom: Int? = nil) -> TaggerModel {
    let tagCount = PennTag.allCases.count
    var means: [UInt64: [Double]] = [:], order: [UInt64] = []
    for trainer in trainers {
      for (row, key) in trainer.keys.enumerated() {
        if means[key] == nil { order.append(key); means[key] = Array(repeating: 0, count: tagCount) }
        for t in 0..<tagCount { means[key]![t] += trainer.averaged(row * tagCount + t) / Double(trainers.count) }
      }
    }
    let features = order.map { key in
      (key: key, weights: means[key]!.enumerated().compactMap { t, w in
        abs(Float(w)) >= threshold ? (tag: UInt8(t), weight: Float(w)) : nil
      })
    }
    return TaggerModel(features: features, denseFrom: denseFrom ?? TaggerModel.File.denseFrom)
  }

  /// Weight `k`'s mean over every step of training.
  private func averaged(_ k: Int) -> Double {
    (totals[k] + Double(step - stamps[k]) * Double(weights[k])) / Double(max(1, step))
  }
}

/// A small seeded generator, so training shuffles the same way on every machine.
public struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  public init(seed: UInt64) { state = seed }
  public mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    return StableHash.mix(state &- 0x9e37_79b9_7f4a_7c15)
  }
}
