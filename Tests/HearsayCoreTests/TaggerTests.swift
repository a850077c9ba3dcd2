import Foundation
import HearsayTestSupport
import Testing
@testable import HearsayCore

/// The part-of-speech tagger: the shipped model loads, tells the word classes the rules
/// could not tell from word lists, and its file format and training are sound.
struct TaggerTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var sentence: String
    var word: String
    var tags: Set<String>
    var headline = false
    var description: String { name }
  }

  static let cases: [Case] = [
    Case(name: "tweets after a possessive is a noun", sentence: "His early-morning tweets angered the board.", word: "tweets", tags: ["NNS"]),
    Case(name: "tweets after a pronoun is a verb", sentence: "She tweets that the bridge is safe.", word: "tweets", tags: ["VBZ"]),
    Case(name: "claims after a determiner is a noun", sentence: "The claims were rejected by the court.", word: "claims", tags: ["NNS"]),
    Case(name: "claims after a pronoun is a verb", sentence: "She claims that the vote was rigged.", word: "claims", tags: ["VBZ"]),
    Case(name: "a title-case headline verb is a verb", sentence: "Maria Okafor Calls Bridge Plan a Disaster", word: "Calls", tags: ["VBZ"], headline: true),
    Case(name: "a title-case headline verb read as a plural noun after its subject is a verb", sentence: "Mayor Backs New Housing Plan for Downtown", word: "Backs", tags: ["VBZ"], headline: true),
    Case(name: "a title-case headline verb read as a plural noun after a surname is a verb", sentence: "Okafor Eyes Third Term as Council Leader", word: "Eyes", tags: ["VBZ"], headline: true),
    Case(name: "a title-case headline's plural noun after a word for no actor stays a noun", sentence: "Housing Costs Under Scrutiny in Leeds", word: "Costs", tags: ["NNS"], headline: true),
    Case(name: "a title-case headline's plural noun beside its verb stays a noun", sentence: "Mayor Backs Plan as Housing Costs Rise Again", word: "Costs", tags: ["NNS"], headline: true),
    Case(name: "a party's members are plural proper nouns", sentence: "Republicans said the bill would pass.", word: "Republicans", tags: ["NNPS", "NNS"]),
    Case(name: "a surname before a cue is a proper noun", sentence: "The plan is sound, Natarajan said.", word: "Natarajan", tags: ["NNP"]),
    Case(name: "an open-class cue verb after a quote is a past verb", sentence: "\"Never,\" the mayor snapped.", word: "snapped", tags: ["VBD"]),
    Case(name: "that after a noun is a relative pronoun", sentence: "The ports that handle grain will close.", word: "that", tags: ["WDT"]),
    Case(name: "that after a cue is a complementizer", sentence: "Officials said that the ports will close.", word: "that", tags: ["IN"]),
    Case(name: "a negated auxiliary is its auxiliary", sentence: "The party doesn't care about the levy.", word: "doesn't", tags: ["VBZ"]),
    Case(name: "a negated modal is its modal", sentence: "The mayor won't say whether the levy passed.", word: "won't", tags: ["MD"]),
  ]

  static func tags(of sentence: String) throws -> [(word: String, tag: String)] {
    try Tagger.shipped.get().tag(sentence: sentence).map { ($0.word, $0.tag.name) }
  }

  @Test func theShippedModelLoads() throws {
    let tagger = try Tagger.shipped.get()
    #expect(tagger.model.featureCount > 10_000)
  }

  /// The shipped model was trained against the shipped snapshot of the word lists it reads
  /// (titles, places, organisation and outlet words, given names …): under another, its
  /// lexicon weights would be read for other words. Write both together (README, "The
  /// part-of-speech tagger").
  @Test func theShippedModelWasTrainedOnTheShippedLexiconSnapshot() throws {
    #expect(try Tagger.shipped.get().model.lexicon == TaggerLexicon.fingerprint, "the lexicon snapshot is not the model's: write it and retrain together")
  }

  /// A word a list took in after the snapshot is read by the tagger as it was when the
  /// model learnt it — on no list — and a word of the snapshot with the snapshot's lists,
  /// whatever today's say: editing a list moves no tag until the tagger is retrained.
  @Test func theTaggerReadsTheListsAsTheSnapshotHasThem() {
    #expect(TaggerLexicon.frozen["harbourline"] == nil)
    #expect(TaggerLexicon.bits("harbourline", flags: [.organisationHead, .roleNoun]) == 0)
    let said = TaggerLexicon.frozen["said"]
    #expect(said != nil)
    #expect(TaggerLexicon.bits("said", flags: [.organisationHead]) == said)
  }

  /// The snapshot file reads back as the entries written into it.
  @Test func theLexiconSnapshotReadsBackAsWritten() {
    let entries = [(word: "chief", bits: UInt64(0x3)), (word: "o'brien", bits: 1 << 40), (word: "back\\slash", bits: 0x10)]
    let source = TaggerLexicon.source(of: entries)
    let body = source[source.range(of: "#\"\"\"\n")!.upperBound..<source.range(of: "\"\"\"#")!.lowerBound]
    #expect(TaggerLexicon.parse(String(body)) == Dictionary(uniqueKeysWithValues: entries.map { ($0.word, $0.bits) }))
  }

  /// Asked as the rules ask: of one token of a segmented document (the sentence as its
  /// headline or as body text), decoding from a few words before it.
  @Test(arguments: cases)
  func tagsTheWordClass(_ c: Case) throws {
    let text = c.headline ? c.sentence + "\n\nThe body of the article." : "A headline for the test\n\n" + c.sentence
    var doc = Document(article: try ArticleLoader().parse(bytes: Array(text.utf8), path: "t.txt"))
    SegmentationStage().apply(to: &doc)
    let k = try #require(doc.tokens.indices.first { doc.tokens[$0].text == c.word }, "no word \(c.word)")
    let tag = try #require(doc.tag(k))
    #expect(c.tags.contains(tag.name), "\(c.word) tagged \(tag.name)")
  }

  /// On body text, one word at a time agrees with tagging the whole sentence.
  @Test(arguments: cases.filter { !$0.headline })
  func onDemandTagsAgreeWithWholeSentences(_ c: Case) throws {
    var doc = Document(article: try ArticleLoader().parse(bytes: Array(("Headline\n\n" + c.sentence).utf8), path: "t.txt"))
    SegmentationStage().apply(to: &doc)
    let k = try #require(doc.tokens.indices.first { doc.tokens[$0].text == c.word })
    let whole = try Self.tags(of: c.sentence).first { $0.word == c.word }?.tag
    #expect(doc.tag(k)?.name == whole)
  }

  /// A word's tag is the same whichever word a rule asked about first: asking for the next
  /// word decodes this one as its run-up, with less history than asking for it would.
  @Test func aWordsTagDoesNotDependOnWhichWordWasAskedFirst() throws {
    let text = "Headline\n\nOn Monday the campaign unveiled a new advertisement in Spanish featuring Hispanics telling their family stories and criticizing the plan."
    func document() throws -> Document {
      var doc = Document(article: try ArticleLoader().parse(bytes: Array(text.utf8), path: "t.txt"))
      SegmentationStage().apply(to: &doc)
      return doc
    }
    let backwards = try document()
    let words = backwards.tokens.indices.filter { backwards.tokens[$0].kind == .word && backwards.blocks[backwards.sentences[backwards.sentenceOfToken[$0]].block].role == .body }
    let askedLastFirst = words.reversed().map { backwards.tag($0) }.reversed()
    let askedAlone = try words.map { try document().tag($0) }
    #expect(Array(askedLastFirst) == askedAlone)
  }

  static let tiny: [PerceptronTrainer.Sentence] = {
    let sentences: [(String, [PennTag])] = [
      ("Okafor said the bridge is safe .", [.nnp, .vbd, .dt, .nn, .vbz, .jj, .period]),
      ("The bridge will reopen in May .", [.dt, .nn, .md, .vb, .in, .nnp, .period]),
      ("Residents said they were never asked .", [.nns, .vbd, .prp, .vbd, .rb, .vbn, .period]),
    ]
    return sentences.map { text, tags in zip(TaggerTraining.words(in: text), tags).map { ($0.keys, $1) } }
  }()

  @Test func trainingIsDeterministic() {
    func train() -> [UInt8] {
      var trainer = PerceptronTrainer()
      _ = trainer.train(Self.tiny, passes: 5, seed: 7)
      return trainer.model(threshold: 0).serialized()
    }
    #expect(train() == train())
  }

  @Test func aModelSurvivesItsFileAndLearnsWhatItSaw() throws {
    var trainer = PerceptronTrainer()
    let accuracies = trainer.train(Self.tiny, passes: 10, seed: 7)
    #expect(accuracies.last == 1.0)
    let loaded = Tagger(model: try TaggerModel(serialized: trainer.model(threshold: 0).serialized()))
    for sentence in Self.tiny { #expect(loaded.tag(sentence.map(\.keys)) == sentence.map(\.tag)) }
  }

  /// Each spelling's scores are kept per thread: a second model on the same thread must
  /// not read the first one's. Two one-feature models (the word itself), opposite tags.
  @Test func twoModelsOnOneThreadKeepTheirOwnWordScores() {
    let keys = TaggerTraining.words(in: "tweets").map(\.keys)
    func model(_ tag: PennTag) -> Tagger {
      Tagger(model: TaggerModel(features: [(StableHash.feature(1, keys[0].word), [(tag.rawValue, 1)])]))
    }
    #expect(model(.nns).tag(keys) == [.nns])
    #expect(model(.vbz).tag(keys) == [.vbz])
  }

  /// The shipped model is mapped from its file, not read into memory: a model written to a
  /// file and mapped back tags as the one it was written from.
  @Test func aModelMappedFromItsFileTagsAsTheOneWritten() throws {
    var trainer = PerceptronTrainer()
    _ = trainer.train(Self.tiny, passes: 10, seed: 7)
    let scratch = try ScratchDirectory("model")
    let path = scratch.appendingPathComponent("model.bin").path
    try Data(trainer.model(threshold: 0).serialized()).write(to: URL(fileURLWithPath: path))
    let mapped = Tagger(model: try TaggerModel(mapping: path))
    for sentence in Self.tiny { #expect(mapped.tag(sentence.map(\.keys)) == sentence.map(\.tag)) }
    #expect(mapped.model.serialized() == trainer.model(threshold: 0).serialized())
  }

  @Test func aMissingOrEmptyModelFileIsRefusedNamingIt() throws {
    let scratch = try ScratchDirectory("model")
    let missing = scratch.appendingPathComponent("absent.bin").path
    let empty = scratch.appendingPathComponent("empty.bin").path
    try Data().write(to: URL(fileURLWithPath: empty))
    for path in [missing, empty] {
      do {
        _ = try TaggerModel(mapping: path)
        Issue.record("\(path) was taken for a model")
      } catch {
        #expect(error.description.contains(path))
      }
    }
  }

  /// The slots are checked as lookups reach them, not all at start-up: a file whose table
  /// has no empty slot left must still answer (the probe stops after one round).
  @Test func aModelWhoseTableIsFullStillAnswers() throws {
    var trainer = PerceptronTrainer()
    _ = trainer.train(Self.tiny, passes: 2, seed: 7)
    var bytes = trainer.model(threshold: 0).serialized()
    let (at, slots) = Self.slots(of: bytes)
    for s in 0..<slots where bytes[at + s * 16 + 12] == TaggerModel.File.Kind.empty.rawValue {
      bytes.replaceSubrange((at + s * 16)..<(at + s * 16 + 16), with: [UInt8](repeating: 0xEE, count: 12) + [TaggerModel.File.Kind.run.rawValue, 0, 0, 0])
    }
    let full = Tagger(model: try TaggerModel(serialized: bytes))
    #expect(full.tag(TaggerTraining.words(in: "Zyzzyva quibbled .").map(\.keys)).count == 3)
  }

  /// Tags are checked as they are used too: a weight for a tag the build does not know
  /// (a damaged byte, in a slot or at the file's end) is passed over, never written out of
  /// bounds; so is a run of entries past the file's end.
  @Test func aModelWithATagOrRunOutOfRangeStillAnswers() throws {
    var trainer = PerceptronTrainer()
    _ = trainer.train(Self.tiny, passes: 2, seed: 7)
    // (Small weights left out, so that some features keep one or two in their slot.)
    var bytes = trainer.model(threshold: 0.2, denseFrom: 1_000).serialized()
    bytes[bytes.count - 4] = 0xFF  // the last entry's tag: no dense rows follow
    let (at, slots) = Self.slots(of: bytes)
    var damagedSlots = (inline: 0, run: 0)
    for s in 0..<slots {
      let slot = at + s * 16
      switch bytes[slot + 12] {
      case TaggerModel.File.Kind.inline.rawValue:
        bytes[slot + 14] = 0xFF
        bytes[slot + 15] = 0xFF
        damagedSlots.inline += 1
      case TaggerModel.File.Kind.run.rawValue where damagedSlots.run == 0:
        bytes.replaceSubrange((slot + 8)..<(slot + 12), with: [0xFF, 0xFF, 0xFF, 0x7F])
        damagedSlots.run += 1
      default: break
      }
    }
    #expect(damagedSlots.inline > 0 && damagedSlots.run > 0)
    let damaged = Tagger(model: try TaggerModel(serialized: bytes))
    for sentence in Self.tiny { #expect(damaged.tag(sentence.map(\.keys)).count == sentence.count) }
  }

  /// Where a model file's slots start, and how many there are (`TaggerModel.File`).
  static func slots(of bytes: [UInt8]) -> (at: Int, count: Int) {
    var at = 20  // "HTAG", version, lexicon, tag count
    for _ in 0..<PennTag.allCases.count { at += 1 + Int(bytes[at]) }
    at += (16 - at % 16) % 16
    let slots = bytes[(at + 4)..<(at + 8)].withUnsafeBytes { Int(UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self))) }
    return (at + 16, slots)
  }

  /// The kinds of the filled slots of a model file.
  static func slotKinds(of bytes: [UInt8]) -> Set<TaggerModel.File.Kind> {
    let (at, slots) = Self.slots(of: bytes)
    return Set((0..<slots).compactMap { TaggerModel.File.Kind(rawValue: bytes[at + $0 * 16 + 12]) }).subtracting([.empty])
  }

  /// Features with many weights are stored as dense rows and added a vector at a time:
  /// a model written all dense tags as the same model written with its weights in its
  /// slots and in runs, and a dense slot naming a row past the file's end (a damaged file)
  /// is passed over.
  @Test func denseRowsTagAsTheirSparseEntries() throws {
    var trainer = PerceptronTrainer()
    _ = trainer.train(Self.tiny, passes: 10, seed: 7)
    let dense = trainer.model(threshold: 0.2, denseFrom: 1).serialized(), sparse = trainer.model(threshold: 0.2, denseFrom: 1_000).serialized()
    #expect(Self.slotKinds(of: dense) == [.dense])
    #expect(Self.slotKinds(of: sparse) == [.inline, .run])
    let sentences = Self.tiny.map { $0.map(\.keys) } + ["The bridge said they were safe .", "Residents will reopen the bridge in May ."].map { TaggerTraining.words(in: $0).map(\.keys) }
    let fromDense = Tagger(model: try TaggerModel(serialized: dense)), fromSparse = Tagger(model: try TaggerModel(serialized: sparse))
    for keys in sentences { #expect(fromDense.tag(keys) == fromSparse.tag(keys)) }
    var damaged = dense
    let (at, slots) = Self.slots(of: dense)
    for s in 0..<slots where damaged[at + s * 16 + 12] == TaggerModel.File.Kind.dense.rawValue {
      damaged.replaceSubrange((at + s * 16 + 4)..<(at + s * 16 + 8), with: [0xFF, 0xFF, 0xFF, 0x7F])
    }
    let tagger = Tagger(model: try TaggerModel(serialized: damaged))
    for keys in sentences { #expect(tagger.tag(keys).count == keys.count) }
  }

  @Test func aDamagedModelFileIsRefusedWithAReason() throws {
    var trainer = PerceptronTrainer()
    _ = trainer.train(Self.tiny, passes: 2, seed: 7)
    let bytes = trainer.model(threshold: 0).serialized()
    for damaged in [Array(bytes.dropLast(3)), Array("HTAG".utf8), [UInt8](repeating: 0, count: 40), bytes + [0]] {
      #expect(throws: TaggerModel.LoadError.self) { try TaggerModel(serialized: damaged) }
    }
  }

  /// The shipped weights are keyed by these hashes: a spelling's keys (its word, affixes,
  /// outline and shape) must come out as they did when the model was trained, however
  /// they are computed. Numbers, capitals, hyphens, periods, accents, ideographs and a
  /// typographic possessive, each with its keys at training time.
  @Test(arguments: [
    ("said", [7454752413483176425, 9757658148714484539, 7194352594977344274, 9456275639872597356, 15280185621964706397, 7454752413483176425, 15440539477526497388, 0]),
    ("Okafor", [17486714192222563364, 3775978982254473685, 6008005285927438549, 8915750265762621606, 16716049357925681619, 2278078769057967336, 12738133990205758505, 1]),
    ("U.S.", [2141270346455140289, 4572569594353314161, 18241675994115209563, 16392400334891998945, 7090775779768204992, 2141270346455140289, 1481849811084460228, 19]),
    ("1999", [8743365981450628960, 18374478717109141291, 14317421534728602379, 9897235953639169013, 2770436327914739459, 2712242310573267418, 3151252660824817090, 4]),
    ("12", [6685258542678081710, 17468712386315267195, 17468712386315267195, 9897235953639169013, 17468712386315267195, 17468712386315267195, 3151252660824817090, 4]),
    ("well-known", [6392081610720333801, 17117778574817303244, 6960767313619601539, 16547732458338270716, 743606088185695123, 9010023516967760752, 5730932228874439738, 8]),
    ("Ünïcödé", [10420194641072777337, 17089765432526557503, 8432510513779013181, 11279290105700594597, 16162826532096999721, 5313057208541690816, 12738133990205758505, 1]),
    ("東京", [6649337324160020296, 6649337324160020296, 6649337324160020296, 9416610671682768321, 6649337324160020296, 6649337324160020296, 15440539477526497388, 0]),
    ("Trump’s", [1629008171402057930, 1275920962523223455, 17863569586415099612, 6556140742747193411, 16730348360349193096, 3085158033751347999, 3528707261071397210, 1]),
    ("IBM", [8232716153235183958, 8232716153235183958, 5450226307372511885, 10924393546592328516, 8232716153235183958, 8232716153235183958, 11870662978147118230, 3]),
    (",", [16303478449845939168, 16303478449845939168, 16303478449845939168, 16303478449845939168, 16303478449845939168, 16303478449845939168, 16303478449845939168, 96]),
    ("e-mail.", [196369455923073526, 16397090443565443485, 7059412969430342552, 17577434067493084195, 14682256226379293347, 4956120981149789914, 10642100232377369944, 24]),
  ] as [(String, [UInt64])])
  func aSpellingsKeysAreTheOnesTheModelWasTrainedOn(_ spelling: String, _ keys: [UInt64]) {
    let k = TagKeys(text: spelling, lower: spelling.lowercased(), flags: [])
    #expect([k.word, k.suffix3, k.suffix2, k.prefix, k.prefix3, k.suffix4, k.outline, k.shape] == keys)
  }
}
