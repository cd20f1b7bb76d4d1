import Foundation

/// Text that was being typed when the terminal went away, kept in a file for the next start.
public struct Draft: Equatable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// A note for `ids`, from the inline or the external editor.
        case note
        /// A `:` command line.
        case command
        /// A reply to the review `ids[0]`, started from `template`.
        case reply
    }

    public var kind: Kind
    public var ids: [String]
    public var text: String
    public var savedAt: Date
    /// The store's file: a draft is offered only on the store it was typed for.
    public var store: String
    /// The reply template the text started from (replies only; absent in older drafts).
    public var template: String?

    public init(kind: Kind, ids: [String], text: String, savedAt: Date, store: String, template: String? = nil) {
        self.kind = kind
        self.ids = ids
        self.text = text
        self.savedAt = savedAt
        self.store = store
        self.template = template
    }

    /// "a draft note for R12" / "a draft command line".
    public var description: String {
        switch kind {
        case .note:
            let targets = ids.count <= 3 ? ids.joined(separator: ", ") : "\(ids.count) rows"
            return "a draft note for \(targets)"
        case .command:
            return "a draft command line"
        case .reply:
            return "a draft reply to \(ids.first ?? "a review")"
        }
    }
}
