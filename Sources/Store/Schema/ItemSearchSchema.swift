import Foundation
import GRDB

/// The item search index's own table layout (migration `v13-item-search-without-column-sizes`)
/// and what can be read from FTS5's tables directly.
enum ItemSearchSchema {
    /// `item_fts` as a new store makes it: without per-item column sizes (`columnsize=0`).
    /// Nothing ranks search results, so `item_fts_docsize`, a row written for every item and
    /// copied at the end of a big first import (a third of a second at a million items), was
    /// read by no query. Words, phrases, prefixes and columns match as before.
    static let declaration = """
        CREATE VIRTUAL TABLE item_fts USING fts5(
            title, text, author, content='item', content_rowid='id', tokenize='unicode61 remove_diacritics 2',
            columnsize=0)
        """

    /// Makes `item_fts` again without column sizes when the store has no items (a new store).
    /// A store with items keeps its table as it is: making it again would index every item anew
    /// (seconds at 100,000), to drop a table that costs only its space and upkeep.
    static func dropColumnSizes(_ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM item)") ?? false else { return }
        try db.execute(sql: "DROP TABLE item_fts")
        try db.execute(sql: declaration)
    }

    /// The rows the FTS5 index `index` (`item_fts`, `note_fts`) counts as indexed: the first
    /// number of its averages record (row 1 of its data table), which FTS5 keeps up to date with
    /// every insert and delete, with or without column sizes.
    static func indexedRows(_ db: Database, index: String) throws -> Int64 {
        guard let record = try Data.fetchOne(db, sql: "SELECT block FROM \(index)_data WHERE id = 1") else { return 0 }
        return firstVarint(Array(record))
    }

    /// Whether `index` keeps a row of column sizes per indexed row (`<index>_docsize`).
    static func keepsColumnSizes(_ db: Database, index: String) throws -> Bool {
        try db.tableExists("\(index)_docsize")
    }

    /// SQLite's variable-length integer at the start of `bytes` (FTS5 writes its counts so):
    /// seven bits a byte, most significant first, while the top bit is set; a ninth byte gives
    /// all eight. Bytes that end early give what was read.
    static func firstVarint(_ bytes: [UInt8]) -> Int64 {
        var value: UInt64 = 0
        for (index, byte) in bytes.prefix(9).enumerated() {
            if index == 8 { return Int64(bitPattern: value << 8 | UInt64(byte)) }
            value = value << 7 | UInt64(byte & 0x7F)
            if byte & 0x80 == 0 { break }
        }
        return Int64(bitPattern: value)
    }
}
