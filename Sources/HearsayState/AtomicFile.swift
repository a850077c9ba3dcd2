import Foundation

/// Problems writing Hearsay's own files, with the path, for the status line.
public struct FileWriteError: Error, CustomStringConvertible {
  public var path: String
  public var reason: String
  public var description: String { "\(path): \(reason)" }
}

/// Writes a file so that a crash at any moment leaves either the old contents or the new,
/// never half of each: the bytes go to a private temporary file in the same directory,
/// are flushed to disk, then renamed over the target.
public enum AtomicFile {
  /// Writes `data` to `url` with `permissions` (owner-only by default), creating the
  /// directory (owner-only) if needed.
  public static func write(_ data: Data, to url: URL, permissions: mode_t = 0o600, createDirectory: Bool = true) throws(FileWriteError) {
    let dir = url.deletingLastPathComponent()
    if createDirectory { try UserDirectories.createPrivate(dir) }
    var template = Array((dir.appendingPathComponent(".\(url.lastPathComponent).XXXXXX").path).utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw FileWriteError(path: url.path, reason: String(cString: strerror(errno))) }
    let temp = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var ok = fchmod(fd, permissions) == 0
    ok = ok && data.withUnsafeBytes { raw -> Bool in
      var offset = 0
      while offset < raw.count {
        let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += n
      }
      return true
    }
    ok = ok && fsync(fd) == 0
    let failure = ok ? nil : String(cString: strerror(errno))
    close(fd)
    guard ok, rename(temp, url.path) == 0 else {
      let reason = failure ?? String(cString: strerror(errno))
      unlink(temp)
      throw FileWriteError(path: url.path, reason: reason)
    }
  }

  /// True when `url` exists (so an export does not overwrite a file unasked).
  public static func exists(_ url: URL) -> Bool {
    var info = stat()
    return lstat(url.path, &info) == 0
  }
}
