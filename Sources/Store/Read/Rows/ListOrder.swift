/// How a list is sorted: the dashboard's sort choice per pane (`o` cycles, `:sort NAME` picks).
///
/// Each list has its own standard order (reviews newest first, complaints by deadline, follow-ups
/// by urgency); ``choices(for:)`` says which orders a list offers, first the standard one. An
/// order a list does not offer sorts it the standard way.
public enum ListOrder: String, Sendable, Hashable, CaseIterable {
    case newest
    case oldest
    /// Lowest rating first: the unhappiest customers at the top; unrated items last.
    case worstRated = "worst-rated"
    case bestRated = "best-rated"
    /// Most negative sentiment score first.
    case mostNegative = "most-negative"
    case mostPositive = "most-positive"
    /// Complaints: open ones by resolution deadline, soonest first (their standard order).
    case deadline
    /// Complaints: critical first.
    case severity
    /// Follow-ups: to-do ranked by urgency (their standard order).
    case urgency
    /// Follow-ups: to-do by due date, soonest first.
    case due

    /// The orders `list` offers, its standard order first.
    public static func choices(for list: QueryList) -> [ListOrder] {
        switch list {
        case .reviews: return [.newest, .oldest, .worstRated, .bestRated, .mostNegative, .mostPositive]
        case .complaints: return [.deadline, .severity, .newest, .oldest]
        case .followUps: return [.urgency, .due, .newest, .oldest]
        case .brands: return []
        }
    }

    /// The `ORDER BY` clause (with a leading space) that sorts `list` this way; nil when `list`
    /// does not offer it or it is the list's standard order (the list's own query sorts then).
    func orderBySQL(for list: QueryList) -> String? {
        guard Self.choices(for: list).dropFirst().contains(self) else { return nil }
        switch (list, self) {
        case (.reviews, .oldest): return " ORDER BY i.posted, i.id"
        case (.reviews, .worstRated): return " ORDER BY i.rating IS NULL, i.rating, i.posted DESC, i.id DESC"
        case (.reviews, .bestRated): return " ORDER BY i.rating IS NULL, i.rating DESC, i.posted DESC, i.id DESC"
        case (.reviews, .mostNegative): return " ORDER BY i.score, i.posted DESC, i.id DESC"
        case (.reviews, .mostPositive): return " ORDER BY i.score DESC, i.posted DESC, i.id DESC"
        case (.complaints, .severity):
            return " ORDER BY c.status = 'resolved', CASE c.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, c.opened DESC, c.id DESC"
        case (.complaints, .newest): return " ORDER BY c.opened DESC, c.id DESC"
        case (.complaints, .oldest): return " ORDER BY c.opened, c.id"
        case (.followUps, .due): return " ORDER BY f.status = 'todo' DESC, f.due, f.id"
        case (.followUps, .newest): return " ORDER BY f.id DESC"
        case (.followUps, .oldest): return " ORDER BY f.id"
        default: return nil
        }
    }
}
