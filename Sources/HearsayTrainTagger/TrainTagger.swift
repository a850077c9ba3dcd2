// Trains the part-of-speech tagger that ships in Sources/HearsayCore/Resources/ from
// CoNLL-U treebanks whose licences let the weights ship (GUM, UD English-EWT), and
// reports its accuracy on documents held out from training.
//
//   swift run -c release HearsayTrainTagger ../shared/corpus/gum ../shared/corpus/ud-ewt \
//       --output Sources/HearsayCore/Resources/pos-tagger.bin
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

  @Option(help: "Passes over the training data.")
  var passes = 8

  @Option(help: "Every Nth document of each genre is held out for testing (0: none).")
  var holdOutEvery = 5

  @Option(help: "Print the most frequent held-out confusions (gold → guess).")
  var confusions = 0

  @Option(help: "Leave out averaged weights smaller than this.")
  var threshold: Float = 0.05

  mutating func run() throws {
    if !tag.isEmpty {
      let tagger = try Tagger.shipped.get()
      for sentence in tag { print(tagger.tag(sentence: sentence).map { $0.word + "/" + $0.tag.name }.joined(separator: " ")) }
      return
    }
    var documents: [Treebank.Document] = []
    for folder in folders { documents += try Treebank.documents(in: folder) }
    // Hold out by document, every Nth of each genre in name order, so each genre is tested.
    var train: [PerceptronTrainer.Sentence] = [], test: [String: [PerceptronTrainer.Sentence]] = [:]
    var seen: [String: Int] = [:]
    for doc in documents.sorted(by: { $0.id < $1.id }) {
      let n = seen[doc.genre, default: 0]
      seen[doc.genre] = n + 1
      let aligned = doc.sentences.compactMap(Treebank.align)
      if holdOutEvery > 0, n % holdOutEvery == holdOutEvery / 2 { test[doc.genre, default: []] += aligned } else { train += aligned }
    }
    let trainTokens = train.reduce(0) { $0 + $1.count }
    print("training on \(train.count) sentences (\(trainTokens) tokens) from \(documents.count) documents")
    var trainer = PerceptronTrainer()
    let accuracies = trainer.train(train, passes: passes, seed: 2026)
    print("training accuracy by pass: " + accuracies.map { String(format: "%.4f", $0) }.joined(separator: " "))
    let model = trainer.model(threshold: threshold)
    let tagger = Tagger(model: model)
    var right = 0, total = 0
    var confused: [String: Int] = [:]
    for genre in test.keys.sorted() {
      var r = 0, t = 0
      for sentence in test[genre]! {
        let tags = tagger.tag(sentence.map(\.keys))
        for (guess, gold) in zip(tags, sentence.map(\.tag)) {
          if guess == gold { r += 1 } else { confused["\(gold.name) → \(guess.name)", default: 0] += 1 }
          t += 1
        }
      }
      print(String(format: "held out %-10@ %6d tokens  accuracy %.4f", genre as NSString, t, Double(r) / Double(max(1, t))))
      right += r
      total += t
    }
    if total > 0 { print(String(format: "held out, all      %6d tokens  accuracy %.4f", total, Double(right) / Double(total))) }
    for (pair, n) in confused.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(confusions) { print("  \(n)\t\(pair)") }
    let bytes = model.serialized()
    print("model: \(model.featureCount) features, \(bytes.count) bytes")
    if let output {
      try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
      print("wrote \(output)")
    }
  }
}
