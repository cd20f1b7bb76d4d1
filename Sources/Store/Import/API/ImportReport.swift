/// What an import did: what it added, what it skipped as already there, what it rejected and why.
public struct ImportReport: Sendable, Hashable {
    /// Records added; when nothing was committed (a dry run or a bad input), what would have been.
    public var imported: ImportCounts
    /// Records already in the store (or earlier in the input), not added again.
    public var duplicates: Int
    /// Records not imported because of an error.
    public var rejected: Int
    /// Every error, `file:line: field: message` (capped at `errorLimit`).
    public var errors: [ImportError]
    /// Notices that did not stop the import (ignored columns, empty files, created brands).
    public var warnings: [String]
    /// Wall-clock time of the whole import.
    public var seconds: Double
    /// True when the changes were committed to the store.
    public var committed: Bool

    /// At most this many errors are kept; `rejected` still counts every rejected record.
    public static let errorLimit = 10_000

    public init(imported: ImportCounts = ImportCounts(), duplicates: Int = 0, rejected: Int = 0,
                errors: [ImportError] = [], warnings: [String] = [], seconds: Double = 0, committed: Bool = false) {
        self.imported = imported
        self.duplicates = duplicates
        self.rejected = rejected
        self.errors = errors
        self.warnings = warnings
        self.seconds = seconds
        self.committed = committed
    }
}
