/// JSON written straight into bytes, for the one shape written per article (`--format
/// jsonl`, and `json`): `JSONEncoder` built a tree of boxes per article and cost more than
/// analysing it. The bytes are the ones `JSONText.compact` (or, `pretty`, `JSONText.pretty`)
/// writes — keys in the order the caller gives (sorted), nil fields left out, unsafe code
/// points as `\u` escapes, the encoder's indentation — and a test holds the two to that.
struct JSONLineWriter {
  private(set) var bytes: [UInt8] = []
  /// Per open object or array: whether it holds nothing yet (no comma before the next).
  private var empty: [Bool] = []
  /// Two spaces a level, `"key" : value`, as `JSONEncoder`'s `.prettyPrinted` writes.
  let pretty: Bool
  /// Where the bytes go once there are `chunk` of them, between two items of an array;
  /// without one they are all kept in `bytes`.
  private let sink: (([UInt8]) -> Void)?
  private let chunk: Int

  /// - Parameter capacity: the bytes expected, reserved at once: a long article's line,
  ///   grown by doubling, would for a moment need its old and new buffers both.
  init(pretty: Bool = false, capacity: Int = 0) {
    self.pretty = pretty
    sink = nil
    chunk = .max
    bytes.reserveCapacity(capacity)
  }

  /// A writer that hands its bytes to `sink` about `chunk` at a time (the rest at `finish()`).
  init(pretty: Bool, chunk: Int, sink: @escaping ([UInt8]) -> Void) {
    self.pretty = pretty
    self.sink = sink
    self.chunk = chunk
    bytes.reserveCapacity(chunk + chunk / 8)
  }

  /// Hands what is left to the sink.
  mutating func finish() {
    guard let sink, !bytes.isEmpty else { return }
    sink(bytes)
    bytes.removeAll(keepingCapacity: true)
  }

  mutating func object(_ body: (inout JSONLineWriter) -> Void) {
    open(UInt8(ascii: "{"))
    body(&self)
    close(UInt8(ascii: "}"))
  }

  mutating func array<S: Sequence>(_ items: S, _ body: (inout JSONLineWriter, S.Element) -> Void) {
    open(UInt8(ascii: "["))
    for item in items {
      separate()
      body(&self, item)
      if bytes.count >= chunk { finish() }
    }
    close(UInt8(ascii: "]"))
  }

