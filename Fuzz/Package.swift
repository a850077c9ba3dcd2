// swift-tools-version: 6.1
// The libFuzzer target for the parsing core, kept out of the main package because it is
// built with `-sanitize=fuzzer` (libFuzzer supplies `main`). Run it with `scripts/libfuzz`.
import PackageDescription

let package = Package(
  name: "HearsayFuzz",
  dependencies: [.package(name: "Hearsay", path: "..")],
  targets: [
    .executableTarget(
      name: "HearsayFuzz",
      dependencies: [.product(name: "HearsayCore", package: "Hearsay")],
      // Built with `-Xswiftc -sanitize=fuzzer,address` (scripts/libfuzz) so the core is
      // instrumented too; `main.swift` hands control to libFuzzer's driver.
    ),
  ],
  swiftLanguageModes: [.v6]
)
