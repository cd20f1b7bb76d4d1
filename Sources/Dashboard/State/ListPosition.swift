/// Where a list stands: how many rows it has, which is selected, which is at the top.
public struct ListPosition: Equatable, Sendable {
    public var total: Int = 0
    /// True while `total` is only the rows loaded so far: the list's count comes after the frame
    /// that shows its first rows (while a filter is being typed).
    public var isCounting = false
    public var selected: Int = 0
    /// The first row on screen.
    public var top: Int = 0

    /// The count as shown: `200+` while the list is still being counted.
    public var countText: String { isCounting ? "\(total)+" : "\(total)" }

    public init(total: Int = 0, selected: Int = 0, top: Int = 0) {
        self.total = total
        self.selected = selected
        self.top = top
    }

    /// Moves the selection by `delta` rows, clamped to the list.
    public mutating func move(by delta: Int, visibleRows: Int) {
        select(selected + delta, visibleRows: visibleRows)
    }

    /// Selects row `index` (clamped) and scrolls so that it is on screen.
    public mutating func select(_ index: Int, visibleRows: Int) {
        selected = max(0, min(index, total - 1))
        scrollToSelection(visibleRows: visibleRows)
    }

    /// Keeps the selection on screen and the list from scrolling past its end.
    public mutating func scrollToSelection(visibleRows: Int) {
        let rows = max(1, visibleRows)
        if total == 0 { selected = 0; top = 0; return }
        selected = max(0, min(selected, total - 1))
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = max(0, min(top, max(0, total - rows)))
    }
}
