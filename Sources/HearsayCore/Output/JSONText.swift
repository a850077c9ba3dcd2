import Foundation

/// JSON as Hearsay writes it (sorted keys, slashes left alone), with every code point a
/// terminal or a viewer would obey written as a `\u` escape: `JSONEncoder` escapes C0
/// controls but leaves C1 controls (`U+009B` is a CSI on many terminals) and bidi overrides
/// raw. The escapes decode to the same strings, so no data is lost.
public enum JSONText {
  public static func pretty<T: Encodable>(_ value: T, keys: JSONEncoder.KeyEncodingStrategy = .useDefaultKeys) throws -> String {
    try encode(value, [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes], keys)
  }

  public static func compact<T: Encodable>(_ value: T) throws -> String {
    try encode(value, [.sortedKeys, .withoutEscapingSlashes], .useDefaultKeys)
  }

  private static func encode<T: Encodable>(_ value: T, _ formatting: JSONEncoder.OutputFormatting,
                                           _ keys: JSONEncoder.KeyEncodingStrategy) throws -> String {
    let e = JSONEncoder()
    e.outputFormatting = formatting
    e.keyEncodingStrategy = keys
    return escapingUnsafe(String(decoding: try e.encode(value), as: UTF8.self))
  }

  /// `\u001b`: a code point of the Basic Multilingual Plane as JSON writes it escaped (every
  /// code point Hearsay escapes is one).
  static func unicodeEscape(_ c: Unicode.Scalar) -> String {
    let hex = String(c.value, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// JSON text with unsafe code points escaped. Outside strings JSON is ASCII, so every
  /// non-ASCII code point is inside a string, where `\uXXXX` means the same.
  static func escapingUnsafe(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: TextEscaping.isUnsafe) else { return json }
    var out = String.UnicodeScalarView()
    for c in json.unicodeScalars {
      if TextEscaping.isUnsafe(c) {
        out.append(contentsOf: unicodeEscape(c).unicodeScalars)
      } else {
        out.append(c)
      }
    }
    return String(out)
  }
}
