import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// One prepared statement an import runs for nearly every record, bound value by value with
/// SQLite's own calls: building GRDB's arguments for each row cost more than the insert.
///
/// It runs inside the import's transaction, which GRDB opened and closes.
final class ImportStatement {
    private let statement: Statement
    private let handle: SQLiteStatement
    private let db: Database
    private var index: Int32 = 0
    /// The bytes of the text and blob values bound since the last run, one after another:
    /// SQLite reads them here when the statement runs (`step`) instead of copying each into
    /// memory of its own when bound (a malloc, a copy and a free per value, ~15 values an item).
    /// (Unchecked: only this object's own calls touch them, and the runtime's check of every
    /// access cost more than the copies it saved.)
    @exclusivity(unchecked) private var values: [UInt8] = []
    /// Where each of those values is in `values`, and its parameter.
    @exclusivity(unchecked) private var places: [ValuePlace] = []

    private struct ValuePlace {
        var parameter: Int32
        var start: Int
        var count: Int
        var isBlob: Bool
    }

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
    }

    /// Binds the next parameter.
    func bind(_ value: Int64?) {
        index += 1
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ value: Int?) {
        bind(value.map(Int64.init))
    }

    func bind(_ value: Double?) {
        index += 1
        if let value { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ value: Bool) {
        bind(Int64(value ? 1 : 0))
    }

    /// Binds the next parameter to a text, copied aside until the statement runs.
    func bind(_ value: String?) {
        index += 1
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUTF8 { text in
            places.append(ValuePlace(parameter: index, start: values.count, count: text.count, isBlob: false))
            values.append(contentsOf: text)
        }
    }

    /// Binds the next parameter to UTF-8 text that SQLite reads where it lies when the statement
    /// runs, instead of copying it now (SQLITE_STATIC): the caller runs the statement while
    /// `text` is alive and unchanged (inside the `withUTF8` or `withUnsafeBufferPointer` that
    /// gave it). An item's text copied into memory SQLite allocated, per item, then copied again
    /// into the row showed in the writer's profile.
    func bind(inPlace text: UnsafeBufferPointer<UInt8>) {
        index += 1
        let start = UnsafeRawPointer(text.baseAddress ?? Self.emptyText.utf8Start).assumingMemoryBound(to: CChar.self)
        _ = sqlite3_bind_text(handle, index, start, Int32(text.count), Self.inPlace)
    }

    /// Binds the next parameter to a blob, copied aside until the statement runs.
    func bind(_ value: [UInt8]?) {
        index += 1
        guard let value else {
            sqlite3_bind_null(handle, index)
            return
        }
        places.append(ValuePlace(parameter: index, start: values.count, count: value.count, isBlob: true))
        values.append(contentsOf: value)
    }

    /// Runs the statement with the values bound since the last run.
    func run() throws {
        _ = try step { _ in }
    }

    /// The first column of the first row as an integer, nil when there is no row.
    func fetchInt64() throws -> Int64? {
        var value: Int64?
        let code = try step { handle in
            if sqlite3_column_type(handle, 0) != SQLITE_NULL { value = sqlite3_column_int64(handle, 0) }
        }
        return code == SQLITE_ROW ? value : nil
    }

    /// Binds the values set aside where they lie in `values`, steps once (handing a row to
    /// `readRow` while it is current) and resets the statement for the next values. They are
    /// bound only now, when `values` no longer grows, and SQLite is done with them when
    /// `withUnsafeBufferPointer` ends: the reset ends the statement's use of its values.
    private func step(_ readRow: (SQLiteStatement) -> Void) throws -> Int32 {
        defer {
            values.removeAll(keepingCapacity: true)
            places.removeAll(keepingCapacity: true)
            index = 0
        }
        return try values.withUnsafeBufferPointer { buffer in
            defer { sqlite3_reset(handle) }
            let base = buffer.baseAddress.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(Self.emptyText.utf8Start)
            for place in places {
                let start = base + place.start
                if place.isBlob {
                    sqlite3_bind_blob(handle, place.parameter, start, Int32(place.count), Self.inPlace)
                } else {
                    sqlite3_bind_text(handle, place.parameter, start.assumingMemoryBound(to: CChar.self),
                                      Int32(place.count), Self.inPlace)
                }
            }
            let code = sqlite3_step(handle)
            switch code {
            case SQLITE_ROW: readRow(handle)
            case SQLITE_DONE: break
            default: throw failure(code)
            }
            return code
        }
    }

    private func failure(_ code: Int32) -> DatabaseError {
        Self.failure(code, db, statement.sql)
    }

    /// The error of a statement run with SQLite's own calls, as GRDB would have thrown it.
    static func failure(_ code: Int32, _ db: Database, _ sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                      sql: sql)
    }

    /// Where an empty string's bytes start: SQLite reads none of them, but NULL would bind NULL.
    private static let emptyText: StaticString = ""

    /// SQLite reads the bytes where they are until the statement runs (SQLITE_STATIC).
    private static let inPlace: sqlite3_destructor_type? = nil
}
