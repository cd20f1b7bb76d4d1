/// A yes/no question before something that is hard to take back (a change to many rows).
public struct Confirmation: Equatable, Sendable {
    public enum Step: Equatable, Sendable {
        case run(TriageRequest)
        /// Throw away the note being typed in the inline editor.
        case discardNote
    }

    public var question: String
    public var step: Step
}
