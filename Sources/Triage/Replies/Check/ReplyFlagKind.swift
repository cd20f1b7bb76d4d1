/// What the reply check looks for.
public enum ReplyFlagKind: String, Sendable, Hashable, CaseIterable {
    /// A phone number, an email address or a street address in a public reply.
    case personalData = "personal-data"
    /// Asking the customer to change, remove or improve their review.
    case reviewChange = "review-change"
    /// A competitor named in the reply.
    case competitor
    /// Wording that does not fit the rating: cheerful on a complaint, apologetic on praise.
    case tone
    /// Longer than the site takes.
    case length
}
