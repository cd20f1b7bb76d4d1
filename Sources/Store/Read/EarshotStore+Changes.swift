import GRDB

extension EarshotStore {
    /// A number that changes whenever another connection (another earshot process, or an
    /// import) commits to the store: poll it about once a second and reload when it moves.
    ///
    /// SQLite's `PRAGMA data_version`, read on the one writer connection (values are per
    /// connection, so always the same one); this process's own writes do not move it, as the
    /// caller already knows about them.
    public func externalChangeCounter() throws -> Int {
        do {
            return try pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
