/// The inline note editor, used when neither `$VISUAL` nor `$EDITOR` can run.
public struct NoteEditorState: Equatable, Sendable {
    /// The rows the note goes to, with the versions the user saw.
    public var ids: [String]
    public var expected: [String: Int]
    public var editor: TextAreaEditor
    /// Why the editor is inline (no $EDITOR, or it failed), shown in its frame.
    public var reason: String?
    /// Set when the editor holds an item's reply rather than a note.
    public var reply: ReplyEditTarget?

    public init(ids: [String], expected: [String: Int], text: String = "", reason: String? = nil) {
        self.ids = ids
        self.expected = expected
        self.editor = TextAreaEditor(text)
        self.reason = reason
    }
}
