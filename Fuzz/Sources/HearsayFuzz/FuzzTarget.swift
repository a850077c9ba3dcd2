import HearsayCore

/// One libFuzzer input: any bytes through the loader and the whole pipeline. A crash or
/// a broken invariant (`invariantViolations`) is a finding; libFuzzer keeps the input.
/// The first byte picks the format, as a file's extension would. Exported under the name
/// libFuzzer's runtime expects, and handed to its driver by `main.swift`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let data, size > 0 else { return 0 }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let path = ["fuzz.txt", "fuzz.md"][Int(bytes[0]) % 2]
  guard let article = try? ArticleLoader().parse(bytes: Array(bytes.dropFirst()), path: path) else { return 0 }
  let problems = Pipeline.standard.analyse(article).invariantViolations()
  if !problems.isEmpty { fatalError("invariants broken: \(problems)") }
  return 0
}
