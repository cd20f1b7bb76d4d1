import Foundation
import Store
import Testing
@testable import Triage

/// Business hours, complaint clocks, urgency weights and the config lines that set them.
@Suite struct QueueFigureTests {
    /// Monday to Friday 09:00-17:30, Saturday 10:00-14:00, UTC.
    static let week: BusinessHours = {
        var settings = TriageSettings()
        _ = settings.apply(directive: ["hours", "mon-fri", "09:00-17:30"])
        _ = settings.apply(directive: ["hours", "sat", "10:00-14:00"])
        _ = settings.apply(directive: ["set", "timezone", "UTC"])
        return settings.hours
    }()

    static func at(_ text: String) -> Date { TriageFixture.date(text) }

    @Test(arguments: [
        // Friday 16:00 + 4h: 1.5h on Friday, 2.5h on Saturday from 10:00.
        ("2026-03-20T16:00:00Z", 4 * 3600.0, "2026-03-21T12:30:00Z"),
        // Saturday 13:00 + 2h: 1h Saturday, then Monday 09:00 + 1h (Sunday closed).
        ("2026-03-21T13:00:00Z", 2 * 3600.0, "2026-03-23T10:00:00Z"),
        // Sunday night: starts at Monday's opening.
        ("2026-03-22T23:00:00Z", 1800.0, "2026-03-23T09:30:00Z"),
        // Inside one day.
        ("2026-03-23T10:00:00Z", 3600.0, "2026-03-23T11:00:00Z"),
    ])
    func openTimeIsAddedAcrossClosedHours(start: String, seconds: Double, expected: String) {
        #expect(Self.week.adding(seconds, to: Self.at(start)) == Self.at(expected))
        #expect(Self.week.seconds(from: Self.at(start), to: Self.at(expected)) == seconds)
        #expect(Self.week.seconds(from: Self.at(expected), to: Self.at(start)) == -seconds)
    }

    @Test func aDayOfDeadlineIsTheLongestOpeningDay() throws {
        var settings = TriageSettings()
        for line in ["hours mon-fri 09:00-17:30", "set timezone UTC", "set first-response 4h", "set resolution.high 3d"] {
            #expect(settings.apply(directive: line.split(separator: " ").map(String.init)) == .applied, "\(line)")
        }
        #expect(settings.hours.dayLength == 8.5 * 3600)
        let draft = settings.complaintDraft(severity: .high, openedAt: Self.at("2026-03-23T10:00:00Z"))
        #expect(draft.firstResponseDue == Self.at("2026-03-23T14:00:00Z"))
        #expect(draft.resolutionDue == Self.at("2026-03-26T10:00:00Z"))
        let low = settings.complaintDraft(severity: .low, openedAt: Self.at("2026-03-27T17:00:00Z"))
        #expect(low.firstResponseDue == Self.at("2026-03-30T12:30:00Z"), "Friday 17:00 + 4h: Monday 12:30")
    }

    @Test func theClockRunsToFirstResponseThenResolutionInBusinessTime() {
        var row = ComplaintRow(id: "C1", brandID: "B1", brandName: "Crumb", customerName: nil, category: "speed",
                               summary: "Slow", severity: "high", status: "open", opened: Self.at("2026-03-20T10:00:00Z"),
                               firstResponseDue: Self.at("2026-03-20T14:00:00Z"), resolutionDue: Self.at("2026-03-24T10:00:00Z"),
                               firstResponseAt: nil, resolvedAt: nil, owner: nil, itemIDs: [])
        let late = ComplaintClock.of(row, now: Self.at("2026-03-23T10:00:00Z"), hours: Self.week)
        #expect(late.stage == .firstResponse && late.isOverdue)
        #expect(late.remaining == -(3.5 + 4 + 1) * 3600, "Fri 14:00-17:30, Sat 10-14, Mon 09-10")
        #expect(late.text(dayLength: Self.week.dayLength) == "1d over")
        row.firstResponseAt = Self.at("2026-03-23T10:00:00Z")
        let running = ComplaintClock.of(row, now: Self.at("2026-03-23T10:00:00Z"), hours: Self.week)
        #expect(running.stage == .resolution && !running.isOverdue)
        #expect(running.text(dayLength: Self.week.dayLength) == "1d left")
        row.status = "resolved"
        #expect(ComplaintClock.of(row, now: Self.at("2026-03-23T10:00:00Z"), hours: Self.week).text(dayLength: 1) == "")
    }

