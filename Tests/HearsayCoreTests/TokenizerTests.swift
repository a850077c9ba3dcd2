import Foundation
import HearsayTestSupport
import Testing
@testable import HearsayCore

/// Tokens refer to their spelling in a per-thread vocabulary without counting references;
/// these check that every token still reads as the text it covers, whatever the
/// vocabulary went through meanwhile.
struct TokenizerTests {
  private func segmented(_ text: String) throws -> Document {
    var doc = Document(article: try ArticleLoader().parse(bytes: Array(text.utf8), path: "inline.txt"))
    SegmentationStage().apply(to: &doc)
    return doc
  }

  @Test func tokensReadAsTheTextTheyCoverWithFlagsFromTheLexicons() throws {
    let doc = try segmented("Headline\n\n“We’ll see,” Mr. Okafor said of the U.S. plan, citing Reuters.")
    #expect(doc.tokens.allSatisfy { $0.text == doc.text($0.range) })
    #expect(doc.tokens.map(\.text).contains("Mr."))
    #expect(doc.tokens.map(\.text).contains("U.S."))
    #expect(doc.tokens.first { $0.text == "We’ll" }?.lower == "we'll")
    #expect(doc.tokens.first { $0.text == "said" }?.has(.finiteSpeechVerb) == true)
    #expect(doc.tokens.first { $0.text == "citing" }?.has(.relayWord) == true)
    #expect(doc.tokens.first { $0.text == "Reuters" }?.has(.outletName) == true)
    #expect(doc.tokens.first { $0.text == "," }?.isMark(",") == true)
  }

  /// Word lists are asked of tokens by the hash their word keeps: every token of the
  /// samples (possessives, typographic apostrophes, capitals, punctuation) must get the
  /// answer the plain set gives for its lowercase and bare forms.
  /// A comma before three digits is inside a number (`2,000`, `1,300,000`); one before
  /// other digits, or after a word, separates (`in 2019, 100 people`, `1,23`).
  @Test(arguments: [("It represents 2,000 towns.", ["It", "represents", "2,000", "towns", "."]),
                    ("It cost $1,300,000 in all.", ["It", "cost", "$", "1,300,000", "in", "all", "."]),
                    ("In 2019, 100 people came.", ["In", "2019", ",", "100", "people", "came", "."]),
                    ("Scores were 1,23 and 4,5678.", ["Scores", "were", "1", ",", "23", "and", "4", ",", "5678", "."])])
  func aCommaBeforeThreeDigitsIsInsideTheNumber(_ sentence: String, _ tokens: [String]) throws {
    let doc = try segmented("Headline\n\n" + sentence)
    #expect(doc.tokens.dropFirst().map(\.text) == tokens)
  }

  /// A period between a word's small letter or digit and a capitalised word is a
  /// sentence's end whose space was lost (`said.Lima`, `in 2016.The`); one inside an
  /// abbreviation, a name or an address stays in its word (`U.S.Senate`, `ltn.com`, `3.5`).
  @Test(arguments: [("Lima said.Okafor agreed.", ["Lima", "said", ".", "Okafor", "agreed", "."]),
                    ("It began in 2016.The end came.", ["It", "began", "in", "2016", ".", "The", "end", "came", "."]),
                    ("Ask Mr.Okafor at ltn.com now.", ["Ask", "Mr.", "Okafor", "at", "ltn.com", "now", "."]),
                    ("The U.S.Senate rose 3.5 points.", ["The", "U.S.Senate", "rose", "3.5", "points", "."])])
  func aPeriodBeforeACapitalisedWordEndsTheWord(_ sentence: String, _ tokens: [String]) throws {
    let doc = try segmented("Headline\n\n" + sentence)
    #expect(doc.tokens.dropFirst().map(\.text) == tokens)
  }

  /// An abbreviation's period before a hyphen and a word keeps the compound whole
  /// (`Calif.-based`, `U.S.-born`), and initials joined to initials keep their last period
  /// (`A.F.L.-C.I.O.`).
  @Test(arguments: [("The Mountain View, Calif.-based firm grew.", ["The", "Mountain", "View", ",", "Calif.-based", "firm", "grew", "."]),
                    ("A U.S.-born gunman fled.", ["A", "U.S.-born", "gunman", "fled", "."]),
                    ("The A.F.L.-C.I.O., a union, agreed.", ["The", "A.F.L.-C.I.O.", ",", "a", "union", ",", "agreed", "."])])
  func anAbbreviationsPeriodBeforeAHyphenStaysInItsWord(_ sentence: String, _ tokens: [String]) throws {
    let doc = try segmented("Headline\n\n" + sentence)
    #expect(doc.tokens.dropFirst().map(\.text) == tokens)
  }

