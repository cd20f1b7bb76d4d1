/// The file ids of one kind bound to rows in an import, with the line that defined each.
///
/// A million items made this a dictionary of a million strings, ~64 MB. Ids written plainly
/// ("R12": the kind's letter, then a number without leading zeros), which is nearly all of
/// them, are kept in arrays indexed by their number instead (12 bytes an id); others, and
/// numbers far beyond those seen, in a dictionary.
struct FileIDTable {
    /// The kind's letter, the first byte of a plain id.
    private let letter: UInt8
    /// Row id by the plain id's number; 0 where unbound.
    private var rows: [Int64] = []
    private var lines: [Int32] = []
    private var others: [String: (id: Int64, line: Int)] = [:]

    /// Numbers the arrays reach without the ids that come before them: a little beyond what
    /// they hold, so that one huge number does not allocate a huge array.
    private static let reach = 1 << 16

    init(kind: EntityKind) {
        letter = kind.rawValue.utf8.first ?? 0
    }

    /// The row and line bound to `key` (an upper-cased file id).
    subscript(key: String) -> (id: Int64, line: Int)? {
        if let number = plainNumber(key), number < rows.count, rows[number] != 0 {
            return (rows[number], Int(lines[number]))
        }
        return others[key]
    }

    /// Binds `key` (an upper-cased file id) to a row.
    mutating func bind(_ key: String, id: Int64, line: Int) {
        if let number = plainNumber(key), number < rows.count + Self.reach, id != 0, let line32 = Int32(exactly: line) {
            if number >= rows.count {
                let grown = Swift.max(number + 1, rows.count * 2)
                rows += repeatElement(0, count: grown - rows.count)
                lines += repeatElement(0, count: grown - lines.count)
            }
            rows[number] = id
            lines[number] = line32
            return
        }
        others[key] = (id, line)
    }

    /// The number of a plain id of this kind; nil for any other id.
    private func plainNumber(_ key: String) -> Int? {
        let bytes = key.utf8
        guard bytes.count >= 2, bytes.count <= 10, bytes.first == letter else { return nil }
        var number = 0
        for (offset, byte) in bytes.dropFirst().enumerated() {
            guard byte >= 48, byte <= 57, offset > 0 || byte != 48 else { return nil }
            number = number * 10 + Int(byte - 48)
        }
        return number
    }
}
