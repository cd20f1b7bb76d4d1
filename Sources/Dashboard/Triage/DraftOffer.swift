/// A draft saved when the terminal went away, offered at the next start.
public struct DraftOffer: Equatable, Sendable {
    public var draft: Draft
    /// The draft's file, removed once it is taken up again or discarded.
    public var path: String
}
