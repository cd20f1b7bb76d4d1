import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// Runs a read that gives up as soon as a check says so: SQLite calls the check every few
/// thousand steps of its program (`sqlite3_progress_handler`) and stops the statement when it
/// returns true.
///
/// The dashboard counts a list after the frame that shows its rows; counting a broad match at a
/// million items can take a few hundred milliseconds, and a key typed meanwhile should not wait.
final class QueryInterruption {
    /// SQLite steps between two checks: some tens of microseconds of work, against a check that
    /// costs well under one (a `poll` of the terminal).
    static let steps: Int32 = 1_000

    private let shouldStop: () -> Bool

    private init(_ shouldStop: @escaping () -> Bool) {
        self.shouldStop = shouldStop
    }

    /// `body`'s result, or nil when `shouldStop` said so before it finished.
    static func run<T>(_ db: Database, stoppingWhen shouldStop: @escaping () -> Bool,
                       _ body: () throws -> T) throws -> T? {
        let check = Unmanaged.passRetained(QueryInterruption(shouldStop))
        sqlite3_progress_handler(db.sqliteConnection, steps, { context in
            guard let context else { return 0 }
            return Unmanaged<QueryInterruption>.fromOpaque(context).takeUnretainedValue().shouldStop() ? 1 : 0
        }, check.toOpaque())
        defer {
            sqlite3_progress_handler(db.sqliteConnection, 0, nil, nil)
            check.release()
        }
        do {
            return try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            return nil
        }
    }
}
