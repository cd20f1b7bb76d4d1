extension UrgencyKind {
    /// The kind's bit in a set of urgency kinds as `LexiconEntry.urgency` keeps them: one bit per
    /// case, in the order the cases are declared (six of them fit the eight bits).
    var bit: UInt8 {
        // Every case is in `allCases`: the fallback is never taken.
        1 << UInt8(Self.allCases.firstIndex(of: self) ?? 0)
    }
}
