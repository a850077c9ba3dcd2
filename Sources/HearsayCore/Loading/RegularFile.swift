import Foundation

/// Opens a file only when it is a regular file. A FIFO, socket or device named like an
/// article (`mkfifo news/f.txt`) would block a plain `open` or `read` forever — and with it a
/// whole collection scan or the reader. The open never blocks (`O_NONBLOCK`, `O_NOCTTY`);
/// `fstat` on the open descriptor then decides, so a file swapped in between is caught.
public enum RegularFile {
  /// An open descriptor of a regular file and its size; the caller closes it.
  public static func open(_ path: String) throws(ArticleLoadError) -> (fd: Int32, size: Int) {
    let fd = Foundation.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard fd >= 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw .notFound(path: path) }
      throw .unreadable(path: path, reason: String(cString: strerror(code)))
    }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      let code = errno
      close(fd)
      throw .unreadable(path: path, reason: String(cString: strerror(code)))
    }
    let type = info.st_mode & S_IFMT
    guard type == S_IFREG else {
      close(fd)
      throw .notRegular(path: path, kind: kind(type))
    }
    // Reads of a regular file never wait; the flag is cleared so they behave as usual.
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    return (fd, Int(info.st_size))
  }

  /// A `FileHandle` on a regular file, closed when released.
  public static func handle(_ path: String) throws(ArticleLoadError) -> FileHandle {
    FileHandle(fileDescriptor: try open(path).fd, closeOnDealloc: true)
  }

  static func kind(_ type: mode_t) -> String {
    switch type {
    case S_IFDIR: return "a directory"
    case S_IFIFO: return "a named pipe"
    case S_IFSOCK: return "a socket"
    case S_IFCHR, S_IFBLK: return "a device"
    default: return "not a regular file"
    }
  }
}
