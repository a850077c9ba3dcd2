import Foundation
import HearsayTestSupport
import Testing
@testable import HearsayCore

/// Loading: the seed's layout, Markdown front matter, and bad input that must give a
/// clear message or a diagnostic rather than a crash.
struct ArticleLoaderTests {
  @Test func plainTextLayoutFindsSectionHeadlineDateAndRepeatedCaption() throws {
    let text = "CHINA\u{00A0}/\u{00A0}DIPLOMACY\nTalks resume: expert\nPublished: Feb 05, 2026 11:52 PM\nChen Binhua, the spokesperson.\n\nChen Binhua, the spokesperson.\n\n\nThe body starts here."
    let article = try ArticleLoader().parse(bytes: Array(text.utf8), path: "a.txt")
    #expect(article.section == "CHINA\u{00A0}/\u{00A0}DIPLOMACY")
    #expect(article.title == "Talks resume: expert")
    #expect(article.dateText == "Published: Feb 05, 2026 11:52 PM")
    let date = try #require(article.date)
    #expect(Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date).day == 5)
    #expect(article.blocks.map(\.role) == [.section, .headline, .dateline, .caption, .caption, .body])
  }

  /// A Chinese article with no kicker: its first line is the headline (a script with no
  /// capitals has no lowercase letters either, and was read as a section line), and a date
  /// line introduced with a full-width colon is the date line, in figures or in the date
  /// signs; a kicker set off with a slash is still a section.
  @Test(arguments: [("地铁新线通车推迟\n发布时间：2026年2月5日\n\n本市地铁五号线原定于本月底通车。\n\n市民表示失望。", nil as String?),
                    ("地铁新线通车推迟\n发布时间：2026-02-05\n\n本市地铁五号线原定于本月底通车。\n\n市民表示失望。", nil),
                    ("城市 / 交通\n地铁新线通车推迟\n发布时间：2026年2月5日\n\n本市地铁五号线原定于本月底通车。", "城市 / 交通")])
  func aChineseHeadlineAndDateLineAreReadAsSuch(_ text: String, _ section: String?) throws {
    let article = try ArticleLoader().parse(bytes: Array(text.utf8), path: "a.txt")
    #expect(article.section == section)
    #expect(article.title == "地铁新线通车推迟")
    let date = try #require(article.date, "\(article.blocks.map(\.role))")
    #expect(Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date).day == 5)
  }

  /// A line that links to another story (`RELATED: …`, `Read more: …`) is set apart as a
  /// caption is, not read as the article's prose: its headline's claim is no quote here.
  @Test(arguments: ["RELATED: Sea wall repairs delayed again, council says", "Read more: Council says sea wall repairs are delayed"])
  func aLinkToAnotherStoryIsNoProse(_ line: String) throws {
    let text = "Storm batters coast\n\nA storm cut power to 40,000 homes, officials said.\n\n\(line)\n\nCrews worked through the night."
    let article = try ArticleLoader().parse(bytes: Array(text.utf8), path: "a.txt")
    #expect(article.blocks.map(\.role) == [.headline, .body, .caption, .body])
    #expect(!Pipeline.standard.analyse(article).quotes.contains { article.substring($0.content).contains("repairs") })
  }

