/// Where a list's selection goes for a motion: the one rule every list follows (the
/// library, the speakers and quote lists across the collection, the quotes and sources
/// panes), by count or by page, kept inside the list.
enum ListMotion {
  /// The row `action` (repeated `count` times) moves `selected` to in a list of `length`
  /// rows showing `page` at a time; `selected` itself for an action that is no motion.
  static func target(from selected: Int, _ action: Action, count: Int, page: Int, length: Int) -> Int {
    let page = max(1, page)
    let moved: Int
    switch action {
    case .moveDown: moved = selected + count
    case .moveUp: moved = selected - count
    case .halfPageDown: moved = selected + count * max(1, page / 2)
    case .halfPageUp: moved = selected - count * max(1, page / 2)
    case .pageDown: moved = selected + count * page
    case .pageUp: moved = selected - count * page
    case .top: moved = 0
    case .bottom: moved = length - 1
    default: moved = selected
    }
    return max(0, min(moved, length - 1))
  }

  /// Whether `action` is one of the motions `target` answers.
  static func moves(_ action: Action) -> Bool {
    [.moveDown, .moveUp, .halfPageDown, .halfPageUp, .pageDown, .pageUp, .top, .bottom].contains(action)
  }
}
