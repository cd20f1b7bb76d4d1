/// What one config line meant to the triage settings.
public enum TriageDirective: Sendable, Hashable {
    /// Not a triage line (`bind`, `theme`, another `set`): someone else's to read.
    case notMine
    /// Read and applied.
    case applied
    /// A triage line with a mistake: what is wrong and what to write instead (no line number:
    /// the caller adds file and line).
    case invalid(String)
}
