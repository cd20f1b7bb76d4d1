/// The ids an import's input claims, read in a pass of their own: only an import that must give
/// some record a new number needs them (a record without an id, or whose id the store has).
enum ImportClaims {
    /// The highest number each kind's file ids claim among the records of `sources` that pass their checks.
    static func maxima(_ sources: [ImportSource], options: ImportOptions) -> [EntityKind: Int64] {
        var claimed: [EntityKind: Int64] = [:]
        for source in sources {
            _ = SourceReader.read(source, keepRawText: false, columnMap: options.columnMap) { record in
                guard case .success(let decoded) = RecordDecoder.decode(record, dateShift: options.dateShift) else { return }
                ImportIDs.claimed(by: CollectionOfOne(decoded), into: &claimed)
            }
        }
        return claimed
    }
}
