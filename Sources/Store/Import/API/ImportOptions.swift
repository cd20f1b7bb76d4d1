import Foundation

/// How an import runs.
public struct ImportOptions: Sendable {
    /// Check and count everything, then roll back: the store is not changed.
    public var dryRun: Bool
    /// Import the good records and write the rejected ones, with reasons, to this file
    /// (JSON Lines); without it, one bad record stops the whole import.
    public var skipBadTo: String?
    /// Seconds added to every time and date in the records before they are stored (the demo
    /// uses it to move its data to today). Dates move by the shift rounded to whole days.
    public var dateShift: TimeInterval
    /// The brand (name or id) of items that name none, e.g. a CSV without a brand column;
    /// created as a brand if no brand has that name. Without it such items go to the own brand.
    public var defaultBrand: String?
    /// Called from the importing thread as work advances, for a progress line.
    public var progress: (@Sendable (ImportProgress) -> Void)?

    public init(dryRun: Bool = false, skipBadTo: String? = nil, dateShift: TimeInterval = 0,
                defaultBrand: String? = nil, progress: (@Sendable (ImportProgress) -> Void)? = nil) {
        self.dryRun = dryRun
        self.skipBadTo = skipBadTo
        self.dateShift = dateShift
        self.defaultBrand = defaultBrand
        self.progress = progress
    }
}
