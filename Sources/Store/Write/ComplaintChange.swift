/// A change to one complaint, applied as one transaction: every field left nil stays as it is.
///
/// Resolving sets the resolution time (and the first-response time if none was recorded);
/// re-opening clears the resolution time. `resolution` replaces the resolution note.
public struct ComplaintChange: Sendable, Hashable {
    public var status: ComplaintStatus?
    public var severity: ComplaintSeverity?
    public var owner: Assignment?
    public var resolution: String?
    /// A note to append, written by the store's user.
    public var note: String?

    public init(status: ComplaintStatus? = nil, severity: ComplaintSeverity? = nil, owner: Assignment? = nil,
                resolution: String? = nil, note: String? = nil) {
        self.status = status
        self.severity = severity
        self.owner = owner
        self.resolution = resolution
        self.note = note
    }

    public var isEmpty: Bool {
        status == nil && severity == nil && owner == nil && resolution == nil && note == nil
    }
}
