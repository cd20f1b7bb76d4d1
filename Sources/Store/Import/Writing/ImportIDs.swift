import GRDB

/// The short ids of one import: which file id became which row, which numbers the file's own
/// ids may keep, and which new numbers to hand out.
///
/// A file id (R5) is kept when that number is free in the store, so a fresh store shows the
/// file's ids; otherwise the record gets a new number above every id in the store and every id
/// the input claims, and references to R5 within the import follow it.
struct ImportIDs {
    private var bound: [EntityKind: FileIDTable] = [:]
    private var rejected: [EntityKind: [String: Int]] = [:]
    private var used: [EntityKind: NumberSet] = [:]
    private var next: [EntityKind: Int64] = [:]
    private var storeMaximum: [EntityKind: Int64] = [:]

    /// The highest number the input's own ids claim per kind; asked for only when a record
    /// first needs a new number, since working it out reads the whole input again.
    private var claims: (() -> [EntityKind: Int64])?

    init(db: Database, claims: @escaping () -> [EntityKind: Int64]) throws {
        self.claims = claims
        for kind in EntityKind.allCases {
            storeMaximum[kind] = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(kind.table)") ?? 0
        }
    }

    /// The highest number each kind's file ids claim among `records`.
    static func claimed(by records: some Sequence<ImportRecord>, into claimed: inout [EntityKind: Int64]) {
        for record in records {
            guard let (kind, fileID) = fileID(of: record), let short = ShortID(fileID, kind: kind) else { continue }
            claimed[kind] = max(claimed[kind] ?? 0, short.number)
        }
    }

    /// New numbers start above every id in the store and every id the input claims.
    private mutating func startNewNumbers() {
        guard let claims else { return }
        self.claims = nil
        let claimed = claims()
        for kind in EntityKind.allCases {
            next[kind] = max(storeMaximum[kind] ?? 0, claimed[kind] ?? 0) + 1
        }
    }

    /// The kind and file id a record declares, if any.
    static func fileID(of record: ImportRecord) -> (EntityKind, String)? {
        switch record.body {
        case .brand(let brand): return brand.fileID.map { (.brand, $0) }
        case .customer(let customer): return customer.fileID.map { (.customer, $0) }
        case .item(let item): return item.fileID.map { (.item, $0) }
        case .complaint(let complaint): return complaint.fileID.map { (.complaint, $0) }
        case .followUp(let followUp): return followUp.fileID.map { (.followUp, $0) }
        }
    }

    /// The row id for a new record: its file id's number when free, else the next new number.
    mutating func assign(_ kind: EntityKind, fileID: String?, db: Database) throws -> Int64 {
        if let fileID, let short = ShortID(fileID, kind: kind), !(used[kind]?.contains(short.number) ?? false),
           try !existsInStore(kind, short.number, db: db) {
            used[kind, default: NumberSet()].insert(short.number)
            return short.number
        }
        startNewNumbers()
        var candidate = next[kind] ?? 1
        while used[kind]?.contains(candidate) ?? false { candidate += 1 }
        next[kind] = candidate + 1
        used[kind, default: NumberSet()].insert(candidate)
        return candidate
    }

    /// True when a row with this number existed before the import began.
    func existsInStore(_ kind: EntityKind, _ number: Int64, db: Database) throws -> Bool {
        guard number <= (storeMaximum[kind] ?? 0) else { return false }
        let statement = try db.cachedStatement(sql: "SELECT 1 FROM \(kind.table) WHERE id = ?")
        return try Int.fetchOne(statement, arguments: [number]) != nil
    }

    /// Records that the file's `fileID` stands for row `id`; false when the id already stood for another row.
    mutating func bind(_ kind: EntityKind, fileID: String?, to id: Int64, line: Int) -> Bool {
        guard let fileID else { return true }
        let key = fileID.uppercased()
        if let existing = bound[kind]?[key] { return existing.id == id }
        bound[kind, default: FileIDTable(kind: kind)].bind(key, id: id, line: line)
        return true
    }

    /// The row a file id stands for in this import.
    func lookup(_ kind: EntityKind, _ fileID: String) -> Int64? {
        bound[kind]?[fileID.uppercased()]?.id
    }

    /// The line where a file id was first defined in this import.
    func line(of kind: EntityKind, _ fileID: String) -> Int? {
        bound[kind]?[fileID.uppercased()]?.line
    }

    mutating func markRejected(_ kind: EntityKind, fileID: String, line: Int) {
        rejected[kind, default: [:]][fileID.uppercased()] = line
    }

    /// The line of the rejected record that had this file id.
    func rejectedLine(_ kind: EntityKind, _ fileID: String) -> Int? {
        rejected[kind]?[fileID.uppercased()]
    }
}
