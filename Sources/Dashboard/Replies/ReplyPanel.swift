import Store
import Triage

/// An item's reply as the detail view shows it: the saved reply, what the reply check flags in
/// it, and where to post it.
public struct ReplyPanel: Equatable, Sendable {
    public var itemID: String
    public var reply: Reply
    public var flags: [ReplyFlag]
    public var url: String?

    public init(itemID: String, reply: Reply, flags: [ReplyFlag], url: String?) {
        self.itemID = itemID
        self.reply = reply
        self.flags = flags
        self.url = url
    }
}
