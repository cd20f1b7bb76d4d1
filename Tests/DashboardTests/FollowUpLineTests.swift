import Testing
@testable import Dashboard

/// The urgency column keeps its gap whatever weights the config gives.
@Suite struct FollowUpLineTests {
    @Test(arguments: [(0.0, "0.0"), (2.64, "2.6"), (9.94, "9.9"), (9.96, "10"), (21.43, "21"), (99.4, "99"), (99.6, "99+"), (1_234, "99+")])
    func urgencyFitsThreeColumns(urgency: Double, shown: String) {
        #expect(FollowUpLine.score(urgency) == shown)
        #expect(FollowUpLine.score(urgency).count <= 3)
    }
}
