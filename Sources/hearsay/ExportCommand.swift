import ArgumentParser
import Foundation
import HearsayCore
import HearsayIndex
import HearsayState

/// `hearsay export`: quotes ready for a story or a script — an article's (or a folder's),
/// a speaker's across a collection, or the starred ones — as Markdown, JSON or CSV.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export quotes as Markdown, JSON or CSV.",
    discussion: """
      hearsay export ARTICLE…                         the articles' quotes
      hearsay export --speaker "Zheng Jian" ARTICLE…   one speaker's quotes in those articles
      hearsay export --speaker "Zheng Jian" --collection DIR   across the collection (from its index)
      hearsay export --starred --collection DIR        the quotes starred in the reader
      """)

  @Argument(help: "Article files or directories of articles.")
  var paths: [String] = []

  @Option(help: "Only this speaker's quotes (full name or part of it).")
  var speaker: String?

  @Flag(help: "The quotes starred in the reader for the collection.")
  var starred = false

  @Option(help: "The collection's directory, for --starred or a speaker across the collection.")
  var collection: String?

  @Option(help: "markdown, json or csv (default: from --output's extension, else markdown).")
  var format: QuoteExport.Format?

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  @Flag(help: "Overwrite --output if it exists.")
  var force = false

  @Option(help: "Dataset fields to read, e.g. text=story,title=headline.")
  var map: String?

  @OptionGroup var config: ConfigOptions

  func validate() throws {
    if starred, collection == nil { throw ValidationError("--starred needs --collection DIR (the collection the stars belong to)") }
    if !starred, collection == nil, paths.isEmpty { throw ValidationError("name articles to export, or --collection DIR with --speaker or --starred") }
    if collection != nil, !starred, speaker == nil, paths.isEmpty { throw ValidationError("with --collection, say --speaker NAME or --starred") }
    if format == nil, let output, !URL(fileURLWithPath: output).pathExtension.isEmpty, QuoteExport.Format(fileName: output) == nil {
      throw ValidationError("\(output): not a format Hearsay writes — end the name with \(QuoteExport.Format.extensions), or say --format")
    }
  }

  func run() throws {
    // Articles that could not be read (each named already) leave the rest to export, and
    // the status 1.
    var failure: ExitCode?
    let (quotes, heading) = try gather(failure: &failure)
    try write(quotes, heading: heading)
    if let failure { throw failure }
  }

  private func write(_ quotes: [ExportedQuote], heading: String) throws {
    let chosen = format ?? output.flatMap(QuoteExport.Format.init(fileName:)) ?? .markdown
    guard let output else {
      return Output.write(QuoteExport.render(quotes, as: chosen, heading: heading))
    }
    var name = output
    // --format wins over the extension: give the file the matching one when it has none.
    if format != nil, URL(fileURLWithPath: name).pathExtension.isEmpty { name += chosen.fileExtension }
    do {
      let roots = ([collection].compactMap { $0 } + paths).map(PathName.absolute).map { root -> String in
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory)
        return isDirectory.boolValue ? root : URL(fileURLWithPath: root).deletingLastPathComponent().path
      }
      let written = try ExportFile.write(quotes, heading: heading, to: name, format: chosen, overwrite: force, protectedRoots: roots)
      Output.warn("exported \(quotes.count) quote\(quotes.count == 1 ? "" : "s") to \(written.url.path) (\(written.format.rawValue))")
    } catch {
      Output.warn(error.description + (error.description.contains("exists") ? " (--force)" : ""))
      throw ExitCode(1)
    }
  }

  private func gather(failure: inout ExitCode?) throws -> ([ExportedQuote], String) {
    if starred, let collection {
      let store = StateStore(root: collection)
      let loaded = store.load()
      if let problem = loaded.problem { Output.warn(problem) }
      let quotes = loaded.state.starred.map(\.quote).filter { q in speaker.map { Self.matches(q.speaker, $0) } ?? true }
      return (quotes, "Starred quotes")
    }
    if let speaker, let collection, paths.isEmpty {
      let index = try CollectionAccess.open(collection, config: config)
      // The collection speaker by any of its names; else any whose name holds these words.
      let hits = try index.answering { index in
        try index.quotes(by: speaker, limit: 1_000_000).nonEmpty ?? index.search("speaker:\"\(speaker)\"", limit: 1_000_000)
      }
      let quotes = hits.map(\.quote)
      return (quotes, "Quotes by \(Self.soleSpeaker(quotes) ?? speaker)")
    }
    var quotes: [ExportedQuote] = []
    var titles: [String] = []
    let wanted = speaker
    do {
      try ContainedRun.map(ArticleInputs(paths: paths, fieldMap: map), { a in
        ExportedArticle(title: a.article.title ?? a.article.path,
                        quotes: a.quotes.map { ExportedQuote($0, in: a) }.filter { q in wanted.map { Self.matches(q.speaker, $0) } ?? true })
      }) { article in
        titles.append(article.title)
        quotes += article.quotes
      }
    } catch let status as ExitCode {
      failure = status
    }
    let subject = titles.count == 1 ? titles[0] : "\(titles.count) articles"
    // `--speaker brandt` heads the export with the name as the article gives it.
    let who = Self.soleSpeaker(quotes) ?? speaker
    return (quotes, who.map { "Quotes by \($0) — \(subject)" } ?? "Quotes — \(subject)")
  }

  /// The one speaker all the quotes have (the name to head them with), if they have one.
  static func soleSpeaker(_ quotes: [ExportedQuote]) -> String? {
    let names = Set(quotes.compactMap(\.speaker))
    return names.count == 1 ? names.first : nil
  }

  static func matches(_ name: String?, _ wanted: String) -> Bool {
    guard let name else { return false }
    return name.range(of: wanted, options: [.caseInsensitive, .diacriticInsensitive]) != nil
  }
}

/// What an export takes from one article.
struct ExportedArticle: Codable {
  var title: String
  var quotes: [ExportedQuote]
}

extension QuoteExport.Format: ExpressibleByArgument {
  var fileExtension: String {
    switch self {
    case .markdown: return ".md"
    case .json: return ".json"
    case .csv: return ".csv"
    }
  }
}
