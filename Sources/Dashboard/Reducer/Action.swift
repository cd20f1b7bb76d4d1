import Foundation
import Store
import TerminalUI

/// Everything that can happen to the dashboard: a command from a key, or a result from the store.
public enum Action: Equatable, Sendable {
    /// The dashboard opened: load everything.
    case started
    /// A key press: the keymap in the state turns it into a command.
    case key(Key)
    /// A click or a wheel turn (only when mouse support is on).
    case mouse(MouseEvent)
    case command(Command)
    case resized(Size)
    /// Time passed with no input.
    case tick(Date)
    case brandsLoaded(BrandStatsReport)
    case attentionLoaded(AttentionCounts)
    case reviewsLoaded(RowWindow<ReviewRow>, total: Int)
    case complaintsLoaded(RowWindow<ComplaintRow>, total: Int)
    case followUpsLoaded(RowWindow<FollowUpRow>, total: Int)
    /// The list's count is asked for after the next frame: the total loaded with it is only its rows so far.
    case countPending(Pane)
    /// The count of `pane`'s list under `filter`, asked for after a frame.
    case countLoaded(Pane, ListFilter, total: Int)
    case detailLoaded(pane: Pane, id: String, Detail?)
    /// A command line from a key binding with arguments ("status spam", "view urgent").
    case commandLine(String)
    /// The triage runner's answer to a change or an undo.
    case triageFinished(TriageResult)
    /// Another process wrote to the store: reload what is on screen.
    case storeChangedElsewhere
    /// The ids and versions of every row in a pane's view, for mark-all; `capped` when there were more.
    case allInViewLoaded(Pane, [String: Int], capped: Bool)
    /// The external editor came back (or could not run) with a note for `ids`.
    case noteEdited(ids: [String], expected: [String: Int], NoteEditOutcome)
    /// The external editor came back with a reply to item `id` (`target`: its template and saved text).
    case replyEdited(id: String, expected: [String: Int], target: ReplyEditTarget, NoteEditOutcome)
    /// The reply of the item in the detail view, with the reply check's flags (nil: none saved).
    case replyLoaded(id: String, ReplyPanel?)
    /// A sentence from the run loop for the status line (`error`: something went wrong).
    case notice(String, error: Bool)
    /// Something to do only once the user says yes.
    case confirm(question: String, Effect)
    /// The people and tags the store holds, for completion on the `:` line.
    case knownNamesLoaded(KnownNames)
    /// A draft saved when the terminal went away, to offer.
    case draftFound(DraftOffer)
    /// The store could not answer; the message says why.
    case loadFailed(String)
}
