/// Why an action does not apply to an entity (tagging a follow-up): reported for that id,
/// the others still run.
struct TriageRefusal: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
