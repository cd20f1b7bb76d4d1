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
        let keyHash = ContentKeyHash.of(key)
        if let existing = try existingItem(key: key, hash: keyHash) {
            try skipDuplicate(.item, fileID: item.fileID, existing: existing, origin: origin)
            return
        }
        let id = try ids.assign(.item, fileID: item.fileID, db: db)
        try bind(.item, fileID: item.fileID, to: id, origin: origin)
        let linkedCustomer = try customer ?? (item.mayLinkByHandle ? self.customer(handle: item.author, source: item.source) : nil)
        let sentiment = item.sentiment
            ?? TaggedSentiment(SentimentAnalysis(score: 0, label: .neutral, scored: false), text: item.text)
        let posted = item.posted ?? now
        try insertItem(item, id: id, brand: brand, customer: linkedCustomer, duplicateOf: duplicateOf ?? nil,
                       sentiment: sentiment, posted: posted, key: key, keyHash: keyHash)
        knownKeys?.insert(keyHash)
        try insertDetails(item, id: id)
        counts.items += 1
        newItems.append(ItemSearchRow(id: id, title: item.title, text: item.text, author: item.author))
        itemTally[ItemCountKey(brand: brand, status: item.status), default: 0] += 1
        brandStats.add(brand: brand, posted: posted, rating: item.rating, status: item.status, sentiment: sentiment)
        try recordCreation(.item, id, origin: origin)
    }

    private func insertItem(_ item: ItemRecord, id: Int64, brand: Int64, customer: Int64?, duplicateOf: Int64?,
                            sentiment: TaggedSentiment, posted: Double, key: String, keyHash: Int64) throws {
        let insert = try statements(.insertItem)
        // The text and key, the longest values, are bound where they lie and the row is
        // inserted while they are.
        var text = item.text, key = key
        try text.withUTF8 { text in
            try key.withUTF8 { key in
                try insertItem(insert, item, id: id, brand: brand, customer: customer, duplicateOf: duplicateOf,
                               sentiment: sentiment, posted: posted, text: text, key: key, keyHash: keyHash)
            }
        }
    }

    private func insertItem(_ insert: ImportStatement, _ item: ItemRecord, id: Int64, brand: Int64, customer: Int64?,
                            duplicateOf: Int64?, sentiment: TaggedSentiment, posted: Double,
                            text: UnsafeBufferPointer<UInt8>, key: UnsafeBufferPointer<UInt8>, keyHash: Int64) throws {
        insert.bind(id)
        insert.bind(brand)
        insert.bind(item.kind)
        insert.bind(item.source)
        insert.bind(item.externalID)
        insert.bind(item.url)
        insert.bind(item.author)
        insert.bind(customer)
        insert.bind(item.rating)
        insert.bind(item.title)
        insert.bind(inPlace: text)
        insert.bind(item.language ?? sentiment.language)
        insert.bind(posted)
        insert.bind(now)
        insert.bind(item.status)
        insert.bind(item.waitingUntil)
        insert.bind(duplicateOf)
        insert.bind(item.priority)
        insert.bind(item.assignee)
        insert.bind(sentiment.score)
        insert.bind(sentiment.label)
        insert.bind(sentiment.isUrgent)
        insert.bind(sentiment.isComplaint)
        insert.bind(sentiment.isSpam)
        insert.bind(sentiment.stored)
        insert.bind(inPlace: key)
        insert.bind(keyHash)
        try insert.run()
    }

    /// Aspects (for the Brands pane), tags and notes of a new item.
    private mutating func insertDetails(_ item: ItemRecord, id: Int64) throws {
        let aspects = try statements(.insertAspect)
        for (aspect, score) in item.sentiment?.aspects ?? [] {
            aspects.bind(id)
            aspects.bind(aspect)
            aspects.bind(score)
            try aspects.run()
        }
        let tags = try statements(.insertTag)
        for tag in item.tags {
            tags.bind(id)
            tags.bind(tag)
            try tags.run()
        }
        try insertNotes(item.notes, with: .insertItemNote, id: id)
    }

    /// The notes of a new item, complaint or follow-up (`statement` is that kind's note insert).
    mutating func insertNotes(_ notes: [NoteRecord], with statement: ImportStatements.Kind, id: Int64) throws {
        guard !notes.isEmpty else { return }
        let insert = try statements(statement)
        for note in notes {
            insert.bind(id)
            insert.bind(note.author ?? user)
            insert.bind(note.at ?? now)
            insert.bind(note.text)
            try insert.run()
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
