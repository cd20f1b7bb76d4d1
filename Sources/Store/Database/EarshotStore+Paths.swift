import Foundation

extension EarshotStore {
    /// Where the store lives when no `--store PATH` is given (BRIEF §5): `$EARSHOT_STORE`, else
    /// `$XDG_DATA_HOME/earshot/earshot.db`, else `~/.local/share/earshot/earshot.db`.
    ///
    /// A relative `$XDG_DATA_HOME` is ignored, as the XDG base directory spec requires.
    public static func defaultPath(environment: [String: String]) -> String {
        if let explicit = environment["EARSHOT_STORE"], !explicit.isEmpty {
            return explicit
        }
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return withoutTrailingSlash(dataHome) + "/earshot/earshot.db"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return withoutTrailingSlash(home) + "/.local/share/earshot/earshot.db"
    }

    /// The permission bits of the store file (0600 private, 0660 group-shared) and its group.
    public static func fileAccess(at path: String) -> (mode: Int, group: String?)? {
        guard let mode = StoreFile.permissions(at: path) else { return nil }
        return (Int(mode), StoreFile.groupName(at: path))
    }

    private static func withoutTrailingSlash(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
