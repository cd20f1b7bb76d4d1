import Store
import TerminalUI

/// The Brands pane: own brand first, then competitors, over the chosen period. With room, each
/// brand takes two rows (the glance and the why) under a line of column headings; otherwise one.
enum BrandsPane {
    static func draw(_ state: AppState, in rect: Rect, context: RenderContext, into buffer: inout ScreenBuffer) {
        let theme = context.theme
        let focused = state.focus == .brands
        let position = state.position(.brands)
        let block = Block(title: "\(Pane.brands.number) \(Pane.brands.title) \(context.glyphs.separator) \(state.brandPeriod.phrase) (\(position.total))",
                          borderStyle: theme[focused ? .paneBorderFocused : .paneBorder],
                          titleStyle: theme[focused ? .paneTitleFocused : .paneTitle], glyphs: context.glyphs.border)
        let inner = block.render(in: rect, buffer: &buffer)
        guard !inner.isEmpty else { return }
        let width = inner.width - 1
        let brands = state.brands
        if brands.isEmpty {
            let text = position.total == 0 ? "No brands yet: earshot import FILE adds them" : "Loading\(context.glyphs.ellipsis)"
            buffer.put(text, x: inner.x + 1, y: inner.y, style: theme[.muted], maxWidth: width)
            return
        }
        let style = theme[focused && state.area == .list ? .selection : .selectionUnfocused]
        if isDetailed(brands: brands.count, height: inner.height) {
            buffer.draw(BrandLine.headings(width: width, glyphs: context.glyphs), x: inner.x + 1, y: inner.y, width: width, theme: theme)
            for (index, brand) in brands.enumerated() {
                let y = inner.y + 1 + 2 * index
                drawGlance(brand, selected: index == position.selected, style: style, state: state,
                           at: Rect(x: inner.x, y: y, width: inner.width, height: 1), context: context, into: &buffer)
                buffer.draw(BrandLine.why(brand, width: width, glyphs: context.glyphs), x: inner.x + 1, y: y + 1, width: width, theme: theme)
            }
            return
        }
        for row in 0..<inner.height {
            let index = position.top + row
            guard brands.indices.contains(index) else { break }
            drawGlance(brands[index], selected: index == position.selected, style: style, state: state,
                       at: Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), context: context, into: &buffer)
        }
    }

    /// True when every brand fits with two rows each and the headings.
    static func isDetailed(brands: Int, height: Int) -> Bool {
        height >= 2 * brands + 1
    }

    /// The glance row; when selected, its name in the selection style (only the name, so a move
    /// re-sends few bytes).
    static func drawGlance(_ brand: BrandStats, selected: Bool, style: Style, state: AppState, at rect: Rect,
                           context: RenderContext, into buffer: inout ScreenBuffer) {
        let line = BrandLine.glance(brand, filtered: state.brandFilter == brand.id, width: rect.width - 1, glyphs: context.glyphs)
        buffer.draw(line, x: rect.x + 1, y: rect.y, width: rect.width - 1, theme: context.theme)
        guard selected, let name = line.first else { return }
        let nameWidth = min(rect.width, 1 + Formatters.width(name.text))
        buffer.fill(Rect(x: rect.x, y: rect.y, width: nameWidth, height: 1), style: style)
        buffer.draw([name], x: rect.x + 1, y: rect.y, width: nameWidth - 1, theme: context.theme, override: style)
    }
}
