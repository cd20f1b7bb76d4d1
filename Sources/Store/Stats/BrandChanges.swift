/// How a brand's figures moved against the period before: the ▲ ▼ of the Brands pane.
/// Each is nil when either period lacks the figure, and all are nil when the period before had
/// fewer than `minimumVolume` items (a move from 1 item to 248 says nothing).
public struct BrandChanges: Sendable, Hashable {
    /// Relative change of the volume: 0.25 is 25% more items; nil when the period before had none.
    public var volume: Double?
    /// Difference in stars.
    public var averageRating: Double?
    /// Difference of net sentiment (-2 to 2).
    public var netSentiment: Double?
    /// Difference of the complaint share (-1 to 1; 0.05 is five points more).
    public var complaintShare: Double?
    /// Difference of follow-up completion (-1 to 1).
    public var followUpCompletion: Double?
    /// Difference of the median time to first response, in seconds (negative is faster).
    public var medianFirstResponse: Double?

    /// Items the period before needs for its figures to be compared with.
    public static let minimumVolume = 5

    /// The changes from `previous` to `current`.
    public init(from previous: BrandFigures, to current: BrandFigures) {
        guard previous.volume >= Self.minimumVolume else { return }
        volume = previous.volume > 0 ? Double(current.volume - previous.volume) / Double(previous.volume) : nil
        averageRating = Self.difference(current.averageRating, previous.averageRating)
        netSentiment = Self.difference(current.netSentiment, previous.netSentiment)
        complaintShare = Self.difference(current.complaintShare, previous.complaintShare)
        followUpCompletion = Self.difference(current.followUpCompletion, previous.followUpCompletion)
        medianFirstResponse = Self.difference(current.medianFirstResponse, previous.medianFirstResponse)
    }

    private static func difference(_ now: Double?, _ before: Double?) -> Double? {
        guard let now, let before else { return nil }
        return now - before
    }
}
