import TerminalUI

/// The top line: the store, the brand filter, and what needs attention.
enum HeaderLine {
    static func draw(_ state: AppState, in rect: Rect, context: RenderContext, into buffer: inout ScreenBuffer) {
        let theme = context.theme
        buffer.fill(rect, style: theme[.header])
        let scope = state.brandFilterName.map { "only \($0)" } ?? "all brands"
        let left: StyledLine = [Span(" earshot", .header), Span(" · \(state.storeLabel) · \(scope)", .header)]
        var right: StyledLine = []
        if let counts = state.attention {
            right = [
                Span("\(counts.newItems) new", counts.newItems > 0 ? .headerAttention : .header),
                Span(" · ", .header),
                Span("\(counts.overdueFollowUps) overdue follow-ups", counts.overdueFollowUps > 0 ? .headerAttention : .header),
                Span(" · ", .header),
                Span("\(counts.openComplaints) open complaints ", .header),
            ]
        }
        let rightWidth = right.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let leftWidth = left.reduce(0) { $0 + DisplayWidth.of($1.text) }
        if leftWidth + rightWidth + 2 <= rect.width {
            buffer.draw(right, x: rect.maxX - rightWidth, y: rect.y, width: rightWidth, theme: theme)
            buffer.draw(left, x: rect.x, y: rect.y, width: rect.width - rightWidth - 1, theme: theme)
        } else {
            buffer.draw(left, x: rect.x, y: rect.y, width: rect.width, theme: theme)
        }
    }
}