    @Test(arguments: [
        ("hours someday 09:00-17:00", "'someday' is not a day"),
        ("hours mon 9-5", "'9-5' is not a time range"),
        ("hours mon 17:00-09:00", "is not a time range"),
        ("hours mon", "expected: hours DAYS TIMES"),
        ("set first-response soon", "first-response takes open time like 4h"),
        ("set urgency.luck 2", "unknown urgency weight 'luck'"),
        ("set urgency.overdue -1", "takes a number from 0 to 100"),
        ("set timezone Mars/Olympus", "not a time zone"),
    ])
    func badLinesSayWhatIsWrongWithTheirLine(line: String, message: String) {
        let (_, errors) = TriageSettings.parse("# my config\nbind reviews x quit\n\(line)\n", source: "config")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("config:3: ") == true && errors.first?.contains(message) == true, "\(errors)")
    }

    @Test func otherDirectivesAreLeftToTheirOwners() {
        var settings = TriageSettings()
        #expect(settings.apply(directive: ["bind", "reviews", "x", "quit"]) == .notMine)
        #expect(settings.apply(directive: ["set", "escape-delay", "50"]) == .notMine)
        #expect(settings.apply(directive: ["theme", "light"]) == .notMine)
        #expect(settings == TriageSettings())
    }

    @Test func closedDaysAndSplitDaysParse() {
        let (settings, errors) = TriageSettings.parse("hours mon-fri 09:00-12:00,13:00-17:00\nhours sun closed\nset urgency.overdue 3\n",
                                                      source: "config")
        #expect(errors.isEmpty)
        #expect(settings.hours.days[2] == [OpeningTime(start: 540, end: 720), OpeningTime(start: 780, end: 1020)])
        #expect(settings.hours.days[1] == [] && settings.hours.days[7] == nil)
        #expect(settings.urgency.overdue == 3)
    }

    @Test func theBreakdownSumsToTheUrgencyAndTheWeightsReorderTheQueue() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let now = TriageFixture.now
        let rows = try fixture.store.followUpRows(ListFilter(), offset: 0, limit: 10, now: now, weights: UrgencyWeights())
        #expect(rows.map(\.id) == ["F1", "F2"], "F1 is overdue")
        for row in rows {
            #expect(abs(row.urgencyBreakdown.total - row.urgency) < 1e-9)
            #expect(row.urgencyBreakdown.terms.map(\.name) == UrgencyWeights.names)
        }
        let overdue = rows[0].urgencyBreakdown.terms
        #expect(overdue.first { $0.name == "overdue" }?.value ?? 0 > 1.5)
        #expect(overdue.first { $0.name == "severity" }?.value == 0.5 * 0.6, "C1 is high")
        #expect(overdue.first { $0.name == "rating" }?.value == 0.2, "R2 has one star")
        #expect(rows[1].urgencyBreakdown.terms.first { $0.name == "overdue" }?.value == 0)
        var dueOnly = UrgencyWeights(due: 1, overdue: 0, severity: 0, sentiment: 0, rating: 0, age: 0, history: 0)
        dueOnly.due = -1
        let reversed = try fixture.store.followUpRows(ListFilter(), offset: 0, limit: 10, now: now, weights: dueOnly)
        #expect(reversed.map(\.id) == ["F2", "F1"], "weights come from the caller")
        let one = try #require(try fixture.store.followUpRow(id: "F1", now: now, weights: UrgencyWeights()))
        #expect(one.urgencyBreakdown == rows[0].urgencyBreakdown)
    }

    @Test func theCustomersHistoryRaisesUrgency() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let weights = UrgencyWeights()
        let before = try #require(try fixture.store.followUpRow(id: "F2", now: TriageFixture.now, weights: weights))
        #expect(before.urgencyBreakdown.terms.first { $0.name == "history" }?.value == 0)
        _ = try fixture.runner.run(.complain(severity: .low, note: nil), on: ["R1"])
        let after = try #require(try fixture.store.followUpRow(id: "F2", now: TriageFixture.now, weights: weights))
        #expect(after.urgencyBreakdown.terms.first { $0.name == "history" }?.value == 0.2 * 0.25, "one earlier complaint")
    }
}
