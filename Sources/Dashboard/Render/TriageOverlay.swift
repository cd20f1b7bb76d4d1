import Foundation
import Store
import TerminalUI

/// The triage dialogs over the dashboard: the conflict choice, a yes/no question, the inline
/// note editor and a draft left by a hang-up. At most one holds the keys at a time.
enum TriageOverlay {
    static func draw(_ state: AppState, context: RenderContext, into buffer: inout ScreenBuffer) {
        let size = state.size
        if let conflict = state.triage.conflict {
            drawConflict(conflict, size: size, context: context, into: &buffer)
        } else if let confirmation = state.triage.confirmation {
            OverlayBox.draw(title: "Please confirm", lines: wrapped(confirmation.question, width: 56),
                            footer: OverlayBox.keys([("y", "yes"), ("n", "no")]), preferredWidth: 60, preferredHeight: 6,
                            context: context, size: size, into: &buffer)
        } else if let note = state.triage.noteEditor {
            NoteEditorBox.draw(note, size: size, context: context, into: &buffer)
        } else if let offer = state.triage.draftOffer {
            let lines = wrapped("\(offer.draft.description.prefix(1).uppercased())\(offer.draft.description.dropFirst()) was saved "
                                + "when the terminal went away (\(Formatters.dateTime(offer.draft.savedAt))).", width: 56)
                + [[]] + wrapped(offer.draft.text, width: 56, role: .muted, indent: 2).prefix(4)
            OverlayBox.draw(title: "A draft was kept", lines: Array(lines),
                            footer: OverlayBox.keys([("Enter", "continue it"), ("d", "discard"), ("Esc", "later")]),
                            preferredWidth: 60, preferredHeight: lines.count + 3, context: context, size: size, into: &buffer)
        }
    }

    static func drawConflict(_ conflict: ConflictState, size: Size, context: RenderContext, into buffer: inout ScreenBuffer) {
        let width = min(size.width - 2, 90)
        var lines: [StyledLine] = wrapped("Your '\(conflict.request.line)' was not applied to \(conflict.conflicts.map(\.id).joined(separator: ", ")): "
                                          + "someone changed \(conflict.conflicts.count == 1 ? "it" : "them") after you looked.", width: width - 4)
        for item in conflict.conflicts {
            lines.append([])
            lines.append([Span(item.id, .heading), Span(" now at version \(item.currentVersion)", .muted)])
            for change in item.changes {
                let text = "\(change.user) set \(change.field) from \(change.before ?? "nothing") to \(change.after ?? "nothing") at \(Formatters.dateTime(change.at))"
                lines += wrapped(text, width: width - 4, indent: 2)
            }
            if item.changes.isEmpty { lines += wrapped("changed by someone else", width: width - 4, indent: 2) }
        }
        OverlayBox.draw(title: "Changed by someone else", lines: lines,
                        footer: OverlayBox.keys([("t", "keep theirs"), ("m", "apply mine"), ("n", "keep mine as a note")]),
                        preferredWidth: width, preferredHeight: lines.count + 3, context: context, size: size, into: &buffer)
    }
}
