/// How many records of each type an import added.
public struct ImportCounts: Sendable, Hashable {
    public var brands: Int
    public var customers: Int
    public var items: Int
    public var complaints: Int
    public var followUps: Int
    /// Notes attached to the imported items, complaints and follow-ups.
    public var notes: Int

    public init(brands: Int = 0, customers: Int = 0, items: Int = 0, complaints: Int = 0,
                followUps: Int = 0, notes: Int = 0) {
        self.brands = brands
        self.customers = customers
        self.items = items
        self.complaints = complaints
        self.followUps = followUps
        self.notes = notes
    }

    /// Records added (notes are part of their items and not counted here).
    public var total: Int { brands + customers + items + complaints + followUps }
}
