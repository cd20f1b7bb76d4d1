import Foundation
import Store
import Triage

extension DashboardRuntime {
    /// The reply's text to start from: the saved draft, else the template that fits (as `earshot reply`),
    /// opened in `$VISUAL`/`$EDITOR` (inline when neither runs).
    func openReply(id: String, expected: [String: Int]) throws -> [Action] {
        let subject = try store.replySubject(for: id)
        let saved = try store.reply(to: id)
        let start: (text: String, template: String?)
        if let saved {
            start = (saved.text, saved.template)
        } else {
            let (library, errors) = ReplyTemplateLibrary.load(environment: environment)
            if let error = errors.first { return [.notice("\(error): fix or remove that template", error: true)] }
            guard let draft = library.draft(named: nil, subject: subject, user: store.user) else {
                return [.notice("No template fits \(id): add one to \(ReplyTemplateLibrary.folder(environment: environment))", error: true)]
            }
            start = (draft.text, draft.template)
        }
        let target = ReplyEditTarget(template: start.template, saved: saved?.text)
        return [.replyEdited(id: id, expected: expected, target: target, editNote(start.text))]
    }

    /// The reply of a review shown in the detail view, with the reply check's flags.
    func replyPanel(for id: String) throws -> ReplyPanel? {
        guard let reply = try store.reply(to: id) else { return nil }
        let subject = try store.replySubject(for: id)
        let flags = ReplyCheck.flags(for: reply.text, context: ReplyCheckContext(subject: subject))
        return ReplyPanel(itemID: id, reply: reply, flags: flags, url: subject.url)
    }

    /// OSC 52 through the terminal, then where to paste it and how to copy by hand.
    func copyReply(id: String) throws -> [Action] {
        guard let panel = try replyPanel(for: id) else {
            return [.notice("No reply to \(id) yet: r writes one", error: true)]
        }
        let open = panel.url.map { " · post it at \($0)" } ?? ""
        guard terminal.copyToClipboard(panel.reply.text) else {
            return [.notice("The reply is too long for the terminal's clipboard: copy it from the detail (Enter) by hand\(open)", error: true)]
        }
        // The status line is one row: the detail's Reply section says the rest (tmux, copying by hand).
        return [.notice("Reply to \(id) sent to your terminal's clipboard (OSC 52)\(open) · nothing arrived? see the detail (Enter)",
                        error: false)]
    }

    /// Marks the reply sent through the runner; while the check flags it, only once confirmed.
    func markReplySent(id: String, expected: [String: Int], force: Bool) throws -> [Action] {
        guard let panel = try replyPanel(for: id) else {
            return [.notice("No reply to \(id) yet: r writes one", error: true)]
        }
        if panel.reply.status == .sent {
            return [.notice("The reply to \(id) is already marked sent by \(panel.reply.sentBy ?? "?")", error: false)]
        }
        if !panel.flags.isEmpty, !force {
            let kinds = Set(panel.flags.map(\.kind.rawValue)).sorted().joined(separator: ", ")
            let count = panel.flags.count
            return [.confirm(question: "The reply check flags \(count) thing\(count == 1 ? "" : "s") (\(kinds)): mark the reply to \(id) sent anyway?",
                             .markReplySent(id: id, expected: expected, force: true))]
        }
        return [.triageFinished(runTriage(TriageRequest(line: "replied", action: .replySent, ids: [id], expected: expected)))]
    }

    /// The customer of item `itemID`, with their name, or a notice why there is none.
    private func customer(of itemID: String) throws -> (id: String, name: String)? {
        guard let detail = try store.reviewDetail(id: itemID), let id = detail.customerID else { return nil }
        return (id, detail.customerName ?? id)
    }

    /// Writes the customer's record as Markdown in the current directory (else `$TMPDIR`).
    func exportCustomer(itemID: String) throws -> [Action] {
        guard let customer = try customer(of: itemID) else { return [.notice("\(itemID) has no known customer", error: true)] }
        guard let record = try store.customerRecord(id: customer.id, now: state.now) else {
            return [.notice("\(customer.id) is not in the store any more", error: true)]
        }
        let name = "earshot-customer-\(customer.id).md"
        // $PWD first: the folder the user's shell shows them (and the one a test can choose).
        let here = environment["PWD"] ?? FileManager.default.currentDirectoryPath
        let folders = [here, environment["TMPDIR"] ?? NSTemporaryDirectory()]
        for folder in folders where FileManager.default.isWritableFile(atPath: folder) {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            if FileManager.default.createFile(atPath: path, contents: Data(CustomerRecordMarkdown.text(record).utf8),
                                              attributes: [.posixPermissions: 0o600]) {
                return [.notice("Wrote everything held about \(customer.id) to \(path)", error: false)]
            }
        }
        return [.notice("Cannot write \(name) in \(folders.joined(separator: " or ")): earshot customer export \(customer.id) --format md --out FILE", error: true)]
    }

    /// Asks first; once confirmed, removes the customer's text and identity.
    func forgetCustomer(itemID: String, confirmed: Bool) throws -> [Action] {
        guard let customer = try customer(of: itemID) else { return [.notice("\(itemID) has no known customer", error: true)] }
        guard confirmed else {
            return [.confirm(question: "Forget \(customer.name) (\(customer.id)) and every word of theirs? This cannot be undone",
                             .forgetCustomer(itemID: itemID, confirmed: true))]
        }
        let report = try store.forgetCustomer(id: customer.id)
        return [.storeChangedElsewhere, .notice("\(report.customerID) forgotten: \(report.summary) cleared", error: false)]
    }
}
