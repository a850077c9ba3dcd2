import ArgumentParser

/// The articles a command reads, shared by `quotes` and `speakers`.
struct InputOptions: ParsableArguments {
  @Argument(help: "Article files or directories of articles (text, Markdown, HTML, JSON Lines, JSON arrays); - for standard input.")
  var paths: [String] = []

  @Flag(help: "Read articles from standard input (the same as the path -): JSON Lines records, or one plain-text article.")
  var stdin = false

  @Option(help: "Dataset fields to read, e.g. text=story,title=headline,date=published_at.")
  var map: String?

  var articles: ArticleInputs { ArticleInputs(paths: allPaths, fieldMap: map) }

  var allPaths: [String] { stdin && !paths.contains(ArticleInputs.standardInput) ? paths + [ArticleInputs.standardInput] : paths }

  /// Reading a stream: results go out as each record is done.
  var streams: Bool { allPaths.contains(ArticleInputs.standardInput) }
}
