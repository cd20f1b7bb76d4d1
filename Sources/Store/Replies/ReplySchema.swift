import GRDB

/// The reply drafts table (migration `v10-replies`): one reply per item, the answer the
/// business posts under a review, drafted here and marked sent once it is posted on the site.
///
/// The reply is part of its item: every change to it is an event in the item's history (fields
/// `reply` and `reply status`) in the same change group as the rest of a command, so undo and
/// conflicts work as for the item's own fields. `version` counts the reply's own changes.
enum ReplySchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE reply (
                id INTEGER PRIMARY KEY,
                item_id INTEGER NOT NULL UNIQUE REFERENCES item(id) ON DELETE CASCADE,
                author TEXT NOT NULL,
                text TEXT NOT NULL,
                template TEXT,
                status TEXT NOT NULL CHECK (status IN ('draft', 'sent')),
                created REAL NOT NULL,
                updated REAL NOT NULL,
                sent_at REAL,
                sent_by TEXT,
                version INTEGER NOT NULL DEFAULT 1
            );
            """)
    }
}
