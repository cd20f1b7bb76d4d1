import Foundation
import GRDB

/// The writer connection's settings while an import runs, and the ones it had before, which
/// `restore` puts back. They are per connection and cannot change inside a transaction, so they
/// are set around the import's one transaction (the indexing ones inside it, which SQLite allows
/// for these).
struct ImportConnectionSettings {
    /// The page cache while records are written, in SQLite's units (negative: KiB): 24 MiB,
    /// within the import's memory budget (150 MB at a million items; 64 MiB went over it, for
    /// ~15% less CPU). The indexes that stay hot during an import are the item table's end and
    /// the dedupe keys; a smaller cache re-read them from the WAL.
    static let writingCacheSize = -24_576

    /// The page cache while the deferred indexes are created (`IndexDeferral`), which also
    /// bounds the memory of each of their sorts' runs: 2 MiB. Smaller runs, sorted by the
    /// threads below while the table is read on, took less time than 8 MiB sorted by one.
    static let indexingCacheSize = -2_048

    /// The threads SQLite may add to sort the keys of the deferred indexes: the cores but the
    /// writer's, at most two (one on a 2-core machine). The end of an import is the writer
    /// alone, the reading and search threads done; at a million items on 2 cores the index
    /// builds took 4.0-4.4 s instead of 4.6-5.1 (8 MiB, no thread), and 2 MiB alone was slower.
    static var indexingSortThreads: Int {
        min(2, max(0, ProcessInfo.processInfo.activeProcessorCount - 1))
    }

    private let cacheSize: Int
    private let tempStore: Int
    private let sortThreads: Int
    private let foreignKeys: Bool

    /// Reads the connection's settings, then sets the import's:
    /// - the writing page cache;
    /// - statement journals in memory: every insert into a table with several indexes keeps one
    ///   of the pages it changes, on disk ~28 small writes per item (a quarter of an import's
    ///   time), in memory a few pages dropped at each statement's end;
    /// - no foreign-key checks: the writer resolves every reference itself (brand, customer,
    ///   duplicate, the item of an aspect, tag or note), from the store or this import, and
    ///   rejects a record whose reference it cannot resolve; SQLite's check of each row's
    ///   parents repeated that for ~7% of the writer's work.
    static func apply(_ db: Database) throws -> ImportConnectionSettings {
        let before = ImportConnectionSettings(
            cacheSize: try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000,
            tempStore: try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0,
            sortThreads: try Int.fetchOne(db, sql: "PRAGMA threads") ?? 0,
            foreignKeys: try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? true)
        try db.execute(sql: """
            PRAGMA cache_size = \(writingCacheSize);
            PRAGMA temp_store = MEMORY;
            PRAGMA foreign_keys = OFF;
            """)
        return before
    }

    /// Switches to building the deferred indexes: `CREATE INDEX` sorts in memory up to the page
    /// cache's size, then through temporary files, on disk (the connection's own temp store)
    /// rather than in memory (at a million items ~140 MB more, and slower).
    func applyIndexing(_ db: Database) throws {
        try db.execute(sql: """
            PRAGMA temp_store = \(tempStore);
            PRAGMA cache_size = \(Self.indexingCacheSize);
            PRAGMA threads = \(Self.indexingSortThreads);
            """)
    }

    /// Puts back the settings the connection had before the import, each on its own so that
    /// one that fails leaves the others restored.
    func restore(_ db: Database) {
        for setting in ["cache_size = \(cacheSize)", "temp_store = \(tempStore)", "threads = \(sortThreads)",
                        "foreign_keys = \(foreignKeys ? "ON" : "OFF")"] {
            try? db.execute(sql: "PRAGMA " + setting)
        }
    }
}
