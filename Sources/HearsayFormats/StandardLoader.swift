import HearsayCore

extension ArticleLoader {
  /// The loader the app uses: every format Hearsay reads, HTML included.
  public static var standard: ArticleLoader {
    var loader = ArticleLoader(formats: [HTMLFormat(), RenderedMarkdownFormat(), PlainTextFormat()])
    loader.extraCollections = [NewsboatCache()]
    return loader
  }
}
