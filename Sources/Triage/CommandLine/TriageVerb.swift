/// One command of the `:` command line: its name, what it takes, and one line of help.
public struct TriageVerb: Sendable, Hashable {
    /// What is typed: "status".
    public var name: String
    /// Its arguments: "new|open|waiting DATE|done|spam|duplicate ID".
    public var synopsis: String
    /// One line for the help screen.
    public var help: String
    /// The words completed after the name (statuses, priorities, channels…).
    public var values: [String]

    public init(name: String, synopsis: String, help: String, values: [String] = []) {
        self.name = name
        self.synopsis = synopsis
        self.help = help
        self.values = values
    }
}
