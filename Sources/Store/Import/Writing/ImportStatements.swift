import GRDB

/// The statements an import runs for nearly every record, each prepared once per import.
final class ImportStatements {
    enum Kind: Int, CaseIterable {
        case insertItem, insertAspect, insertTag, insertEvent, itemByKey
        case insertItemNote, insertComplaintNote, insertFollowUpNote
        case customerByName, customerByForgottenName, insertCustomer, insertCustomerHandle

        var sql: String {
            switch self {
            case .insertItem:
                return """
                    INSERT INTO item (id, brand_id, kind, source, external_id, url, author, customer_id, rating, title,
                        text, language, posted, imported, status, waiting_until, duplicate_of, priority, assignee,
                        score, label, is_urgent, is_complaint, is_spam, analysis, dedupe_key, key_hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            case .insertAspect: return "INSERT INTO item_aspect (item_id, aspect, score) VALUES (?, ?, ?)"
            case .insertTag: return "INSERT OR IGNORE INTO item_tag (item_id, tag) VALUES (?, ?)"
            case .insertEvent:
                return """
                    INSERT INTO event (at, user, entity_kind, entity_id, field, before, after, version)
                    VALUES (?, ?, ?, ?, 'created', NULL, ?, 1)
                    """
            case .itemByKey: return "SELECT id FROM item WHERE key_hash = ?1 AND dedupe_key = ?2"
            case .insertItemNote: return Self.insertNote("item_id")
            case .insertComplaintNote: return Self.insertNote("complaint_id")
            case .insertFollowUpNote: return Self.insertNote("followup_id")
            // Two look-ups, each one probe of `customer_name_key`, instead of one with OR, which
            // SQLite answered with both probes and a sort.
            case .customerByName:
                return """
                    SELECT id FROM customer WHERE name_key = ?1 AND (contact IS NULL OR ?2 IS NULL OR contact = ?2)
                    ORDER BY id LIMIT 1
                    """
            case .customerByForgottenName: return "SELECT id FROM customer WHERE name_key = ? ORDER BY id LIMIT 1"
            case .insertCustomer: return "INSERT INTO customer (id, name, name_key, contact, notes) VALUES (?, ?, ?, ?, ?)"
            case .insertCustomerHandle:
                return "INSERT OR IGNORE INTO customer_handle (customer_id, source, handle) VALUES (?, ?, ?)"
            }
        }

        private static func insertNote(_ column: String) -> String {
            "INSERT INTO note (\(column), author, at, text) VALUES (?, ?, ?, ?)"
        }
    }

    private let db: Database
    private var prepared: [ImportStatement?] = Array(repeating: nil, count: Kind.allCases.count)

    init(_ db: Database) {
        self.db = db
    }

    /// The statement of this kind, prepared on first use.
    func callAsFunction(_ kind: Kind) throws -> ImportStatement {
        if let statement = prepared[kind.rawValue] { return statement }
        let statement = try ImportStatement(db, sql: kind.sql)
        prepared[kind.rawValue] = statement
        return statement
    }
}
