import Triage

/// A triage action on the rows it applies to, as the reducer hands it to the run loop.
public struct TriageRequest: Equatable, Sendable {
    /// The command as typed or bound (`tag refund`): for messages, the history and
    /// "keep mine as a note".
    public var line: String
    public var action: TriageAction
    /// Short ids (R12, C3, F7): the marked rows, else the focused one.
    public var ids: [String]
    /// The version of each id the user saw: a change made since then is a conflict, never
    /// silently overwritten.
    public var expected: [String: Int]

    public init(line: String, action: TriageAction, ids: [String], expected: [String: Int]) {
        self.line = line
        self.action = action
        self.ids = ids
        self.expected = expected
    }
}
