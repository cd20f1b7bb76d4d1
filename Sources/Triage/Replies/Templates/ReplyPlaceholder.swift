/// A value a reply template can name in braces: `{first_name}`, `{brand}`, `{aspect}`,
/// `{owner}`, `{item_date}`.
public enum ReplyPlaceholder: String, Sendable, Hashable, CaseIterable {
    /// The customer's first name ("there" when the item has no usable name).
    case firstName = "first_name"
    /// The brand the item is about.
    case brand
    /// What the customer complained about (or praised): speed, service, price…
    case aspect
    /// Who answers: the complaint's owner, the item's assignee, else the user writing.
    case owner
    /// The day of the item, like 12 March 2026.
    case itemDate = "item_date"

    /// "{first_name}, {brand}, …" for messages.
    static var list: String { allCases.map { "{\($0.rawValue)}" }.joined(separator: ", ") }
}
