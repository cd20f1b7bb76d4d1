import GRDB

extension EarshotStore {
    /// The settings of the writer connection and of a reader connection, read back from SQLite.
    public func pragmas() throws -> (writer: StorePragmas, reader: StorePragmas) {
        do {
            let writer = try pool.writeWithoutTransaction { try Self.readPragmas($0) }
            let reader = try pool.read { try Self.readPragmas($0) }
            return (writer, reader)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Throws `misconfigured` unless every connection kind runs with the settings the store relies on.
    func assertSettings() throws {
        let (writer, reader) = try pragmas()
        for settings in [writer, reader] {
            try expect("journal_mode", settings.journalMode.lowercased() == "wal", "wal", settings.journalMode)
            try expect("busy_timeout", settings.busyTimeoutMilliseconds >= 5000,
                       ">= 5000", String(settings.busyTimeoutMilliseconds))
            try expect("foreign_keys", settings.foreignKeys, "on", "off")
            try expect("synchronous", settings.synchronous == StorePragmas.synchronousNormal,
                       "1 (normal)", String(settings.synchronous))
        }
    }

    private func expect(_ setting: String, _ holds: Bool, _ expected: String, _ actual: String) throws {
        if !holds {
            throw StoreError.misconfigured(path: path, setting: setting, expected: expected, actual: actual)
        }
    }

    private static func readPragmas(_ db: Database) throws -> StorePragmas {
        StorePragmas(
            journalMode: try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "",
            busyTimeoutMilliseconds: try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? 0,
            foreignKeys: (try Int.fetchOne(db, sql: "PRAGMA foreign_keys") ?? 0) == 1,
            synchronous: try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1)
    }
}
