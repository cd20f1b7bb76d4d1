/// The key names are matched on: trimmed, inner spaces collapsed, lower case (Unicode-aware,
/// unlike SQLite's ASCII-only NOCASE).
enum NameKey {
    static func make(_ name: String) -> String {
        name.trimmingSpaces.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
