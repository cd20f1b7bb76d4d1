import Foundation
import GRDB

extension EarshotStore {
    /// Imports files (JSON Lines, a JSON array, or CSV with a header row) in one transaction.
    ///
    /// Records are read, checked and tagged a window at a time on a thread of their own while
    /// one `BEGIN IMMEDIATE` transaction resolves references and adds what the store does not
    /// have. Any error rolls everything back unless `options.skipBadTo` is set (then the good
    /// records are committed and the bad ones written there).
    ///
    /// - Returns: the report, also when the input was bad (then `committed` is false).
    /// - Throws: `StoreError` when the store itself fails (busy, damaged) or is read-only.
    public func importFiles(_ inputs: [ImportInput], options: ImportOptions = ImportOptions()) throws -> ImportReport {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        let started = Date()
        return try importSources(inputs.map { .memory($0) }, options: options, started: started)
    }

    /// Reads and imports the files at `paths` ("-" is standard input). An unreadable file is an
    /// error in the report (counted as one rejected record) and nothing is imported.
    ///
    /// Files are mapped rather than copied into memory, and the pages already read are given
    /// back as reading goes on, so a big file is never held whole.
    public func importFiles(_ paths: [String], options: ImportOptions = ImportOptions()) throws -> ImportReport {
        let started = Date()
        var unreadable: [ImportError] = []
        var sources: [ImportSource] = []
        for path in paths {
            do throws(ImportError) {
                sources.append(try ImportSource.open(path: path))
            } catch {
                unreadable.append(error)
            }
        }
        guard unreadable.isEmpty else {
            return ImportReport(rejected: unreadable.count, errors: unreadable)
        }
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        return try importSources(sources, options: options, started: started)
    }

    /// Reads `sources` on a thread of their own and writes what passes its checks, in one
    /// transaction, and reports it.
    private func importSources(_ sources: [ImportSource], options: ImportOptions,
                               started: Date) throws -> ImportReport {
        let channel = BatchChannel()
        ImportReading.start(sources, options: options, into: channel)
        defer {
            channel.cancel()
            _ = channel.waitForReading()
        }
        let now = started.timeIntervalSince1970
        let claims: @Sendable () -> [EntityKind: Int64] = { ImportClaims.maxima(sources, options: options) }
        var outcome = ImportOutcome()
        var failure: ImportError?
        do {
            let inputBytes = sources.reduce(0) { $0 + $1.byteCount }
            outcome = try write(from: channel, claims: claims, options: options, now: now, inputBytes: inputBytes)
        } catch let error as ImportError {
            failure = error
        } catch {
            throw StoreError.from(error, path: path)
        }
        channel.cancel()
        var reading = channel.waitForReading()
        if let failure {
            reading.rejections.append(Rejection(file: failure.file, line: failure.line, raw: nil, errors: [failure]))
        }
        return Self.report(reading, outcome: outcome, started: started, dryRun: options.dryRun)
    }

    /// The writer's page cache during an import, in SQLite's units (negative: KiB): 24 MiB,
    /// within the import's memory budget (150 MB at a million items; 64 MiB went over it, for
    /// ~15% less CPU). The indexes that stay hot during an import are the item table's end and
    /// the dedupe keys.
    static let importCacheSize = -24_576

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

