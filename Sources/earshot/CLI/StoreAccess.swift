import Foundation
import Store

/// Finding and opening the store for a command: `--store` (given to the command or to
/// `earshot` itself), else `$EARSHOT_STORE`, else the XDG data folder.
enum StoreAccess {
    static func path(option: String?, root: Earshot) -> String {
        option ?? root.store ?? EarshotStore.defaultPath(environment: ProcessInfo.processInfo.environment)
    }

    /// Opens an existing store; a read-only one is opened anyway, with a note on stderr.
    static func open(option: String?, root: Earshot) throws -> EarshotStore {
        let store = try EarshotStore.open(at: path(option: option, root: root))
        if store.isReadOnly {
            CommandOutput.note("store \(store.path) is read-only for you: you can look, but not change anything")
        }
        return store
    }
}
