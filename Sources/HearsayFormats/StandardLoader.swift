import HearsayCore

extension ArticleLoader {
  /// The loader the app uses: every format Hearsay reads, HTML included.
  public static var standard: ArticleLoader {
    ArticleLoader(formats: [HTMLFormat(), MarkdownFormat(), PlainTextFormat()])
  }
}
