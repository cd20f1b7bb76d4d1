/// Why the generator could not write its files, as one line for the user.
public struct GeneratorError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}
