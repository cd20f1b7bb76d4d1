import Store
import TerminalUI

/// The top line: the store, the brand filter, and what needs attention.
enum HeaderLine {
    static func draw(_ state: AppState, in rect: Rect, context: RenderContext, into buffer: inout ScreenBuffer) {
        let theme = context.theme
        buffer.fill(rect, style: theme[.header])
        let scope = state.brandFilterName.map { "only \($0)" } ?? "all brands"
        let left: StyledLine = [Span(" earshot", .header), Span(" · \(state.storeLabel) · \(scope)", .header)]
        let right = attention(state.attention, room: rect.width - DisplayWidth.of(left.map(\.text).joined()) - 2)
        let rightWidth = right.reduce(0) { $0 + DisplayWidth.of($1.text) }
        if rightWidth > 0 {
            buffer.draw(right, x: rect.maxX - rightWidth, y: rect.y, width: rightWidth, theme: theme)
            buffer.draw(left, x: rect.x, y: rect.y, width: rect.width - rightWidth - 1, theme: theme)
        } else {
            buffer.draw(left, x: rect.x, y: rect.y, width: rect.width, theme: theme)
        }
    }

    /// What needs attention, in the longest form that fits in `room` columns (or nothing).
    static func attention(_ counts: AttentionCounts?, room: Int) -> StyledLine {
        guard let counts else { return [] }
        let forms: [(String, String, String)] = [
            ("new", "overdue follow-ups", "open complaints"),
            ("new", "overdue", "open"),
        ]
        for (new, overdue, open) in forms {
            let line: StyledLine = [
                Span("\(counts.newItems) \(new)", counts.newItems > 0 ? .headerAttention : .header),
                Span(" · ", .header),
                Span("\(counts.overdueFollowUps) \(overdue)", counts.overdueFollowUps > 0 ? .headerAttention : .header),
                Span(" · ", .header),
                Span("\(counts.openComplaints) \(open) ", .header),
            ]
            if DisplayWidth.of(line.map(\.text).joined()) <= room { return line }
        }
        return []
    }
}
