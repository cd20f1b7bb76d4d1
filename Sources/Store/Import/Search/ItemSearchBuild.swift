import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// Builds the search index of a big import's new items on a thread of its own, in a private
/// temporary database, and puts it in the store at the end, inside the import's transaction.
///
/// Indexing was ~17% of the writer's CPU at a million items, and the writer is the import's
/// critical path while the second core has room. Only for a store whose `item_fts` is empty at
/// the start: the index built aside is then the store's whole index, and putting it in is a
/// copy of its rows (a few thousand blocks and one row per item), not a second indexing.
final class ItemSearchBuild: @unchecked Sendable {
    /// The tables FTS5 keeps `item_fts` in (external content: the text stays in `item`); a
    /// store made before `ItemSearchSchema.declaration` also keeps column sizes.
    static func shadowTables(keepingColumnSizes: Bool) -> [String] {
        ["item_fts_data", "item_fts_idx"] + (keepingColumnSizes ? ["item_fts_docsize"] : [])
    }

    private let path: String
    private let declaration: String
    private let shadowTables: [String]
    private let queue: DatabaseQueue
    private let channel = ItemSearchChannel()
    private let threadEnded = DispatchSemaphore(value: 0)
    private var isRunning = false
    /// Set by the thread before it signals `threadEnded`, read after.
    private var threadCPU = 0.0
    private var indexed = 0

    /// Starts building aside when the store's `item_fts` holds no item yet; nil otherwise (the
    /// writer indexes each window itself, `SearchDeferral`). The temporary database goes in
    /// `folder`.
    static func startIfEmpty(_ db: Database, folder: String) throws -> ItemSearchBuild? {
        guard try ItemSearchSchema.indexedRows(db, index: "item_fts") == 0,
              let declaration = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'item_fts'")
        else { return nil }
        let tables = shadowTables(keepingColumnSizes: try ItemSearchSchema.keepsColumnSizes(db, index: "item_fts"))
        let build = try ItemSearchBuild(declaration: declaration, shadowTables: tables, folder: folder)
        build.start()
        return build
    }

