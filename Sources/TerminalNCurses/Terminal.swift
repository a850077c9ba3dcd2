import CNCurses
import Foundation
import ReaderUI

/// A key, a resize or nothing (timeout), as read from the terminal.
public enum InputEvent: Equatable, Sendable {
  case key(Key)
  case resize(Size)
  case mouse(MouseEvent)
  case timeout
  /// The terminal went away (the window closed, the ssh session dropped) or a stop
  /// signal came (SIGTERM, SIGHUP, SIGINT): stop, keeping the place.
  case hangup
}

/// The ncurses backend: initialises the terminal, blits cell grids (only the cells that
/// changed, one `doupdate` per frame), reads keys, and always restores the terminal.
public final class Terminal {
  private let screen: UnsafeMutablePointer<WINDOW>
  private var previous: CellGrid?
  private var pairs: [PairKey: Int16] = [:]
  private let hasColor: Bool
  public let colors: Int
  /// Mouse events are reported only when asked for; a terminal can send them anyway.
  private let mouse: Bool

  private struct PairKey: Hashable {
    var fg: Int16
    var bg: Int16
  }

  /// Sets the locale (falling back to C.UTF-8), starts curses and installs the handlers
  /// that put the terminal back on a crash or a termination signal.
  public init(monochrome: Bool, mouse: Bool) {
    _ = setlocale(LC_ALL, "")
    if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { _ = setlocale(LC_CTYPE, "C.UTF-8") }
    self.mouse = mouse
    screen = initscr()
    cn_install_restore_handlers()
    cbreak()
    noecho()
    nonl()
    keypad(screen, true)
    set_escdelay(25)
    if mouse {
      mousemask(CN_ALL_MOUSE_EVENTS, nil)
      mouseinterval(0)
    }
    _ = curs_set(0)
    hasColor = !monochrome && has_colors()
    if hasColor {
      start_color()
      use_default_colors()
    }
    colors = hasColor ? Int(cn_colors()) : 0
    refresh()
  }

  deinit { restore() }

  /// False when `TERM` is unset, unknown or cannot address the cursor (`dumb`).
  public static var isUsable: Bool { cn_terminal_usable() != 0 }

  /// Leaves curses mode; safe to call more than once.
  public func restore() {
    if isendwin() == false { endwin() }
  }

  /// Once the reader has stopped and restored the terminal: if a signal stopped it, the
  /// process dies of that signal, as it would have without the reader's handlers.
  public static func dieOfStopSignal() { cn_die_of_stop_signal() }

  public var size: Size { Size(width: Int(getmaxx(screen)), height: Int(getmaxy(screen))) }

  /// Draws a grid, writing only the cells that differ from the last frame.
  public func present(_ grid: CellGrid) {
    let full = previous?.size != grid.size
    if full { werase(screen) }
    for y in 0..<grid.size.height {
      for x in 0..<grid.size.width {
        let cell = grid[x, y]
        if cell.isContinuation { continue }
        if !full, let prev = previous, prev[x, y] == cell { continue }
        draw(cell, x: x, y: y)
      }
    }
    previous = grid
    wnoutrefresh(screen)
    doupdate()
  }

