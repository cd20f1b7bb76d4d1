/// How long a reply each review site takes.
public struct ReplySiteLimit: Sendable, Hashable {
    public enum Unit: String, Sendable, Hashable {
        /// UTF-8 bytes: an accented letter or an emoji counts two to four.
        case bytes
        case characters
    }

    public var site: String
    public var limit: Int
    public var unit: Unit

    /// The limits known, by source name.
    ///
    /// - google: 4,096 bytes. Google Business Profile API, `ReviewReply.comment`: "The body of the
    ///   reply as plain text with markups. The maximum length is 4096 bytes."
    ///   (developers.google.com/my-business/reference/rest/v4/accounts.locations.reviews#ReviewReply)
    /// - yelp: 5,000 characters and trustpilot: 2,500 characters are the figures the issue gives;
    ///   neither site documents its reply limit in a public source found for this check, so they
    ///   are kept as the issue gives them (change them here when a site says otherwise).
    public static let known: [String: ReplySiteLimit] = [
        "google": ReplySiteLimit(site: "Google", limit: 4096, unit: .bytes),
        "yelp": ReplySiteLimit(site: "Yelp", limit: 5000, unit: .characters),
        "trustpilot": ReplySiteLimit(site: "Trustpilot", limit: 2500, unit: .characters),
    ]

    /// How long `text` is in this limit's unit.
    public func length(of text: String) -> Int {
        unit == .bytes ? text.utf8.count : text.count
    }
}
