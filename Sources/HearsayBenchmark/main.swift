import Foundation
import HearsayCore

/// `swift run -c release HearsayBenchmark [MEGABYTES]`: runs the whole parsing pipeline
/// over generated news and prints throughput and peak memory. Figures, not a test.
let megabytes = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 60
/// Without its tagger model the pipeline runs, faster and worse: its figures would be of
/// another program (a build copied without the model's folder beside it measured so once).
if case .failure(let error) = Tagger.shipped {
  FileHandle.standardError.write(Data("HearsayBenchmark: \(error); no figures without it\n".utf8))
  exit(1)
}
/// `HearsayBenchmark 0 screen DIR`: only the reader's first library screen on a folder.
if CommandLine.arguments.dropFirst(2).first == "screen", let dir = CommandLine.arguments.dropFirst(3).first {
  let state = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-screen-\(UUID())")
  IndexBenchmark.firstScreen(root: URL(fileURLWithPath: dir), state: state)
  try? FileManager.default.removeItem(at: state)
  exit(0)
}
/// `HearsayBenchmark 0 cli DIR [FORMAT [JOBS]]`: the real `hearsay quotes` over a folder, as a user runs it.
if CommandLine.arguments.dropFirst(2).first == "cli", let dir = CommandLine.arguments.dropFirst(3).first {
  try CLIBenchmark.run(folder: dir, format: CommandLine.arguments.dropFirst(4).first ?? "jsonl", jobs: CommandLine.arguments.dropFirst(5).first)
  exit(0)
}
/// `HearsayBenchmark 50 corpus DIR`: the pipeline on the real articles under DIR instead.
if CommandLine.arguments.dropFirst(2).first == "corpus", let dir = CommandLine.arguments.dropFirst(3).first {
  try CorpusBenchmark.run(root: dir, megabytes: megabytes)
  exit(0)
}
/// A second argument runs one part only: `pipeline` (for profiling) or `index` (the
/// collection index on every generated article).
let onlyPipeline = CommandLine.arguments.dropFirst(2).first == "pipeline"
let onlyIndex = CommandLine.arguments.dropFirst(2).first == "index"
/// `HearsayBenchmark 145 write DIR` writes the generated collection to DIR and stops, for
/// measuring the real `hearsay index` and reader on it.
let writeTo = CommandLine.arguments.dropFirst(2).first == "write" ? CommandLine.arguments.dropFirst(3).first : nil
var generator = SyntheticNews(seed: 42)
var articles: [String] = []
var bytes = 0
while bytes < megabytes * 1_000_000 {
  let text = generator.article(index: articles.count)
  bytes += text.utf8.count
  articles.append(text)
}
print("generated \(articles.count) articles, \(String(format: "%.1f", Double(bytes) / 1e6)) MB")

if let writeTo {
  try FileManager.default.createDirectory(atPath: writeTo, withIntermediateDirectories: true)
  for (i, text) in articles.enumerated() {
    try text.write(toFile: writeTo + String(format: "/%06d.txt", i), atomically: false, encoding: .utf8)
  }
  print("wrote \(articles.count) articles to \(writeTo)")
  exit(0)
}

if onlyIndex {
  try IndexBenchmark.run(articles: articles)
  exit(0)
}

let loader = ArticleLoader()
var quotes = 0
var timings: [String: UInt64] = [:]
let start = DispatchTime.now().uptimeNanoseconds
for (i, text) in articles.enumerated() {
  let t0 = DispatchTime.now().uptimeNanoseconds
  let article = try loader.parse(bytes: Array(text.utf8), path: "synthetic-\(i).txt")
  timings["load", default: 0] += DispatchTime.now().uptimeNanoseconds - t0
  quotes += Pipeline.standard.analyse(article, timings: &timings).quotes.count
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
print(String(format: "pipeline: %.2f s, %.1f MB/s on one core, %d quotes", seconds, Double(bytes) / 1e6 / seconds, quotes))
print(stageShares(timings, of: seconds))

// The same articles on every core, each taking the next article as it finishes one.
do {
  let cores = ProcessInfo.processInfo.activeProcessorCount
  let next = Locked(0)
  let articles = articles
  let loader = loader
  let t0 = DispatchTime.now().uptimeNanoseconds
  DispatchQueue.concurrentPerform(iterations: cores) { _ in
    while true {
      let i = next.withLock { n in defer { n += 1 }; return n }
      guard i < articles.count, let article = try? loader.parse(bytes: Array(articles[i].utf8), path: "synthetic-\(i).txt") else { return }
      _ = Pipeline.standard.analyse(article)
    }
  }
  let parallel = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
  print(String(format: "pipeline on %d cores: %.2f s, %.1f MB/s (%.2f× one core)", cores, parallel, Double(bytes) / 1e6 / parallel, seconds / parallel))
}

if onlyPipeline { exit(0) }

// One large article: linear time is what matters, so time it against a quarter of it.
func timeOne(_ texts: ArraySlice<String>, loader: ArticleLoader) throws -> Double {
  let big = texts.joined(separator: "\n")
  let t0 = DispatchTime.now().uptimeNanoseconds
  _ = Pipeline.standard.analyse(try loader.parse(bytes: Array(big.utf8), path: "big.txt"))
  return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
}
let quarter = try timeOne(articles.prefix(articles.count / 8), loader: loader)
let whole = try timeOne(articles.prefix(articles.count / 2), loader: loader)
print(String(format: "single article of %.0f MB: %.2f s (an eighth-size one: %.2f s, ratio %.1f for 4x the text)",
             Double(bytes) / 2e6, whole, quarter, whole / quarter))

// Loading throughput per format, on the first 2,000 articles.
print("loading (no analysis):")
try FormatBenchmark.run(Array(articles.prefix(2_000)))

// The collection index on the first 10,000 articles (`HearsayBenchmark N index` for only this).
try IndexBenchmark.run(articles: Array(articles.prefix(10_000)))

// Reader frame time on a 1 MB article.
var oneMB = ""
var frameArticles = 0
while oneMB.utf8.count < 1_000_000 {
  oneMB += articles[frameArticles % articles.count].split(separator: "\n", omittingEmptySubsequences: false).dropFirst(4).joined(separator: "\n")
  frameArticles += 1
}
try FrameBenchmark.run(text: "Big article\n\n" + oneMB)
FrameBenchmark.library()

var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print("peak memory: \(usage.ru_maxrss / 1024) MB")
