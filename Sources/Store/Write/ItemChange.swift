/// A change to one voice item, applied as one transaction: every field left nil stays as it is.
///
/// Scalar fields (status, priority, assignee) are compare-and-swapped: when the caller read the
/// item at an older version and someone else has since changed the same field to something
/// else, the change is refused with a `ChangeConflict`. Tags and notes are additions and merge.
public struct ItemChange: Sendable, Hashable {
    public var status: ItemStatus?
    public var priority: ItemPriority?
    public var assignee: Assignment?
    /// Tags to add (lower-cased; already present ones are left alone).
    public var addTags: [String]
    /// Tags to remove (absent ones are left alone).
    public var removeTags: [String]
    /// A note to append, written by the store's user.
    public var note: String?

    public init(status: ItemStatus? = nil, priority: ItemPriority? = nil, assignee: Assignment? = nil,
                addTags: [String] = [], removeTags: [String] = [], note: String? = nil) {
        self.status = status
        self.priority = priority
        self.assignee = assignee
        self.addTags = addTags
        self.removeTags = removeTags
        self.note = note
    }

    /// True when the change asks for nothing.
    public var isEmpty: Bool {
        status == nil && priority == nil && assignee == nil && addTags.isEmpty && removeTags.isEmpty && note == nil
    }
}