  /// A word in capitals that spells a function word is an acronym, on no list of function
  /// words, where the tagger reads a name and no word in capitals stands beside it; stress
  /// and a heading's words stay the words they spell.
  @Test(arguments: [("A spokeswoman for the WHO said it.", "WHO", true),
                    ("The US said the talks would resume.", "US", true),
                    ("She did NOT say the fares would double.", "NOT", false),
                    ("HOW THE LEVY WORKS The mayor explained it.", "THE", false)])
  func aFunctionWordInCapitalsIsAnAcronymWhereItNamesOne(_ sentence: String, _ word: String, _ acronym: Bool) throws {
    let doc = try segmented("Headline\n\n" + sentence)
    let token = try #require(doc.tokens.first { $0.text == word })
    #expect(token.readsAsAcronym == acronym)
    #expect(token.flags.isDisjoint(with: .functionWord) == acronym)
    #expect(token.is(word.lowercased()) == !acronym)
  }

  /// A letter written with a combining accent (text saved decomposed, as macOS names
  /// files and some feeds write) stays inside its word: `José` is one word, not `Jose`.
  @Test(arguments: [("Jose\u{301} Ramos said it.", ["Jose\u{301}", "Ramos", "said", "it", "."]),
                    ("Ms. Nu\u{301}n\u{303}ez agreed.", ["Ms.", "Nu\u{301}n\u{303}ez", "agreed", "."])])
  func aCombiningAccentStaysInsideItsWord(_ sentence: String, _ tokens: [String]) throws {
    let doc = try segmented("Headline\n\n" + sentence)
    #expect(doc.tokens.dropFirst().map { Array($0.text.unicodeScalars) } == tokens.map { Array($0.unicodeScalars) })
  }

  /// The indexes a stage marks (capitals of position only) read back as marked, at
  /// the edges of the bit words too, and no others — nor a negative or far index.
  @Test func indexMarksHoldTheIndexesMarkedAndNoOthers() {
    let marked = [0, 63, 64, 127, 1000]
    let marks = IndexMarks(marked)
    #expect(marked.allSatisfy(marks.contains))
    #expect(![1, 62, 65, 128, 999, 1001, -1, 1 << 20].contains(where: marks.contains))
    #expect(!IndexMarks().contains(0))
  }

  @Test func aWordListAnswersATokenAsItsSpellingWould() throws {
    let lists = [Lexicon.prepositions, Lexicon.auxiliaries, Lexicon.givenNames, Lexicon.placeHeads, Lexicon.roleNouns, WordSet(["'s", ",", "okafor's"])]
    var asked = 0, hits = 0
    for name in try FileManager.default.contentsOfDirectory(atPath: PackageRoot.samples) {
      let doc = try segmented(try String(contentsOfFile: PackageRoot.samples + "/" + name, encoding: .utf8) + " Okafor's, O’Neill’s Lima’s")
      for t in doc.tokens {
        for list in lists {
          #expect(list.contains(t) == list.words.contains(t.lower), "\(t.text)")
          #expect(list.containsBare(t) == list.words.contains(t.bare), "\(t.text)")
          asked += 1
          if list.containsBare(t) { hits += 1 }
        }
      }
    }
    #expect(asked > 10_000 && hits > 100, "\(asked) questions, \(hits) on a list")
  }

  /// The byte-level questions the rules ask for speed answer as the string ones would:
  /// a word list asked of ASCII bytes read in lower case, and an ASCII ending, for every
  /// word of the samples and a few odd spellings (accents composed and not, a typographic
  /// apostrophe, an empty word).
  @Test func byteLevelWordQuestionsAnswerAsStringOnesWould() throws {
    var words = ["", "Of", "THE", "throughout", "n't", "can’t", "café", "cafe\u{301}", "Reporters", "leading", "ing"]
    for name in try FileManager.default.contentsOfDirectory(atPath: PackageRoot.samples) {
      let doc = try segmented(try String(contentsOfFile: PackageRoot.samples + "/" + name, encoding: .utf8))
      words += doc.tokens.map(\.text)
    }
    let lists = [Lexicon.prepositions, Lexicon.determiners]
    for word in words {
      for ending: StaticString in ["s", "ing", "ed", "ly", "n't", "ies"] {
        #expect(word.endsWith(ending) == word.hasSuffix(ending.description), "\(word) ends with \(ending)")
      }
      guard word.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
      let bytes = Array(word.utf8)
      for list in lists {
        let listed = bytes.withUnsafeBufferPointer { list.contains(lowercasing: $0[...]) }
        #expect(listed == list.words.contains(word.lowercased()), "\(word)")
      }
    }
    #expect(words.count > 1_000)
  }

  /// More distinct words than the vocabulary keeps, in one paragraph: it is emptied in the
  /// middle, and the tokens made before must still read right (the document keeps the
  /// old store; under AddressSanitizer a freed word would be caught here).
  @Test func aVocabularyEmptiedInMidParagraphLeavesEveryTokenIntact() throws {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    let words = (0..<600_000).map { n -> String in
      var n = n
      var word = "q"
      repeat {
        word.append(letters[n % 26])
        n /= 26
      } while n > 0
      return word
    }
    let doc = try segmented("Headline\n\n" + words.joined(separator: " ") + ".")
    #expect(doc.vocabularyStores.count >= 2)
    #expect(doc.tokens.count == 600_002)
    #expect(doc.tokens.allSatisfy { $0.text == doc.text($0.range) && $0.lower == $0.text.lowercased() })
  }
}
