extension RandomAccessCollection where Index == Int {
  /// The first index whose element is not `before` the point sought, by binary search:
  /// the elements must be ordered so that every `before` one comes first. `endIndex` when
  /// all are. (`lines.partitionPoint { $0.start <= offset }` is the line after the one
  /// holding `offset`.)
  public func partitionPoint(_ before: (Element) throws -> Bool) rethrows -> Int {
    var lo = startIndex
    var hi = endIndex
    while lo < hi {
      let mid = lo + (hi - lo) / 2
      if try before(self[mid]) { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
