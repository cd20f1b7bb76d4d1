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

    func bind(_ value: String?) {
        index += 1
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUTF8 { text in
            let start = UnsafeRawPointer(text.baseAddress ?? Self.emptyText.utf8Start).assumingMemoryBound(to: CChar.self)
            _ = sqlite3_bind_text(handle, index, start, Int32(text.count), Self.transient)
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

    func bind(_ value: [UInt8]?) {
        index += 1
        guard let value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUnsafeBytes { bytes in
            _ = sqlite3_bind_blob(handle, index, bytes.baseAddress ?? UnsafeRawPointer(Self.emptyText.utf8Start), Int32(bytes.count),
                                  Self.transient)
        }
    }

    /// Runs the statement with the values bound since the last run.
    func run() throws {
        defer { finishRun() }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw failure(code) }
    }

    /// The first column of the first row as an integer, nil when there is no row.
    func fetchInt64() throws -> Int64? {
        defer { finishRun() }
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return sqlite3_column_type(handle, 0) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, 0)
        case SQLITE_DONE: return nil
        default: throw failure(code)
        }
    }

    private func finishRun() {
        sqlite3_reset(handle)
        index = 0
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

    /// SQLite copies the bytes before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// SQLite reads the bytes where they are until the statement runs (SQLITE_STATIC).
    private static let inPlace: sqlite3_destructor_type? = nil
}
