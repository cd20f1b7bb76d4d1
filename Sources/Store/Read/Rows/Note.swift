import Foundation

/// A note someone wrote on an item.
public struct Note: Sendable, Hashable {
    public var author: String
    public var at: Date
    public var text: String

    public init(author: String, at: Date, text: String) {
        self.author = author
        self.at = at
        self.text = text
    }
}
