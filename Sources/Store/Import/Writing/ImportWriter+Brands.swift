import GRDB

extension ImportWriter {
    /// Adds a brand unless one with its name (or one of its aliases) exists.
    mutating func write(_ brand: BrandRecord, origin: RecordOrigin) throws {
        if let existing = try self.brand(named: brand.name) {
            try skipDuplicate(.brand, fileID: brand.fileID, existing: existing, origin: origin)
            return
        }
        var errors: [ImportError] = []
        for alias in brand.aliases {
            if let owner = try self.brand(named: alias) {
                errors.append(origin.error("aliases", "'\(alias)' already names brand B\(owner): remove it from this brand"))
            }
        }
        try reject(errors, origin)
        let id = try ids.assign(.brand, fileID: brand.fileID, db: db)
        try bind(.brand, fileID: brand.fileID, to: id, origin: origin)
        try insertBrand(id: id, name: brand.name, own: brand.own, origin: origin)
        for alias in brand.aliases where brandsByName[NameKey.make(alias)] == nil {
            try execute("INSERT INTO brand_alias (alias_key, alias, brand_id) VALUES (?, ?, ?)",
                        [NameKey.make(alias), alias, id])
            brandsByName[NameKey.make(alias)] = id
        }
    }

    mutating func insertBrand(id: Int64, name: String, own: Bool, origin: RecordOrigin) throws {
        try execute("INSERT INTO brand (id, name, name_key, own) VALUES (?, ?, ?, ?)",
                    [id, name, NameKey.make(name), own])
        brandsByName[NameKey.make(name)] = id
        cachedDefaultBrand = nil
        counts.brands += 1
        try recordCreation(.brand, id, origin: origin)
    }

    /// Adds a customer unless one with the same name (and no different contact) exists, or one
    /// imported with this name and contact was forgotten (it stays forgotten).
    mutating func write(_ customer: CustomerRecord, origin: RecordOrigin) throws {
        let key = NameKey.make(customer.name)
        let statement = try db.cachedStatement(sql: """
            SELECT id FROM customer
            WHERE (name_key = ?1 AND (contact IS NULL OR ?2 IS NULL OR contact = ?2)) OR name_key = ?3
            ORDER BY id LIMIT 1
            """)
        let forgotten = ForgottenCustomerKey.make(nameKey: key, contact: customer.contact)
        if let existing = try Int64.fetchOne(statement, arguments: [key, customer.contact, forgotten]) {
            try skipDuplicate(.customer, fileID: customer.fileID, existing: existing, origin: origin)
            return
        }
        let id = try ids.assign(.customer, fileID: customer.fileID, db: db)
        try bind(.customer, fileID: customer.fileID, to: id, origin: origin)
        try execute("INSERT INTO customer (id, name, name_key, contact, notes) VALUES (?, ?, ?, ?, ?)",
                    [id, customer.name, key, customer.contact, customer.notes])
        for (source, handle) in customer.handles {
            try execute("INSERT OR IGNORE INTO customer_handle (customer_id, source, handle) VALUES (?, ?, ?)",
                        [id, source, handle])
        }
        counts.customers += 1
        try recordCreation(.customer, id, origin: origin)
    }
}