  /// A photo's credit line set between paragraphs (`Dana Ruiz via Getty Images.`, `Omar
  /// Bell/Reuters`, `AP Photo/Ana Lima`) is a credit: it names the photographer, whom no
  /// later `she`, `he` or epithet means, and is no paragraph of the article's prose — while
  /// a sentence that ends in an agency's name (`said a spokesman for Reuters.`) stays
  /// prose.
  @Test(arguments: [("Dana Ruiz via Getty Images.", true), ("Omar Bell/Reuters", true), ("AP Photo/Dana Ruiz", true),
                    ("(AP Photo/Dana Ruiz)", true), ("Dana Ruiz/Getty Images.", true), ("Photo by Dana Ruiz", true),
                    ("Dana Ruiz via AFP/Getty Images", true),
                    ("The ruling was reported by Dana Ruiz via Reuters.", false)])
  func aPhotosCreditLineIsNoProse(_ line: String, _ isCredit: Bool) throws {
    let text = "Coach quits\n\nCoach Maria Lopez resigned on Monday.\n\n\(line)\n\n“I am at peace,” she said."
    let article = try ArticleLoader().parse(bytes: Array(text.utf8), path: "a.txt")
    #expect((article.blocks[2].role == .credit) == isCredit)
    if isCredit {
      let analysis = Pipeline.standard.analyse(article)
      let quote = try #require(analysis.quote(startingWith: "I am at peace"))
      #expect(analysis.speakerName(of: quote) == "Maria Lopez")
      // (Nor is it a paragraph between a name and the epithet that varies it.)
      let epithet = try ArticleLoader().parse(bytes: Array(text.replacingOccurrences(of: "she said", with: "the 45-year-old said").utf8), path: "b.txt")
      let varied = Pipeline.standard.analyse(epithet)
      #expect(varied.speakerName(of: varied.quote(startingWith: "I am at peace")) == "Maria Lopez")
    }
  }

  @Test func markdownFrontMatterGivesTitleDateAndSource() throws {
    let text = "---\ntitle: \"A title\"\ndate: 2026-08-09\nsource: Northgate News Agency\n---\n\nBody text, said nobody.\n"
    let article = try ArticleLoader().parse(bytes: Array(text.utf8), path: "a.md")
    #expect(article.title == "A title")
    #expect(article.dateText == "2026-08-09")
    #expect(article.metadata["source"] == "Northgate News Agency")
    #expect(article.blocks.first?.role == .metadata)
  }

  @Test func invalidUTF8IsDecodedWithReplacementAndADiagnostic() throws {
    var bytes = Array("Headline\n\n\"Caf".utf8)
    bytes.append(0xE9)  // Latin-1 é
    bytes += Array(" is open,\" she said.".utf8)
    let article = try ArticleLoader().parse(bytes: bytes, path: "latin1.txt")
    #expect(article.diagnostics.first?.code == .invalidUTF8 || article.diagnostics.first?.code == .convertedEncoding)
    let analysis = Pipeline.standard.analyse(article)
    #expect(analysis.quotes.count == 1)
  }

  @Test func latin1IsDecodedAsLatin1() throws {
    let bytes: [UInt8] = Array("Headline\n\n\"Caf".utf8) + [0xE9] + Array(" au lait,\" said Zo".utf8) + [0xEB] + Array(" Martin.".utf8)
    let article = try ArticleLoader().parse(bytes: bytes, path: "latin1.txt")
    #expect(article.text.contains("Café au lait"))
    #expect(article.diagnostics.first?.code == .convertedEncoding)
    #expect(Pipeline.standard.analyse(article).quotes.count == 1)
  }

  /// UTF-8 once read as Windows-1252 and saved again, once or twice over (`FranÃ§ois`,
  /// `GuantÃƒÂ¡namo`, `Â£5`, `donâ€™t`), is read as it was meant, and said so; text
  /// with the same letters used as letters (`São Paulo`, `Ãlvaro`, `café`) is left alone,
  /// and nothing is read as a control character.
  @Test(arguments: [("Fran\u{C3}\u{A7}ois Delattre said the levy would pass.", "François Delattre said the levy would pass."),
                    ("Guant\u{C3}\u{83}\u{C2}\u{A1}namo, said Fran\u{C3}\u{83}\u{C6}\u{92}\u{C3}\u{82}\u{C2}\u{A7}ois.", "Guantánamo, said François."),
                    ("It costs \u{C3}\u{82}\u{C2}\u{A3}5, and I don\u{C3}\u{A2}\u{E2}\u{82}\u{AC}\u{E2}\u{84}\u{A2}t mind.", "It costs £5, and I don’t mind."),
                    ("In S\u{E3}o Paulo, \u{C3}lvaro ordered caf\u{E9}.", nil),
                    // (Never to a control character.)
                    ("The sign read \u{C2}\u{20AC} and nothing more.", nil)] as [(String, String?)])
  func doubleEncodedTextIsReadAsMeant(_ written: String, _ meant: String?) throws {
    let article = try ArticleLoader().parse(bytes: Array("Headline\n\n\(written)\n".utf8), path: "mojibake.txt")
    #expect(article.text.contains(meant ?? written))
    #expect((article.diagnostics.first?.code == .convertedEncoding) == (meant != nil))
  }

