/// The quotation marks Hearsay understands, as a table: which family a mark belongs to
/// and whether it opens, closes, or can do either depending on its neighbours.
public enum QuoteFamily: String, Sendable, Codable, Hashable {
  /// “…”, „…“ and "…" (and NYT-style ''…'' or ``…''): one family, because writers mix them.
  case double
  /// ‘…’ and '…': nested inside doubles, or primary in British style.
  case single
  case guillemet
  case corner
  case whiteCorner
}

struct QuotationMark {
  enum Role { case open, close, either }
  var family: QuoteFamily
  var role: Role
}

enum QuotationMarks {
  static let table: [Unicode.Scalar: QuotationMark] = [
    "\u{201C}": QuotationMark(family: .double, role: .open),  // “
    "\u{201D}": QuotationMark(family: .double, role: .close),  // ”
    "\u{201E}": QuotationMark(family: .double, role: .open),  // „
    "\u{201F}": QuotationMark(family: .double, role: .open),  // ‟
    "\"": QuotationMark(family: .double, role: .either),
    "\u{FF02}": QuotationMark(family: .double, role: .either),  // ＂
    "\u{2018}": QuotationMark(family: .single, role: .open),  // ‘
    "\u{2019}": QuotationMark(family: .single, role: .close),  // ’
    "'": QuotationMark(family: .single, role: .either),
    "\u{00AB}": QuotationMark(family: .guillemet, role: .open),  // «
    "\u{00BB}": QuotationMark(family: .guillemet, role: .close),  // »
    "\u{300C}": QuotationMark(family: .corner, role: .open),  // 「
    "\u{300D}": QuotationMark(family: .corner, role: .close),  // 」
    "\u{300E}": QuotationMark(family: .whiteCorner, role: .open),  // 『
    "\u{300F}": QuotationMark(family: .whiteCorner, role: .close),  // 』
  ]

  static func isQuoteMark(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C...0x201F, 0x300C...0x300F, 0xFF02: return true
    default: return false
    }
  }
}
