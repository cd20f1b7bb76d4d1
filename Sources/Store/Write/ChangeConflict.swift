/// A change refused because someone else changed the same field after the caller read it.
///
/// Nothing of the refused change was written. To keep a typed note, apply it alone (notes
/// merge); to overwrite, apply the change again with `currentVersion` as the expected version.
public struct ChangeConflict: Error, Sendable, Hashable, CustomStringConvertible {
    /// The entity ("R12").
    public var id: String
    /// The version the caller read.
    public var expectedVersion: Int
    /// The version in the store now.
    public var currentVersion: Int
    /// The other changes to the fields this change set, oldest first.
    public var changes: [HistoryEvent]

    public init(id: String, expectedVersion: Int, currentVersion: Int, changes: [HistoryEvent]) {
        self.id = id
        self.expectedVersion = expectedVersion
        self.currentVersion = currentVersion
        self.changes = changes
    }

    /// Who changed what and when, in one line.
    public var description: String {
        let what = changes.map { event in
            "\(event.user) set \(event.field) from \(Self.shown(event.before)) to \(Self.shown(event.after)) at \(ISOTime.format(event.at.timeIntervalSince1970))"
        }
        let who = what.isEmpty ? "it was changed by someone else" : what.joined(separator: "; ")
        return "\(id) changed after version \(expectedVersion) (now \(currentVersion)): \(who)"
    }

    private static func shown(_ value: String?) -> String {
        guard let value else { return "(none)" }
        let line = value.prefix { $0 != "\n" && $0 != "\r" }
        return line.count > 40 ? "'\(line.prefix(40))…'" : "'\(line)'"
    }
}
