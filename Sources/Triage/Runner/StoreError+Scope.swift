import Store

extension StoreError {
    /// True for errors about the one entity asked for (no such id, a change that cannot be
    /// made to it), after which the rest of a bulk command can still run; false for errors
    /// of the store itself (read-only, locked, damaged), which stop it.
    var isAboutOneEntity: Bool {
        switch self {
        case .unknownID, .invalidChange: return true
        default: return false
        }
    }
}