  /// A key of the object being written; its value is what is written next.
  mutating func key(_ k: StaticString) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    literal(k)
    bytes.append(UInt8(ascii: "\""))
    colon()
  }

  /// A key only known at run time (a metadata field's name).
  mutating func key(_ k: String) {
    separate()
    string(k)
    colon()
  }

  private mutating func colon() {
    if pretty { literal(" : ") } else { bytes.append(UInt8(ascii: ":")) }
  }

  /// Bytes known when the program was built. (Appending a `String`'s UTF-8 view cost twice
  /// a key's other bytes together: every field has a key, and every quote twenty fields.)
  private mutating func literal(_ s: StaticString) {
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// A number's digits, made in place: `String(n)` made a string per number.
  mutating func int(_ n: Int) {
    if n < 0 { bytes.append(UInt8(ascii: "-")) }
    var v = n.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var i = digits.count
      repeat {
        i -= 1
        digits[i] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: v % 10)
        v /= 10
      } while v > 0
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i...]))
    }
  }

  mutating func field(_ k: StaticString, _ value: String?) {
    guard let value else { return }
    key(k)
    string(value)
  }

  mutating func field(_ k: StaticString, _ value: Int?) {
    guard let value else { return }
    key(k)
    int(value)
  }

  mutating func field(_ k: StaticString, _ value: Bool) {
    key(k)
    literal(value ? "true" : "false")
  }

  /// As `JSONEncoder` writes a Double: whole numbers without a fraction, others as Swift prints them.
  mutating func field(_ k: StaticString, _ value: Double) {
    key(k)
    if value.rounded() == value && abs(value) < 1e15 {
      int(Int(value))
    } else if !hundredths(value) {
      bytes.append(contentsOf: String(describing: value).utf8)
    }
  }

  /// A positive number of hundredths under 100 (a confidence, `0.85`), written as Swift prints
  /// it, shortest digits first, with no string made; false for any other number. Being the
  /// double nearest `h / 100`, the number prints as those digits without trailing zeros:
  /// fewer digits would spell another double.
  private mutating func hundredths(_ value: Double) -> Bool {
    let h = (value * 100).rounded()
    guard value > 0, h < 10_000, h / 100 == value else { return false }
    var n = Int(h)
    int(n / 100)
    bytes.append(UInt8(ascii: "."))
    n %= 100
    bytes.append(UInt8(ascii: "0") + UInt8(n / 10))
    if n % 10 != 0 { bytes.append(UInt8(ascii: "0") + UInt8(n % 10)) }
    return true
  }

  mutating func field(_ k: StaticString, _ values: [String]) {
    key(k)
    array(values) { $0.string($1) }
  }

  mutating func string(_ s: String) {
    bytes.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { utf8 in
      // Printable ASCII other than `"` and `\` goes out in runs, as it stands; every other
      // code point is looked at on its own.
      var run = 0, i = 0
      while i < utf8.count {
        let b = utf8[i]
        if b >= 0x20 && b < 0x7F && b != 0x22 && b != 0x5C { i += 1; continue }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
        var next = i
        let c = ScalarText.decode(utf8, &next)
        escape(c, UnsafeBufferPointer(rebasing: utf8[i..<next]))
        i = next
        run = i
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<utf8.count]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// One code point of a string, escaped if JSON or a terminal needs it, else its UTF-8 as is.
  private mutating func escape(_ c: Unicode.Scalar, _ utf8: UnsafeBufferPointer<UInt8>) {
    switch c {
    case "\"": literal("\\\"")
    case "\\": literal("\\\\")
    case "\n": literal("\\n")
    case "\t": literal("\\t")
    case "\r": literal("\\r")
    case "\u{8}": literal("\\b")
    case "\u{C}": literal("\\f")
    default:
      if c.value < 0x20 || TextEscaping.isUnsafe(c) {
        bytes.append(contentsOf: JSONText.unicodeEscape(c).utf8)
      } else {
        bytes.append(contentsOf: utf8)
      }
    }
  }

  private mutating func open(_ b: UInt8) {
    bytes.append(b)
    empty.append(true)
  }

  private mutating func close(_ b: UInt8) {
    // Pretty, an empty container still spans lines: `[`, a blank line, `]`.
    if empty.removeLast() {
      if pretty { bytes.append(UInt8(ascii: "\n")) }
    }
    newline()
    bytes.append(b)
  }

  private mutating func separate() {
    guard !empty.isEmpty else { return }
    if empty[empty.count - 1] { empty[empty.count - 1] = false } else { bytes.append(UInt8(ascii: ",")) }
    newline()
  }

  /// Pretty: a new line, indented to the depth of the containers open.
  private mutating func newline() {
    guard pretty else { return }
    bytes.append(UInt8(ascii: "\n"))
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * empty.count))
  }
}

extension ArticleReport {
  /// The report as one line of compact JSON, without a newline: the same bytes as
  /// `JSONText.compact(self)`, several times faster.
  public func jsonLine() -> String { String(decoding: json(pretty: false), as: UTF8.self) }

  /// The report as `JSONText.pretty(self)` writes it, several times faster.
  public func prettyJSON() -> String { String(decoding: json(pretty: true), as: UTF8.self) }

  /// The bytes of `jsonLine()` (or, `pretty`, of `prettyJSON()`), then `terminator`: what
  /// the CLI writes, with no copy into a `String` on the way (a long article's line is
  /// larger than the article).
  public func jsonBytes(pretty: Bool = false, terminator: UInt8? = UInt8(ascii: "\n")) -> [UInt8] {
    var bytes = json(pretty: pretty)
    if let terminator { bytes.append(terminator) }
    return bytes
  }

