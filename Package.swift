// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Hearsay",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "hearsay", targets: ["hearsay"]),
    .library(name: "HearsayCore", targets: ["HearsayCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    // The parsing core: Foundation only, no terminal.
    .target(name: "HearsayCore"),
    .executableTarget(
      name: "hearsay",
      dependencies: [
        "HearsayCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Release-mode figures (speed, memory); never run as a test.
    .executableTarget(name: "HearsayBenchmark", dependencies: ["HearsayCore"]),
    .testTarget(name: "HearsayCoreTests", dependencies: ["HearsayCore"]),
    .testTarget(name: "HearsayCLITests", dependencies: ["hearsay"]),
  ],
  swiftLanguageModes: [.v6]
)
