/// What the inline text editor is writing when it holds a reply instead of a note.
public struct ReplyEditTarget: Equatable, Sendable {
    /// The template the text started from, kept with the saved draft.
    public var template: String?
    /// The saved draft's text: saving it unchanged writes nothing.
    public var saved: String?

    public init(template: String?, saved: String?) {
        self.template = template
        self.saved = saved
    }
}
