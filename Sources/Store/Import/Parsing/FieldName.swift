/// A field name some record decoder reads, matched ignoring letter case: a record's keys are
/// turned into these once, as they are parsed, so decoding looks fields up by a small number
/// instead of hashing a lower-cased copy of every key.
enum FieldName: UInt8, CaseIterable, Sendable {
    // Item fields and their aliases (`FieldAliases`).
    case text, review, body, comment, content, rating, stars, score, author, name, reviewer
    case posted, date, createdAt, source, platform, site, externalID, reviewID, title, summary
    case url, link, brand, business, lang, language, id, kind, customer, status, waitingUntil
    case duplicateOf, priority, assignee, tags, notes
    // Other records' fields (brands, customers, complaints, follow-ups, notes).
    case type, own, aliases, handles, contact, items, category, severity, opened
    case firstResponseDue, resolutionDue, firstResponseAt, resolvedAt, resolution, owner
    case item, complaint, channel, due, reason, outcome, doneAt, at

    /// The name as written in files and messages (lower case).
    var spelling: String { Self.spellings[Int(rawValue)] }

    /// This name's bit in a set of names held as a 64-bit mask.
    var bit: UInt64 { 1 << UInt64(rawValue) }

    /// The name whose spelling equals `key` ignoring case (Unicode lower-casing, as
    /// `String.lowercased()`), nil for a field no decoder reads.
    init?(key: String) {
        let ascii = key.utf8.withContiguousStorageIfAvailable { Self.matchASCII($0) }
        switch ascii {
        case .some(.some(let name)):
            self = name
        case .some(.none) where !key.utf8.contains(where: { $0 >= 0x80 }):
            return nil
        default:
            // Not ASCII (or not contiguous): a key such as "\u{212A}ind" lower-cases to "kind".
            guard let name = Self.bySpelling[key.lowercased()] else { return nil }
            self = name
        }
    }

    /// The name of a key whose UTF-8 `bytes` are at hand (no escapes in the file): ASCII keys are
    /// matched without making a string, others as `init?(key:)`.
    static func named(_ bytes: UnsafeBufferPointer<UInt8>, key: String) -> FieldName? {
        if let name = matchASCII(bytes) { return name }
        guard bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        return bySpelling[key.lowercased()]
    }

    /// The name whose spelling equals the ASCII `bytes` ignoring case; nil when none does or a
    /// byte is not ASCII.
    static func matchASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> FieldName? {
        guard let first = bytes.first, bytes.count <= longest else { return nil }
        return spellingTable.name(spelled: bytes, slot: slot(length: bytes.count, first: first), ignoringCase: true)
    }

    /// The name spelled exactly as the ASCII `bytes` (lower case, as files nearly always write
    /// it), nil otherwise.
    static func spelled(_ bytes: UnsafeBufferPointer<UInt8>) -> FieldName? {
        guard let first = bytes.first, bytes.count <= longest else { return nil }
        return spellingTable.name(spelled: bytes, slot: slot(length: bytes.count, first: first))
    }

    /// The spellings laid out once in memory that is never freed, so that matching a key's
    /// bytes (every key of every record) retains no array; each slot (`slot`) holds the names of
    /// its length and first letter.
    private static let spellingTable: SpellingTable = {
        let slotCount = (longest + 1) << 5
        var slots = Array(repeating: [UInt8](), count: slotCount)
        for name in allCases {
            let spelled = Array(name.spelling.utf8)
            slots[slot(length: spelled.count, first: spelled[0])].append(name.rawValue)
        }
        return SpellingTable(spellings: spellings.map { Array($0.utf8) }, slots: slots, slotCount: slotCount)
    }()

    /// Names by length and first letter (either case; a key starting with another byte may share
    /// a slot, but every byte is compared).
    private static func slot(length: Int, first: UInt8) -> Int {
        length << 5 | Int(first & 0x1F)
    }

    private static let spellings: [String] = allCases.map { name in
        switch name {
        case .createdAt: return "created_at"
        case .externalID: return "external_id"
        case .reviewID: return "review_id"
        case .waitingUntil: return "waiting_until"
        case .duplicateOf: return "duplicate_of"
        case .firstResponseDue: return "first_response_due"
        case .resolutionDue: return "resolution_due"
        case .firstResponseAt: return "first_response_at"
        case .resolvedAt: return "resolved_at"
        case .doneAt: return "done_at"
        default: return "\(name)"
        }
    }

    private static let bySpelling: [String: FieldName] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.spelling, $0) })

    /// The length of the longest spelling, in bytes.
    static let longest = spellings.map(\.utf8.count).max() ?? 0
}
