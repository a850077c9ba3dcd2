// Trains the part-of-speech tagger that ships in Sources/HearsayCore/Resources/ from
// CoNLL-U treebanks whose licences let the weights ship (GUM, UD English-EWT), and
// reports its accuracy on documents held out from training.
//
//   swift run -c release HearsayTrainTagger --snapshot Sources/HearsayCore/Tagging/TaggerLexiconSnapshot.swift
//   swift run -c release HearsayTrainTagger ../shared/corpus/gum ../shared/corpus/ud-ewt \
//       --hold-out-every 0 --output Sources/HearsayCore/Resources/pos-tagger.bin
import ArgumentParser
import Foundation
import HearsayCore

@main
struct TrainTagger: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "HearsayTrainTagger",
    abstract: "Train Hearsay's part-of-speech tagger on CoNLL-U treebanks; report held-out accuracy.")

  @Argument(help: "Folders of .conllu files (Penn tags in the XPOS column).")
  var folders: [String] = []

  @Option(help: "Only tag this sentence with the shipped model and print word/TAG pairs (repeatable).")
  var tag: [String] = []

  @Option(help: "Where to write the model.")
  var output: String?

  @Option(help: "Only write today's word lists, as the tagger will read them, to this Swift file (Sources/HearsayCore/Tagging/TaggerLexiconSnapshot.swift); rebuild, then train.")
  var snapshot: String?

  @Option(help: "Passes over the training data.")
  var passes = 8

  @Option(help: "Every Nth document of each genre is held out for testing (0: none, train on everything).")
  var holdOutEvery = 5

  @Option(help: "Cross-validate: train N models, each with every Nth document of each genre held out in turn, and report their pooled held-out accuracy (writes no model).")
  var folds = 0

  @Option(help: "Print the most frequent held-out confusions (gold → guess).")
  var confusions = 0

  @Option(help: "Train this many models, each on its own shuffle of the data, and ship their mean.")
  var ensemble = 5

  @Option(help: "Leave out averaged weights smaller than this.")
  var threshold: Float = 0.4

  mutating func run() throws {
    if !tag.isEmpty {
      let tagger = try Tagger.shipped.get()
      for sentence in tag { print(tagger.tag(sentence: sentence).map { $0.word + "/" + $0.tag.name }.joined(separator: " ")) }
      return
    }
    if let snapshot {
      try Data(TaggerLexicon.todaysSnapshot().utf8).write(to: URL(fileURLWithPath: snapshot), options: .atomic)
      print("wrote \(snapshot): rebuild, then train")
      return
    }
    if !TaggerLexicon.snapshotIsCurrent {
      print("note: the word lists changed since the lexicon snapshot; the model learns the snapshot's (write a new one with --snapshot first)")
    }
    var documents: [Treebank.Document] = []
    for folder in folders { documents += try Treebank.documents(in: folder) }
    documents.sort { $0.id < $1.id }
    if folds > 1 {
      var score = Score()
      for fold in 0..<folds {
        let (train, test) = split(documents, every: folds, fold: fold)
        score.add(evaluate(self.train(train), on: test))
      }
      print("cross-validated over \(folds) folds (every document held out once):")
      score.print(confusions: confusions)
      return
    }
    let (train, test) = split(documents, every: holdOutEvery, fold: holdOutEvery / 2)
    let model = self.train(train)
    if !test.isEmpty { evaluate(model, on: test).print(confusions: confusions) }
    let bytes = model.serialized()
    print("model: \(model.featureCount) features, \(bytes.count) bytes")
    if let output {
      try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
      print("wrote \(output)")
    }
  }

  /// Holds out every `every`th document of each genre in name order, starting at `fold`,
  /// so each genre is tested; `every` 0 holds out nothing.
  private func split(_ documents: [Treebank.Document], every: Int, fold: Int)
    -> (train: [PerceptronTrainer.Sentence], test: [String: [PerceptronTrainer.Sentence]]) {
    var train: [PerceptronTrainer.Sentence] = [], test: [String: [PerceptronTrainer.Sentence]] = [:]
    var seen: [String: Int] = [:]
    for doc in documents {
      let n = seen[doc.genre, default: 0]
      seen[doc.genre] = n + 1
      let aligned = doc.sentences.compactMap(Treebank.align)
      if every > 0, n % every == fold { test[doc.genre, default: []] += aligned } else { train += aligned }
    }
    return (train, test)
  }

  private func train(_ sentences: [PerceptronTrainer.Sentence]) -> TaggerModel {
    print("training on \(sentences.count) sentences (\(sentences.reduce(0) { $0 + $1.count }) tokens)")
    var trainers: [PerceptronTrainer] = []
    for k in 0..<max(1, ensemble) {
      var trainer = PerceptronTrainer()
      let accuracies = trainer.train(sentences, passes: passes, seed: 2026 + UInt64(k))
      print("model \(k + 1): training accuracy by pass: " + accuracies.map { String(format: "%.4f", $0) }.joined(separator: " "))
      trainers.append(trainer)
    }
    return PerceptronTrainer.model(of: trainers, threshold: threshold)
  }

  private func evaluate(_ model: TaggerModel, on test: [String: [PerceptronTrainer.Sentence]]) -> Score {
    let tagger = Tagger(model: model)
    var score = Score()
    for (genre, sentences) in test {
      for sentence in sentences {
        for (guess, gold) in zip(tagger.tag(sentence.map(\.keys)), sentence.map(\.tag)) {
          score.count(genre: genre, right: guess == gold, confusion: "\(gold.name) → \(guess.name)")
        }
      }
    }
    return score
  }
}

/// Held-out tokens tagged right, per genre, and the confusions.
struct Score {
  private var byGenre: [String: (right: Int, total: Int)] = [:]
  private var confused: [String: Int] = [:]

  mutating func count(genre: String, right: Bool, confusion: String) {
    byGenre[genre, default: (0, 0)].total += 1
    if right { byGenre[genre, default: (0, 0)].right += 1 } else { confused[confusion, default: 0] += 1 }
  }

  mutating func add(_ other: Score) {
    for (genre, s) in other.byGenre {
      byGenre[genre, default: (0, 0)].right += s.right
      byGenre[genre, default: (0, 0)].total += s.total
    }
    confused.merge(other.confused, uniquingKeysWith: +)
  }

  func print(confusions: Int) {
    var right = 0, total = 0
    for genre in byGenre.keys.sorted() {
      let s = byGenre[genre]!
      Swift.print(String(format: "held out %-10@ %6d tokens  accuracy %.4f", genre as NSString, s.total, Double(s.right) / Double(max(1, s.total))))
      right += s.right
      total += s.total
    }
    if total > 0 { Swift.print(String(format: "held out, all      %6d tokens  accuracy %.4f", total, Double(right) / Double(total))) }
    for (pair, n) in confused.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(confusions) { Swift.print("  \(n)\t\(pair)") }
  }
}
