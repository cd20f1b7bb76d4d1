import GRDB

extension StoreError {
    /// Translates an SQLite failure into the store's typed error, so no GRDB type leaves the module.
    static func from(_ error: any Error, path: String) -> StoreError {
        if let storeError = error as? StoreError {
            return storeError
        }
        guard let databaseError = error as? DatabaseError else {
            return .database(detail: String(describing: error))
        }
        let detail = databaseError.message ?? "SQLite error \(databaseError.resultCode.rawValue)"
        switch databaseError.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .damaged(path: path, detail: detail)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
            return .cannotOpen(path: path, detail: detail)
        default:
            return .database(detail: detail)
        }
    }
}
