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
        if let existing = try existingCustomer(nameKey: key, contact: customer.contact) {
            try skipDuplicate(.customer, fileID: customer.fileID, existing: existing, origin: origin)
            return
        }
        let id = try ids.assign(.customer, fileID: customer.fileID, db: db)
        try bind(.customer, fileID: customer.fileID, to: id, origin: origin)
        let insert = try statements(.insertCustomer)
        insert.bind(id)
        insert.bind(customer.name)
        insert.bind(key)
        insert.bind(customer.contact)
        insert.bind(customer.notes)
        try insert.run()
        let handles = try statements(.insertCustomerHandle)
        for (source, handle) in customer.handles {
            handles.bind(id)
            handles.bind(source)
            handles.bind(handle)
            try handles.run()
        }
        counts.customers += 1
        try recordCreation(.customer, id, origin: origin)
    }

    /// The first customer with this name key and no different contact, or the first forgotten
    /// one that was imported with this name and contact.
    private func existingCustomer(nameKey: String, contact: String?) throws -> Int64? {
        let byName = try statements(.customerByName)
        byName.bind(nameKey)
        byName.bind(contact)
        let named = try byName.fetchInt64()
        let byForgottenName = try statements(.customerByForgottenName)
        byForgottenName.bind(ForgottenCustomerKey.make(nameKey: nameKey, contact: contact))
        let forgotten = try byForgottenName.fetchInt64()
        return [named, forgotten].compactMap { $0 }.min()
    }
}