    private func write(from channel: BatchChannel, claims: @escaping @Sendable () -> [EntityKind: Int64],
                       options: ImportOptions, now: Double, inputBytes: Int) throws -> ImportOutcome {
        try pool.writeWithoutTransaction { db in
            var outcome = ImportOutcome()
            // A big import touches every index page; a larger page cache while it runs keeps
            // them in memory instead of re-reading them from the WAL.
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = \(Self.importCacheSize)")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            // Every insert into a table with several indexes keeps a statement journal of the
            // pages it changes; on disk that was ~28 small writes per item (a quarter of an
            // import's time). In memory it is a few pages, dropped at each statement's end.
            let tempStore = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            defer { try? db.execute(sql: "PRAGMA temp_store = \(tempStore)") }
            let sortThreads = try Int.fetchOne(db, sql: "PRAGMA threads") ?? 0
            defer { try? db.execute(sql: "PRAGMA threads = \(sortThreads)") }
            // The writer resolves every reference itself (brand, customer, duplicate, the item
            // of an aspect, tag or note), from the store or this import, and rejects a record
            // whose reference it cannot resolve; SQLite's check of each row's parents repeated
            // that for ~7% of the writer's work. The pragma cannot change inside a transaction.
            let foreignKeys = try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? true
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = \(foreignKeys ? "ON" : "OFF")") }
            try db.inTransaction(.immediate) {
                let storeItems = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM item") ?? 0
                let deferIndexes = IndexDeferral.pays(inputBytes: inputBytes, storeItems: storeItems,
                                                      minimumRecords: options.indexDeferralMinimum)
                let indexCreations = deferIndexes ? try IndexDeferral.begin(db) : IndexDeferral.Creations()
                let triggerCreations = try SearchDeferral.begin(db)
                let knownKeys = deferIndexes
                    ? try KeyHashTable.ofStore(db, newItems: inputBytes / IndexDeferral.bytesPerRecord) : nil
                let searchBuild = deferIndexes
                    ? try ItemSearchBuild.startIfEmpty(db, folder: options.temporaryFolder) : nil
                defer { searchBuild?.discard() }
                var writer = try ImportWriter(db: db, user: user, now: now, defaultBrand: options.defaultBrand,
                                              knownKeys: knownKeys, searchBuild: searchBuild, claims: claims)
                writer.keyHashIndexCreation = indexCreations.keyHash
                try writer.write(from: channel, progress: options.progress)
                // The search thread indexes its last windows while the deferred indexes are built.
                searchBuild?.finishSending()
                let prepared = channel.waitForReading()
                if deferIndexes {
                    // CREATE INDEX sorts in memory up to the page cache's size, then through
                    // temporary files: on disk, with a smaller cache, rather than in memory
                    // (at a million items ~140 MB more, and slower).
                    try db.execute(sql: "PRAGMA temp_store = \(tempStore)")
                    try db.execute(sql: "PRAGMA cache_size = \(Self.indexingCacheSize)")
                    try db.execute(sql: "PRAGMA threads = \(Self.indexingSortThreads)")
                }
                let pending = indexCreations.others + [writer.keyHashIndexCreation].compactMap { $0 }
                try IndexDeferral.finish(db, creations: pending)
                try searchBuild?.finish(into: db)
                try ItemCountUpkeep.addImported(db, tally: writer.itemTally)
                try SearchDeferral.finish(db, triggers: triggerCreations)
                let rejections = prepared.rejections + writer.rejections
                let commit = !options.dryRun && (rejections.isEmpty || options.skipBadTo != nil)
                if commit, let rejectsPath = options.skipBadTo {
                    try RejectsFile.write(rejections, to: rejectsPath)
                }
                outcome = ImportOutcome(counts: writer.counts, duplicates: writer.duplicates,
                                       rejections: writer.rejections, warnings: writer.warnings, committed: commit)
                return commit ? .commit : .rollback
            }
            return outcome
        }
    }

    /// The report; notices about what the transaction added only when it was kept (or a dry run).
    private static func report(_ prepared: ImportPreparation, outcome: ImportOutcome, started: Date,
                               dryRun: Bool) -> ImportReport {
        let order = prepared.fileOrder
        let rejections = (prepared.rejections + outcome.rejections).sorted {
            (order[$0.file] ?? Int.max, $0.line) < (order[$1.file] ?? Int.max, $1.line)
        }
        let errors = rejections.flatMap(\.errors)
        return ImportReport(
            imported: outcome.counts,
            duplicates: outcome.duplicates,
            rejected: rejections.count,
            errors: Array(errors.prefix(ImportReport.errorLimit)),
            warnings: prepared.warnings + (outcome.committed || dryRun ? outcome.warnings : []),
            seconds: Date().timeIntervalSince(started),
            committed: outcome.committed)
    }
}
