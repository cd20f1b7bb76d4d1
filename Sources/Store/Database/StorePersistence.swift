import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// SQLite file controls that GRDB has no setting for.
enum StorePersistence {
    /// `SQLITE_FCNTL_PERSIST_WAL` on: closing the last connection leaves -wal and -shm in place.
    static func keepWALFiles(_ db: Database) {
        var on: Int32 = 1
        _ = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &on)
    }
}
