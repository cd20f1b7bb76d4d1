/// Checks the free text of a change (notes, tags, resolutions) the way import checks fields.
enum ChangeText {
    /// A note or outcome: not blank, at most 100 KB, no NUL. Kept as written.
    static func longText(_ text: String, what: String) throws -> String {
        guard !text.trimmingSpaces.isEmpty else {
            throw StoreError.invalidChange("the \(what) is empty: write something, or leave it out")
        }
        try checkSize(text, limit: FieldLimits.longText, what: what)
        return text
    }

    /// A tag: one line, lower case, trimmed, at most 4 KB.
    static func tag(_ text: String) throws -> String {
        let tag = text.trimmingSpaces.lowercased()
        guard !tag.isEmpty else { throw StoreError.invalidChange("a tag is empty: give it a name") }
        guard !tag.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw StoreError.invalidChange("the tag '\(tag.prefix(40))' holds a control character or line break: a tag is one line")
        }
        try checkSize(tag, limit: FieldLimits.shortText, what: "tag")
        return tag
    }

    /// A one-line value such as an owner's name.
    static func shortText(_ text: String, what: String) throws -> String {
        let value = text.trimmingSpaces
        guard !value.isEmpty else { throw StoreError.invalidChange("the \(what) is empty") }
        try checkSize(value, limit: FieldLimits.shortText, what: what)
        return value
    }

    private static func checkSize(_ text: String, limit: Int, what: String) throws {
        let size = text.utf8.count
        if size > limit {
            throw StoreError.invalidChange("the \(what) is \(size) bytes long; the limit is \(limit / 1024) KB: shorten it")
        }
        if text.utf8.contains(0) {
            throw StoreError.invalidChange("the \(what) contains a NUL character: remove it")
        }
    }
}
