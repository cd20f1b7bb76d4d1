import Foundation

/// How `open` looks at the file system: the real calls, or stand-ins in tests (a test cannot
/// mount NFS, and as root every file is writable).
struct StoreFileProbe: Sendable {
    /// The `statfs` magic number of the file system holding `path` (a folder or file), nil if unknown.
    var fileSystemMagic: @Sendable (String) -> Int64?
    /// True when this process may write the file at `path`.
    var isWritable: @Sendable (String) -> Bool

    static let system = StoreFileProbe(fileSystemMagic: FileSystemMagic.of, isWritable: { access($0, W_OK) == 0 })
}
