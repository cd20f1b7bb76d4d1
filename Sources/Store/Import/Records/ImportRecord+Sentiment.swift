extension ImportRecord.Body {
    /// An item's text, nil for the other record types.
    var itemText: String? {
        guard case .item(let item) = self else { return nil }
        return item.text
    }

    /// Sets an item's sentiment (nothing for the other record types), moving the item out and
    /// back rather than copying its twenty fields.
    mutating func setSentiment(_ sentiment: TaggedSentiment) {
        switch consume self {
        case .item(var item):
            item.sentiment = sentiment
            self = .item(item)
        case let other:
            self = other
        }
    }
}
