/// Headings of the help screen; each command belongs to one.
public enum CommandGroup: String, CaseIterable, Sendable {
    case navigation = "Navigation"
    case panes = "Panes"
    case view = "View"
    case general = "General"
    case triage = "Triage"
}
