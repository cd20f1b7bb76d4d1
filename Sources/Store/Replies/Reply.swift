import Foundation

/// The business's answer to one item: its text, the template it started from, and whether it
/// has been posted on the site (when, by whom).
public struct Reply: Sendable, Hashable {
    /// The item answered ("R12").
    public var itemID: String
    /// Who wrote the latest text.
    public var author: String
    public var text: String
    /// The template the draft started from, when it came from one.
    public var template: String?
    public var status: ReplyStatus
    public var created: Date
    public var updated: Date
    public var sentAt: Date?
    public var sentBy: String?
    /// The reply's own version (each edit or sending adds one).
    public var version: Int

    public init(itemID: String, author: String, text: String, template: String?, status: ReplyStatus, created: Date,
                updated: Date, sentAt: Date? = nil, sentBy: String? = nil, version: Int = 1) {
        self.itemID = itemID
        self.author = author
        self.text = text
        self.template = template
        self.status = status
        self.created = created
        self.updated = updated
        self.sentAt = sentAt
        self.sentBy = sentBy
        self.version = version
    }
}
