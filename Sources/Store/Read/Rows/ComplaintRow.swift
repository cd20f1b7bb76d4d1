import Foundation

/// One complaint in the Complaints list.
public struct ComplaintRow: Sendable, Hashable {
    public var id: String
    public var brandID: String
    public var brandName: String
    public var customerName: String?
    /// The aspect it is about: price, service, speed, quality, cleanliness, ambience, delivery, booking.
    public var category: String
    public var summary: String
    /// low, normal, high or critical.
    public var severity: String
    /// open, waiting or resolved.
    public var status: String
    public var opened: Date
    public var firstResponseDue: Date?
    public var resolutionDue: Date?
    public var firstResponseAt: Date?
    public var resolvedAt: Date?
    public var owner: String?
    public var itemIDs: [String]
    /// The complaint's version: pass it as `expectedVersion` when applying a change read from this row.
    public var version: Int

    public init(id: String, brandID: String, brandName: String, customerName: String?, category: String,
                summary: String, severity: String, status: String, opened: Date, firstResponseDue: Date?,
                resolutionDue: Date?, firstResponseAt: Date?, resolvedAt: Date?, owner: String?, itemIDs: [String], version: Int = 1) {
        self.id = id
        self.brandID = brandID
        self.brandName = brandName
        self.customerName = customerName
        self.category = category
        self.summary = summary
        self.severity = severity
        self.status = status
        self.opened = opened
        self.firstResponseDue = firstResponseDue
        self.resolutionDue = resolutionDue
        self.firstResponseAt = firstResponseAt
        self.resolvedAt = resolvedAt
        self.owner = owner
        self.itemIDs = itemIDs
        self.version = version
    }
}
