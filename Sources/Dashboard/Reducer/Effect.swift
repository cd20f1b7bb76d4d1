import Store

/// Work the reducer asks for; only the run loop performs it, and answers with actions.
public enum Effect: Equatable, Sendable {
    case loadBrands
    /// The header's counts, for the brand filter in force.
    case loadAttention(ListFilter)
    /// Load `limit` rows of `pane`'s list from `offset`, and its total.
    case loadRows(Pane, ListFilter, offset: Int, limit: Int)
    case loadDetail(Pane, id: String)
    /// Apply a triage action through the runner (the same code as the CLI).
    case runTriage(TriageRequest)
    /// Revert the user's latest change group.
    case undo
    /// Open `$VISUAL`/`$EDITOR` on a note for `ids`, starting with `text`.
    case editNote(ids: [String], expected: [String: Int], text: String)
    /// Open the reply to item `id` (the saved draft, else a template) in the editor.
    case openReply(id: String, expected: [String: Int])
    /// Put the reply to item `id` on the clipboard of the user's terminal (OSC 52).
    case copyReply(id: String)
    /// Mark the reply to item `id` sent; unless `force`, the reply check's flags ask first.
    case markReplySent(id: String, expected: [String: Int], force: Bool)
    /// Write the Markdown record of item `itemID`'s customer to a file.
    case exportCustomer(itemID: String)
    /// Forget item `itemID`'s customer (asked first unless `confirmed`).
    case forgetCustomer(itemID: String, confirmed: Bool)
    /// Load the ids and versions of every row of `pane` under `filter`, up to `limit`.
    case loadAllInView(Pane, ListFilter, limit: Int)
    /// Read the people and tags the store holds, for completion on the `:` line.
    case loadKnownNames
    /// Remove a draft file taken up again or discarded.
    case deleteDraft(path: String)
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    /// Give the terminal back to the shell until `fg`.
    case suspend
    case quit
}
