import GRDB

/// Orders items marked duplicate so that each comes after the item it repeats, when that is
/// itself a duplicate (import resolves references to earlier records only).
enum DuplicateOrder {
    static func sorted(_ rows: [Row]) -> [Row] {
        var original: [Int64: Int64] = [:]
        for row in rows {
            if let of: Int64 = row["duplicate_of"] { original[row["id"]] = of }
        }
        func depth(_ id: Int64) -> Int {
            var steps = 0
            var current = id
            while let next = original[current], steps <= original.count {
                current = next
                steps += 1
            }
            return steps
        }
        return rows.sorted { (depth($0["id"]), $0["id"] as Int64) < (depth($1["id"]), $1["id"] as Int64) }
    }
}
