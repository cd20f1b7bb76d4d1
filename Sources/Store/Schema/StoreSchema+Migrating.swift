import GRDB

extension StoreSchema {
    /// The migrations applied to the store, in the order they were applied.
    static func appliedMigrations(_ db: Database) throws -> [String] {
        guard try db.tableExists("grdb_migrations") else { return [] }
        return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
    }

    /// Applies every missing migration in one `BEGIN IMMEDIATE` transaction.
    ///
    /// Several people may start earshot on a new or older store at the same moment: the write
    /// lock is taken before the applied migrations are read, so exactly one process migrates
    /// and the others, waiting for the lock, then find nothing left to do. (GRDB's migrator
    /// reads them outside its transactions, and two processes both ran v1.) The names are kept
    /// in GRDB's `grdb_migrations` table, so stores it migrated carry on.
    ///
    /// - Returns: false when the store was written by a newer earshot (nothing is changed).
    static func migrate(_ db: Database) throws -> Bool {
        var known = true
        try db.inTransaction(.immediate) {
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            let applied = Set(try appliedMigrations(db))
            guard applied.isSubset(of: migrationNames) else {
                known = false
                return .rollback
            }
            for migration in migrations where !applied.contains(migration.name) {
                try migration.apply(db)
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.name])
            }
            return .commit
        }
        return known
    }

    /// Whether the store has every migration this build knows, and none it does not.
    static func state(_ db: Database) throws -> (complete: Bool, newer: Bool) {
        let applied = Set(try appliedMigrations(db))
        return (applied == Set(migrationNames), !applied.isSubset(of: migrationNames))
    }
}
