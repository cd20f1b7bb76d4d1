import Store

/// What the user is doing beyond moving around: marks, filters and sorts per pane, the `:` or
/// `/` prompt, the note editor and the dialogs that ask before or after a change.
public struct TriageState: Equatable, Sendable {
    /// Who changes things: `assign me` and `assignee:me` mean this user.
    public var user: String = ""
    /// Marked rows per pane: id → the version the user saw when marking it.
    public var marks: [Pane: [String: Int]] = [:]
    /// The `/` filter of each pane (none: everything).
    public var queries: [Pane: Query] = [:]
    /// The sort choice of each pane (none: the list's standard order).
    public var orders: [Pane: ListOrder] = [:]
    /// Named queries from the config file (`view NAME QUERY`).
    public var views: [SavedView] = []
    /// A change to more rows than this asks first.
    public var bulkThreshold = 10
    public var prompt: PromptState?
    public var noteEditor: NoteEditorState?
    public var confirmation: Confirmation?
    public var conflict: ConflictState?
    public var draftOffer: DraftOffer?
    /// The reply of the item in the detail view, when it has one.
    public var reply: ReplyPanel?
    /// The people and tags in the store, read when the `:` prompt opens, for Tab.
    public var knownNames = KnownNames()
    /// Lines run from the `:` prompt, newest last.
    public var commandHistory: [String] = []
    /// Filters kept with Enter, newest last.
    public var filterHistory: [String] = []
    /// The row each pane had selected before a reload, kept by id so that another session's
    /// changes never move the user off it.
    public var keepSelected: [Pane: String] = [:]

    public init() {}

    /// True while something holds the keyboard before the keymap does.
    public var holdsKeys: Bool {
        prompt != nil || noteEditor != nil || confirmation != nil || conflict != nil || draftOffer != nil
    }
}
