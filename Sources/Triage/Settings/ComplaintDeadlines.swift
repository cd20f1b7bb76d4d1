import Store

/// How much open time a complaint of one severity has for its first response and its resolution.
public struct ComplaintDeadlines: Sendable, Hashable {
    public var firstResponse: BusinessDuration
    public var resolution: BusinessDuration

    public init(firstResponse: BusinessDuration, resolution: BusinessDuration) {
        self.firstResponse = firstResponse
        self.resolution = resolution
    }

    /// critical 2h / 1d, high 4h / 2d, normal 1d / 5d, low 2d / 10d (business time).
    public static let defaults: [ComplaintSeverity: ComplaintDeadlines] = [
        .critical: ComplaintDeadlines(firstResponse: .hours(2), resolution: .days(1)),
        .high: ComplaintDeadlines(firstResponse: .hours(4), resolution: .days(2)),
        .normal: ComplaintDeadlines(firstResponse: .days(1), resolution: .days(5)),
        .low: ComplaintDeadlines(firstResponse: .days(2), resolution: .days(10)),
    ]
}
