/// The names the store already holds, for completing what the user types: the people who
/// change things or own cases, and the tags in use.
public struct KnownNames: Equatable, Sendable {
    /// Logins that made changes or own complaints or follow-ups; sorted.
    public var people: [String]
    /// Tags on items; sorted.
    public var tags: [String]

    public init(people: [String] = [], tags: [String] = []) {
        self.people = people
        self.tags = tags
    }
}
