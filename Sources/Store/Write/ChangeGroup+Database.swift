import GRDB

extension ChangeGroup {
    /// The group's row, recorded by the first transaction that writes with it.
    func join(_ db: Database, user: String, at: Double) throws -> Int64 {
        try db.execute(sql: """
            INSERT OR IGNORE INTO change_group (key, user, at, summary, undoes) VALUES (?, ?, ?, ?, ?)
            """, arguments: [key, user, at, summary, undoes])
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM change_group WHERE key = ?", arguments: [key]) else {
            throw StoreError.database(detail: "change group \(key) was not recorded")
        }
        return id
    }

    /// `group`, or a group of its own for a write made without one.
    static func or(_ group: ChangeGroup?, _ summary: @autoclosure () -> String) -> ChangeGroup {
        group ?? ChangeGroup(summary: summary())
    }
}
