/// What a piece of the screen is, so that themes, not drawing code, choose its colours.
public enum ThemeRole: String, CaseIterable, Sendable, Hashable {
    case text
    case muted
    case header
    case headerAttention
    case paneBorder
    case paneBorderFocused
    case paneTitle
    case paneTitleFocused
    case selection
    case selectionUnfocused
    case statusBar
    case keyHint
    case message
    case error
    case sentimentPositive
    case sentimentNeutral
    case sentimentNegative
    case rating
    case overdue
    case urgent
    case heading
    case driverPositive
    case driverNegative
}
