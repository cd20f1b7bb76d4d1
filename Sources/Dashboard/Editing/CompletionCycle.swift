/// Candidates offered by Tab for one word, and which one is shown.
public struct CompletionCycle: Equatable, Sendable {
    public var candidates: [String]
    public var index: Int
}
