import Foundation
import GRDB

extension EarshotStore {
    /// Writes a consistent copy of the store to `target` while others may keep writing, and
    /// checks the copy.
    ///
    /// `VACUUM INTO` reads one snapshot (WAL readers never block writers or wait for them) and
    /// writes a compact copy; the copy gets the store's permissions (private or group-shared).
    /// A file already at `target` is never overwritten.
    public func backup(to target: String) throws -> BackupReport {
        let started = Date()
        guard !FileManager.default.fileExists(atPath: target) else { throw StoreError.fileExists(path: target) }
        let shared = (StoreFile.permissions(at: path) ?? 0) & 0o060 != 0
        try StoreFile.createEmpty(at: target, shared: shared)
        do {
            try pool.unsafeRead { db in try db.execute(sql: "VACUUM INTO ?", arguments: [target]) }
            let copy = try DatabaseQueue(path: target, configuration: Self.configuration(readonly: true))
            let (check, items) = try copy.read { db in
                (try String.fetchAll(db, sql: "PRAGMA quick_check"), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item") ?? 0)
            }
            try copy.close()
            guard check == ["ok"] else {
                throw StoreError.damaged(path: target, detail: "the copy failed its check: \(check.prefix(2).joined(separator: " / "))")
            }
            return BackupReport(path: target, bytes: StoreFile.size(at: target), items: items,
                                seconds: Date().timeIntervalSince(started))
        } catch {
            try? FileManager.default.removeItem(atPath: target)
            throw StoreError.from(error, path: path)
        }
    }
}
