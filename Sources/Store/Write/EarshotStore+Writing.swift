import Foundation
import GRDB

extension EarshotStore {
    /// Runs `body` as one `BEGIN IMMEDIATE` transaction on the writer connection.
    ///
    /// IMMEDIATE takes the write lock before the first read, so what `body` reads cannot be
    /// changed by another process before it writes (a DEFERRED transaction that reads and then
    /// writes fails at once with SQLITE_BUSY_SNAPSHOT when another process committed in
    /// between). Another writer is waited for up to the busy timeout. Any error rolls back.
    func writing<T>(_ body: (Database) throws -> T) throws -> T {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw StoreError.database(detail: "a write transaction returned nothing") }
                return result
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// `writing` for a change of `group` (a group of its own, summarised as `summary`, when nil):
    /// `body` gets the change's time and the group's row.
    func changing<T>(_ group: ChangeGroup?, summary: @autoclosure () -> String,
                     _ body: (Database, _ at: Double, _ group: Int64) throws -> T) throws -> T {
        let group = ChangeGroup.or(group, summary())
        return try writing { db in
            let at = Self.changeTime()
            return try body(db, at, try group.join(db, user: user, at: at))
        }
    }

    /// Now, in whole milliseconds: what export writes back exactly.
    static func changeTime() -> Double {
        (Date().timeIntervalSince1970 * 1000).rounded() / 1000
    }

    /// A number for a new entity of `kind` that no entity has had: above every row and every
    /// id in the history, so an entity an undo removed never lends its history to a new one.
    static func unusedID(_ db: Database, _ kind: EntityKind) throws -> Int64 {
        let rows = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(kind.table)") ?? 0
        let history = try Int64.fetchOne(db, sql: "SELECT MAX(entity_id) FROM event WHERE entity_kind = ?",
                                         arguments: [kind.prefix]) ?? 0
        return max(rows, history) + 1
    }

    /// The row number of a short id of `kind`, or `unknownID`.
    static func rowID(_ id: String, _ kind: EntityKind) throws -> Int64 {
        guard let short = ShortID(id, kind: kind) else { throw StoreError.unknownID(id) }
        return short.number
    }
}
