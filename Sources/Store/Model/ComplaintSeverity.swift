/// How bad a complaint is; it sets the default response and resolution deadlines.
public enum ComplaintSeverity: String, Sendable, Hashable, CaseIterable {
    case low, normal, high, critical

    /// Hours to the first response and to the resolution, from when the complaint is opened.
    public var deadlines: (firstResponse: Double, resolution: Double) {
        switch self {
        case .critical: return (4, 24)
        case .high: return (24, 72)
        case .normal: return (48, 168)
        case .low: return (72, 336)
        }
    }
}
