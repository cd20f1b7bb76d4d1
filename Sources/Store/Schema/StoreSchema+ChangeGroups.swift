extension StoreSchema {
    /// Change groups, so that undo can revert what one command did to many entities at once.
    ///
    /// Every change made through the write API belongs to a group: one row per command (a
    /// bulk tag of 30 items is one group), found by its `key` from any of the transactions that
    /// write it. An undo is a group too, pointing at the group it reverts through `undoes`.
    /// Events carry their group and the raw column values before and after (`before` and
    /// `after` are text for people: a time as ISO text, a duplicate as "R12"), which is what
    /// an undo writes back and compares with, so it never restores a value a second reader
    /// wrote in between.
    static let changeGroups = """
        CREATE TABLE change_group (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT NOT NULL UNIQUE,
            user TEXT NOT NULL,
            at REAL NOT NULL,
            summary TEXT NOT NULL,
            undoes INTEGER REFERENCES change_group(id)
        );
        CREATE INDEX change_group_user ON change_group(user, id);
        CREATE INDEX change_group_undoes ON change_group(undoes) WHERE undoes IS NOT NULL;
        ALTER TABLE event ADD COLUMN change_group INTEGER;
        ALTER TABLE event ADD COLUMN before_value;
        ALTER TABLE event ADD COLUMN after_value;
        CREATE INDEX event_change_group ON event(change_group) WHERE change_group IS NOT NULL;
        """
}
