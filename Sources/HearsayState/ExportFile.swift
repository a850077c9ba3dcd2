import Foundation
import HearsayCore

/// Writes an export where the user asked, in the format its name asks for — but never
/// inside the collection (Hearsay does not write there) and never over an existing file
/// unless told to. Written atomically, so a failed export leaves no half file.
public enum ExportFile {
  public enum Problem: Error, CustomStringConvertible {
    case insideCollection(String)
    case exists(String)
    case unknownFormat(String)
    case writeFailed(FileWriteError)

    public var description: String {
      switch self {
      case .insideCollection(let root): return "not exporting into the collection (\(root)): Hearsay never writes there — choose another folder"
      case .exists(let path): return "\(path) exists — overwrite it explicitly"
      case .unknownFormat(let name): return "\(name): not a format Hearsay writes — end the name with \(QuoteExport.Format.extensions)"
      case .writeFailed(let error): return "export failed: \(error)"
      }
    }
  }

  /// Writes and returns where and in which format.
  @discardableResult
  /// The format is `format`, or else the one the file's extension names.
  public static func write(_ quotes: [ExportedQuote], heading: String, to name: String, format: QuoteExport.Format? = nil,
                           overwrite: Bool, protectedRoots: [String]) throws(Problem) -> (url: URL, format: QuoteExport.Format) {
    let url = URL(fileURLWithPath: PathName.absolute(name))
    let target = url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(url.lastPathComponent).path
    for root in protectedRoots {
      let r = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
      if target == r || target.hasPrefix(r.hasSuffix("/") ? r : r + "/") { throw .insideCollection(root) }
    }
    guard let format = format ?? QuoteExport.Format(fileName: url.lastPathComponent) else { throw .unknownFormat(url.lastPathComponent) }
    if AtomicFile.exists(url), !overwrite { throw .exists(url.path) }
    do {
      try AtomicFile.write(Data(QuoteExport.render(quotes, as: format, heading: heading).utf8), to: url, permissions: 0o644, createDirectory: false)
    } catch {
      throw .writeFailed(error)
    }
    return (url, format)
  }
}
