import Store

/// The one-line prompt at the bottom of the screen: the `:` command line or the `/` filter.
public struct PromptState: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// `:` — a command with its arguments (`status done`, `tag refund`, `view urgent`).
        case command
        /// `/` — a query for the focused pane, applied as it is typed; Esc puts `previous` back.
        case filter(pane: Pane, previous: Query)
    }

    public var kind: Kind
    public var editor: LineEditor
    /// Which history entry Up/Down show (0 is the newest); nil while typing a line of one's own.
    public var historyIndex: Int?
    /// The line typed before browsing the history, given back by Down past the newest entry.
    public var unsent: String = ""
    /// Repeated Tab cycles through the candidates for the word first completed.
    public var completion: CompletionCycle?
    /// Why the filter as typed does not run (the last good one stays in force), or why the
    /// command line given back to be fixed did not (until it is edited).
    public var problem: String?

    public init(kind: Kind, text: String = "") {
        self.kind = kind
        self.editor = LineEditor(text)
    }

    /// The character drawn before the text.
    public var sigil: String {
        switch kind {
        case .command: return ":"
        case .filter: return "/"
        }
    }
}
