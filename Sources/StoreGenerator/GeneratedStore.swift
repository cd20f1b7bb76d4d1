/// The files a generator run wrote, in import order, and what they hold.
public struct GeneratedStore: Sendable, Equatable {
    /// JSON Lines files in the order they must be imported (brands, customers, items,
    /// complaints, follow-ups); together they are the whole store.
    public var jsonLines: [String]
    /// The items as CSV (nil when not asked for): one header row, brands by name.
    public var csv: String?
    public var brands: Int
    public var customers: Int
    public var items: Int
    public var complaints: Int
    public var followUps: Int
    /// Bytes written to `jsonLines`.
    public var jsonBytes: Int

    public init(jsonLines: [String] = [], csv: String? = nil, brands: Int = 0, customers: Int = 0, items: Int = 0,
                complaints: Int = 0, followUps: Int = 0, jsonBytes: Int = 0) {
        self.jsonLines = jsonLines
        self.csv = csv
        self.brands = brands
        self.customers = customers
        self.items = items
        self.complaints = complaints
        self.followUps = followUps
        self.jsonBytes = jsonBytes
    }
}
