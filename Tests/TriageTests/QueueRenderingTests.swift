import Foundation
import Store
import Testing
@testable import Dashboard
@testable import Triage

/// The queues' figures on screen, and the config lines that set them read by the dashboard.
@Suite struct QueueRenderingTests {
    static let now = TriageFixture.date("2026-03-23T10:00:00Z")

    static func complaint(firstResponseDue: String) -> ComplaintRow {
        ComplaintRow(id: "C1", brandID: "B1", brandName: "Crumb", customerName: nil, category: "speed", summary: "Slow",
                     severity: "high", status: "open", opened: TriageFixture.date("2026-03-20T10:00:00Z"),
                     firstResponseDue: TriageFixture.date(firstResponseDue), resolutionDue: nil, firstResponseAt: nil,
                     resolvedAt: nil, owner: nil, itemIDs: [])
    }

    @Test func anOverdueClockIsDrawnInTheAlertRole() {
        let hours = QueueFigureTests.week
        let late = ComplaintLine.spans(Self.complaint(firstResponseDue: "2026-03-20T14:00:00Z"), width: 80, now: Self.now,
                                       glyphs: .unicode, hours: hours)
        #expect(late[4].text.hasPrefix("1d over") && late[4].role == .overdue, "\(late[4])")
        let running = ComplaintLine.spans(Self.complaint(firstResponseDue: "2026-03-23T12:30:00Z"), width: 80, now: Self.now,
                                          glyphs: .unicode, hours: hours)
        #expect(running[4].text.hasPrefix("2h 30m left") && running[4].role == .muted, "\(running[4])")
    }

    @Test func theFollowUpDetailShowsEachTermOfItsUrgency() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let row = try #require(try fixture.store.followUpRow(id: "F1", now: TriageFixture.now, weights: UrgencyWeights()))
        let lines = FollowUpDetailLines.urgency(row).map { $0.map(\.text).joined() }
        #expect(lines.contains(String(format: "Urgency %.2f", row.urgency)))
        #expect(lines.contains { $0.hasPrefix("  overdue") && $0.contains("+") })
        #expect(lines.contains("  severity  +0.30"))
        let line = FollowUpLine.spans(row, width: 80, now: TriageFixture.now, glyphs: .unicode)
        #expect(line[1].text.hasPrefix(String(format: "%.1f", row.urgency)) && line[1].role == .overdue)
    }

    @Test func theConfigFileHandsTriageLinesToTheTriageSettings() {
        let config = ConfigFile.parse("bind reviews x quit\nhours mon-fri 09:00-17:30\nset urgency.age 0.5\nset urgency.bogus 1\n",
                                      source: "config")
        #expect(config.triage.urgency.age == 0.5)
        #expect(config.triage.hours.days[2] == [OpeningTime(start: 540, end: 1050)] && config.triage.hours.days[1] == nil)
        #expect(config.errors.map(\.line) == [4])
        #expect(config.errors.first?.message.contains("unknown urgency weight 'bogus'") == true)
    }
}
