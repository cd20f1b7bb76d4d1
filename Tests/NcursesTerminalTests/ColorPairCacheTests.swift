import Testing
@testable import NcursesTerminal

/// Colour pairs are scarce: each combination gets one pair, reused, and overflow falls back to 0.
struct ColorPairCacheTests {
    private let alwaysDefine = { (_: Int16, _: Int16, _: Int16) -> Bool in true }

    @Test func defaultColoursUsePairZeroWithoutAllocating() {
        var cache = ColorPairCache(colorPairs: 256)
        var allocations = 0
        let pair = cache.pair(foreground: -1, background: -1) { _, _, _ in allocations += 1; return true }
        #expect(pair == 0)
        #expect(allocations == 0)
    }

    @Test func eachCombinationIsAllocatedOnceAndReused() {
        var cache = ColorPairCache(colorPairs: 256)
        var defined: [[Int16]] = []
        let allocate = { (pair: Int16, fg: Int16, bg: Int16) -> Bool in defined.append([pair, fg, bg]); return true }
        let cyan = cache.pair(foreground: 6, background: -1, allocate: allocate)
        let red = cache.pair(foreground: 1, background: 0, allocate: allocate)
        let cyanAgain = cache.pair(foreground: 6, background: -1, allocate: allocate)
        #expect([cyan, red, cyanAgain] == [1, 2, 1])
        #expect(defined == [[1, 6, -1], [2, 1, 0]])
    }

    @Test func whenPairsRunOutTheDefaultPairIsUsed() {
        var cache = ColorPairCache(colorPairs: 3)  // pairs 1 and 2 can be allocated
        let pairs = [1, 2, 3, 1].map { cache.pair(foreground: $0, background: -1, allocate: alwaysDefine) }
        #expect(pairs == [1, 2, 0, 1])
    }

    @Test func aRefusedPairIsNotRemembered() {
        var cache = ColorPairCache(colorPairs: 256)
        let refused = cache.pair(foreground: 1, background: 2) { _, _, _ in false }
        let accepted = cache.pair(foreground: 1, background: 2, allocate: alwaysDefine)
        #expect(refused == 0)
        #expect(accepted == 1)
    }
}
