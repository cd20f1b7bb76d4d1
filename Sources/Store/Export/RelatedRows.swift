import GRDB

/// Loads the rows that belong to a batch of entities (tags, notes, links, aliases, handles)
/// with one query per 500 ids, grouped by the entity's id (the first column).
enum RelatedRows {
    static let batchSize = 500

    /// `sql` holds `IDS` where the placeholders go, and selects the owning id first.
    static func load(_ db: Database, _ sql: String, ids: [Int64]) throws -> [Int64: [Row]] {
        var grouped: [Int64: [Row]] = [:]
        var start = 0
        while start < ids.count {
            let batch = Array(ids[start..<min(ids.count, start + batchSize)])
            let placeholders = Array(repeating: "?", count: batch.count).joined(separator: ",")
            let statement = sql.replacingOccurrences(of: "IDS", with: placeholders)
            for row in try Row.fetchAll(db, sql: statement, arguments: StatementArguments(batch)) {
                grouped[row[0], default: []].append(row)
            }
            start += batchSize
        }
        return grouped
    }

    static func tags(_ db: Database, items: [Int64]) throws -> [Int64: [String]] {
        try load(db, "SELECT item_id, tag FROM item_tag WHERE item_id IN (IDS) ORDER BY item_id, tag", ids: items)
            .mapValues { $0.map { $0[1] } }
    }

    /// Notes as import records `{"author", "at", "text"}`, oldest first; `column` is
    /// item_id, complaint_id or followup_id.
    static func notes(_ db: Database, column: String, ids: [Int64]) throws -> [Int64: [StoreJSON]] {
        try load(db, "SELECT \(column), author, at, text FROM note WHERE \(column) IN (IDS) ORDER BY \(column), at, id",
                 ids: ids).mapValues { rows in
            rows.map { row in
                .object(["author": .string(row["author"]), "at": .time(row["at"]), "text": .string(row["text"])])
            }
        }
    }

    static func complaintItems(_ db: Database, complaints: [Int64]) throws -> [Int64: [Int64]] {
        try load(db, "SELECT complaint_id, item_id FROM complaint_item WHERE complaint_id IN (IDS) ORDER BY complaint_id, item_id",
                 ids: complaints).mapValues { $0.map { $0[1] } }
    }

    static func aliases(_ db: Database, brands: [Int64]) throws -> [Int64: [String]] {
        try load(db, "SELECT brand_id, alias FROM brand_alias WHERE brand_id IN (IDS) ORDER BY brand_id, alias_key",
                 ids: brands).mapValues { $0.map { $0[1] } }
    }

    static func handles(_ db: Database, customers: [Int64]) throws -> [Int64: [(source: String, handle: String)]] {
        try load(db, "SELECT customer_id, source, handle FROM customer_handle WHERE customer_id IN (IDS) ORDER BY customer_id, source",
                 ids: customers).mapValues { $0.map { (source: $0[1], handle: $0[2]) } }
    }

    static func aspects(_ db: Database, items: [Int64]) throws -> [Int64: [StoreJSON]] {
        try load(db, "SELECT item_id, aspect, score FROM item_aspect WHERE item_id IN (IDS) ORDER BY item_id, aspect",
                 ids: items).mapValues { rows in
            rows.map { .object(["aspect": .string($0[1]), "score": .double($0[2])]) }
        }
    }
}