  /// Writes a control sequence straight to the terminal, after what curses has queued
  /// (OSC 52 for the clipboard). Only Hearsay's own sequences come here, never article text.
  public func writeControl(_ sequence: String) {
    fflush(nil)  // all streams: curses writes through stdout's buffer
    let bytes = Array(sequence.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress!, $0.count) }
      if n <= 0 { if errno == EINTR { continue } else { return } }
      offset += n
    }
  }

  /// Leaves curses for another program (an editor, a browser) and comes back with the
  /// screen redrawn; the terminal is in its ordinary mode meanwhile.
  public func suspend<R>(during body: () throws -> R) rethrows -> R {
    def_prog_mode()
    endwin()
    defer {
      reset_prog_mode()
      refresh()
      invalidate()
    }
    return try body()
  }

  /// Forces the next frame to redraw everything (after a suspend or an external program).
  public func invalidate() {
    previous = nil
    clearok(screen, true)
  }

  private func draw(_ cell: Cell, x: Int, y: Int) {
    var attrs = CN_A_NORMAL
    let s = cell.style
    if s.bold { attrs |= CN_A_BOLD }
    if s.underline { attrs |= CN_A_UNDERLINE }
    if s.reverse { attrs |= CN_A_REVERSE }
    if s.dim { attrs |= CN_A_DIM }
    if s.italic { attrs |= CN_A_ITALIC }
    let pair = hasColor ? pairNumber(s.foreground, s.background) : 0
    var wide = cell.character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
    wide.append(0)
    var cc = cchar_t()
    setcchar(&cc, wide, attrs, pair, nil)
    _ = mvwadd_wch(screen, Int32(y), Int32(x), &cc)
  }

  private func pairNumber(_ fg: Color?, _ bg: Color?) -> Int16 {
    guard fg != nil || bg != nil else { return 0 }
    let key = PairKey(fg: code(fg), bg: code(bg))
    if let p = pairs[key] { return p }
    let n = Int16(pairs.count + 1)
    guard n < 256 else { return 0 }
    init_pair(n, key.fg, key.bg)
    pairs[key] = n
    return n
  }

  private func code(_ c: Color?) -> Int16 {
    switch c {
    case nil: return -1
    case .black: return Int16(COLOR_BLACK)
    case .red: return Int16(COLOR_RED)
    case .green: return Int16(COLOR_GREEN)
    case .yellow: return Int16(COLOR_YELLOW)
    case .blue: return Int16(COLOR_BLUE)
    case .magenta: return Int16(COLOR_MAGENTA)
    case .cyan: return Int16(COLOR_CYAN)
    case .white: return Int16(COLOR_WHITE)
    case .palette(let n): return colors >= 256 ? Int16(n) : Int16(COLOR_WHITE)
    }
  }

  /// Waits up to `timeoutMs` for a key or a resize.
  public func next(timeoutMs: Int32) -> InputEvent {
    // SIGTERM, SIGHUP, SIGINT: stop as if the terminal had gone, saving the place first.
    if cn_stop_signal() != 0 { return .hangup }
    wtimeout(screen, timeoutMs)
    var wch: wint_t = 0
    let status = wget_wch(screen, &wch)
    if status == KEY_CODE_YES {
      let code = Int32(bitPattern: wch)
      if code == KEY_RESIZE { return .resize(size) }
      if code == KEY_MOUSE {
        var event = MEVENT()
        guard getmouse(&event) == OK, mouse else { return .timeout }
        let b = event.bstate
        let x = Int(event.x)
        let y = Int(event.y)
        if b & CN_BUTTON4_PRESSED != 0 { return .mouse(MouseEvent(x: x, y: y, kind: .wheelUp)) }
        if b & CN_BUTTON5_PRESSED != 0 { return .mouse(MouseEvent(x: x, y: y, kind: .wheelDown)) }
        if b & (CN_BUTTON1_PRESSED | CN_BUTTON1_CLICKED) != 0 { return .mouse(MouseEvent(x: x, y: y, kind: .click)) }
        return .timeout
      }
      return KeyDecoder.special(code).map(InputEvent.key) ?? .timeout
    }
    guard status == OK, let scalar = Unicode.Scalar(wch) else { return inputClosed() || cn_stop_signal() != 0 ? .hangup : .timeout }
    if scalar.value == 27 {
      // Escape, and whatever came right behind it (Alt-x is Esc then x; so is a fast Esc
      // then x) is put back to be read next, never dropped.
      wtimeout(screen, 0)
      var next: wint_t = 0
      switch wget_wch(screen, &next) {
      case OK: unget_wch(wchar_t(bitPattern: next))
      case KEY_CODE_YES: ungetch(Int32(bitPattern: next))
      default: break
      }
      return .key(.escape)
    }
    return .key(KeyDecoder.character(scalar))
  }
}

extension Terminal {
  /// After a read error: is the terminal gone? Without this check a reader whose window
  /// was closed would spin on instant errors forever.
  func inputClosed() -> Bool {
    var fds = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    guard poll(&fds, 1, 0) >= 0 else { return true }
    return fds.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 || isatty(STDIN_FILENO) == 0
  }
}

/// Turns curses key codes into `Key`s.
enum KeyDecoder {
  static func special(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    default:
      for n in 1...12 where code == cn_key_f(Int32(n)) { return .function(n) }
      return nil
    }
  }

  static func character(_ s: Unicode.Scalar) -> Key {
    switch s.value {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 1...26: return .control(Character(Unicode.Scalar(s.value + 96)!))
    default: return .character(Character(s))
    }
  }
}
