import Foundation
import GRDB

extension EarshotStore {
    /// Writes the store, or the items `query` matches (with the brands, customers, complaints
    /// and follow-ups they need), to `sink` in pieces of whole lines.
    ///
    /// JSON Lines is lossless: importing it into an empty store gives the same content (ids,
    /// statuses, tags, notes…; not the history, which starts again with "created"). CSV holds
    /// the items only. The export reads one snapshot, so it is consistent while others write.
    ///
    /// - Throws: `QueryError` for a query that does not apply to items; what `sink` throws;
    ///   `StoreError` when the store fails.
    @discardableResult
    public func export(_ format: ExportFormat, query: Query = .everything,
                       progress: (@Sendable (Int, Int) -> Void)? = nil,
                       to sink: (String) throws -> Void) throws -> ExportCounts {
        let now = Date().timeIntervalSince1970
        do {
            return try withoutActuallyEscaping(sink) { sink in
                try pool.read { db in
                    let selection = try ExportSelection.make(db, query: query, user: user, now: now)
                    var writer = ExportWriter(db: db, selection: selection, sink: sink, progress: progress)
                    switch format {
                    case .jsonl: try writer.writeJSONLines()
                    case .csv: try writer.writeCSV()
                    }
                    return writer.counts
                }
            }
        } catch let error as DatabaseError {
            throw StoreError.from(error, path: path)
        }
    }
}
