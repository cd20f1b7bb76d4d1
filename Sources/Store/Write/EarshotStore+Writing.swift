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

    /// Now, in whole milliseconds: what export writes back exactly.
    static func changeTime() -> Double {
        (Date().timeIntervalSince1970 * 1000).rounded() / 1000
    }

    /// The row number of a short id of `kind`, or `unknownID`.
    static func rowID(_ id: String, _ kind: EntityKind) throws -> Int64 {
        guard let short = ShortID(id, kind: kind) else { throw StoreError.unknownID(id) }
        return short.number
    }
}
