/// The median of a list of numbers, by selection rather than a full sort.
enum Median {
    /// The middle value (mean of the two middle values for an even count); nil when empty.
    static func of(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        var values = values
        let middle = values.count / 2
        let upper = select(&values, middle)
        guard values.count % 2 == 0 else { return upper }
        // After selecting `middle`, everything before it is no larger: the lower middle is their maximum.
        let lower = values[..<middle].max() ?? upper
        return (lower + upper) / 2
    }

    /// Puts the `k`-th smallest value at index `k` (Hoare's quickselect, middle pivot) and returns it.
    private static func select(_ values: inout [Double], _ k: Int) -> Double {
        var low = 0
        var high = values.count - 1
        while low < high {
            let pivot = values[(low + high) / 2]
            var i = low
            var j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { high = j } else if k >= i { low = i } else { break }
        }
        return values[k]
    }
}
