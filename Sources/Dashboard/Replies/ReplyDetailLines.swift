import Foundation
import Store
import Triage

/// The Reply section of a review's detail: draft or sent (by whom, when), its text, and each
/// flag of the reply check with why.
enum ReplyDetailLines {
    static func lines(_ panel: ReplyPanel, width: Int) -> [StyledLine] {
        let reply = panel.reply
        var out = DetailView.heading("Reply")
        let state: String
        if reply.status == .sent {
            state = "sent \(reply.sentAt.map(Formatters.dateTime) ?? "") by \(reply.sentBy ?? "?")"
        } else {
            state = "draft by \(reply.author) · \(Formatters.dateTime(reply.updated))"
        }
        out += wrapped(state + (reply.template.map { " · from template \($0)" } ?? ""), width: width, role: .muted, indent: 2)
        out += wrapped(reply.text, width: width, indent: 4)
        if let url = panel.url { out += wrapped("post it at \(url)", width: width, role: .muted, indent: 2) }
        out += wrapped("y copies it to your own clipboard with OSC 52 (over SSH too); if nothing arrives, copy the text above by hand"
                       + " (under tmux: set -g set-clipboard on)", width: width, role: .muted, indent: 2)
        guard !panel.flags.isEmpty else {
            return out + wrapped("the reply check flags nothing" + (reply.status == .draft ? " · y copies it, Y marks it sent" : ""),
                                 width: width, role: .muted, indent: 2)
        }
        let count = panel.flags.count
        out += wrapped("the reply check flags \(count) thing\(count == 1 ? "" : "s"):", width: width, role: .urgent, indent: 2)
        for flag in panel.flags { out += wrapped("! " + flag.description, width: width, role: .urgent, indent: 4) }
        return out
    }
}
