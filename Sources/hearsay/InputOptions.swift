import ArgumentParser

/// The articles a command reads, shared by `quotes` and `speakers`.
struct InputOptions: ParsableArguments {
  @Argument(help: "Article files or directories of articles (text, Markdown, HTML, JSON Lines, JSON arrays).")
  var paths: [String] = []

  @Option(help: "Dataset fields to read, e.g. text=story,title=headline,date=published_at.")
  var map: String?

  var articles: ArticleInputs { ArticleInputs(paths: paths, fieldMap: map) }
}
