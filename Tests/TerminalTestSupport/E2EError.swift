/// Why an end-to-end test could not set up or drive its terminal.
public struct E2EError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
