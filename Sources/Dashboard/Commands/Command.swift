/// Every action a user can bind to a key, declared once.
///
/// The raw value is the command's name in the config file and on the `:` command line; the help
/// screen, the status-line hints and key bindings are all generated from ``CommandInfo``, so
/// they cannot drift apart (tig's `REQ_INFO`, lazygit's `Binding`).
public enum Command: String, CaseIterable, Sendable, Hashable {
    case moveDown = "move-down"
    case moveUp = "move-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case moveFirst = "move-first"
    case moveLast = "move-last"
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case showBrands = "show-brands"
    case showReviews = "show-reviews"
    case showComplaints = "show-complaints"
    case showFollowUps = "show-followups"
    case open = "open"
    case back = "back"
    case focusDetail = "focus-detail"
    case focusList = "focus-list"
    case filterBrand = "filter-brand"
    case brandPeriod = "brand-period"
    case filter = "filter"
    case sort = "sort"
    case view = "view"
    case reload = "reload"
    case mark = "mark"
    case markAll = "mark-all"
    case clearMarks = "clear-marks"
    case prompt = "prompt"
    case undo = "undo"
    case replyDraft = "reply-draft"
    case replyCopy = "reply-copy"
    case replySent = "reply-sent"
    case help = "help"
    case redraw = "redraw"
    case suspend = "suspend"
    case quit = "quit"

    /// Its group and help text.
    public var info: CommandInfo {
        switch self {
        case .moveDown: return CommandInfo(.navigation, "Move down", hint: "down")
        case .moveUp: return CommandInfo(.navigation, "Move up", hint: "up")
        case .pageDown: return CommandInfo(.navigation, "Page down")
        case .pageUp: return CommandInfo(.navigation, "Page up")
        case .moveFirst: return CommandInfo(.navigation, "Go to the first row", hint: "top")
        case .moveLast: return CommandInfo(.navigation, "Go to the last row", hint: "bottom")
        case .nextPane: return CommandInfo(.panes, "Next pane", hint: "pane")
        case .previousPane: return CommandInfo(.panes, "Previous pane")
        case .showBrands: return CommandInfo(.panes, "Show the Brands pane")
        case .showReviews: return CommandInfo(.panes, "Show the Reviews pane")
        case .showComplaints: return CommandInfo(.panes, "Show the Complaints pane")
        case .showFollowUps: return CommandInfo(.panes, "Show the Follow-ups pane")
        case .open: return CommandInfo(.view, "Open the selected row's detail", hint: "open")
        case .back: return CommandInfo(.view, "Back: close the detail or overlay", hint: "back")
        case .focusDetail: return CommandInfo(.view, "Move focus to the detail view")
        case .focusList: return CommandInfo(.view, "Move focus to the list")
        case .filterBrand: return CommandInfo(.view, "Show only this brand in the other panes (again: all)", hint: "filter")
        case .brandPeriod: return CommandInfo(.view, "Brands: the next period (7 days, 30, 90, 12 months, all)", hint: "period")
        case .filter: return CommandInfo(.view, "Filter this pane with a query, live as you type (filter QUERY sets it)", hint: "filter")
        case .sort: return CommandInfo(.view, "Next sort order for this pane (sort NAME picks one)", hint: "sort")
        case .view: return CommandInfo(.view, "Show a saved view from the config (view NAME)", hint: "views")
        case .reload: return CommandInfo(.view, "Reload everything from the store now")
        case .mark: return CommandInfo(.triage, "Mark or unmark this row and move down", hint: "mark")
        case .markAll: return CommandInfo(.triage, "Mark every row in view (the filter's result)")
        case .clearMarks: return CommandInfo(.triage, "Clear the marks")
        case .prompt: return CommandInfo(.triage, "Type a command (prompt TEXT starts it with TEXT)", hint: "cmd")
        case .undo: return CommandInfo(.triage, "Undo your last change (bulk changes too)", hint: "undo")
        case .replyDraft: return CommandInfo(.triage, "Write the reply: the saved draft, else the template that fits", hint: "reply")
        case .replyCopy: return CommandInfo(.triage, "Copy the reply to your own clipboard (OSC 52) and show where to post it", hint: "copy")
        case .replySent: return CommandInfo(.triage, "Mark the reply sent (asks first when the check flags it)")
        case .help: return CommandInfo(.general, "Show or hide this help", hint: "help")
        case .redraw: return CommandInfo(.general, "Redraw the screen")
        case .suspend: return CommandInfo(.general, "Suspend to the shell (fg to return)")
        case .quit: return CommandInfo(.general, "Quit", hint: "quit")
        }
    }
}

/// What the help screen and the status line say about a command.
public struct CommandInfo: Sendable, Hashable {
    public var group: CommandGroup
    /// One line for the help screen.
    public var summary: String
    /// A word for the status-line hints; commands without one are shown only in help.
    public var hint: String?

    public init(_ group: CommandGroup, _ summary: String, hint: String? = nil) {
        self.group = group
        self.summary = summary
        self.hint = hint
    }
}
