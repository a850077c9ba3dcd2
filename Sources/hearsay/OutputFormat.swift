import ArgumentParser

/// How the non-interactive commands print their results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, jsonl, csv
}

/// Which quotes `hearsay quotes` lists.
enum QuoteKindFilter: String, ExpressibleByArgument, CaseIterable {
  case direct, indirect, all
}
