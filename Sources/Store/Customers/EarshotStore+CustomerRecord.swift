import Foundation
import GRDB

extension EarshotStore {
    /// Everything the store holds about customer `id` ("P4"), for `earshot customer export`:
    /// `{"customer": {…, "history"}, "items": [{…, "reply", "history"}], "complaints": […],
    /// "followups": […], "exported": TIME, "exported_by": USER}`; each entity is the record
    /// `earshot show --json` prints (notes, tags, links and whole history included), items add
    /// their reply. Nil when there is no such customer.
    public func customerRecord(id: String, now: Date) throws -> StoreJSON? {
        guard let number = ShortID(id, kind: .customer)?.number else { throw StoreError.unknownID(id) }
        guard let scope = try reading({ db in try CustomerScope.find(db, customer: number) }) else { return nil }
        let replies = try reading { db in
            try scope.items.reduce(into: [Int64: Reply]()) { found, item in found[item] = try Reply.fetch(db, item: item) }
        }
        func records(_ kind: EntityKind, _ ids: [Int64]) throws -> StoreJSON {
            .array(try ids.compactMap { number in
                guard let record = try entityRecord(id: kind.prefix + String(number), now: now) else { return nil }
                guard kind == .item else { return record }
                return record.appending(["reply": replies[number].map(\.json) ?? .null])
            })
        }
        guard let customer = try entityRecord(id: id, now: now) else { return nil }
        return .object([
            "customer": customer, "items": try records(.item, scope.items),
            "complaints": try records(.complaint, scope.complaints), "followups": try records(.followUp, scope.followUps),
            "exported": .time(now.timeIntervalSince1970), "exported_by": .string(user),
        ])
    }
}

extension Reply {
    /// `{"text", "template", "status", "author", "created", "updated", "sent_at", "sent_by", "version"}`.
    public var json: StoreJSON {
        .object([
            "text": .string(text), "template": .text(template), "status": .string(status.rawValue),
            "author": .string(author), "created": .time(created.timeIntervalSince1970),
            "updated": .time(updated.timeIntervalSince1970), "sent_at": .time(sentAt?.timeIntervalSince1970),
            "sent_by": .text(sentBy), "version": .int(Int64(version)),
        ])
    }
}
