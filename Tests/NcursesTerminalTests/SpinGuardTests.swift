import Testing
@testable import NcursesTerminal

/// A dead terminal makes every read fail at once; the guard says so instead of spinning forever.
struct SpinGuardTests {
    /// Records `count` failures and returns what the guard answered to each.
    private func answers(_ guardian: inout SpinGuard, count: Int, elapsed: Int, timeout: Int) -> [Bool] {
        (0..<count).map { _ in guardian.recordFailure(elapsedMilliseconds: elapsed, timeoutMilliseconds: timeout) }
    }

    @Test func readsThatFailAtOnceRepeatedlyMeanTheTerminalIsGone() {
        var guardian = SpinGuard()
        let said = answers(&guardian, count: SpinGuard.limit, elapsed: 0, timeout: 1000)
        #expect(said.dropLast().allSatisfy { !$0 })
        #expect(said.last == true)
    }

    @Test func timeoutsThatRanTheirCourseAreJustIdle() {
        var guardian = SpinGuard()
        #expect(!answers(&guardian, count: SpinGuard.limit * 3, elapsed: 1000, timeout: 1000).contains(true))
    }

    @Test func aKeyInBetweenStartsTheCountAgain() {
        var guardian = SpinGuard()
        _ = answers(&guardian, count: SpinGuard.limit - 1, elapsed: 0, timeout: 500)
        guardian.reset()
        let said = answers(&guardian, count: 1, elapsed: 0, timeout: 500)
        #expect(said == [false])
        #expect(guardian.earlyFailures == 1)
    }

    @Test func nonBlockingPollsAreNotCounted() {
        var guardian = SpinGuard()
        #expect(!answers(&guardian, count: SpinGuard.limit * 3, elapsed: 0, timeout: 0).contains(true))
    }
}
