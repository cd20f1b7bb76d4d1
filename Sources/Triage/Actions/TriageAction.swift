import Foundation
import Store

/// What one triage command does to one or more entities: the value the dashboard's keys and
/// `:` command line, and the CLI's `update`, `complain`, `followup` and `done`, all turn into
/// and hand to `TriageRunner`.
///
/// An action means the natural thing for each kind it is applied to: `complete` finishes a
/// follow-up, resolves a complaint and closes an item; `assign` sets an item's assignee and a
/// complaint's or follow-up's owner. Where it means nothing (tagging a follow-up) the runner
/// reports that id as failed, with why.
public enum TriageAction: Equatable, Sendable {
    /// An item's status (new, open, waiting until a day, done, spam, duplicate of another).
    /// `until` and `duplicateOf`, when given, override the day and original in `ItemStatus`.
    /// On complaints: new and open reopen, done resolves; on follow-ups: new and open make it
    /// to-do again, done completes it.
    case status(ItemStatus, until: Date? = nil, duplicateOf: String? = nil)
    /// A complaint's status as such (`status waiting` without a day, `status resolved`).
    case complaintStatus(ComplaintStatus)
    /// A follow-up's status as such (`status todo`, `status skipped`).
    case followUpStatus(FollowUpStatus)
    case priority(ItemPriority)
    /// The assignee (items) or owner (complaints, follow-ups); "me" is resolved to the user
    /// when parsed; nil gives it to nobody.
    case assign(String?)
    case tag(String)
    case untag(String)
    /// A note added (notes merge with others' changes).
    case note(String)
    /// Opens a complaint from an item. `category`, `summary` and `owner` default to the
    /// item's worst aspect, its title or first line, and the user.
    case complain(severity: ComplaintSeverity?, note: String?, category: String? = nil, summary: String? = nil,
                  owner: String? = nil)
    /// Plans a high-touch follow-up for an item, complaint or customer; `note` is the reason.
    case followUp(channel: FollowUpChannel, due: Date, owner: String?, note: String?)
    /// Finishes a follow-up (note: its outcome), resolves a complaint (its resolution) or
    /// closes an item (a note added).
    case complete(note: String?)
    /// Skips a follow-up (note: its outcome).
    case skip(note: String?)
    /// A complaint's severity.
    case severity(ComplaintSeverity)
    /// A follow-up's channel.
    case channel(FollowUpChannel)
    /// Moves a follow-up's due day or time.
    case due(Date)
    /// Saves the reply draft of an item (`template`: the template it started from).
    case reply(String, template: String? = nil)
    /// Marks an item's reply as posted on the site: the first response to its complaints.
    case replySent
}
