import Foundation

/// Which files an index update is reading, kept where a crash leaves it: an article that
/// stops Hearsay (a fault in its core, which ends a Swift program outright) would otherwise
/// stop every update after it, and the reader with them, each time the collection is opened.
///
/// The record is a small file beside the index (`….reading`), mapped into memory: one slot
/// per reading thread holds the path it is reading, so keeping it costs a copy, not a
/// write. An update that finishes removes it. The next update after one that stopped finds
/// the files it was reading (`left`) and reads them first, one at a time (`careful`); if it
/// stops there too, the file it was reading alone is the one that stops Hearsay, and the
/// update after that leaves it out of the index until it changes (`CollectionIndex.update`).
/// The file is locked while an update runs, so a second Hearsay updating the same index at
/// once neither reads nor keeps it (`open` gives nil).
final class ReadingRecord: @unchecked Sendable {
  /// What an update that stopped left: the files it was reading, and whether it was reading
  /// them one at a time.
  struct Left: Equatable {
    var files: [String]
    var careful: Bool
  }

  /// Bytes per slot: a length and the path (a longer path is cut, and then matches no file).
  static let slotSize = 4096
  /// The header: whether the update is reading one file at a time.
  private static let headerSize = 8

  let left: Left?
  private let fd: Int32
  private let path: String
  private let slots: Int
  private let base: UnsafeMutableRawPointer

  /// Opens the record for the index at `indexPath` with `slots` slots (one per reading
  /// thread), reading what a stopped update left in it; nil when another update holds it,
  /// or it cannot be made (a read-only cache: the update then goes on without it).
  init?(indexPath: String, slots: Int) {
    path = indexPath + ".reading"
    fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return nil }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      close(fd)
      return nil
    }
    left = Self.read(fd)
    self.slots = max(1, slots)
    let size = Self.headerSize + self.slots * Self.slotSize
    guard ftruncate(fd, 0) == 0, ftruncate(fd, off_t(size)) == 0,
      let mapped = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), mapped != MAP_FAILED
    else {
      close(fd)
      return nil
    }
    base = mapped
  }

  /// Says the update now reads one file at a time (slot 0 only), or no longer does.
  func setCareful(_ careful: Bool) { base.storeBytes(of: careful ? 1 : 0, as: UInt8.self) }

  /// Thread `slot` is reading `file`.
  func reading(_ file: String, slot: Int) {
    let bytes = Array(file.utf8.prefix(Self.slotSize - 4))
    let at = base + Self.headerSize + slot * Self.slotSize
    bytes.withUnsafeBytes { (at + 4).copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
    at.storeBytes(of: UInt32(bytes.count), as: UInt32.self)
  }

  /// Thread `slot` has read its file.
  func done(slot: Int) { (base + Self.headerSize + slot * Self.slotSize).storeBytes(of: 0, as: UInt32.self) }

  /// The update finished: nothing is left to suspect.
  func finish() {
    munmap(base, Self.headerSize + slots * Self.slotSize)
    unlink(path)
    close(fd)
  }

  /// What the file holds from an update that stopped, if anything.
  private static func read(_ fd: Int32) -> Left? {
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_size > headerSize else { return nil }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
    guard pread(fd, &bytes, bytes.count, 0) == bytes.count else { return nil }
    var files: [String] = []
    var at = headerSize
    while at + slotSize <= bytes.count {
      let length = bytes[at..<(at + 4)].withUnsafeBytes { Int($0.loadUnaligned(as: UInt32.self)) }
      if length > 0 && length <= slotSize - 4 { files.append(String(decoding: bytes[(at + 4)..<(at + 4 + length)], as: UTF8.self)) }
      at += slotSize
    }
    return files.isEmpty ? nil : Left(files: files, careful: bytes[0] == 1)
  }
}
