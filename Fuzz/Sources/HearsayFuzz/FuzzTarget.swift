import HearsayCore

/// libFuzzer's entry point: any bytes, as a file of any name, through the loader and the
/// whole pipeline. A crash or a broken invariant (`invariantViolations`) is a finding;
/// libFuzzer saves the input that caused it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let data, size > 0 else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  // The first byte picks the format, as a file's extension would.
  let names = ["fuzz.txt", "fuzz.md", "fuzz.jsonl", "fuzz.json"]
  let path = names[Int(bytes[0]) % names.count]
  let loader = ArticleLoader()
  if let collection = loader.collection(for: path) {
    _ = collection
    return 0  // record files are read from disk; the text formats are what the bytes exercise
  }
  guard let article = try? loader.parse(bytes: Array(bytes.dropFirst()), path: path) else { return 0 }
  let problems = Pipeline.standard.analyse(article).invariantViolations()
  if !problems.isEmpty { fatalError("invariants broken: \(problems)") }
  return 0
}
