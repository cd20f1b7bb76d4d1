import Foundation
import GRDB
import Testing
@testable import Store

@Suite struct ChangeTests {
    /// The small store opened twice, as two users: two sessions on one file.
    static func twoUsers() throws -> (sam: EarshotStore, ana: EarshotStore, folder: TemporaryFolder) {
        let (sam, folder) = try Fixtures.store(user: "sam")
        try Fixtures.importText(sam, "small.jsonl", Fixtures.smallStore)
        let ana = try EarshotStore.open(at: sam.path, user: "ana")
        return (sam, ana, folder)
    }

    @Test func aChangeBumpsTheVersionAndAppendsOneEventPerField() throws {
        let (sam, _, folder) = try Self.twoUsers()
        defer { folder.remove() }
        let before = try #require(try sam.reviewDetail(id: "R3"))
        let result = try sam.apply(ItemChange(status: .open, priority: .high, assignee: .user("ana")), to: "R3",
                                   expectedVersion: before.row.version)
        #expect(result.version == before.row.version + 1)
        #expect(result.events.map(\.field) == ["status", "priority", "assignee"])
        #expect(result.events.allSatisfy { $0.user == "sam" && $0.version == result.version })
        #expect(result.events[0].before == "new" && result.events[0].after == "open")
        let after = try #require(try sam.reviewDetail(id: "R3"))
        #expect(after.row.status == "open" && after.priority == "high" && after.assignee == "ana")
        #expect(after.row.version == result.version)
        #expect(after.history.suffix(3).map(\.field) == ["status", "priority", "assignee"])
    }

    @Test func aChangeToTheSameValuesWritesNothing() throws {
        let (sam, _, folder) = try Self.twoUsers()
        defer { folder.remove() }
        let result = try sam.apply(ItemChange(status: .new, priority: .normal, removeTags: ["absent"]), to: "R3")
        #expect(!result.changed)
        #expect(result.version == 1)
        #expect(try sam.reviewDetail(id: "R3")?.history.count == 1)
    }

    @Test func aStaleChangeToAnotherFieldMerges() throws {
        let (sam, ana, folder) = try Self.twoUsers()
        defer { folder.remove() }
        let read = try #require(try ana.reviewDetail(id: "R3")).row.version
        try sam.apply(ItemChange(priority: .urgent), to: "R3", expectedVersion: read)
        let result = try ana.apply(ItemChange(status: .done), to: "R3", expectedVersion: read)
        #expect(result.merged.map(\.field) == ["priority"])
        #expect(result.merged.first?.user == "sam")
        let detail = try #require(try sam.reviewDetail(id: "R3"))
        #expect(detail.row.status == "done" && detail.priority == "urgent")
    }

    @Test func aStaleChangeToTheSameFieldIsAConflictNamingWhoAndWhat() throws {
        let (sam, ana, folder) = try Self.twoUsers()
        defer { folder.remove() }
        let read = try #require(try ana.reviewDetail(id: "R3")).row.version
        try sam.apply(ItemChange(status: .spam), to: "R3", expectedVersion: read)
        var caught: ChangeConflict?
        do {
            try ana.apply(ItemChange(status: .done, note: "Closing this"), to: "R3", expectedVersion: read)
        } catch StoreError.conflict(let conflict) {
            caught = conflict
        }
        let conflict = try #require(caught)
        #expect(conflict.id == "R3" && conflict.expectedVersion == read && conflict.currentVersion == read + 1)
        #expect(conflict.changes.map(\.field) == ["status"])
        #expect(conflict.description.contains("sam set status from 'new' to 'spam'"))
        #expect(StoreError.conflict(conflict).exitCode == 3)
        let detail = try #require(try sam.reviewDetail(id: "R3"))
        #expect(detail.row.status == "spam")
        #expect(detail.notes.isEmpty, "nothing of the refused change is written")
        // The typed note survives: alone it merges; with the current version the status overwrites.
        try ana.apply(ItemChange(note: "Closing this"), to: "R3", expectedVersion: read)
        try ana.apply(ItemChange(status: .done), to: "R3", expectedVersion: conflict.currentVersion + 1)
        #expect(try sam.reviewDetail(id: "R3")?.row.status == "done")
    }

