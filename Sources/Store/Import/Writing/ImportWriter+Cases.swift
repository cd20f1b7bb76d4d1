import GRDB

extension ImportWriter {
    /// Adds a complaint and its item links, unless the store has it.
    mutating func write(_ complaint: ComplaintRecord, origin: RecordOrigin) throws {
        var errors: [ImportError] = []
        var items: [Int64] = []
        for reference in complaint.items {
            if let id = try resolve(reference, .item, origin: origin, errors: &errors), !items.contains(id) {
                items.append(id)
            }
        }
        let namedBrand = try complaint.brand.map { try resolveBrand($0, origin: origin, errors: &errors) }
        var customer = try complaint.customer.map { try resolve($0, .customer, origin: origin, errors: &errors) } ?? nil
        try reject(errors, origin)
        let firstItem = try items.first.flatMap { try itemLinks($0) }
        guard let brand = namedBrand ?? firstItem?.brand else {
            return try reject([origin.error("brand", "is missing: give the complaint a brand or the items it came from")], origin)
        }
        if !complaint.customerGiven { customer = customer ?? firstItem?.customer }
        let key = ContentKey.complaint(brand: brand, customer: customer, category: complaint.category,
                                       summary: complaint.summary, opened: complaint.opened)
        if let existing = try existingRow(table: "complaint", key: key) {
            try skipDuplicate(.complaint, fileID: complaint.fileID, existing: existing, origin: origin)
            return
        }
        let id = try ids.assign(.complaint, fileID: complaint.fileID, db: db)
        try bind(.complaint, fileID: complaint.fileID, to: id, origin: origin)
        try execute("""
            INSERT INTO complaint (id, brand_id, customer_id, category, summary, severity, status, opened,
                first_response_due, resolution_due, first_response_at, resolved_at, resolution, owner, dedupe_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, brand, customer, complaint.category, complaint.summary, complaint.severity, complaint.status,
                  complaint.opened, complaint.firstResponseDue, complaint.resolutionDue, complaint.firstResponseAt,
                  complaint.resolvedAt, complaint.resolution, complaint.owner, key])
        for item in items {
            try execute("INSERT INTO complaint_item (complaint_id, item_id) VALUES (?, ?)", [id, item])
        }
        try insertNotes(complaint.notes, with: .insertComplaintNote, id: id)
        counts.complaints += 1
        try recordCreation(.complaint, id, origin: origin)
    }

    /// Adds a follow-up, unless the store has it. Its brand comes from its item or complaint; one
    /// with only a customer belongs to the own brand (when the store has exactly one).
    mutating func write(_ followUp: FollowUpRecord, origin: RecordOrigin) throws {
        var errors: [ImportError] = []
        let item = try followUp.item.map { try resolve($0, .item, origin: origin, errors: &errors) } ?? nil
        let complaint = try followUp.complaint.map { try resolve($0, .complaint, origin: origin, errors: &errors) } ?? nil
        var customer = try followUp.customer.map { try resolve($0, .customer, origin: origin, errors: &errors) } ?? nil
        try reject(errors, origin)
        let links = try item.flatMap { try itemLinks($0) } ?? complaint.flatMap { try complaintLinks($0) }
        if !followUp.customerGiven { customer = customer ?? links?.customer }
        let key = ContentKey.followUp(customer: customer, item: item, complaint: complaint, channel: followUp.channel,
                                      due: followUp.due, reason: followUp.reason)
        if let existing = try existingRow(table: "followup", key: key) {
            try skipDuplicate(.followUp, fileID: followUp.fileID, existing: existing, origin: origin)
            return
        }
        let brand = try links?.brand ?? ownBrand()
        let id = try ids.assign(.followUp, fileID: followUp.fileID, db: db)
        try bind(.followUp, fileID: followUp.fileID, to: id, origin: origin)
        try execute("""
            INSERT INTO followup (id, brand_id, customer_id, item_id, complaint_id, owner, channel, due, status,
                reason, outcome, done_at, dedupe_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, brand, customer, item, complaint, followUp.owner, followUp.channel, followUp.due,
                  followUp.status, followUp.reason, followUp.outcome, followUp.doneAt, key])
        try insertNotes(followUp.notes, with: .insertFollowUpNote, id: id)
        counts.followUps += 1
        try recordCreation(.followUp, id, origin: origin)
    }
}
