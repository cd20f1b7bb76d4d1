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

    private func write(from channel: BatchChannel, claims: @escaping @Sendable () -> [EntityKind: Int64],
                       options: ImportOptions, now: Double, inputBytes: Int) throws -> ImportOutcome {
        try pool.writeWithoutTransaction { db in
            var outcome = ImportOutcome()
            let settings = try ImportConnectionSettings.apply(db)
            defer { settings.restore(db) }
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
                if deferIndexes { try settings.applyIndexing(db) }
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
