/// How many records of each type an export wrote.
public struct ExportCounts: Sendable, Hashable {
    public var brands = 0
    public var customers = 0
    public var items = 0
    public var complaints = 0
    public var followUps = 0

    public init() {}

    public var total: Int { brands + customers + items + complaints + followUps }
}
