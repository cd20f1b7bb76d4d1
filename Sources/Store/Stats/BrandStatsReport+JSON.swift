import Foundation

extension BrandStatsReport {
    /// `earshot stats --json`: `{"period": "30d", "from": DAY, "to": DAY, "previous_from": DAY,
    /// "previous_to": DAY, "brands": [{"id", "name", "own", FIGURES…, "weekly": [...],
    /// "previous": {FIGURES…}, "changes": {...}}]}`.
    public var json: StoreJSON {
        .object([
            "period": .string(period.rawValue),
            "from": .string(StoreTime.day(from)), "to": .string(StoreTime.day(to)),
            "previous_from": previousFrom.map { .string(StoreTime.day($0)) } ?? .null,
            "previous_to": previousTo.map { .string(StoreTime.day($0)) } ?? .null,
            "brands": .array(brands.map(\.json)),
        ])
    }
}

extension BrandStats {
    var json: StoreJSON {
        var members: [StoreJSONMember] = [
            StoreJSONMember(key: "id", value: .string(id)), StoreJSONMember(key: "name", value: .string(name)),
            StoreJSONMember(key: "own", value: .bool(isOwn)),
        ]
        members += current.jsonMembers
        members.append(StoreJSONMember(key: "weekly", value: .array(weekly.map { week in
            .object(["week_ending": .string(StoreTime.day(week.lastDay)), "volume": .int(Int64(week.volume)),
                     "positive": .int(Int64(week.positive)), "negative": .int(Int64(week.negative)),
                     "mean_score": Self.number(week.meanScore), "average_rating": Self.number(week.averageRating)])
        })))
        members.append(StoreJSONMember(key: "previous", value: previous.map { .object($0.jsonMembers) } ?? .null))
        members.append(StoreJSONMember(key: "changes", value: changes.map { changes in
            .object(["volume": Self.number(changes.volume), "average_rating": Self.number(changes.averageRating),
                     "net_sentiment": Self.number(changes.netSentiment),
                     "complaint_share": Self.number(changes.complaintShare),
                     "followup_completion": Self.number(changes.followUpCompletion),
                     "median_first_response_seconds": Self.number(changes.medianFirstResponse)])
        } ?? .null))
        return .object(members)
    }

    static func number(_ value: Double?) -> StoreJSON {
        value.map { .double($0) } ?? .null
    }
}

extension BrandFigures {
    var jsonMembers: [StoreJSONMember] {
        let number = BrandStats.number
        let count = { (value: Int) in StoreJSON.int(Int64(value)) }
        let top = { (counts: [AspectCount]) in
            StoreJSON.array(counts.map { .object(["aspect": .string($0.aspect.rawValue), "count": count($0.count)]) })
        }
        let pairs: [(String, StoreJSON)] = [
            ("volume", count(volume)), ("rated", count(rated)), ("average_rating", number(averageRating)),
            ("positive", count(positive)), ("neutral", count(neutral)), ("negative", count(negative)),
            ("net_sentiment", number(netSentiment)), ("mean_score", number(meanScore)),
            ("complaints", count(complaints)), ("complaint_share", number(complaintShare)),
            ("followups_due", count(followUpsDue)), ("followups_done", count(followUpsDone)),
            ("followup_completion", number(followUpCompletion)), ("responded", count(responded)),
            ("median_first_response_seconds", number(medianFirstResponse)),
            ("top_praised", top(topPraised)), ("top_complained", top(topComplained)),
            ("aspects", .array(aspects.map {
                .object(["aspect": .string($0.aspect.rawValue), "praised": count($0.praised),
                         "complained": count($0.complained)])
            })),
        ]
        return pairs.map { StoreJSONMember(key: $0.0, value: $0.1) }
    }
}
