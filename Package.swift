// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Hearsay",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "hearsay", targets: ["hearsay"]),
    .library(name: "HearsayCore", targets: ["HearsayCore"]),
    .library(name: "ReaderUI", targets: ["ReaderUI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
  ],
  targets: [
    // The parsing core: Foundation only, no terminal.
    // Exclusivity is still checked in debug builds and tests; release builds skip the
    // run-time checks, which were 2% of the pipeline's time.
    // Its part-of-speech tagger's weights ship as a resource (trained by HearsayTrainTagger).
    .target(name: "HearsayCore", resources: [.copy("Resources/pos-tagger.bin")],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
    // libxml2's HTML parser behind a plain-C header, for saved web pages.
    .target(name: "CHTMLParser", cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])], linkerSettings: [.linkedLibrary("xml2")]),
    // Formats that need C libraries (HTML through libxml2), kept out of the core.
    .target(name: "HearsayFormats", dependencies: [
      "HearsayCore", "CHTMLParser", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Ink", package: "Ink"),
    ]),
    // Hearsay's own files: reading state, atomic writes, XDG directories.
    .target(name: "HearsayState", dependencies: ["HearsayCore"]),
    // The collection index: SQLite through GRDB, with FTS5 over article and quote text.
    .target(name: "HearsayIndex", dependencies: ["HearsayCore", "HearsayState", .product(name: "GRDB", package: "GRDB.swift"),
                                               .product(name: "GRDBSQLite", package: "GRDB.swift")]),
    // The reader without a terminal: state, keymap, layout, rendering into a cell grid.
    .target(name: "ReaderUI", dependencies: ["HearsayCore", "HearsayState"]),
    // The only code that calls ncurses.
    .target(name: "CNCurses", linkerSettings: [.linkedLibrary("ncursesw")]),
    .target(name: "TerminalNCurses", dependencies: ["CNCurses", "ReaderUI"]),
    // The interactive reader's shell: the input loop, background parsing and indexing, and
    // the services that carry out the reader's outbox.
    .target(name: "HearsayApp", dependencies: ["TerminalNCurses", "ReaderUI", "HearsayCore", "HearsayState"]),
    .executableTarget(
      name: "hearsay",
      dependencies: [
        "HearsayCore", "HearsayFormats", "HearsayIndex", "HearsayState", "ReaderUI", "HearsayApp", "TerminalNCurses",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Trains the tagger's weights from GUM and UD English-EWT; reports held-out accuracy.
    .executableTarget(name: "HearsayTrainTagger", dependencies: ["HearsayCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    // Release-mode figures (speed, memory); never run as a test.
    .executableTarget(name: "HearsayBenchmark", dependencies: ["HearsayCore", "HearsayFormats", "HearsayIndex", "HearsayState", "ReaderUI", .product(name: "GRDB", package: "GRDB.swift")]),
    .target(name: "HearsayTestSupport", path: "Tests/HearsayTestSupport"),
    .testTarget(name: "HearsayCoreTests", dependencies: ["HearsayCore", "HearsayTestSupport"]),
    .testTarget(name: "HearsayIndexTests", dependencies: ["HearsayIndex", "HearsayCore", "HearsayFormats"]),
    .testTarget(name: "HearsayFormatsTests", dependencies: ["HearsayFormats", "HearsayCore", "HearsayTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    .testTarget(name: "ReaderUITests", dependencies: ["ReaderUI", "HearsayCore", "HearsayFormats", "HearsayState", "HearsayTestSupport"]),
    .testTarget(name: "HearsayStateTests", dependencies: ["HearsayState", "HearsayCore", "HearsayTestSupport"]),
    .testTarget(name: "HearsayAppTests", dependencies: ["HearsayApp", "TerminalNCurses", "CNCurses", "ReaderUI"]),
    .testTarget(name: "HearsayCLITests", dependencies: ["hearsay", "HearsayState", "HearsayCore", "HearsayIndex", "HearsayTestSupport",
                                                        .product(name: "GRDB", package: "GRDB.swift")]),
  ],
  swiftLanguageModes: [.v6]
)
