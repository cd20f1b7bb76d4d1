/// How much room one part of a layout asks for.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (less when there is not enough room).
    case length(Int)
    /// This share of the whole, in percent.
    case percentage(Int)
    /// At least this many cells, plus an equal share of what is left over.
    case fill(min: Int)
}

/// Splits a rectangle into rows or columns by constraints, as ratatui's `Layout` does.
public enum Layout {
    /// Splits `area` top to bottom.
    public static func vertical(_ constraints: [Constraint], in area: Rect) -> [Rect] {
        var y = area.y
        return lengths(constraints, total: area.height).map { h in
            defer { y += h }
            return Rect(x: area.x, y: y, width: area.width, height: h)
        }
    }

    /// Splits `area` left to right.
    public static func horizontal(_ constraints: [Constraint], in area: Rect) -> [Rect] {
        var x = area.x
        return lengths(constraints, total: area.width).map { w in
            defer { x += w }
            return Rect(x: x, y: area.y, width: w, height: area.height)
        }
    }

    /// The length of each part; fixed parts first, then fills share the rest evenly.
    static func lengths(_ constraints: [Constraint], total: Int) -> [Int] {
        var remaining = max(0, total)
        var result = Array(repeating: 0, count: constraints.count)
        for (i, c) in constraints.enumerated() {
            let want: Int
            switch c {
            case .length(let n): want = n
            case .percentage(let p): want = total * p / 100
            case .fill(let minimum): want = minimum
            }
            result[i] = min(max(0, want), remaining)
            remaining -= result[i]
        }
        let fills = constraints.indices.filter { if case .fill = constraints[$0] { return true } else { return false } }
        guard !fills.isEmpty else { return result }
        let share = remaining / fills.count
        var extra = remaining % fills.count
        for i in fills {
            result[i] += share + (extra > 0 ? 1 : 0)
            extra -= 1
        }
        return result
    }
}
