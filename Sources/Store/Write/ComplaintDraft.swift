import Foundation

/// What a new complaint opened from an item starts with; everything has a default.
public struct ComplaintDraft: Sendable, Hashable {
    public var severity: ComplaintSeverity
    /// The aspect it is about; nil: the item's most negative aspect, else "service".
    public var category: String?
    /// nil: the item's title, else the first line of its text (shortened).
    public var summary: String?
    /// nil: the store's user.
    public var owner: String?
    /// A first note on the complaint.
    public var note: String?
    /// nil: by severity (see `ComplaintSeverity.deadlines`).
    public var firstResponseDue: Date?
    public var resolutionDue: Date?

    public init(severity: ComplaintSeverity = .normal, category: String? = nil, summary: String? = nil,
                owner: String? = nil, note: String? = nil, firstResponseDue: Date? = nil, resolutionDue: Date? = nil) {
        self.severity = severity
        self.category = category
        self.summary = summary
        self.owner = owner
        self.note = note
        self.firstResponseDue = firstResponseDue
        self.resolutionDue = resolutionDue
    }
}