    @Test func notesAndTagsFromStaleVersionsMerge() throws {
        let (sam, ana, folder) = try Self.twoUsers()
        defer { folder.remove() }
        let read = try #require(try sam.reviewDetail(id: "R1")).row.version
        try sam.apply(ItemChange(addTags: ["Brunch", "vip"], note: "from sam"), to: "R1", expectedVersion: read)
        try ana.apply(ItemChange(addTags: ["vip", "coffee"], removeTags: ["regular"], note: "from ana"), to: "R1",
                      expectedVersion: read)
        let detail = try #require(try sam.reviewDetail(id: "R1"))
        #expect(detail.tags == ["brunch", "coffee", "vip"])
        #expect(detail.notes.map(\.text) == ["Thanked her", "from sam", "from ana"])
        #expect(detail.notes.last?.author == "ana")
        #expect(detail.row.version == read + 2)
    }

    @Test func waitingAndDuplicateCarryTheirFields() throws {
        let (sam, _, folder) = try Self.twoUsers()
        defer { folder.remove() }
        let until = Fixtures.date("2026-04-01")
        let waiting = try sam.apply(ItemChange(status: .waiting(until: until)), to: "R3")
        #expect(waiting.events.map(\.after) == ["waiting", "2026-04-01"])
        let duplicate = try sam.apply(ItemChange(status: .duplicate(of: "R1")), to: "R3")
        #expect(duplicate.events.map(\.field) == ["status", "waiting_until", "duplicate_of"])
        #expect(duplicate.events.last?.after == "R1")
        #expect(throws: StoreError.unknownID("R99")) { try sam.apply(ItemChange(status: .duplicate(of: "R99")), to: "R3") }
        #expect {
            try sam.apply(ItemChange(status: .duplicate(of: "R3")), to: "R3")
        } throws: { error in
            if case StoreError.invalidChange = error { return true } else { return false }
        }
    }

    @Test(arguments: [
        ItemChange(note: "   "), ItemChange(addTags: [""]), ItemChange(addTags: ["two\nlines"]),
        ItemChange(note: String(repeating: "x", count: 100 * 1024 + 1)), ItemChange(assignee: .user(" ")),
    ])
    func badTextIsRefusedWithAMessage(change: ItemChange) throws {
        let (sam, _, folder) = try Self.twoUsers()
        defer { folder.remove() }
        #expect {
            try sam.apply(change, to: "R3")
        } throws: { error in
            guard case StoreError.invalidChange(let message) = error else { return false }
            return !message.isEmpty && (error as? StoreError)?.exitCode == 1
        }
        #expect(try sam.reviewDetail(id: "R3")?.row.version == 1)
    }

    @Test func unknownAndMistypedIDsAreRefused() throws {
        let (sam, _, folder) = try Self.twoUsers()
        defer { folder.remove() }
        #expect(throws: StoreError.unknownID("R404")) { try sam.apply(ItemChange(status: .done), to: "R404") }
        #expect(throws: StoreError.unknownID("C1")) { try sam.apply(ItemChange(status: .done), to: "C1") }
        #expect(throws: StoreError.unknownID("F9")) { try sam.apply(FollowUpChange(status: .done), to: "F9") }
    }

    @Test func aComplaintOpenedFromAnItemLinksItAndTriagesIt() throws {
        let (sam, _, folder) = try Self.twoUsers()
        defer { folder.remove() }
        let result = try sam.openComplaint(from: "R3", ComplaintDraft(severity: .high, note: "Ann called"))
        #expect(result.id == "C4" && result.version == 1)
        let complaint = try #require(try sam.complaintDetail(id: "C4"))
        #expect(complaint.row.itemIDs == ["R3"] && complaint.row.brandID == "B2" && complaint.row.severity == "high")
        #expect(complaint.row.owner == "sam" && complaint.row.summary == "Good beans.")
        #expect(complaint.history.map(\.field) == ["created", "note"])
        let firstResponse = try #require(complaint.row.firstResponseDue)
        #expect(firstResponse.timeIntervalSince(complaint.row.opened) == 24 * 3600)
        let item = try #require(try sam.reviewDetail(id: "R3"))
        #expect(item.row.status == "open" && item.complaintIDs == ["C4"])
        #expect(item.history.last?.field == "complaint" && item.history.last?.after == "C4")
        #expect {
            try sam.openComplaint(from: "R3")
        } throws: { error in
            guard case StoreError.invalidChange(let message) = error else { return false }
            return message.contains("C4")
        }
    }

    @Test func resolvingAndReopeningAComplaintKeepsItsTimes() throws {
        let (sam, _, folder) = try Self.twoUsers()
        defer { folder.remove() }
        let resolved = try sam.apply(ComplaintChange(status: .resolved, resolution: "Free brunch"), to: "C1")
        #expect(Set(resolved.events.map(\.field)) == ["status", "resolved_at", "first_response_at", "resolution"])
        let detail = try #require(try sam.complaintDetail(id: "C1"))
        #expect(detail.row.status == "resolved" && detail.row.resolvedAt != nil && detail.resolution == "Free brunch")
        try sam.apply(ComplaintChange(status: .open), to: "C1")
        #expect(try sam.complaintDetail(id: "C1")?.row.resolvedAt == nil)
    }

    @Test func followUpsArePlannedFromItemsComplaintsAndCustomers() throws {
        let (sam, _, folder) = try Self.twoUsers()
        defer { folder.remove() }
        let due = Fixtures.date("2026-03-20")
        let fromItem = try sam.createFollowUp(for: "R2", FollowUpDraft(due: due, channel: .call))
        let detail = try #require(try sam.followUpDetail(id: fromItem.id))
        #expect(detail.row.customerID == "P2" && detail.row.itemID == "R2" && detail.row.complaintID == "C1")
        #expect(detail.row.owner == "sam" && detail.row.reason == "Follow up on R2" && detail.row.brandID == "B1")
        let fromComplaint = try sam.createFollowUp(for: "C2", FollowUpDraft(due: due, channel: .email, reason: "Check in"))
        #expect(try sam.followUpDetail(id: fromComplaint.id)?.row.itemID == "R5")
        let forCustomer = try sam.createFollowUp(for: "P1", FollowUpDraft(due: due, channel: .gift, owner: "ana"))
        let gift = try #require(try sam.followUpDetail(id: forCustomer.id))
        #expect(gift.row.brandID == "B1" && gift.row.itemID == nil && gift.row.owner == "ana")
        #expect(try sam.reviewDetail(id: "R2")?.followUpIDs.contains(fromItem.id) == true)
        #expect {
            try sam.createFollowUp(for: "R2", FollowUpDraft(due: due, channel: .call))
        } throws: { error in
            if case StoreError.invalidChange = error { return true } else { return false }
        }
        #expect {
            try sam.createFollowUp(for: "B1", FollowUpDraft(due: due, channel: .call))
        } throws: { error in
            if case StoreError.invalidChange = error { return true } else { return false }
        }
    }

    @Test func aDoneFollowUpRecordsWhenAndAnswersItsComplaint() throws {
        let (sam, _, folder) = try Self.twoUsers()
        defer { folder.remove() }
        #expect(try sam.complaintDetail(id: "C1")?.row.firstResponseAt == nil)
        let result = try sam.apply(FollowUpChange(status: .done, outcome: "Offered brunch"), to: "F1")
        #expect(result.events.map(\.field) == ["status", "done_at", "outcome"])
        let detail = try #require(try sam.followUpDetail(id: "F1"))
        #expect(detail.row.status == "done" && detail.doneAt != nil && detail.outcome == "Offered brunch")
        let complaint = try #require(try sam.complaintDetail(id: "C1"))
        #expect(complaint.row.firstResponseAt != nil && complaint.history.last?.field == "first_response_at")
        try sam.apply(FollowUpChange(status: .todo, due: Fixtures.date("2026-03-25")), to: "F1")
        #expect(try sam.followUpDetail(id: "F1")?.doneAt == nil)
    }

    /// L1: every UPDATE of a mutable row compares and swaps its version.
    @Test func everyUpdateOfAMutableRowComparesItsVersion() throws {
        let (sam, _, folder) = try Self.twoUsers()
        defer { folder.remove() }
        let statements = StatementLog()
        try sam.pool.writeWithoutTransaction { db in
            db.trace(options: .statement) { event in statements.append(event.description) }
        }
        try sam.apply(ItemChange(status: .open, priority: .high, assignee: .user("x"), addTags: ["t"], note: "n"), to: "R1")
        try sam.openComplaint(from: "R3")
        try sam.apply(ComplaintChange(status: .resolved, severity: .low, owner: .nobody, resolution: "ok"), to: "C1")
        try sam.createFollowUp(for: "R1", FollowUpDraft(due: Fixtures.date("2026-04-01"), channel: .visit))
        try sam.apply(FollowUpChange(status: .done, due: Fixtures.date("2026-04-02"), channel: .call), to: "F2")
        let updates = statements.all.filter { $0.uppercased().hasPrefix("UPDATE") }
        #expect(updates.count == 5)
        for update in updates {
            #expect(update.hasSuffix("WHERE id = ? AND version = ?"), "\(update)")
        }
    }
}

/// Statements seen by a trace callback (which runs on the writer's queue).
final class StatementLog: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: [String] = []

    func append(_ statement: String) {
        lock.lock()
        statements.append(statement)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return statements
    }
}
