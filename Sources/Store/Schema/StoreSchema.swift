import GRDB

/// The store's tables, as versioned migrations. A migration, once shipped, is never edited:
/// later changes are new migrations appended to `migrations`.
enum StoreSchema {
    /// `PRAGMA application_id` of an earshot store ("ears"), so a foreign SQLite file is never migrated.
    static let applicationID: Int32 = 0x6561_7273

    /// Each migration's name (recorded in `grdb_migrations` once applied) and what it does.
    static let migrations: [(name: String, apply: @Sendable (Database) throws -> Void)] = [
        ("v1-core", { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: coreTables)
            try db.execute(sql: coreIndexes)
            try db.execute(sql: appendOnlyHistory)
        }),
        ("v2-search", { db in
            try db.execute(sql: searchTables)
            try db.execute(sql: "INSERT INTO item_fts(item_fts) VALUES ('rebuild')")
            try db.execute(sql: "INSERT INTO note_fts(note_fts) VALUES ('rebuild')")
        }),
        ("v3-change-versions", { db in
            try db.execute(sql: "ALTER TABLE event ADD COLUMN version INTEGER")
        }),
        ("v4-deferred-search", { db in
            try db.execute(sql: deferredSearch)
        }),
        ("v6-brand-stats", { db in
            try BrandStatsSchema.create(db)
        }),
        ("v8-change-groups", { db in
            try db.execute(sql: changeGroups)
        }),
        ("v10-replies", { db in
            try ReplySchema.create(db)
        }),
        ("v11-list-counts", { db in
            try ItemCountSchema.create(db)
        }),
        ("v12-item-key-hash", { db in
            try ItemKeyHashSchema.create(db)
        }),
        ("v13-item-search-without-column-sizes", { db in
            try ItemSearchSchema.dropColumnSizes(db)
        }),
        ("v14-no-tag-and-aspect-name-indexes", { db in
            try db.execute(sql: unusedIndexes)
        }),
    ]

    /// The migrations this build knows, oldest first; the schema version is their count.
    static let migrationNames = migrations.map(\.name)

    /// Lets an import index its new items and notes in a few large statements at its end
    /// instead of one by one: FTS5 writes a new index segment for every statement that inserts
    /// through a trigger (a statement savepoint flushes it), which made indexing cost as much
    /// as the rest of the import. While `search_deferral` holds a row, which only an import's
    /// own transaction ever sees, the insert triggers stand aside.
    private static let deferredSearch = """
        CREATE TABLE search_deferral (deferred INTEGER NOT NULL);
        DROP TRIGGER item_fts_insert;
        CREATE TRIGGER item_fts_insert AFTER INSERT ON item WHEN NOT EXISTS (SELECT 1 FROM search_deferral) BEGIN
            INSERT INTO item_fts(rowid, title, text, author) VALUES (new.id, new.title, new.text, new.author);
        END;
        DROP TRIGGER note_fts_insert;
        CREATE TRIGGER note_fts_insert AFTER INSERT ON note WHEN NOT EXISTS (SELECT 1 FROM search_deferral) BEGIN
            INSERT INTO note_fts(rowid, text) VALUES (new.id, new.text);
        END;
        """

    /// Indexes of tags and aspects by name, which no query reads: a tag or aspect filter asks
    /// for one item's rows (`EXISTS ... WHERE item_id = i.id AND tag = ?`, the primary key), and
    /// the Brands pane reads its per-day summaries. `item_aspect_aspect` held a row per aspect
    /// mention (26 MB at a million items) and was the slowest index a big import builds (~0.7 s).
    private static let unusedIndexes = """
        DROP INDEX IF EXISTS item_aspect_aspect;
        DROP INDEX IF EXISTS item_tag_tag;
        """

    /// Full-text search: FTS5 indexes over the item and note tables themselves (external
    /// content, so the text is stored once), kept in step by triggers on every insert, update
    /// and delete, whichever code path makes it. Free words in a query match an item when its
    /// title, text or author, or one of its notes, has them.
    private static let searchTables = """
        CREATE VIRTUAL TABLE item_fts USING fts5(
            title, text, author, content='item', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER item_fts_insert AFTER INSERT ON item BEGIN
            INSERT INTO item_fts(rowid, title, text, author) VALUES (new.id, new.title, new.text, new.author);
        END;
        CREATE TRIGGER item_fts_delete AFTER DELETE ON item BEGIN
            INSERT INTO item_fts(item_fts, rowid, title, text, author)
            VALUES ('delete', old.id, old.title, old.text, old.author);
        END;
        CREATE TRIGGER item_fts_update AFTER UPDATE OF title, text, author ON item BEGIN
            INSERT INTO item_fts(item_fts, rowid, title, text, author)
            VALUES ('delete', old.id, old.title, old.text, old.author);
            INSERT INTO item_fts(rowid, title, text, author) VALUES (new.id, new.title, new.text, new.author);
        END;
        CREATE VIRTUAL TABLE note_fts USING fts5(
            text, content='note', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
            INSERT INTO note_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
            INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER note_fts_update AFTER UPDATE OF text ON note BEGIN
            INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO note_fts(rowid, text) VALUES (new.id, new.text);
        END;
        """

    /// Every mutable row has `version`; updates compare-and-swap on it. Notes, tags, aspects and
    /// events are append-only rows and carry none. Times are REAL seconds since 1970 (UTC) so
    /// ranges and sorting use plain numeric indexes.
    private static let coreTables = """
        CREATE TABLE brand (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            own INTEGER NOT NULL DEFAULT 0 CHECK (own IN (0, 1)),
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE brand_alias (
            alias_key TEXT NOT NULL PRIMARY KEY,
            alias TEXT NOT NULL,
            brand_id INTEGER NOT NULL REFERENCES brand(id) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE TABLE customer (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            contact TEXT,
            notes TEXT,
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE customer_handle (
            customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            handle TEXT NOT NULL,
            PRIMARY KEY (customer_id, source)
        ) WITHOUT ROWID;
        CREATE TABLE item (
            id INTEGER PRIMARY KEY,
            brand_id INTEGER NOT NULL REFERENCES brand(id),
            kind TEXT NOT NULL,
            source TEXT NOT NULL,
            external_id TEXT,
            url TEXT,
            author TEXT NOT NULL,
            customer_id INTEGER REFERENCES customer(id) ON DELETE SET NULL,
            rating INTEGER CHECK (rating BETWEEN 1 AND 5),
            title TEXT,
            text TEXT NOT NULL,
            language TEXT,
            posted REAL NOT NULL,
            imported REAL NOT NULL,
            status TEXT NOT NULL,
            waiting_until REAL,
            duplicate_of INTEGER REFERENCES item(id) ON DELETE SET NULL,
            priority TEXT NOT NULL,
            assignee TEXT,
            score REAL NOT NULL,
            label TEXT NOT NULL,
            is_urgent INTEGER NOT NULL,
            is_complaint INTEGER NOT NULL,
            is_spam INTEGER NOT NULL,
            analysis TEXT,
            dedupe_key TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE item_tag (
            item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (item_id, tag)
        ) WITHOUT ROWID;
        CREATE TABLE item_aspect (
            item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
            aspect TEXT NOT NULL,
            score REAL NOT NULL,
            PRIMARY KEY (item_id, aspect)
        ) WITHOUT ROWID;
        CREATE TABLE complaint (
            id INTEGER PRIMARY KEY,
            brand_id INTEGER NOT NULL REFERENCES brand(id),
            customer_id INTEGER REFERENCES customer(id) ON DELETE SET NULL,
            category TEXT NOT NULL,
            summary TEXT NOT NULL,
            severity TEXT NOT NULL,
            status TEXT NOT NULL,
            opened REAL NOT NULL,
            first_response_due REAL,
            resolution_due REAL,
            first_response_at REAL,
            resolved_at REAL,
            resolution TEXT,
            owner TEXT,
            dedupe_key TEXT UNIQUE,
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE complaint_item (
            complaint_id INTEGER NOT NULL REFERENCES complaint(id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
            PRIMARY KEY (complaint_id, item_id)
        ) WITHOUT ROWID;
        CREATE TABLE followup (
            id INTEGER PRIMARY KEY,
            brand_id INTEGER REFERENCES brand(id),
            customer_id INTEGER REFERENCES customer(id) ON DELETE SET NULL,
            item_id INTEGER REFERENCES item(id) ON DELETE SET NULL,
            complaint_id INTEGER REFERENCES complaint(id) ON DELETE SET NULL,
            owner TEXT,
            channel TEXT NOT NULL,
            due REAL NOT NULL,
            status TEXT NOT NULL,
            reason TEXT NOT NULL,
            outcome TEXT,
            done_at REAL,
            dedupe_key TEXT UNIQUE,
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE note (
            id INTEGER PRIMARY KEY,
            item_id INTEGER REFERENCES item(id) ON DELETE CASCADE,
            complaint_id INTEGER REFERENCES complaint(id) ON DELETE CASCADE,
            followup_id INTEGER REFERENCES followup(id) ON DELETE CASCADE,
            author TEXT NOT NULL,
            at REAL NOT NULL,
            text TEXT NOT NULL,
            CHECK ((item_id IS NOT NULL) + (complaint_id IS NOT NULL) + (followup_id IS NOT NULL) = 1)
        );
        CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            user TEXT NOT NULL,
            entity_kind TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            field TEXT NOT NULL,
            before TEXT,
            after TEXT
        );
        """

    /// The indexes the dashboard's lists filter and sort on, and those foreign keys need.
    /// `item(posted)` carries the rowid, so "newest first" reads the index backwards and stops
    /// at LIMIT; the brand filter does the same on `item(brand_id, posted)`.
    private static let coreIndexes = """
        CREATE INDEX brand_alias_brand ON brand_alias(brand_id);
        CREATE INDEX customer_name_key ON customer(name_key);
        CREATE INDEX customer_handle_lookup ON customer_handle(source, handle);
        CREATE UNIQUE INDEX item_dedupe ON item(dedupe_key);
        CREATE INDEX item_posted ON item(posted);
        CREATE INDEX item_brand_posted ON item(brand_id, posted);
        CREATE INDEX item_status_posted ON item(status, posted);
        CREATE INDEX item_label_posted ON item(label, posted);
        CREATE INDEX item_source_posted ON item(source, posted);
        CREATE INDEX item_customer ON item(customer_id) WHERE customer_id IS NOT NULL;
        CREATE INDEX item_duplicate_of ON item(duplicate_of) WHERE duplicate_of IS NOT NULL;
        CREATE INDEX item_tag_tag ON item_tag(tag, item_id);
        CREATE INDEX item_aspect_aspect ON item_aspect(aspect, item_id);
        CREATE INDEX complaint_status_due ON complaint(status, resolution_due);
        CREATE INDEX complaint_brand_status_due ON complaint(brand_id, status, resolution_due);
        CREATE INDEX complaint_customer ON complaint(customer_id) WHERE customer_id IS NOT NULL;
        CREATE INDEX complaint_item_item ON complaint_item(item_id, complaint_id);
        CREATE INDEX followup_status_due ON followup(status, due);
        CREATE INDEX followup_brand_status_due ON followup(brand_id, status, due);
        CREATE INDEX followup_customer ON followup(customer_id) WHERE customer_id IS NOT NULL;
        CREATE INDEX followup_item ON followup(item_id) WHERE item_id IS NOT NULL;
        CREATE INDEX followup_complaint ON followup(complaint_id) WHERE complaint_id IS NOT NULL;
        CREATE INDEX note_item ON note(item_id, at) WHERE item_id IS NOT NULL;
        CREATE INDEX note_complaint ON note(complaint_id, at) WHERE complaint_id IS NOT NULL;
        CREATE INDEX note_followup ON note(followup_id, at) WHERE followup_id IS NOT NULL;
        CREATE INDEX event_entity ON event(entity_kind, entity_id, id);
        """

    /// History is evidence: SQLite itself refuses to rewrite it. Forgetting a customer (a later
    /// issue) drops and re-creates these triggers inside its own transaction.
    static let appendOnlyHistory = """
        CREATE TRIGGER event_no_update BEFORE UPDATE ON event
        BEGIN SELECT RAISE(ABORT, 'the event history is append-only'); END;
        CREATE TRIGGER event_no_delete BEFORE DELETE ON event
        BEGIN SELECT RAISE(ABORT, 'the event history is append-only'); END;
        """
}
