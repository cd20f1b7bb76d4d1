/// Where a reply stands: still being written, or posted on the review site.
public enum ReplyStatus: String, Sendable, Hashable, CaseIterable {
    case draft
    case sent
}
