/// What `backup` wrote.
public struct BackupReport: Sendable, Hashable {
    public var path: String
    public var bytes: Int64
    public var items: Int
    public var seconds: Double

    public init(path: String, bytes: Int64, items: Int, seconds: Double) {
        self.path = path
        self.bytes = bytes
        self.items = items
        self.seconds = seconds
    }
}
