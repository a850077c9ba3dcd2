import Foundation
import HearsayCore

/// CoNLL-U treebanks read as documents of sentences of (form, Penn tag, space after).
enum Treebank {
  struct Token {
    var form: String
    var tag: PennTag
    var spaceAfter: Bool
  }

  struct Document {
    var id: String
    /// The file name's second part for GUM (`GUM_news_…` → news), else the treebank's name.
    var genre: String
    var sentences: [[Token]] = []
  }

  struct FormatError: Error, CustomStringConvertible {
    var path: String
    var line: Int
    var why: String
    var description: String { "\(path):\(line): \(why)" }
  }

  static func documents(in folder: String) throws -> [Document] {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".conllu") }.sorted()
    return try files.flatMap { try documents(file: (folder as NSString).appendingPathComponent($0)) }
  }

  private static func documents(file path: String) throws -> [Document] {
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let parts = name.split(separator: "_")
    let genre = parts.first == "GUM" && parts.count > 1 ? String(parts[1]) : (parts.first.map(String.init) ?? name)
    var docs: [Document] = []
    var sentence: [Token] = []
    func flush() {
      guard !sentence.isEmpty else { return }
      if docs.isEmpty { docs.append(Document(id: name, genre: genre)) }
      docs[docs.count - 1].sentences.append(sentence)
      sentence = []
    }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    // A multi-word token (`15-16 cannot` over `can` and `not`) is one word of the text:
    // its words are written without spaces between them, and its last one takes the
    // range's space after. (Their forms joined are the range's form in GUM and EWT.)
    var multiWord: (last: Int, spaceAfter: Bool)? = nil
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.hasPrefix("# newdoc id = ") {
        flush()
        docs.append(Document(id: String(line.dropFirst("# newdoc id = ".count)), genre: genre))
        continue
      }
      if line.isEmpty { flush(); continue }
      if line.hasPrefix("#") { continue }
      let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard cols.count == 10 else { throw FormatError(path: path, line: n + 1, why: "expected 10 columns, found \(cols.count)") }
      let spaceAfter = !cols[9].split(separator: "|").contains("SpaceAfter=No")
      let bounds = cols[0].split(separator: "-")
      if bounds.count == 2, let last = Int(bounds[1]) {
        multiWord = (last, spaceAfter)
        continue
      }
      // Empty nodes (8.1) are not surface words.
      guard let id = Int(cols[0]) else { continue }
      guard let tag = PennTag(name: String(cols[4])) else { throw FormatError(path: path, line: n + 1, why: "unknown tag \(cols[4])") }
      var token = Token(form: String(cols[1]), tag: tag, spaceAfter: spaceAfter)
      if let range = multiWord {
        token.spaceAfter = id == range.last ? range.spaceAfter : false
        if id >= range.last { multiWord = nil }
      }
      sentence.append(token)
    }
    flush()
    return docs
  }

  /// The sentence cut as Hearsay cuts text, each word with the tag of the treebank token
  /// that heads it: a word joining several treebank tokens (`Trump's`, `don't`,
  /// `all-girl`) takes the first one's tag when the rest is a clitic (`'s`, `n't`), else
  /// the last word-like one's (`all-girl` → `girl`). Nil when the two cannot be aligned.
  static func align(_ sentence: [Token]) -> PerceptronTrainer.Sentence? {
    var text = "", spans: [(start: Int, end: Int)] = []
    for t in sentence {
      let start = text.unicodeScalars.count
      text += t.form
      spans.append((start, text.unicodeScalars.count))
      if t.spaceAfter { text += " " }
    }
    var out: PerceptronTrainer.Sentence = []
    for word in TaggerTraining.words(in: text) {
      let covered = sentence.indices.filter { spans[$0].start < word.end && spans[$0].end > word.start }
      guard let first = covered.first else { return nil }
      let rest = covered.dropFirst()
      let tag: PennTag
      if let next = rest.first, ["'", "\u{2019}", "n"].contains(sentence[next].form.first.map(String.init) ?? "") && sentence[next].form.count <= 3 {
        tag = sentence[first].tag
      } else if word.end - word.start == 1 && covered.count == 1 && spans[first].end - spans[first].start > 1 {
        // A period Hearsay cuts off a treebank token (`U.S.` → `U.S` `.`).
        tag = .period
      } else {
        tag = covered.last(where: { sentence[$0].tag != .hyph && sentence[$0].tag != .pos }).map { sentence[$0].tag } ?? sentence[first].tag
      }
      out.append((word.keys, tag))
    }
    return out
  }
}
