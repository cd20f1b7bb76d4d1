/// Reads a page deep in a long list from the list's other end.
///
/// SQLite steps over every row an OFFSET skips, so the last page of a million items (`G`) cost a
/// pass over the whole index. A page in the second half is the same rows as a page near the
/// start of the reversed order, read backwards; the list's own order ends with a unique column
/// (the id), so the reversed order is exactly the reverse.
enum FarPage {
    /// Offsets below this are read as they are: skipping them costs less than counting the list.
    static let threshold = 2_000

    /// The page's (offset, limit) in the reversed order when it lies in the second half of a
    /// list of `total` rows; nil when reading it forwards is cheaper.
    static func reversed(offset: Int, limit: Int, total: Int) -> (offset: Int, limit: Int)? {
        guard offset > threshold, offset > total / 2, offset < total else { return nil }
        let end = min(total, offset + limit)
        return (total - end, end - offset)
    }

    /// `" ORDER BY a DESC, b"` → `" ORDER BY a, b DESC"`: every term turned around (commas inside
    /// parentheses or quotes do not separate terms).
    static func reversedOrder(_ clause: String) -> String {
        let prefix = " ORDER BY "
        guard clause.hasPrefix(prefix) else { return clause }
        return prefix + terms(String(clause.dropFirst(prefix.count))).map { term in
            let trimmed = term.trimmingCharacters(in: " ")
            if trimmed.uppercased().hasSuffix(" DESC") { return String(trimmed.dropLast(5)) }
            if trimmed.uppercased().hasSuffix(" ASC") { return String(trimmed.dropLast(4)) + " DESC" }
            return trimmed + " DESC"
        }.joined(separator: ", ")
    }

    private static func terms(_ text: String) -> [String] {
        var terms: [String] = [], current = "", depth = 0, quoted = false
        for character in text {
            switch character {
            case "'": quoted.toggle()
            case "(" where !quoted: depth += 1
            case ")" where !quoted: depth -= 1
            case "," where !quoted && depth == 0:
                terms.append(current)
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        terms.append(current)
        return terms
    }
}

private extension String {
    func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}