  /// About the bytes of the compact line: the quotes' text, and for each quote, speaker
  /// and term its fields' keys and values (measured on news: 450, 150 and 60 bytes).
  static func estimatedBytes(quotedText: Int, quotes: Int, speakers: Int, terms: Int) -> Int {
    4096 + quotedText + quotes * 520 + speakers * 200 + terms * 80
  }

  private var estimatedBytes: Int {
    Self.estimatedBytes(quotedText: quotes.reduce(0) { $0 + $1.text.utf8.count }, quotes: quotes.count,
                        speakers: speakers.count, terms: terms.count)
  }

  private func json(pretty: Bool) -> [UInt8] {
    var w = JSONLineWriter(pretty: pretty, capacity: pretty ? 0 : estimatedBytes)
    write(to: &w, quotes: quotes)
    return w.bytes
  }

  /// The report with `quotes` for its own (a streamed report's, made one at a time).
  fileprivate func write(to w: inout JSONLineWriter, quotes: some Sequence<QuoteInfo>) {
    w.object { w in
      w.key("article")
      w.object { w in
        w.field("date", article.date)
        w.field("date_text", article.date_text)
        w.field("length", article.length)
        w.key("metadata")
        w.object { w in
          for (k, v) in article.metadata.sorted(by: { $0.key < $1.key }) {
            w.key(k)
            w.string(v)
          }
        }
        w.field("path", article.path)
        w.field("section", article.section)
        w.field("title", article.title)
      }
      w.key("diagnostics")
      w.array(diagnostics) { w, d in
        w.object { w in
          w.field("code", d.code.rawValue)
          w.field("message", d.message)
          w.field("offset", d.offset)
        }
      }
      w.key("quotes")
      w.array(quotes) { w, q in
        w.object { w in
          w.key("alt_spans")
          w.array(q.alt_spans) { w, span in w.array(span) { w, n in w.int(n) } }
          w.field("collection_speaker", q.collection_speaker)
          w.field("collection_speaker_id", q.collection_speaker_id)
          w.field("confidence", q.confidence)
          w.field("cue", q.cue)
          w.field("cue_end", q.cue_end)
          w.field("cue_start", q.cue_start)
          w.field("end", q.end)
          w.field("form", q.form)
          w.field("headline", q.headline)
          w.field("kind", q.kind)
          w.field("linked_to", q.linked_to)
          w.field("mixed", q.mixed)
          w.field("nested", q.nested)
          w.field("paragraph", q.paragraph)
          w.field("rule", q.rule)
          w.field("speaker", q.speaker)
          w.field("speaker_kind", q.speaker_kind)
          w.field("speaker_mention", q.speaker_mention)
          w.field("speaker_mention_end", q.speaker_mention_end)
          w.field("speaker_mention_start", q.speaker_mention_start)
          w.field("start", q.start)
          w.field("text", q.text)
          w.field("via", q.via)
        }
      }
      w.key("speakers")
      w.array(speakers) { w, s in
        w.object { w in
          w.field("aliases", s.aliases)
          w.field("kind", s.kind)
          w.field("name", s.name)
          w.field("quotes", s.quotes)
          w.field("relayed", s.relayed)
          w.field("role", s.role)
          w.field("title", s.title)
          w.field("via", s.via)
        }
      }
      w.key("terms")
      w.array(terms) { w, t in
        w.object { w in
          w.field("end", t.end)
          w.field("start", t.start)
          w.field("text", t.text)
        }
      }
    }
  }
}

extension ArticleReport.Streamed {
  /// The bytes of `jsonBytes(pretty:terminator:)`, handed to `sink` about `chunk` at a
  /// time: a very long article's line (40 MB for 30 MB of text) is never held whole.
  public func writeJSON(pretty: Bool = false, terminator: UInt8? = UInt8(ascii: "\n"), chunk: Int = 1 << 20,
                        to sink: @escaping ([UInt8]) -> Void) {
    var w = JSONLineWriter(pretty: pretty, chunk: chunk, sink: sink)
    head.write(to: &w, quotes: quotes)
    w.finish()
    if let terminator { sink([terminator]) }
  }
}
