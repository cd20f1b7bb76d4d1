/// The shapes of file `import` reads.
enum ImportFormat: Sendable, Hashable {
    case jsonLines
    case jsonArray
    case csv

    /// Decides from the file name, then from the first non-blank byte: `[` a JSON array,
    /// `{` JSON Lines, anything else CSV.
    static func detect(name: String, bytes: UnsafeBufferPointer<UInt8>, start: Int) -> ImportFormat {
        let lowered = name.lowercased()
        if lowered.hasSuffix(".csv") || lowered.hasSuffix(".tsv") { return .csv }
        if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") { return .jsonLines }
        var index = start
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return lowered.hasSuffix(".json") ? .jsonArray : .jsonLines }
        switch bytes[index] {
        case UInt8(ascii: "["): return .jsonArray
        case UInt8(ascii: "{"): return .jsonLines
        default: return lowered.hasSuffix(".json") ? .jsonArray : .csv
        }
    }
}
