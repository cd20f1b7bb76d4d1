import Foundation
import Store
import Triage

/// Where the text of `earshot reply` comes from: --text, the editor, the saved draft, or a template.
struct ReplyDraftPlan {
    var subject: ReplySubject
    var text: String
    var template: String?
    /// True when the text is not the saved draft yet (it is saved as the new draft).
    var isNew: Bool

    static func make(for id: String, store: EarshotStore, template: String?, text: String?, edit: Bool) throws -> ReplyDraftPlan {
        let subject = try store.replySubject(for: id)
        let saved = try store.reply(to: id)
        if let text { return ReplyDraftPlan(subject: subject, text: text, template: nil, isNew: text != saved?.text) }
        var plan: ReplyDraftPlan
        if let saved, template == nil {
            plan = ReplyDraftPlan(subject: subject, text: saved.text, template: saved.template, isNew: false)
        } else {
            let filled = try fromTemplate(template, subject: subject, user: store.user)
            plan = ReplyDraftPlan(subject: subject, text: filled.text, template: filled.name, isNew: true)
        }
        if edit {
            let edited = try ReplyEditor.edit(plan.text, id: id)
            plan.isNew = plan.isNew || edited != plan.text
            plan.text = edited
        }
        return plan
    }

    private static func fromTemplate(_ name: String?, subject: ReplySubject, user: String) throws -> (text: String, name: String) {
        let (library, errors) = ReplyTemplateLibrary.load(environment: ProcessInfo.processInfo.environment)
        for error in errors { CommandOutput.note("\(error); that template is left out") }
        guard let draft = library.draft(named: name, subject: subject, user: user) else {
            throw UserError("no template named '\(name ?? "")': use one of \(library.names), or add \(ReplyTemplateLibrary.folder(environment: ProcessInfo.processInfo.environment))/\(name ?? "NAME").txt")
        }
        return (draft.text, draft.template)
    }
}
