import GRDB

/// Items per brand and status, kept exact by triggers (migration `v11-list-counts`), so the
/// Reviews list's length and the header's "new" count are a sum over a few rows instead of a
/// pass over a million items on every window the dashboard loads.
///
/// The same migration indexes `is_complaint`: counting `is:complaint` then reads that small
/// index instead of every item's row (1.3 GB at a million items).
///
/// An import's own items (while `search_deferral` holds a row) are counted in one statement per
/// brand and status at its end instead (`ItemCountUpkeep`).
enum ItemCountSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE item_count (
                brand_id INTEGER NOT NULL,
                status TEXT NOT NULL,
                items INTEGER NOT NULL,
                PRIMARY KEY (brand_id, status)
            ) WITHOUT ROWID;
            INSERT INTO item_count (brand_id, status, items)
                SELECT brand_id, status, COUNT(*) FROM item GROUP BY brand_id, status;
            CREATE INDEX item_complaint ON item(is_complaint);
            CREATE TRIGGER item_count_insert AFTER INSERT ON item WHEN NOT EXISTS (SELECT 1 FROM search_deferral) BEGIN
                \(add("new", 1))
            END;
            CREATE TRIGGER item_count_delete AFTER DELETE ON item BEGIN
                \(add("old", -1))
            END;
            CREATE TRIGGER item_count_update AFTER UPDATE OF brand_id, status ON item
            WHEN old.brand_id IS NOT new.brand_id OR old.status IS NOT new.status BEGIN
                \(add("old", -1))
                \(add("new", 1))
            END;
            """)
    }

    /// Adds `delta` to the count of `row`'s brand and status.
    private static func add(_ row: String, _ delta: Int) -> String {
        """
        INSERT INTO item_count (brand_id, status, items) VALUES (\(row).brand_id, \(row).status, \(delta))
                ON CONFLICT (brand_id, status) DO UPDATE SET items = items + excluded.items;
        """
    }

    /// The number of items under `filter` when its query speaks only of brands and statuses
    /// (`status:new -brand:beanline`): every item is in exactly one (brand, status) row, so any
    /// such condition holds for whole rows. Nil for any other query.
    static func count(_ filter: ListFilter, db: Database) throws -> Int? {
        var sql = QuerySQL()
        for term in filter.query.terms {
            guard case .filter(let key, .equal, let value) = term.match else { return nil }
            let condition: QueryCondition
            switch key {
            case .brand: condition = QueryCompiler.brand("brand_id", value)
            case .status: condition = QueryCondition("status = ?", [value.lowercased()])
            default: return nil
            }
            let final = term.negated ? condition.negated : condition
            sql.add(final.sql, final.arguments)
        }
        if let brand = filter.brandRowID { sql.add("brand_id = ?", [brand]) }
        return try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(items), 0) FROM item_count" + sql.whereSQL,
                                arguments: sql.statementArguments) ?? 0
    }

    /// The number of items, of one brand (a row id) and one status when given.
    static func count(_ db: Database, brand: Int64?, status: String?) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COALESCE(SUM(items), 0) FROM item_count
            WHERE (?1 IS NULL OR brand_id = ?1) AND (?2 IS NULL OR status = ?2)
            """, arguments: [brand, status]) ?? 0
    }
}
