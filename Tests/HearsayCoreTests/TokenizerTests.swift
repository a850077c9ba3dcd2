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
