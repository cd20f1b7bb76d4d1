/// How an external editor session ended.
public enum NoteEditOutcome: Equatable, Sendable {
    /// The note as saved in the editor.
    case written(String)
    /// The file was left empty: no note.
    case cancelled
    /// The editor could not run, or failed; `text` is whatever it left (typed text is never lost).
    case unavailable(reason: String, text: String)
}
