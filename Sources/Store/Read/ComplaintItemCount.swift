import GRDB

/// Counts the items `is:complaint` finds from the `is_complaint` index and the few linked items.
///
/// An item is a complaint when it is flagged or linked to a complaint. Counting that condition
/// item by item tested the link for every one of a million rows (122 ms CPU at a million
/// items). The flagged items are one range of the `item(is_complaint)` index (8 ms); the linked
/// ones that are not flagged are among a few thousand rows of `complaint_item`: a sum of the two.
enum ComplaintItemCount {
    /// The count, or nil when the query is anything other than `is:complaint` over every brand.
    static func count(_ filter: ListFilter, db: Database) throws -> Int? {
        guard filter.brandRowID == nil, filter.query.terms.count == 1, let term = filter.query.terms.first,
              !term.negated, case .filter(.is, .equal, let value) = term.match,
              value.lowercased() == "complaint" else { return nil }
        // The unary + keeps SQLite from reading the linked items through `item(is_complaint)`
        // (every unflagged item, 82 ms) instead of looking up each linked item (14 ms in all).
        return try Int.fetchOne(db, sql: """
            SELECT (SELECT COUNT(*) FROM item WHERE is_complaint = 1)
                + (SELECT COUNT(DISTINCT ci.item_id) FROM complaint_item ci JOIN item i ON i.id = ci.item_id
                   WHERE +i.is_complaint = 0)
            """) ?? 0
    }
}