  /// The same mojibake saved decomposed (`Ã` as `A` and a combining tilde, as a
  /// normalising scraper writes it) is read as meant too, composed.
  @Test func decomposedDoubleEncodedTextIsReadAsMeant() throws {
    let written = "French President Fran\u{41}\u{303}\u{83}\u{41}\u{302}\u{A7}ois Hollande said so."
    let article = try ArticleLoader().parse(bytes: Array("Headline\n\n\(written)\n".utf8), path: "nfd.txt")
    #expect(article.text.unicodeScalars.elementsEqual("Headline\n\nFrench President Fran\u{E7}ois Hollande said so.\n".unicodeScalars))
    #expect(article.diagnostics.first?.code == .convertedEncoding)
  }

  @Test func utf16WithoutByteOrderMarkIsDecoded() throws {
    let bytes = Array("Headline\n\n\"Yes,\" said Bo Lind.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let article = try ArticleLoader().parse(bytes: bytes, path: "utf16le.txt")
    #expect(article.text.hasPrefix("Headline"))
  }

  @Test func crlfAndLoneCRLineEndingsSplitParagraphs() throws {
    for newline in ["\r\n", "\r"] {
      let text = ["Headline", "", "\"First,\" said Ann Lee.", "", "\"Second,\" said Bo Lind."].joined(separator: newline)
      let analysis = Pipeline.standard.analyse(try ArticleLoader().parse(bytes: Array(text.utf8), path: "nl.txt"))
      #expect(analysis.quotes.count == 2)
      #expect(analysis.quotes.map { analysis.speakers[$0.speaker!].name } == ["Ann Lee", "Bo Lind"])
    }
  }

  @Test func utf16WithByteOrderMarkIsDecoded() throws {
    let bytes: [UInt8] = [0xFF, 0xFE] + Array("Hi\n\n\"Yes,\" he said.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let article = try ArticleLoader().parse(bytes: bytes, path: "utf16.txt")
    #expect(article.text.hasPrefix("Hi"))
  }

  @Test func binaryEmptyAndMissingFilesAreRefusedWithTheirPath() throws {
    #expect(throws: ArticleLoadError.binary(path: "x.bin")) { try ArticleLoader().parse(bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1], path: "x.bin") }
    #expect(throws: ArticleLoadError.empty(path: "e.txt")) { try ArticleLoader().parse(bytes: [], path: "e.txt") }
    #expect(throws: ArticleLoadError.empty(path: "w.txt")) { try ArticleLoader().parse(bytes: Array(" \n\n ".utf8), path: "w.txt") }
    #expect(throws: ArticleLoadError.notFound(path: "/no/such/file.txt")) { try ArticleLoader().load(path: "/no/such/file.txt") }
    #expect(ArticleLoadError.binary(path: "x.bin").description == "x.bin: looks like a binary file, skipped")
  }

  @Test func aFileRewrittenTruncatedAndDeletedWhileBeingReadNeverCrashesTheLoader() throws {
    let scratch = try ScratchDirectory("moving")
    let url = scratch.appendingPathComponent("moving.txt")
    let versions = ["Short one\n\n\"Yes,\" she said.", String(repeating: "A long paragraph, said nobody. ", count: 4_000)]
    try Data(versions[0].utf8).write(to: url)
    let stop = Locked(false)
    // The writer is waited for, so it cannot make the file again once the folder is gone.
    let finished = DispatchSemaphore(value: 0)
    let writer = Thread {
      defer { finished.signal() }
      var i = 0
      while !stop.withLock({ $0 }) {
        // Rewrite in place (truncate, then write: readers see every stage), or delete.
        if i % 7 == 6 {
          unlink(url.path)
        } else if let handle = FileHandle(forWritingAtPath: url.path) ?? { _ = FileManager.default.createFile(atPath: url.path, contents: nil); return FileHandle(forWritingAtPath: url.path) }() {
          try? handle.truncate(atOffset: 0)
          try? handle.write(contentsOf: Data(versions[i % 2].utf8))
          try? handle.close()
        }
        i += 1
        usleep(200)  // leave the reader whole files too, also when a sanitizer slows it
      }
    }
    writer.start()
    var outcomes: [String: Int] = [:]
    for _ in 0..<400 {
      do {
        let article = try ArticleLoader().load(path: url.path)
        #expect(!article.text.isEmpty)
        outcomes["article", default: 0] += 1
      } catch {
        #expect(error.description.hasPrefix(url.path), "every failure names the file: \(error.description)")
        outcomes[String(describing: error).prefix(8).description, default: 0] += 1
      }
    }
    stop.withLock { $0 = true }
    finished.wait()
    #expect(outcomes["article", default: 0] > 0)
  }

  @Test func oversizedArticleIsRefusedBeforeReading() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-big-\(UUID()).txt")
    try Data(repeating: 0x61, count: 4096).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: ArticleLoadError.tooLarge(path: url.path, bytes: 4096, limit: 1024)) {
      try ArticleLoader(byteLimit: 1024).load(path: url.path)
    }
  }

