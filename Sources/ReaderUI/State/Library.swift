import Foundation
import HearsayCore

/// One article in the library list. Counts arrive later, from background parsing.
public struct LibraryEntry: Sendable, Hashable {
  public var path: String
  public var title: String
  public var section: String?
  public var dateText: String?
  public var date: Date?
  public var quoteCount: Int?
  public var speakerCount: Int?
  public var problem: String?

  public init(path: String, title: String, section: String? = nil, dateText: String? = nil, date: Date? = nil,
              quoteCount: Int? = nil, speakerCount: Int? = nil, problem: String? = nil) {
    self.path = path
    self.title = title
    self.section = section
    self.dateText = dateText
    self.date = date
    self.quoteCount = quoteCount
    self.speakerCount = speakerCount
    self.problem = problem
  }

  /// An entry with counts, from a finished analysis.
  public init(_ a: ArticleAnalysis) {
    let title = a.article.title ?? PathName.last(a.article.path)
    self.init(path: a.article.path, title: title, section: a.article.section, dateText: a.article.dateText,
              date: a.article.date, quoteCount: a.quotes.count, speakerCount: Set(a.quotes.compactMap(\.speaker)).count)
  }
}

extension LibraryEntry {
  /// A row from the file's head (title, section, date), before any parsing; its file name
  /// when the head could not be read.
  init(path: String, head: Article?) {
    let name = PathName.last(path)
    guard let head else {
      self.init(path: path, title: name)
      return
    }
    self.init(path: path, title: head.title ?? name, section: head.section, dateText: head.dateText, date: head.date)
  }
}

public enum LibrarySort: String, CaseIterable, Sendable {
  case date, title, quotes
  var next: LibrarySort { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
}

/// The library screen: every article, sorted and filtered as the user types.
public struct LibraryState: Sendable {
  /// Assign in batches: every change re-sorts (so a frame never has to).
  public var entries: [LibraryEntry] { didSet { visible = computeVisible() } }
  public var sort: LibrarySort = .date { didSet { visible = computeVisible() } }
  public var filter = "" { didSet { visible = computeVisible() } }
  public var selected = 0
  public var offset = 0
  /// Indices of the entries shown, in order; kept up to date so rendering a library of
  /// 100,000 articles does not sort it on every frame.
  public private(set) var visible: [Int] = []
  /// How many articles the collection holds while the library shows only its first screen
  /// (`init(firstScreen:of:)`); nil once the whole list is in.
  public var pendingTotal: Int?

  public init(entries: [LibraryEntry]) {
    self.entries = entries
    visible = computeVisible()
  }

  /// A first screen — an indexed collection's newest articles, or a folder's first files —
  /// shown before the directory is scanned: at 100,000 articles the scan alone takes
  /// longer than a first screen should.
  public init(firstScreen entries: [LibraryEntry], of total: Int) {
    self.init(entries: entries)
    pendingTotal = total
  }

  /// A folder's first screen before its index has anything: the first `rows` files in
  /// path order with their heads, and how many files there are (dataset files count as
  /// one until their records come). The whole list follows (`reconcile`).
  public static func firstScreen(scanning root: String, loader: ArticleLoader, rows: Int = 64) -> (entries: [LibraryEntry], total: Int) {
    let first = ArticleLoader.firstFiles(under: root, count: rows)
    return (LibraryState(scanning: first.files, loader: loader, heads: rows).entries, first.total)
  }

  /// The library as a directory scan gives it, before any parsing: the first `heads`
  /// files (a tall screenful) show the title, section and date from their first 4 KB, the
  /// others their file names until the background parse or the index fills them in.
  /// Dataset files (JSON Lines, newsboat) are left out: their records arrive later.
  public init(scanning paths: [String], loader: ArticleLoader, heads: Int = 64) {
    let files = paths.filter { loader.collection(for: $0) == nil }
    let read = loader.heads(of: Array(files.prefix(heads)))
    self.init(entries: files.indices.map { LibraryEntry(path: files[$0], head: $0 < read.count ? read[$0] : nil) })
  }

  /// The whole library behind a first screen: what the index knows of the files a scan
  /// finds now (a dataset's records by their `file#record` paths), and the files it does
  /// not know yet as the first screen showed them, else by name (not datasets: their
  /// records come with the index's update), in the scan's order so that ties keep the
  /// order of the first screen (by path). Files gone since the index was made are left out.
  public static func reconcile(scanned: [String], indexed: [LibraryEntry], shown: [LibraryEntry] = [], loader: ArticleLoader) -> [LibraryEntry] {
    var byPath: [String: LibraryEntry] = [:], records: [String: [LibraryEntry]] = [:]
    for entry in shown { byPath[entry.path] = entry }
    for entry in indexed {
      byPath[entry.path] = entry
      if let hash = entry.path.lastIndex(of: "#") { records[String(entry.path[..<hash]), default: []].append(entry) }
    }
    var entries: [LibraryEntry] = []
    for path in scanned {
      if let known = byPath[path] {
        entries.append(known)
      } else if let known = records[path] {
        entries.append(contentsOf: known)
      } else if loader.collection(for: path) == nil {
        entries.append(LibraryEntry(path: path, head: nil))
      }
    }
    return entries
  }

  private func computeVisible() -> [Int] {
    let words = filter.lowercased().split(separator: " ")
    let shown = words.isEmpty ? Array(entries.indices) : entries.indices.filter { i in
      let hay = (entries[i].title + " " + (entries[i].section ?? "") + " " + entries[i].path).lowercased()
      return words.allSatisfy { hay.contains($0) }
    }
    switch sort {
    case .date:
      // Newest first; ties and undated articles (those not read yet, in a fresh scan) in
      // the order they came, which is by path: 100,000 numbers compare in milliseconds
      // where 100,000 titles took a third of a second.
      let keys = entries.map { $0.date?.timeIntervalSince1970 ?? -.infinity }
      return shown.sorted { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : $0 < $1 }
    case .title: return shown.sorted { entries[$0].title.localizedCaseInsensitiveCompare(entries[$1].title) == .orderedAscending }
    case .quotes:
      return shown.sorted { (entries[$0].quoteCount ?? -1, entries[$1].title) > (entries[$1].quoteCount ?? -1, entries[$0].title) }
    }
  }
}
