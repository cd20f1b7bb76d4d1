/// Why the store could not do what was asked, each with a one-line message that says what to do.
///
/// `exitCode` follows the command-line contract (BRIEF §5): 1 user error, 3 conflict,
/// 4 store damaged or locked.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// There is no store at the path and it was not asked to create one.
    case missing(path: String)
    /// The file exists but is not an SQLite database, or SQLite found it damaged.
    case damaged(path: String, detail: String)
    /// The file is an SQLite database that belongs to another program.
    case notAStore(path: String)
    /// The store was written by a newer earshot whose schema this build does not know.
    case newerSchema(path: String)
    /// Another process held the write lock for longer than the busy timeout.
    case locked(path: String)
    /// The operating system refused to open or create the file.
    case cannotOpen(path: String, detail: String)
    /// A setting that the store relies on could not be applied (checked at every open).
    case misconfigured(path: String, setting: String, expected: String, actual: String)
    /// A short id did not name anything of the expected kind.
    case unknownID(String)
    /// Someone else changed the same field after the caller read it; nothing was written.
    case conflict(ChangeConflict)
    /// A change that cannot be made as asked (the message says why and what to do instead).
    case invalidChange(String)
    /// The user may read the store but not write it; it was opened read-only.
    case readOnly(path: String)
    /// A file is already where a new one was to be written (backups never overwrite).
    case fileExists(path: String)
    /// The store is on a network file system, where SQLite's WAL mode would corrupt it.
    case networkFileSystem(path: String, fileSystem: String)
    /// Any other SQLite failure, kept with its message for the log.
    case database(detail: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "no store at \(path): run 'earshot init' or pass --store PATH"
        case .damaged(let path, let detail):
            return "store \(path) is damaged (\(detail)): restore a backup or run 'earshot doctor'"
        case .notAStore(let path):
            return "\(path) is an SQLite file of another program, not an earshot store: choose another --store PATH"
        case .newerSchema(let path):
            return "store \(path) was written by a newer earshot: upgrade earshot to open it"
        case .locked(let path):
            return "store \(path) is busy (another earshot holds the write lock): try again in a moment"
        case .cannotOpen(let path, let detail):
            return "cannot open store \(path) (\(detail)): check the file's permissions or pass --store PATH"
        case .misconfigured(let path, let setting, let expected, let actual):
            return "store \(path) opened with \(setting)=\(actual) instead of \(expected): check the SQLite build and the file system"
        case .unknownID(let id):
            return "no entity with id '\(id)': check the id (like R12, C3, F7, B1, P4)"
        case .conflict(let conflict):
            return "conflict: \(conflict); see it with 'earshot show \(conflict.id)', then repeat with --if-version \(conflict.currentVersion) to overwrite"
        case .invalidChange(let message):
            return message
        case .readOnly(let path):
            return "store \(path) is read-only for you: nothing was changed; ask its owner for write access (earshot init --shared makes a team store)"
        case .fileExists(let path):
            return "\(path) already exists: choose a new file name (a backup never overwrites a file)"
        case .networkFileSystem(let path, let fileSystem):
            return "store \(path) is on a network file system (\(fileSystem)), where SQLite's WAL would corrupt it: keep the store on a local disk and open it over SSH"
        case .database(let detail):
            return "store error (\(detail)): run 'earshot doctor' and report it if it persists"
        }
    }

    /// The process exit code for this error per the command-line contract.
    public var exitCode: Int32 {
        switch self {
        case .missing, .notAStore, .newerSchema, .cannotOpen, .unknownID, .invalidChange, .readOnly,
             .networkFileSystem, .fileExists:
            return 1
        case .conflict:
            return 3
        case .damaged, .locked, .misconfigured, .database:
            return 4
        }
    }
}
