import Testing
@testable import HearsayCore

/// The one binary search every sorted lookup uses (lines, tokens, quotes, mentions).
struct PartitionPointTests {
  @Test(arguments: [
    ([Int](), 5, 0), ([1, 2, 3], 0, 0), ([1, 2, 3], 9, 3), ([1, 3, 5, 7], 4, 2), ([1, 3, 3, 3, 7], 3, 1),
  ])
  func theFirstElementNotBeforeThePoint(_ sorted: [Int], _ value: Int, _ expected: Int) {
    #expect(sorted.partitionPoint { $0 < value } == expected)
  }

  @Test func aSliceAnswersWithItsOwnIndices() {
    let slice = [0, 10, 20, 30, 40][2...]
    #expect(slice.partitionPoint { $0 < 35 } == 4)
  }
}
