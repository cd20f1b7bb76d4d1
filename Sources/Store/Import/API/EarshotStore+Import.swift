import Foundation
import GRDB

extension EarshotStore {
    /// Imports files (JSON Lines, a JSON array, or CSV with a header row) in one transaction.
    ///
    /// Everything is read and checked first; then one `BEGIN IMMEDIATE` transaction resolves
    /// references and adds what the store does not have. Any error rolls everything back unless
    /// `options.skipBadTo` is set (then the good records are committed and the bad ones written
    /// there). Items are tagged with sentiment inside the transaction, a window at a time.
    ///
    /// - Returns: the report, also when the input was bad (then `committed` is false).
    /// - Throws: `StoreError` when the store itself fails (busy, damaged) or is read-only.
    public func importFiles(_ inputs: [ImportInput], options: ImportOptions = ImportOptions()) throws -> ImportReport {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        let started = Date()
        let prepared = Self.prepare(inputs.count, options: options) { inputs[$0] }
        return try importPrepared(prepared, options: options, started: started)
    }

    /// Reads and imports the files at `paths` ("-" is standard input). An unreadable file is an
    /// error in the report (counted as one rejected record) and nothing is imported.
    ///
    /// Each file's bytes are let go once its records are read, so a big file is not held
    /// through the write.
    public func importFiles(_ paths: [String], options: ImportOptions = ImportOptions()) throws -> ImportReport {
        let started = Date()
        var unreadable: [ImportError] = []
        let prepared = Self.prepare(paths.count, options: options) { index in
            do throws(ImportError) {
                return try ImportInput.read(path: paths[index])
            } catch {
                unreadable.append(error)
                return nil
            }
        }
        guard unreadable.isEmpty else {
            return ImportReport(rejected: unreadable.count, errors: unreadable)
        }
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        return try importPrepared(prepared, options: options, started: started)
    }

    /// Writes what was read and checked, in one transaction, and reports it.
    private func importPrepared(_ prepared: ImportPreparation, options: ImportOptions,
                                started: Date) throws -> ImportReport {
        var prepared = prepared
        let now = started.timeIntervalSince1970
        let outcome: ImportOutcome
        do {
            outcome = try write(prepared, options: options, now: now)
        } catch let error as ImportError {
            prepared.rejections.append(Rejection(file: error.file, line: error.line, raw: nil, errors: [error]))
            return Self.report(prepared, outcome: ImportOutcome(), started: started, dryRun: options.dryRun)
        } catch {
            throw StoreError.from(error, path: path)
        }
        return Self.report(prepared, outcome: outcome, started: started, dryRun: options.dryRun)
    }

    /// The writer's page cache during an import, in SQLite's units (negative: KiB): 64 MiB.
    static let importCacheSize = -65_536

    /// Reads and checks `count` inputs in order; `input` gives each (nil: left out, unreadable).
    private static func prepare(_ count: Int, options: ImportOptions,
                                input: (Int) -> ImportInput?) -> ImportPreparation {
        var prepared = ImportPreparation()
        for index in 0..<count {
            options.progress?(ImportProgress(phase: .reading, done: index, total: count))
            guard let input = input(index) else { continue }
            prepared.fileOrder[input.name] = prepared.fileOrder[input.name] ?? index
            var decoded = ImportPreparation()
            let reading = SourceReader.read(input, keepRawText: options.skipBadTo != nil,
                                            columnMap: options.columnMap) { source in
                switch RecordDecoder.decode(source, dateShift: options.dateShift) {
                case .success(let record): decoded.records.append(record)
                case .failure(let rejection):
                    decoded.rejections.append(rejection)
                    if let (kind, fileID) = RecordDecoder.declaredID(of: source) {
                        decoded.rejectedIDs.append((kind, fileID, source.line))
                    }
                }
            }
            prepared.records += decoded.records
            prepared.rejections += reading.rejections + decoded.rejections
            prepared.rejectedIDs += decoded.rejectedIDs
            prepared.warnings += reading.warnings
        }
        options.progress?(ImportProgress(phase: .reading, done: count, total: count))
        return prepared
    }

    private func write(_ prepared: ImportPreparation, options: ImportOptions, now: Double) throws -> ImportOutcome {
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
            try db.inTransaction(.immediate) {
                var writer = try ImportWriter(db: db, user: user, now: now, defaultBrand: options.defaultBrand,
                                              records: prepared.records)
                for rejected in prepared.rejectedIDs {
                    writer.ids.markRejected(rejected.kind, fileID: rejected.fileID, line: rejected.line)
                }
                try SearchDeferral.begin(db)
                try writer.write(prepared.records, tagger: options.tagger, progress: options.progress)
                try BrandStatsUpkeep.addImported(db, items: writer.newItems)
                try ItemCountUpkeep.addImported(db, tally: writer.itemTally)
                try SearchDeferral.finish(db, items: writer.newItems, notes: writer.newNotes)
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
