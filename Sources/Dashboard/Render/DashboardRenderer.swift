import TerminalUI

/// Draws the whole dashboard for a state into a fresh screen buffer. Pure: no terminal, no store.
public struct DashboardRenderer: Sendable {
    public var context: RenderContext

    public init(context: RenderContext) {
        self.context = context
    }

    public func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: state.size)
        let layout = DashboardLayout(for: state)
        if layout.isTooSmall {
            drawTooSmall(state.size, into: &buffer)
            return buffer
        }
        HeaderLine.draw(state, in: layout.header, context: context, into: &buffer)
        for pane in Pane.allCases {
            if let rect = layout.panes[pane] { PaneList.draw(pane, state: state, in: rect, context: context, into: &buffer) }
        }
        if let rect = layout.detail { DetailView.draw(state, in: rect, context: context, into: &buffer) }
        StatusLine.draw(state, in: layout.status, context: context, into: &buffer)
        if state.showingHelp { HelpScreen.draw(state, context: context, into: &buffer) }
        TriageOverlay.draw(state, context: context, into: &buffer)
        return buffer
    }

    private func drawTooSmall(_ size: Size, into buffer: inout ScreenBuffer) {
        let minimum = DashboardLayout.minimumSize
        let text = "earshot needs a terminal of at least \(minimum.width)x\(minimum.height); this one is \(size.width)x\(size.height). Make it larger, or press q to quit."
        let lines = TextWrap.wrap(text, width: max(1, size.width - 2))
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            buffer.put(line, x: x, y: top + i, style: context.theme[.text])
        }
    }
}
