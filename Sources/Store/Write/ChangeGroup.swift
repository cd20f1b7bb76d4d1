import Foundation

/// One command's changes, which undo reverts together: a bulk tag of 30 items is one group.
///
/// Make one per command and pass it to every write of that command (`apply`, `openComplaint`,
/// `createFollowUp`); a write given none makes a group of its own. The group is recorded with
/// the first write that uses it, so a command that changes nothing leaves no group behind.
public struct ChangeGroup: Sendable, Hashable {
    /// Unique across processes; what the store finds the group by.
    public let key: String
    /// What the command did, for people ("Tagged 3 reviews refund"); an undo repeats it.
    public var summary: String
    /// The row of the group an undo reverts.
    let undoes: Int64?

    public init(summary: String) {
        self.init(summary: summary, undoes: nil)
    }

    init(summary: String, undoes: Int64?) {
        key = UUID().uuidString
        self.summary = summary
        self.undoes = undoes
    }
}
