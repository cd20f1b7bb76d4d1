/// The rows of a list that are loaded: a window of the whole, from `offset`.
///
/// Lists never load the whole store: the dashboard asks for the rows around what is on screen.
public struct RowWindow<Row: Hashable & Sendable>: Equatable, Sendable {
    public var offset: Int
    public var rows: [Row]

    public init(offset: Int = 0, rows: [Row] = []) {
        self.offset = offset
        self.rows = rows
    }

    /// The row at absolute index `index`, when it is loaded.
    public subscript(index: Int) -> Row? {
        let i = index - offset
        return rows.indices.contains(i) ? rows[i] : nil
    }

    /// True when every row in `range` that exists in a list of `total` rows is loaded.
    public func covers(_ range: Range<Int>, total: Int) -> Bool {
        let wanted = range.clamped(to: 0..<max(0, total))
        if wanted.isEmpty { return true }
        return wanted.lowerBound >= offset && wanted.upperBound <= offset + rows.count
    }
}
