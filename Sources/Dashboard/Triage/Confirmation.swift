/// A yes/no question before something that is hard to take back (a change to many rows).
public struct Confirmation: Equatable, Sendable {
    public enum Step: Equatable, Sendable {
        case run(TriageRequest)
        /// Throw away the note being typed in the inline editor.
        case discardNote
        /// Hand an effect to the run loop (forgetting a customer, sending a flagged reply).
        case perform(Effect)
    }

    public var question: String
    public var step: Step
}
