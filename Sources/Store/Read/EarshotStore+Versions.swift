import GRDB

extension EarshotStore {
    /// The current version of an item, complaint, follow-up, brand or customer ("R12"); nil
    /// when there is none. What to pass as `expectedVersion` after re-reading an entity.
    public func version(of id: String) throws -> Int? {
        guard let short = ShortID(id) else { return nil }
        return try reading { db in
            try Int.fetchOne(db, sql: "SELECT version FROM \(short.kind.table) WHERE id = ?", arguments: [short.number])
        }
    }
}
