import HearsayCore

/// Case-insensitive search over an article's prose, returning code-point ranges.
enum TextSearch {
  static func find(_ query: String, in article: Article) -> [TextRange] {
    let needle = Array(query.lowercased().unicodeScalars)
    guard !needle.isEmpty else { return [] }
    let hay = article.scalars
    var out: [TextRange] = []
    let blocks = article.blocks.filter(\.role.isText)
    for block in blocks {
      var i = block.range.start
      while i + needle.count <= block.range.end {
        var k = 0
        while k < needle.count, lower(hay[i + k]) == needle[k] { k += 1 }
        if k == needle.count {
          out.append(TextRange(i, i + needle.count))
          i += needle.count
        } else {
          i += 1
        }
      }
    }
    return out
  }

  private static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
    if s.value >= 0x41 && s.value <= 0x5A { return Unicode.Scalar(s.value + 32)! }
    if s.value < 0x80 { return s }
    return s.properties.lowercaseMapping.unicodeScalars.first ?? s
  }
}
