import GRDB
import Sentiment

extension ImportWriter {
    /// Adds an item with its sentiment, aspects, tags and notes, unless the store has it.
    mutating func write(_ item: ItemRecord, origin: RecordOrigin) throws {
        var errors: [ImportError] = []
        let brand = try item.brand.map { try resolveBrand($0, origin: origin, errors: &errors) }
            ?? defaultBrandID(origin: origin, errors: &errors)
        let customer = try item.customer.map { try resolve($0, .customer, origin: origin, errors: &errors) }
        let duplicateOf = try item.duplicateOf.map { try resolve($0, .item, origin: origin, errors: &errors) }
        try reject(errors, origin)
        guard let brand else {
            return try reject([origin.error("brand", "is missing: add a brand field or column, or pass --brand NAME")], origin)
        }
        let key = ContentKey.item(brand: brand, source: item.source, externalID: item.externalID, author: item.author,
                                  title: item.title, text: item.text, posted: item.posted)
        if let existing = try existingRow(table: "item", key: key) {
            try skipDuplicate(.item, fileID: item.fileID, existing: existing, origin: origin)
            return
        }
        let id = try ids.assign(.item, fileID: item.fileID, db: db)
        try bind(.item, fileID: item.fileID, to: id, origin: origin)
        let linkedCustomer = try customer ?? (item.mayLinkByHandle ? self.customer(handle: item.author, source: item.source) : nil)
        try insertItem(item, id: id, brand: brand, customer: linkedCustomer, duplicateOf: duplicateOf ?? nil, key: key)
        try insertDetails(item, id: id)
        counts.items += 1
        newItems.append(id)
        itemTally[ItemCountKey(brand: brand, status: item.status), default: 0] += 1
        try recordCreation(.item, id, origin: origin)
    }

    private func insertItem(_ item: ItemRecord, id: Int64, brand: Int64, customer: Int64?, duplicateOf: Int64?,
                            key: String) throws {
        let sentiment = item.sentiment ?? TaggedSentiment(SentimentAnalysis(score: 0, label: .neutral, scored: false))
        try execute("""
            INSERT INTO item (id, brand_id, kind, source, external_id, url, author, customer_id, rating, title,
                text, language, posted, imported, status, waiting_until, duplicate_of, priority, assignee,
                score, label, is_urgent, is_complaint, is_spam, analysis, dedupe_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [
                id, brand, item.kind, item.source, item.externalID, item.url, item.author, customer, item.rating,
                item.title, item.text, item.language ?? sentiment.language, item.posted ?? now, now, item.status,
                item.waitingUntil, duplicateOf, item.priority, item.assignee,
                sentiment.score, sentiment.label, sentiment.isUrgent, sentiment.isComplaint, sentiment.isSpam,
                sentiment.json, key,
            ])
    }

    /// Aspects (for the Brands pane), tags and notes of a new item.
    private mutating func insertDetails(_ item: ItemRecord, id: Int64) throws {
        for (aspect, score) in item.sentiment?.aspects ?? [] {
            try execute("INSERT INTO item_aspect (item_id, aspect, score) VALUES (?, ?, ?)", [id, aspect, score])
        }
        for tag in item.tags {
            try execute("INSERT OR IGNORE INTO item_tag (item_id, tag) VALUES (?, ?)", [id, tag])
        }
        try insertNotes(item.notes, column: "item_id", id: id)
    }

    /// The notes of a new item, complaint or follow-up (`column` says which).
    mutating func insertNotes(_ notes: [NoteRecord], column: String, id: Int64) throws {
        for note in notes {
            try execute("INSERT INTO note (\(column), author, at, text) VALUES (?, ?, ?, ?)",
                        [id, note.author ?? user, note.at ?? now, note.text])
            newNotes.append(db.lastInsertedRowID)
            counts.notes += 1
        }
    }

    /// The one customer known by this handle on this source, if exactly one is.
    private func customer(handle: String, source: String) throws -> Int64? {
        guard !handle.isEmpty else { return nil }
        let statement = try db.cachedStatement(sql: """
            SELECT customer_id FROM customer_handle WHERE source = ? AND handle = ? LIMIT 2
            """)
        let matches = try Int64.fetchAll(statement, arguments: [source, handle])
        return matches.count == 1 ? matches[0] : nil
    }
}
