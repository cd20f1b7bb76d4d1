import GRDB

/// The summary tables behind the Brands pane (migration `v5-brand-stats`).
///
/// `brand_day` holds, per brand and UTC day, the counts every figure is made of; `brand_aspect_day`
/// the praise and complaints per aspect. A period's figures are then a sum over a few hundred
/// rows instead of a pass over every item. Triggers keep them exact on every write, whichever code
/// makes it; an import's new items (while `search_deferral` holds a row) are tallied as they are
/// written and added at its end instead (`ImportBrandStats`).
enum BrandStatsSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: tables)
        try db.execute(sql: triggers)
        try BrandStatsUpkeep.rebuild(db)
    }

    private static let tables = """
        CREATE TABLE brand_day (
            brand_id INTEGER NOT NULL,
            day INTEGER NOT NULL,
            volume INTEGER NOT NULL,
            rated INTEGER NOT NULL,
            rating_sum REAL NOT NULL,
            positive INTEGER NOT NULL,
            neutral INTEGER NOT NULL,
            negative INTEGER NOT NULL,
            score_sum REAL NOT NULL,
            complaints INTEGER NOT NULL,
            PRIMARY KEY (brand_id, day)
        ) WITHOUT ROWID;
        CREATE TABLE brand_aspect_day (
            brand_id INTEGER NOT NULL,
            day INTEGER NOT NULL,
            aspect TEXT NOT NULL,
            praised INTEGER NOT NULL,
            complained INTEGER NOT NULL,
            PRIMARY KEY (brand_id, day, aspect)
        ) WITHOUT ROWID;
        CREATE INDEX brand_day_day ON brand_day(day);
        CREATE INDEX brand_aspect_day_day ON brand_aspect_day(day);
        CREATE INDEX complaint_opened_response ON complaint(opened, brand_id, first_response_at);
        """

    /// What changes an item's figures: its brand, day, status, spam flag, label, rating, score or
    /// complaint flag (status changes between new, open, waiting and done change nothing).
    private static let figureChanged = """
        old.brand_id IS NOT new.brand_id OR old.posted IS NOT new.posted OR old.label IS NOT new.label
        OR old.rating IS NOT new.rating OR old.score IS NOT new.score OR old.is_complaint IS NOT new.is_complaint
        OR (\(BrandStatsSQL.counted("old"))) IS NOT (\(BrandStatsSQL.counted("new")))
        """

    private static let triggers = """
        CREATE TRIGGER brand_stats_item_insert AFTER INSERT ON item
        WHEN NOT EXISTS (SELECT 1 FROM search_deferral) BEGIN
            \(BrandStatsSQL.dayDelta("new", sign: 1))
        END;
        CREATE TRIGGER brand_stats_item_delete BEFORE DELETE ON item BEGIN
            \(BrandStatsSQL.dayDelta("old", sign: -1))
            \(BrandStatsSQL.aspectDelta("old", sign: -1))
        END;
        CREATE TRIGGER brand_stats_item_update AFTER UPDATE ON item WHEN \(figureChanged) BEGIN
            \(BrandStatsSQL.dayDelta("old", sign: -1))
            \(BrandStatsSQL.aspectDelta("old", sign: -1))
            \(BrandStatsSQL.dayDelta("new", sign: 1))
            \(BrandStatsSQL.aspectDelta("new", sign: 1))
        END;
        CREATE TRIGGER brand_stats_aspect_insert AFTER INSERT ON item_aspect
        WHEN NOT EXISTS (SELECT 1 FROM search_deferral) BEGIN
            \(BrandStatsSQL.oneAspectDelta("new", sign: 1))
        END;
        CREATE TRIGGER brand_stats_aspect_delete AFTER DELETE ON item_aspect BEGIN
            \(BrandStatsSQL.oneAspectDelta("old", sign: -1))
        END;
        CREATE TRIGGER brand_stats_link_insert AFTER INSERT ON complaint_item
        WHEN (SELECT COUNT(*) FROM complaint_item WHERE item_id = new.item_id) = 1 BEGIN
            \(BrandStatsSQL.complaintLinkDelta("new.item_id", sign: 1))
        END;
        CREATE TRIGGER brand_stats_link_delete AFTER DELETE ON complaint_item
        WHEN NOT EXISTS (SELECT 1 FROM complaint_item WHERE item_id = old.item_id) BEGIN
            \(BrandStatsSQL.complaintLinkDelta("old.item_id", sign: -1))
        END;
        """
}