    private init(declaration: String, shadowTables: [String], folder: String) throws {
        self.declaration = declaration
        self.shadowTables = shadowTables
        path = (folder as NSString).appendingPathComponent("earshot-search-\(UUID().uuidString).db")
        // Made here rather than by SQLite so that only this user can ever read the items' text in it.
        let descriptor = open(path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.cannotOpen(path: path, detail: String(cString: strerror(errno)))
        }
        close(descriptor)
        do {
            queue = try DatabaseQueue(path: path)
            // Nothing in it outlives the import: no journal, no syncs.
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF")
                try db.execute(sql: "PRAGMA synchronous = OFF")
                try db.execute(sql: declaration)
            }
        } catch {
            Self.remove(path)
            throw StoreError.from(error, path: path)
        }
        // Its one connection keeps the file open; without a name, it cannot outlive the process
        // (a killed import left it behind). SQLite checks a file's name only to open a journal.
        Self.remove(path)
    }

    private func start() {
        isRunning = true
        Thread { [self] in
            do {
                try queue.writeWithoutTransaction { db in
                    let started = ThreadCPU.seconds()
                    defer { threadCPU = ThreadCPU.seconds() - started }
                    try index(db)
                }
            } catch {
                channel.fail(StoreError.from(error, path: path))
            }
            threadEnded.signal()
        }.start()
    }

    /// Inserts every window the writer sends, one row at a time in one transaction: a one-row
    /// insert into a virtual table opens no statement savepoint, so FTS5 keeps the rows in
    /// memory and writes a segment only when its buffer fills (a statement per row through the
    /// import's triggers wrote a segment per row).
    private func index(_ db: Database) throws {
        try db.inTransaction {
            let insert = try ImportStatement(db, sql: "INSERT INTO item_fts (rowid, title, text, author) VALUES (?, ?, ?, ?)")
            while let rows = channel.take() {
                for row in rows {
                    insert.bind(row.id)
                    insert.bind(row.title)
                    insert.bind(row.text)
                    insert.bind(row.author)
                    try insert.run()
                }
                indexed += rows.count
            }
            return channel.isCancelled ? .rollback : .commit
        }
    }

    /// Queues a window's new items for the thread; throws the thread's error once it failed.
    func send(_ rows: [ItemSearchRow]) throws {
        guard !rows.isEmpty else { return }
        try channel.put(rows)
    }

    /// The writer sends no more items: the thread indexes what is queued and commits, while
    /// the writer goes on (the deferred indexes).
    func finishSending() {
        channel.finish()
    }

    /// Waits for the thread, then replaces the store's `item_fts` with the index built aside;
    /// prints the thread's figures when asked (`ReadingCPU.variable`).
    func finish(into db: Database) throws {
        channel.finish()
        let waitStarted = DispatchTime.now().uptimeNanoseconds
        try waitForThread()
        let copyStarted = ThreadCPU.seconds()
        let waited = Double(DispatchTime.now().uptimeNanoseconds - waitStarted) / 1e9
        try copy(into: db)
        if ReadingCPU.isRequested {
            let figures = [("search-thread-cpu", threadCPU), ("writer-waited-wall", channel.writerWaited),
                           ("end-wait-wall", waited), ("copy-cpu", ThreadCPU.seconds() - copyStarted)]
            let line = "import search: items=\(indexed) "
                + figures.map { "\($0.0)=\(String(format: "%.3f", $0.1))" }.joined(separator: " ") + "\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// Replaces the rows of the store's `item_fts` with the temporary database's.
    ///
    /// The store's table is dropped and created again from its own declaration first: FTS5 keeps
    /// a table's segment list in memory from one statement to the next, and a connection that had
    /// read the empty index before would otherwise go on writing to it (SQLite 3.40: its next
    /// insert failed, "constraint failed"). A rolled-back import gets the old table back with the
    /// rest of the schema.
    private func copy(into db: Database) throws {
        try db.execute(sql: "DROP TABLE item_fts")
        try db.execute(sql: declaration)
        for table in shadowTables {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        try queue.inDatabase { aside in
            for table in shadowTables {
                try Self.copyRows(of: table, from: aside, to: db)
            }
        }
    }

    /// Stops the thread if it still runs, then closes the temporary database, which frees it
    /// (after a commit, a rollback or an error alike).
    func discard() {
        channel.cancel()
        try? waitForThread()
        try? queue.close()
    }

    private func waitForThread() throws {
        if isRunning {
            threadEnded.wait()
            isRunning = false
        }
        try channel.throwIfFailed()
    }

    /// Copies every row of `table` (the same table in both) with SQLite's values as they are.
    private static func copyRows(of table: String, from source: Database, to target: Database) throws {
        let select = try source.makeStatement(sql: "SELECT * FROM \(table)")
        let columns = sqlite3_column_count(select.sqliteStatement)
        let placeholders = Array(repeating: "?", count: Int(columns)).joined(separator: ", ")
        let insert = try target.makeStatement(sql: "INSERT INTO \(table) VALUES (\(placeholders))")
        let reading = select.sqliteStatement, writing = insert.sqliteStatement
        defer { sqlite3_reset(reading) }
        while true {
            let code = sqlite3_step(reading)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw ImportStatement.failure(code, source, select.sql) }
            for column in 0..<columns {
                sqlite3_bind_value(writing, column + 1, sqlite3_column_value(reading, column))
            }
            let inserted = sqlite3_step(writing)
            sqlite3_reset(writing)
            guard inserted == SQLITE_DONE else { throw ImportStatement.failure(inserted, target, insert.sql) }
        }
    }

    private static func remove(_ path: String) {
        // journal_mode is OFF once open; a journal could only be left by a failure before that.
        for file in [path, path + "-journal"] {
            unlink(file)
        }
    }
}
