import Foundation
import GRDB

/// One earshot store: an SQLite file in WAL mode, shared safely by several processes.
///
/// Every connection runs with a busy timeout (a writer waits for another instead of failing at
/// once), foreign keys on and `synchronous=NORMAL`; `open` reads these back and refuses a store
/// where they did not take. Writes are single `BEGIN IMMEDIATE` transactions.
public final class EarshotStore: Sendable {
    /// The path of the database file.
    public let path: String
    /// Who the changes made through this store are recorded as (`$EARSHOT_USER`, else the login name).
    public let user: String
    /// How long a connection waits for another process's write lock before reporting the store busy.
    public static let busyTimeout: TimeInterval = 10

    let pool: DatabasePool

    private init(path: String, user: String, pool: DatabasePool) {
        self.path = path
        self.user = user
        self.pool = pool
    }

    /// Opens the store at `path`, creating it (0600, or 0660 when `shared`) if asked to, and
    /// brings its schema up to date.
    ///
    /// - Throws: `StoreError` with a message that says what to do.
    public static func open(at path: String, createIfMissing: Bool = false, shared: Bool = false,
                            user: String? = nil) throws -> EarshotStore {
        let resolvedUser = user ?? StoreUser.current(environment: ProcessInfo.processInfo.environment)
        if !StoreFile.exists(at: path) {
            guard createIfMissing else { throw StoreError.missing(path: path) }
            try StoreFile.createEmpty(at: path, shared: shared)
        } else if StoreFile.size(at: path) > 0 {
            try refuseForeignFile(at: path)
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration())
            let store = EarshotStore(path: path, user: resolvedUser, pool: pool)
            try store.migrate()
            try store.assertSettings()
            return store
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// True when a regular file exists at `path` (it may still not be a valid store).
    public static func exists(at path: String) -> Bool {
        StoreFile.exists(at: path)
    }

    /// The configuration shared by the writer and every reader connection.
    static func configuration(readonly: Bool = false) -> Configuration {
        var configuration = Configuration()
        configuration.label = "earshot"
        configuration.readonly = readonly
        // GRDB's default fails at once on a lock held by another process.
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // WAL with NORMAL never corrupts and survives an application crash (kill -9): a
            // commit is in the WAL before it returns. A power cut or OS crash may roll back the
            // last few commits, which FULL would prevent at the cost of one fsync per write;
            // for a triage tool whose writes are small and frequent, NORMAL is SQLite's advice.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        return configuration
    }

    /// Refuses to migrate an SQLite file that another program owns, without changing it.
    private static func refuseForeignFile(at path: String) throws {
        do {
            let probe = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
            let isForeign = try probe.read { db -> Bool in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if applicationID == StoreSchema.applicationID { return false }
                if applicationID != 0 { return true }
                let tables = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'
                    """) ?? 0
                return tables > 0
            }
            try probe.close()
            if isForeign { throw StoreError.notAStore(path: path) }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    private func migrate() throws {
        let migrator = StoreSchema.migrator
        let state = try pool.read { db in
            (complete: try migrator.hasCompletedMigrations(db), newer: try migrator.hasBeenSuperseded(db))
        }
        if state.newer { throw StoreError.newerSchema(path: path) }
        if !state.complete { try migrator.migrate(pool) }
    }
}
