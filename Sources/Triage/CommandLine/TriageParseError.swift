/// What is wrong with a typed command, in one line that says what to type instead.
public struct TriageParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
