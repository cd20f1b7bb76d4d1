/// How far an import has got, for a progress line on a terminal.
public struct ImportProgress: Sendable, Hashable {
    public enum Phase: String, Sendable, Hashable {
        case reading, tagging, writing
    }

    public var phase: Phase
    public var done: Int
    public var total: Int

    public init(phase: Phase, done: Int, total: Int) {
        self.phase = phase
        self.done = done
        self.total = total
    }

    /// 0…1 within the current phase.
    public var fraction: Double {
        total > 0 ? min(1, Double(done) / Double(total)) : 1
    }
}
