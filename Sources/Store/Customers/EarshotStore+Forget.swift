import Foundation
import GRDB

extension EarshotStore {
    /// What replaces a forgotten customer's words.
    public static let forgottenText = "(removed at the customer's request)"

    /// Forgets customer `id` ("P4"): their name, handles, contact and notes, the text, title,
    /// author, link and site id of their items, the notes and replies on those items and on
    /// their complaints and follow-ups, the complaints' summaries and resolutions and the
    /// follow-ups' reasons and outcomes, and the text of those entities' history. What is
    /// kept has no words of theirs: ratings, sentiment scores and aspects, days, statuses and
    /// the links between entities, so every count and figure of the statistics stays as it was.
    ///
    /// The customer and each entity record that it happened (a `forgotten` event, without
    /// their data); it cannot be undone. Deleted content is overwritten (`secure_delete`),
    /// the full-text indexes are merged so no old terms stay in them, the file is vacuumed
    /// and the write-ahead log emptied, so no trace of the text stays in the store's files.
    ///
    /// - Throws: `StoreError.unknownID`, `.readOnly`, `.locked`.
    @discardableResult
    public func forgetCustomer(id: String) throws -> CustomerForgetReport {
        guard let number = ShortID(id, kind: .customer)?.number else { throw StoreError.unknownID(id) }
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        var report = CustomerForgetReport(customerID: EntityKind.customer.prefix + String(number))
        do {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA secure_delete = ON")
                defer { try? db.execute(sql: "PRAGMA secure_delete = OFF") }
                try db.inTransaction(.immediate) {
                    guard let scope = try CustomerScope.find(db, customer: number) else {
                        throw StoreError.unknownID(report.customerID)
                    }
                    var forgetting = CustomerForgetting(db: db, scope: scope, user: user, at: Self.changeTime())
                    try forgetting.run(into: &report)
                    return .commit
                }
                try db.execute(sql: "VACUUM")
                let checkpoint = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                report.walCleared = (checkpoint?[0] as Int?) == 0
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.from(error, path: path)
        }
        return report
    }
}
