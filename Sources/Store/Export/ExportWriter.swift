import GRDB

/// Writes one export from one read transaction, so the file is a consistent snapshot even
/// while others write. JSON Lines come in the order import needs: brands, customers, items
/// (an item marked duplicate after the item it repeats), complaints, follow-ups.
struct ExportWriter {
    let db: Database
    let selection: ExportSelection
    let sink: (String) throws -> Void
    let progress: (@Sendable (Int, Int) -> Void)?
    var counts = ExportCounts()

    /// Rows read per batch: their tags and notes come in one query per batch.
    static let batchSize = 500

    mutating func writeJSONLines() throws {
        let db = self.db
        try writeRows(RecordJSON.brandSQL + " ORDER BY b.id", kind: .brand) { db, rows in
            let aliases = try RelatedRows.aliases(db, brands: rows.map { $0["id"] })
            return rows.map { RecordJSON.brand($0, aliases: aliases[$0["id"]] ?? []) }
        }
        try writeRows(RecordJSON.customerSQL + " ORDER BY p.id", kind: .customer) { db, rows in
            let handles = try RelatedRows.handles(db, customers: rows.map { $0["id"] })
            return rows.map { RecordJSON.customer($0, handles: handles[$0["id"]] ?? []) }
        }
        try writeItems { rows in
            let ids: [Int64] = rows.map { $0["id"] }
            let tags = try RelatedRows.tags(db, items: ids)
            let notes = try RelatedRows.notes(db, column: "item_id", ids: ids)
            var text = ""
            for row in rows {
                RecordJSON.item(row, tags: tags[row["id"]] ?? [], notes: notes[row["id"]] ?? []).write(into: &text)
                text += "\n"
            }
            return text
        }
        let complaintItems = selection.items
        try writeRows(RecordJSON.complaintSQL + " ORDER BY c.id", kind: .complaint) { db, rows in
            let ids: [Int64] = rows.map { $0["id"] }
            let items = try RelatedRows.complaintItems(db, complaints: ids)
            let notes = try RelatedRows.notes(db, column: "complaint_id", ids: ids)
            return rows.map { row in
                let linked = (items[row["id"]] ?? []).filter { complaintItems?.contains($0) ?? true }
                return RecordJSON.complaint(row, items: linked, notes: notes[row["id"]] ?? [])
            }
        }
        try writeRows(RecordJSON.followUpSQL + " ORDER BY f.id", kind: .followUp) { db, rows in
            let notes = try RelatedRows.notes(db, column: "followup_id", ids: rows.map { $0["id"] })
            return rows.map { row in
                let item: Int64? = row["item_id"]
                return RecordJSON.followUp(row, notes: notes[row["id"]] ?? [],
                                           showItem: item.map { complaintItems?.contains($0) ?? true } ?? true)
            }
        }
    }

    /// Items as CSV rows under a header; cells a spreadsheet would run as formulas are neutralised.
    mutating func writeCSV() throws {
        let db = self.db
        let brands = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM brand").map {
            ($0["id"] as Int64, $0["name"] as String)
        })
        try sink(CSVExport.header)
        try writeItems { rows in
            let ids: [Int64] = rows.map { $0["id"] }
            let tags = try RelatedRows.tags(db, items: ids)
            let customers = try RelatedRows.load(db, """
                SELECT i.id, c.name FROM item i JOIN customer c ON c.id = i.customer_id WHERE i.id IN (IDS)
                """, ids: ids)
            var text = ""
            for row in rows {
                let id: Int64 = row["id"]
                CSVExport.writeRow(row, brand: brands[row["brand_id"]] ?? "", customer: customers[id]?.first?[1],
                                   tags: tags[id] ?? [], into: &text)
            }
            return text
        }
    }

    /// Items that repeat no other first, then duplicates in the order of their chains; each
    /// batch becomes text through `lines`.
    private mutating func writeItems(_ lines: (([Row]) throws -> String)) throws {
        var sql = selection.itemSQL
        sql.add("i.duplicate_of IS NULL")
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item i" + selection.itemSQL.whereSQL,
                                     arguments: selection.itemSQL.statementArguments) ?? 0
        let cursor = try Row.fetchCursor(db, sql: RecordJSON.itemSQL + sql.whereSQL + " ORDER BY i.id",
                                         arguments: sql.statementArguments)
        var batch: [Row] = []
        while let row = try cursor.next() {
            batch.append(row.copy())
            if batch.count == Self.batchSize {
                try writeItemBatch(batch, total: total, lines)
                batch.removeAll(keepingCapacity: true)
            }
        }
        try writeItemBatch(batch, total: total, lines)
        var duplicates = selection.itemSQL
        duplicates.add("i.duplicate_of IS NOT NULL")
        let rows = try Row.fetchAll(db, sql: RecordJSON.itemSQL + duplicates.whereSQL + " ORDER BY i.id",
                                    arguments: duplicates.statementArguments)
        try writeItemBatch(DuplicateOrder.sorted(rows), total: total, lines)
    }

    private mutating func writeItemBatch(_ rows: [Row], total: Int, _ lines: ([Row]) throws -> String) throws {
        guard !rows.isEmpty else { return }
        try sink(try lines(rows))
        counts.items += rows.count
        progress?(counts.items, total)
    }

    /// Writes the selected rows of one table in batches, each turned into records by `records`.
    private mutating func writeRows(_ sql: String, kind: EntityKind,
                                    records: (Database, [Row]) throws -> [StoreJSON]) throws {
        let cursor = try Row.fetchCursor(db, sql: sql)
        var batch: [Row] = []
        func flush(_ writer: inout ExportWriter) throws {
            guard !batch.isEmpty else { return }
            var text = ""
            for record in try records(writer.db, batch) {
                record.write(into: &text)
                text += "\n"
            }
            try writer.sink(text)
            writer.count(kind, batch.count)
            batch.removeAll(keepingCapacity: true)
        }
        while let row = try cursor.next() {
            guard selection.includes(kind, row["id"]) else { continue }
            batch.append(row.copy())
            if batch.count == Self.batchSize { try flush(&self) }
        }
        try flush(&self)
    }

    private mutating func count(_ kind: EntityKind, _ number: Int) {
        switch kind {
        case .brand: counts.brands += number
        case .customer: counts.customers += number
        case .item: counts.items += number
        case .complaint: counts.complaints += number
        case .followUp: counts.followUps += number
        }
    }
}
