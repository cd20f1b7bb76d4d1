import GRDB

extension ImportWriter {
    /// The row a reference names: a file id of this import, else a short id in the store.
    mutating func resolve(_ reference: RecordReference, _ kind: EntityKind, origin: RecordOrigin,
                          errors: inout [ImportError]) throws -> Int64? {
        if let id = ids.lookup(kind, reference.text) { return id }
        if let line = ids.rejectedLine(kind, reference.text) {
            errors.append(origin.error(reference.field, "refers to \(reference.text), which was rejected (line \(line))",
                                       line: reference.line))
            return nil
        }
        if let short = ShortID(reference.text, kind: kind), try ids.existsInStore(kind, short.number, db: db) {
            return short.number
        }
        errors.append(origin.error(reference.field,
            "no \(Self.noun(kind)) '\(reference.text)': define it earlier in the file or import it first",
            line: reference.line))
        return nil
    }

    /// A brand by file id, short id, name or alias; a new name creates the brand.
    mutating func resolveBrand(_ reference: RecordReference, origin: RecordOrigin,
                               errors: inout [ImportError]) throws -> Int64? {
        if let id = ids.lookup(.brand, reference.text) { return id }
        if let line = ids.rejectedLine(.brand, reference.text) {
            errors.append(origin.error(reference.field, "refers to \(reference.text), which was rejected (line \(line))",
                                       line: reference.line))
            return nil
        }
        let short = ShortID(reference.text, kind: .brand)
        if let short, try ids.existsInStore(.brand, short.number, db: db) { return short.number }
        if let id = try brand(named: reference.text) { return id }
        if short != nil {
            errors.append(origin.error(reference.field,
                "no brand '\(reference.text)': define it earlier in the file, import it first, or use the brand's name",
                line: reference.line))
            return nil
        }
        return try createBrand(named: reference.text.trimmingSpaces, origin: origin)
    }

    /// The brand with this name or alias, in this import or the store.
    mutating func brand(named name: String) throws -> Int64? {
        let key = NameKey.make(name)
        if let id = brandsByName[key] { return id }
        let statement = try db.cachedStatement(sql: """
            SELECT id FROM brand WHERE name_key = ?1
            UNION ALL SELECT brand_id FROM brand_alias WHERE alias_key = ?1 LIMIT 1
            """)
        guard let id = try Int64.fetchOne(statement, arguments: [key]) else { return nil }
        brandsByName[key] = id
        return id
    }

    /// The brand of an item that names none: `--brand`, else the one own brand.
    mutating func defaultBrandID(origin: RecordOrigin, errors: inout [ImportError]) throws -> Int64? {
        if let cachedDefaultBrand { return cachedDefaultBrand }
        if let defaultBrand {
            let reference = RecordReference(text: defaultBrand, field: "--brand", line: origin.line)
            cachedDefaultBrand = try resolveBrand(reference, origin: origin, errors: &errors)
            return cachedDefaultBrand
        }
        guard let own = try ownBrand() else {
            errors.append(origin.error("brand", "is missing: add a brand field or column, or pass --brand NAME"))
            return nil
        }
        cachedDefaultBrand = own
        return own
    }

    /// The store's own brand when it has exactly one.
    func ownBrand() throws -> Int64? {
        let own = try Int64.fetchAll(db, sql: "SELECT id FROM brand WHERE own = 1 LIMIT 2")
        return own.count == 1 ? own[0] : nil
    }

    /// Adds a brand that items name but no brand record defined; the first brand of a store is its own.
    mutating func createBrand(named name: String, origin: RecordOrigin) throws -> Int64 {
        let hasOwn = try Int.fetchOne(db, sql: "SELECT 1 FROM brand WHERE own = 1 LIMIT 1") != nil
        let id = try ids.assign(.brand, fileID: nil, db: db)
        try insertBrand(id: id, name: name, own: !hasOwn, origin: origin)
        warnings.append("\(origin.file):\(origin.line): new brand '\(name)' (B\(id)\(hasOwn ? "" : ", your own brand"))")
        return id
    }

    /// The (brand, customer) of an item already written.
    func itemLinks(_ id: Int64) throws -> (brand: Int64, customer: Int64?)? {
        let statement = try db.cachedStatement(sql: "SELECT brand_id, customer_id FROM item WHERE id = ?")
        guard let row = try Row.fetchOne(statement, arguments: [id]) else { return nil }
        return (row[0], row[1])
    }

    /// The (brand, customer) of a complaint already written.
    func complaintLinks(_ id: Int64) throws -> (brand: Int64, customer: Int64?)? {
        let statement = try db.cachedStatement(sql: "SELECT brand_id, customer_id FROM complaint WHERE id = ?")
        guard let row = try Row.fetchOne(statement, arguments: [id]) else { return nil }
        return (row[0], row[1])
    }

    static func noun(_ kind: EntityKind) -> String {
        switch kind {
        case .item: return "item"
        case .complaint: return "complaint"
        case .followUp: return "follow-up"
        case .brand: return "brand"
        case .customer: return "customer"
        }
    }
}
