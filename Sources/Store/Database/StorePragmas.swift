/// The SQLite settings a store connection runs with, as read back from SQLite.
public struct StorePragmas: Sendable, Hashable {
    /// "wal" for every earshot store.
    public var journalMode: String
    public var busyTimeoutMilliseconds: Int
    public var foreignKeys: Bool
    /// 0 off, 1 normal, 2 full, 3 extra.
    public var synchronous: Int

    public init(journalMode: String, busyTimeoutMilliseconds: Int, foreignKeys: Bool, synchronous: Int) {
        self.journalMode = journalMode
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        self.foreignKeys = foreignKeys
        self.synchronous = synchronous
    }

    /// `synchronous=NORMAL`.
    public static let synchronousNormal = 1
}
