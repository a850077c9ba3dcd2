import HearsayCore
import HearsayState

/// The library screen's reducer: motion, filtering, opening, and the ways out of it.
extension ReaderState {
  mutating func applyInLibrary(_ action: Action, count: Int) {
    let visible = library.visible
    let rows = max(1, PaneGeometry.library(size).height)
    switch action {
    case _ where ListMotion.moves(action):
      library.selected = ListMotion.target(from: library.selected, action, count: count, page: rows, length: visible.count)
    case .filter: prompt = .filter(library.filter)
    case .sort:
      library.sort = library.sort.next
      message = "sorted by \(library.sort.rawValue)"
    case .open:
      if library.selected < visible.count { post(.open(path: library.entries[visible[library.selected]].path)) }
    case .toggleRead:
      if library.selected < visible.count { toggleRead(library.entries[visible[library.selected]].path) }
    case .starred: showStarred()
    case .yankSource:
      if library.selected < visible.count { post(.copy(ClipboardText(library.entries[visible[library.selected]].path), what: "path")) }
    case .edit:
      if library.selected < visible.count { post(.edit(path: library.entries[visible[library.selected]].path, offset: nil, text: nil)) }
    case .cancel: library.filter = ""
    case .quit: post(.quit)
    case .collectionSpeakers:
      post(.query(.speakers))
      go(to: .speakers)
    case .collectionSearch: prompt = .collectionSearch("")
    default: break
    }
    library.selected = max(0, min(library.selected, library.visible.count - 1))
    if library.selected < library.offset { library.offset = library.selected }
    if library.selected >= library.offset + rows { library.offset = library.selected - rows + 1 }
  }
}
