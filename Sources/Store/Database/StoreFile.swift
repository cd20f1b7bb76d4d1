import Foundation

/// The store file on disk: where it lives, and creating it with the right permissions.
enum StoreFile {
    /// Owner read/write only: customer data stays private by default.
    static let privateMode: mode_t = 0o600
    /// Owner and group read/write, for a store shared by a team through a group directory.
    static let sharedMode: mode_t = 0o660

    static func exists(at path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    static func size(at path: String) -> Int64 {
        var status = stat()
        guard stat(path, &status) == 0 else { return 0 }
        return Int64(status.st_size)
    }

    /// Creates the empty database file (and any missing folders) with exactly `shared ? 0660 : 0600`.
    ///
    /// SQLite creates the file with 0644 minus the umask and gives -wal and -shm the database
    /// file's mode, so creating the file ourselves first decides the mode of all three,
    /// whatever the creator's umask is.
    static func createEmpty(at path: String, shared: Bool) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: shared ? 0o770 : 0o700])
            } catch {
                throw StoreError.cannotOpen(path: path, detail: "cannot create folder \(folder)")
            }
            // setgid: files made in a team folder (the store, its -wal and -shm, backups) get
            // the folder's group rather than their creator's own.
            if shared { chmod(folder, 0o2770) }
        }
        let mode = shared ? sharedMode : privateMode
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if descriptor < 0 {
            if errno == EEXIST { return }
            throw StoreError.cannotOpen(path: path, detail: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        // fchmod, not the open mode alone: the umask would strip the group bits of a shared store.
        if fchmod(descriptor, mode) != 0 {
            throw StoreError.cannotOpen(path: path, detail: String(cString: strerror(errno)))
        }
    }

    /// The database file and the two files SQLite keeps beside it in WAL mode.
    static func companions(of path: String) -> [String] {
        [path, path + "-wal", path + "-shm"]
    }

    /// The name of the group that owns the file, nil when it cannot be told.
    static func groupName(at path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0, let entry = getgrgid(status.st_gid) else { return nil }
        return String(validatingCString: entry.pointee.gr_name)
    }

    /// The permission bits of a file, or nil when it does not exist.
    static func permissions(at path: String) -> mode_t? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return status.st_mode & 0o7777
    }
}