  @Test func largeArticleOnOneLineIsAnalysedWithoutCrashing() throws {
    // 4 MB in one paragraph; the 100 MB case and its timing are in the benchmark.
    let sentence = "“We will not move,” said Maria Okafor, adding that the plan was fair. "
    let text = "Headline\n\n" + String(repeating: sentence, count: 4_000_000 / sentence.utf8.count)
    let analysis = try Fixture.analyse(text)
    #expect(analysis.quotes.count >= 2 * (4_000_000 / sentence.utf8.count) - 1)
    #expect(analysis.speakers.first?.name == "Maria Okafor")
  }
}

/// A folder lists its articles in the order of their full paths (sorted folder by folder,
/// which is faster and must give the same order), hidden files and other files left out.
struct FolderListingTests {
  static let files = ["b.txt", "b/x.txt", "b/a/z.md", "a.md", "B.txt", "b-c.txt", "b.d/y.txt", "é.txt", "c/.hidden.txt", "notes.pdf"]

  static func folder() throws -> ScratchDirectory {
    let scratch = try ScratchDirectory("walk")
    for f in files {
      let url = scratch.appendingPathComponent(f)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("Title\n\nBody.".utf8).write(to: url)
    }
    return scratch
  }

  @Test func aFolderListsInFullPathOrder() throws {
    let root = try Self.folder()
    let listed = ArticleLoader.expand(paths: [root.path])
    let expected = Self.files.filter { !$0.contains("/.") && !$0.hasSuffix(".pdf") }.map { root.path + "/" + $0 }.sorted()
    #expect(listed == expected)
  }

  /// A first screen asks for the first few files only, without sorting the whole folder:
  /// they are the same as the first of the whole listing, and the count is all of them.
  @Test(arguments: [1, 3, 5, 7, 50])
  func theFirstFilesAreTheListingsFirst(count: Int) throws {
    let root = try Self.folder()
    let all = ArticleLoader.expand(paths: [root.path])
    let first = ArticleLoader.firstFiles(under: root.path, count: count)
    #expect(first.files == Array(all.prefix(count)))
    #expect(first.total == all.count)
  }
}
