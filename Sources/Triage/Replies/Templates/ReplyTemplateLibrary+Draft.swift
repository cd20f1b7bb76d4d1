import Store

extension ReplyTemplateLibrary {
    /// A new draft for `subject`: the template named, else the one that fits the item's tone,
    /// filled in; nil when no template has that name.
    public func draft(named name: String?, subject: ReplySubject, user: String) -> (text: String, template: String)? {
        let chosen = name.map { template(named: $0) } ?? template(for: ReplyTone(subject: subject))
        guard let chosen else { return nil }
        return (chosen.filled(with: ReplyTemplateValues(subject: subject, user: user)), chosen.name)
    }
}
