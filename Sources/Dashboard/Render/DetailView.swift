import Foundation
import Store
import TerminalUI

/// The detail view: the full record behind the selected row, scrolled by `DetailState.scroll`.
public enum DetailView {
    static func draw(_ state: AppState, in rect: Rect, context: RenderContext, into buffer: inout ScreenBuffer) {
        let theme = context.theme
        let focused = state.area == .detail
        let title = state.detail.map { "\($0.id) · \($0.pane.title) detail" } ?? "Detail"
        let block = Block(title: title, borderStyle: theme[focused ? .paneBorderFocused : .paneBorder],
                          titleStyle: theme[focused ? .paneTitleFocused : .paneTitle], glyphs: context.glyphs.border)
        let inner = block.render(in: rect, buffer: &buffer)
        guard !inner.isEmpty else { return }
        let textWidth = inner.width - 2
        let all = lines(state, width: textWidth, glyphs: context.glyphs)
        let scroll = state.detail?.scroll ?? 0
        for (row, line) in all.dropFirst(scroll).prefix(inner.height).enumerated() {
            buffer.draw(line, x: inner.x + 1, y: inner.y + row, width: textWidth, theme: theme)
        }
    }

    /// How many lines the detail has at the current layout, for scrolling.
    public static func lineCount(_ detail: DetailState, state: AppState) -> Int {
        let layout = DashboardLayout(for: state)
        let width = (layout.detail?.width ?? state.size.width) - 4
        return lines(state, width: width, glyphs: .unicode).count
    }

    static func lines(_ state: AppState, width: Int, glyphs: Glyphs) -> [StyledLine] {
        guard width > 0 else { return [] }
        guard let detail = state.detail else {
            return [[Span("Nothing selected.", .muted)]]
        }
        guard let content = detail.content else { return [[Span("Loading \(detail.id)\(glyphs.ellipsis)", .muted)]] }
        switch content {
        case .brand(let profile): return BrandDetail.lines(profile, state: state, width: width, glyphs: glyphs)
        case .review(let review):
            let reply = state.triage.reply.flatMap { $0.itemID == detail.id ? ReplyDetailLines.lines($0, width: width) : nil } ?? []
            return ReviewDetailLines.lines(review, width: width, now: state.now, glyphs: glyphs) + reply
        case .complaint(let complaint): return ComplaintDetailLines.lines(complaint, width: width, now: state.now, glyphs: glyphs,
                                                                        hours: state.triageSettings.hours)
        case .followUp(let followUp): return FollowUpDetailLines.lines(followUp, width: width, now: state.now, glyphs: glyphs)
        }
    }

    /// A heading line followed by nothing: sections of a detail view start with one.
    static func heading(_ text: String) -> [StyledLine] { [[], [Span(text, .heading)]] }

    /// The history section, newest last.
    static func history(_ events: [HistoryEvent], width: Int) -> [StyledLine] {
        guard !events.isEmpty else { return [] }
        var out = heading("History")
        for event in events {
            let change = [event.before, event.after].compactMap { $0 }.joined(separator: " → ")
            out += wrapped("\(Formatters.dateTime(event.at)) \(event.user): \(event.field) \(change)", width: width, role: .muted, indent: 2)
        }
        return out
    }
}
