import GRDB

/// Adds checked records inside the import's one write transaction: resolves references, skips
/// what the store already has, keeps free short ids, appends a "created" event per record, and
/// rejects records whose references cannot be resolved.
struct ImportWriter {
    let db: Database
    let user: String
    let now: Double
    let defaultBrand: String?
    var counts = ImportCounts()
    var duplicates = 0
    var rejections: [Rejection] = []
    var warnings: [String] = []
    var ids: ImportIDs
    /// Brand name keys (names and aliases) → brand id, from the store and this import.
    var brandsByName: [String: Int64] = [:]
    /// The brand items without one go to; cleared whenever a brand is added.
    var cachedDefaultBrand: Int64?
    /// Items (with their searchable fields) and notes added in the current window, for the
    /// search index once the window is written (`finishWindow`).
    var newItems: [ItemSearchRow] = []
    var newNotes: [Int64] = []
    /// Where the items' search index is built when not by the writer (`ItemSearchBuild`).
    let searchBuild: ItemSearchBuild?
    /// New items per brand and status, for `item_count` at the end (`ItemCountUpkeep`).
    var itemTally: [ItemCountKey: Int] = [:]
    /// New items per brand and day, for the summary tables at the end.
    var brandStats = ImportBrandStats()
    /// The statements run for nearly every record, prepared once.
    let statements: ImportStatements
    private let creationText = CreationText()
    /// When the import is big next to the store: the content-key numbers of the store's items
    /// and of those added so far, so that an item whose number is not among them is new without
    /// a look-up (`existingItem`). Nil otherwise (every item is looked up), and once writing ends.
    var knownKeys: KeyHashTable?
    /// The statement that makes `item_key_hash` again while its building is deferred: run at the
    /// first item whose number is known (`existingItem`), else by the import at its end.
    var keyHashIndexCreation: String?

    init(db: Database, user: String, now: Double, defaultBrand: String?, knownKeys: KeyHashTable? = nil,
         searchBuild: ItemSearchBuild? = nil, claims: @escaping () -> [EntityKind: Int64]) throws {
        self.db = db
        self.searchBuild = searchBuild
        self.knownKeys = knownKeys
        self.user = user
        self.now = now
        self.defaultBrand = defaultBrand
        self.ids = try ImportIDs(db: db, claims: claims)
        self.statements = ImportStatements(db)
    }

    /// Writes the windows of records the reading thread sends, in order, until reading ends; a
    /// record that fails is rejected, a database failure throws.
    mutating func write(from channel: BatchChannel, progress: (@Sendable (ImportProgress) -> Void)?) throws {
        var written = 0
        while let batch = channel.take() {
            for rejected in batch.rejectedIDs {
                ids.markRejected(rejected.kind, fileID: rejected.fileID, line: rejected.line)
            }
            // By index: each record is read where it lies instead of copied out of the window.
            for index in batch.records.indices {
                try writeOrReject(batch.records[index])
            }
            try finishWindow()
            written += batch.records.count
            channel.giveBack(batch)
            progress?(ImportProgress(phase: .writing, done: written, total: max(written, channel.recordsRead)))
        }
        // Freed before the deferred indexes are built, which take the most memory.
        knownKeys = nil
        try brandStats.write(db)
    }

    /// Indexes the window's new items and notes for search, which their insert triggers left
    /// out: while the reading thread is still on the next window rather than all at the end,
    /// when nothing else runs. Items indexed aside go to that thread instead.
    private mutating func finishWindow() throws {
        try searchBuild?.send(newItems)
        try SearchDeferral.index(db, items: searchBuild == nil ? newItems.map(\.id) : [], notes: newNotes)
        newItems = []
        newNotes.removeAll(keepingCapacity: true)
    }

    private mutating func writeOrReject(_ record: ImportRecord) throws {
        do {
            try write(record)
        } catch let rejection as Rejection {
            rejections.append(rejection)
            if let (kind, fileID) = ImportIDs.fileID(of: record) {
                ids.markRejected(kind, fileID: fileID, line: record.origin.line)
            }
        }
    }

    private mutating func write(_ record: ImportRecord) throws {
        switch record.body {
        case .brand(let brand): try write(brand, origin: record.origin)
        case .customer(let customer): try write(customer, origin: record.origin)
        case .item(let item): try write(item, origin: record.origin)
        case .complaint(let complaint): try write(complaint, origin: record.origin)
        case .followUp(let followUp): try write(followUp, origin: record.origin)
        }
    }

    /// Counts a record the store already has and lets its file id stand for the existing row.
    mutating func skipDuplicate(_ kind: EntityKind, fileID: String?, existing: Int64, origin: RecordOrigin) throws {
        try bind(kind, fileID: fileID, to: existing, origin: origin)
        duplicates += 1
    }

    /// Binds a file id to a row, rejecting a second, different record with the same file id.
    mutating func bind(_ kind: EntityKind, fileID: String?, to id: Int64, origin: RecordOrigin) throws {
        guard ids.bind(kind, fileID: fileID, to: id, line: origin.line) else {
            let firstLine = fileID.flatMap { ids.line(of: kind, $0) } ?? 0
            throw Rejection(file: origin.file, line: origin.line, raw: origin.raw, errors: [
                origin.error("id", "\(fileID ?? "") is already the id of another record (line \(firstLine)): give each record its own id"),
            ])
        }
    }

    /// Throws the record's rejection when any of its checks failed.
    func reject(_ errors: [ImportError], _ origin: RecordOrigin) throws {
        if !errors.isEmpty { throw Rejection(file: origin.file, line: origin.line, raw: origin.raw, errors: errors) }
    }

    /// The item with this content key (whose number is `hash`), added earlier in this import or
    /// before it.
    mutating func existingItem(key: String, hash: Int64) throws -> Int64? {
        if let knownKeys, !knownKeys.contains(hash) { return nil }
        if let creation = keyHashIndexCreation {
            // Without the index every look-up would scan the item table.
            try db.execute(sql: creation)
            keyHashIndexCreation = nil
        }
        let statement = try statements(.itemByKey)
        statement.bind(hash)
        statement.bind(key)
        return try statement.fetchInt64()
    }

    /// The complaint or follow-up with this content key, added earlier in this import or before it.
    func existingRow(table: String, key: String) throws -> Int64? {
        let statement = try db.cachedStatement(sql: "SELECT id FROM \(table) WHERE dedupe_key = ?")
        return try Int64.fetchOne(statement, arguments: [key])
    }

    func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws {
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(arguments))
    }

    /// Appends the "created" event that starts a new entity's history.
    func recordCreation(_ kind: EntityKind, _ id: Int64, origin: RecordOrigin) throws {
        let statement = try statements(.insertEvent)
        statement.bind(now)
        statement.bind(user)
        statement.bind(kind.prefix)
        statement.bind(id)
        try creationText.text(file: origin.file, line: origin.line).withUnsafeBufferPointer { text in
            statement.bind(inPlace: text)
            try statement.run()
        }
    }
}
