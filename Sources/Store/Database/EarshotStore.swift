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
    /// True when the user may read but not write the store: it was opened read-only and every
    /// change throws `StoreError.readOnly`.
    public let isReadOnly: Bool
    /// How long a connection waits for another process's write lock before reporting the store busy.
    public static let busyTimeout: TimeInterval = 10

    let pool: DatabasePool

    private init(path: String, user: String, isReadOnly: Bool, pool: DatabasePool) {
        self.path = path
        self.user = user
        self.isReadOnly = isReadOnly
        self.pool = pool
    }

    /// Opens the store at `path`, creating it (0600, or 0660 when `shared`) if asked to, and
    /// brings its schema up to date.
    ///
    /// A store on a network file system is refused (`$EARSHOT_ALLOW_NETWORK_FS=1` overrides it,
    /// for a FUSE mount that is really local); a store the user may not write opens read-only
    /// (see `isReadOnly`).
    ///
    /// - Throws: `StoreError` with a message that says what to do.
    public static func open(at path: String, createIfMissing: Bool = false, shared: Bool = false,
                            user: String? = nil) throws -> EarshotStore {
        let environment = ProcessInfo.processInfo.environment
        return try open(at: path, createIfMissing: createIfMissing, shared: shared,
                        user: user ?? StoreUser.current(environment: environment),
                        allowNetworkFileSystem: environment["EARSHOT_ALLOW_NETWORK_FS"] == "1", probe: .system)
    }

    /// `open` with the file system seen through `probe`.
    static func open(at path: String, createIfMissing: Bool, shared: Bool, user: String,
                     allowNetworkFileSystem: Bool, probe: StoreFileProbe) throws -> EarshotStore {
        if !allowNetworkFileSystem { try refuseNetworkFileSystem(path, probe: probe) }
        if !StoreFile.exists(at: path) {
            guard createIfMissing else { throw StoreError.missing(path: path) }
            try StoreFile.createEmpty(at: path, shared: shared)
        } else if StoreFile.size(at: path) > 0 {
            try refuseForeignFile(at: path)
        }
        let readOnly = !StoreFile.companions(of: path).allSatisfy { !StoreFile.exists(at: $0) || probe.isWritable($0) }
        var attempts = 0
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration(readonly: readOnly))
                let store = EarshotStore(path: path, user: user, isReadOnly: readOnly, pool: pool)
                try store.migrate()
                try store.assertSettings()
                return store
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempts < openAttempts {
                // Switching a new file to WAL needs it to itself for a moment, which SQLite does
                // not wait for: several people starting earshot on a new store at once.
                attempts += 1
                usleep(100_000)
            } catch {
                throw StoreError.from(error, path: path)
            }
        }
    }

    /// How often opening retries while another process is creating or converting the file.
    private static let openAttempts = 50

    /// Throws `networkFileSystem` when `path` (or the folder it will be created in) is on one.
    private static func refuseNetworkFileSystem(_ path: String, probe: StoreFileProbe) throws {
        var probed = path
        while !FileManager.default.fileExists(atPath: probed), probed != "/", !probed.isEmpty {
            probed = (probed as NSString).deletingLastPathComponent
        }
        if probed.isEmpty { probed = "." }
        if let magic = probe.fileSystemMagic(probed), let name = FileSystemKind.networkName(magic: magic) {
            throw StoreError.networkFileSystem(path: path, fileSystem: name)
        }
    }

    /// True when a regular file exists at `path` (it may still not be a valid store).
    public static func exists(at path: String) -> Bool {
        StoreFile.exists(at: path)
    }

    /// The page size of a new store, in bytes: 16 KiB instead of SQLite's 4 KiB.
    ///
    /// A big import writes its pages through the WAL and, before it commits, reads them back
    /// from there to build the deferred indexes: each page is a WAL look-up and a `pread`, so a
    /// quarter as many pages is a quarter as many calls. Importing 1,000,000 items took 17 %
    /// less writer CPU (28.0 -> 23.3 s, `earshot-bench import`, same load); the page cache keeps
    /// its size in bytes.
    static let pageSize = 16_384

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
            // Takes effect only on a new, empty file (before WAL mode is set); an existing
            // store keeps the page size it was made with.
            if !readonly { try db.execute(sql: "PRAGMA page_size = \(pageSize)") }
            // Keep -wal and -shm when the last connection closes, so that a user who may only
            // read a team store can still open it (WAL needs them), and so they keep the
            // store's mode instead of being re-created by whoever opens next. The WAL is
            // truncated to 64 MB after checkpoints so it does not stay large.
            StorePersistence.keepWALFiles(db)
            if !readonly { try db.execute(sql: "PRAGMA journal_size_limit = 67108864") }
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
        let state = try pool.read { db in try StoreSchema.state(db) }
        if state.newer { throw StoreError.newerSchema(path: path) }
        guard !state.complete else { return }
        if isReadOnly {
            throw StoreError.cannotOpen(path: path, detail: "it needs an upgrade and you may only read it; "
                + "someone who may write it must open it once with this earshot")
        }
        let known = try pool.writeWithoutTransaction { db in try StoreSchema.migrate(db) }
        if !known { throw StoreError.newerSchema(path: path) }
    }
}
