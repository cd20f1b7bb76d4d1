/// The keys of `key:value` terms.
public enum QueryKey: String, Sendable, Hashable, CaseIterable {
    case brand, source, status, sentiment, rating, since, until, tag, assignee, aspect, `is`, lang, kind,
         priority, severity, channel, customer

    /// Other spellings accepted for a key.
    static let aliases: [String: QueryKey] = [
        "owner": .assignee, "language": .lang, "category": .aspect, "label": .sentiment, "stars": .rating,
        "after": .since, "before": .until, "from": .since, "to": .until,
    ]

    /// The key for a written name (any letter case), nil when it is not one.
    static func named(_ name: String) -> QueryKey? {
        let lowered = name.lowercased()
        return QueryKey(rawValue: lowered) ?? aliases[lowered]
    }

    /// An example of the key in use, for messages.
    var example: String {
        switch self {
        case .brand: return "brand:B1 or brand:\"Crumb & Kettle\""
        case .source: return "source:google"
        case .status: return "status:new"
        case .sentiment: return "sentiment:neg"
        case .rating: return "rating:<=2"
        case .since: return "since:2026-10-01 or since:7d"
        case .until: return "until:2026-10-31"
        case .tag: return "tag:regular"
        case .assignee: return "assignee:me"
        case .aspect: return "aspect:speed"
        case .is: return "is:complaint"
        case .lang: return "lang:en"
        case .kind: return "kind:review"
        case .priority: return "priority:high"
        case .severity: return "severity:critical"
        case .channel: return "channel:call"
        case .customer: return "customer:P3"
        }
    }
}
