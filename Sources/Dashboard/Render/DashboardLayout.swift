import TerminalUI

/// Where each part of the dashboard goes for a given size: header, panes, detail, status line.
///
/// The focused pane gets most of the list column and the others shrink to a few rows (lazygit's
/// layout). Wide screens show the detail beside the lists; narrow ones show it in their place when
/// it has the focus. Both the reducer (for paging) and the renderer use this one computation.
public struct DashboardLayout: Equatable, Sendable {
    /// Below this, the dashboard says the terminal is too small instead of drawing.
    public static let minimumSize = Size(width: 60, height: 16)
    /// From this width on, the detail view stands beside the lists.
    public static let sideBySideWidth = 100

    public var header: Rect
    public var status: Rect
    public var panes: [Pane: Rect]
    public var detail: Rect?
    public var isTooSmall: Bool

    /// The layout for `state`'s size, focus and list lengths.
    public init(for state: AppState) {
        var rows: [Pane: Int] = [:]
        for pane in Pane.allCases { rows[pane] = state.position(pane).total }
        self.init(size: state.size, focus: state.focus, area: state.area, rowCounts: rows)
    }

    /// The layout for `size`; `rowCounts` lets unfocused panes shrink to what they hold.
    public init(size: Size, focus: Pane, area: FocusArea, rowCounts: [Pane: Int]) {
        isTooSmall = size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
        header = Rect(x: 0, y: 0, width: size.width, height: 1)
        status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        let body = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
        panes = [:]
        detail = nil
        guard !isTooSmall else { return }
        var listColumn = body
        if size.width >= Self.sideBySideWidth {
            let columns = Layout.horizontal([.percentage(55), .fill(min: 0)], in: body)
            listColumn = columns[0]
            detail = columns[1]
        } else if area == .detail {
            detail = body
            return
        }
        panes = Self.stack(in: listColumn, focus: focus, rowCounts: rowCounts)
    }

    /// Rows of content (inside the border) that `pane`'s list shows.
    public func visibleRows(_ pane: Pane) -> Int {
        max(1, (panes[pane]?.height ?? 3) - 2)
    }

    /// Rows of content the detail view shows.
    public var detailRows: Int { max(1, (detail?.height ?? 3) - 2) }

    static func stack(in column: Rect, focus: Pane, rowCounts: [Pane: Int]) -> [Pane: Rect] {
        let focusedMinimum = 7
        func unfocusedRows(cap: Int) -> [Pane: Int] {
            var rows: [Pane: Int] = [:]
            for pane in Pane.allCases where pane != focus {
                rows[pane] = min(max(1, rowCounts[pane] ?? 0), pane == .brands ? cap + 1 : cap)
            }
            return rows
        }
        var rows = unfocusedRows(cap: 3)
        if rows.values.reduce(0, { $0 + $1 + 2 }) + focusedMinimum > column.height { rows = unfocusedRows(cap: 1) }
        if rows.values.reduce(0, { $0 + $1 + 2 }) + focusedMinimum > column.height {
            rows = rows.mapValues { _ in 1 }
        }
        let constraints = Pane.allCases.map { pane -> Constraint in
            pane == focus ? .fill(min: 3) : .length((rows[pane] ?? 1) + 2)
        }
        let rects = Layout.vertical(constraints, in: column)
        return Dictionary(uniqueKeysWithValues: zip(Pane.allCases, rects))
    }
}
