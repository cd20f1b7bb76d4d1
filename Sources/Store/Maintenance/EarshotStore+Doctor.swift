import Foundation
import GRDB

extension EarshotStore {
    /// Checks the store: SQLite's integrity check, foreign keys, the full-text indexes against
    /// the rows they index, and the schema version. Reads only (the FTS5 check runs as a
    /// statement that changes nothing, skipped on a read-only store).
    public func doctor() throws -> DoctorReport {
        do {
            var checks = try pool.read { db in
                [try Self.integrity(db), try Self.foreignKeys(db), try Self.searchRows(db), try Self.schema(db)]
            }
            if !isReadOnly {
                checks.append(try pool.writeWithoutTransaction { db in try Self.searchIndexes(db) })
            }
            let migrations = try pool.read { db in try StoreSchema.appliedMigrations(db) }
            return DoctorReport(path: path, migrations: migrations, knownSchemaVersion: StoreSchema.migrationNames.count,
                                checks: checks, isReadOnly: isReadOnly)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    private static func integrity(_ db: Database) throws -> DoctorCheck {
        let messages = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
        let passed = messages == ["ok"]
        return DoctorCheck(name: "integrity_check", passed: passed,
                           detail: passed ? "ok" : messages.prefix(3).joined(separator: " / "))
    }

    private static func foreignKeys(_ db: Database) throws -> DoctorCheck {
        let rows = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        guard !rows.isEmpty else { return DoctorCheck(name: "foreign_key_check", passed: true, detail: "ok") }
        let tables = Set(rows.map { $0[0] as String }).sorted().joined(separator: ", ")
        return DoctorCheck(name: "foreign_key_check", passed: false,
                           detail: "\(rows.count) row(s) in \(tables) refer to rows that are gone")
    }

    /// Every item and note is in its full-text index, and the index holds nothing else: row by
    /// row where the index keeps a row of column sizes per indexed row, else by count (the
    /// index's own count of its rows against the table's).
    private static func searchRows(_ db: Database) throws -> DoctorCheck {
        var problems: [String] = []
        for (table, index) in [("item", "item_fts"), ("note", "note_fts")] {
            let (missing, extra) = try ItemSearchSchema.keepsColumnSizes(db, index: index)
                ? try unindexedAndStaleRows(db, table: table, index: index)
                : try unindexedAndStaleCounts(db, table: table, index: index)
            if missing > 0 { problems.append("\(missing) \(table)(s) missing from the search index") }
            if extra > 0 { problems.append("\(extra) stale \(table) entr(ies) in the search index") }
        }
        return DoctorCheck(name: "search index rows", passed: problems.isEmpty,
                           detail: problems.isEmpty ? "ok" : problems.joined(separator: ", "))
    }

    private static func unindexedAndStaleRows(_ db: Database, table: String, index: String) throws -> (Int64, Int64) {
        let missing = try Int64.fetchOne(db, sql: """
            SELECT COUNT(*) FROM \(table) WHERE id NOT IN (SELECT id FROM \(index)_docsize)
            """) ?? 0
        let extra = try Int64.fetchOne(db, sql: """
            SELECT COUNT(*) FROM \(index)_docsize WHERE id NOT IN (SELECT id FROM \(table))
            """) ?? 0
        return (missing, extra)
    }

    private static func unindexedAndStaleCounts(_ db: Database, table: String, index: String) throws -> (Int64, Int64) {
        let rows = try Int64.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
        let indexed = try ItemSearchSchema.indexedRows(db, index: index)
        return (max(0, rows - indexed), max(0, indexed - rows))
    }

    /// FTS5's own consistency check of each index.
    private static func searchIndexes(_ db: Database) throws -> DoctorCheck {
        for index in ["item_fts", "note_fts"] {
            do {
                try db.execute(sql: "INSERT INTO \(index)(\(index)) VALUES ('integrity-check')")
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
                return DoctorCheck(name: "search index", passed: false, detail: "\(index): \(error.message ?? "corrupt")")
            }
        }
        return DoctorCheck(name: "search index", passed: true, detail: "ok")
    }

    private static func schema(_ db: Database) throws -> DoctorCheck {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let applied = try StoreSchema.appliedMigrations(db)
        guard applicationID == StoreSchema.applicationID else {
            return DoctorCheck(name: "schema", passed: false, detail: "not an earshot store (application_id \(applicationID))")
        }
        guard applied == StoreSchema.migrationNames else {
            return DoctorCheck(name: "schema", passed: false,
                               detail: "migrations \(applied.joined(separator: ", ")) differ from \(StoreSchema.migrationNames.joined(separator: ", "))")
        }
        return DoctorCheck(name: "schema", passed: true, detail: "version \(applied.count) (\(applied.joined(separator: ", ")))")
    }
}
