import ArgumentParser
import Foundation
import Store

/// `earshot init [--shared] [--store PATH]`: creates the store and says where it is.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the store (readable only by you, or group-shared with --shared).",
        discussion: """
            The store is --store PATH, else $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db \
            (~/.local/share/earshot/earshot.db). A new store is readable only by you (0600); with \
            --shared it is group-writable (0660) for a team directory whose group holds the team.
            """
    )

    @Flag(help: "Make the store group-writable (0660), for a team directory.")
    var shared = false

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    /// The root command: `--store` may be parsed there, wherever it appears on the line.
    @ParentCommand var root: Earshot

    func run() throws {
        let path = store ?? root.store ?? EarshotStore.defaultPath(environment: ProcessInfo.processInfo.environment)
        let existed = EarshotStore.exists(at: path)
        do {
            _ = try EarshotStore.open(at: path, createIfMissing: true, shared: shared)
        } catch let error as StoreError {
            FileHandle.standardError.write(Data("earshot: \(error)\n".utf8))
            throw ExitCode(error.exitCode)
        }
        let access = EarshotStore.fileAccess(at: path)
        let mode = String(access?.mode ?? 0, radix: 8)
        let group = access?.group ?? "?"
        if existed {
            print("store already exists, left as it was (mode 0\(mode), group \(group)): \(path)")
        } else if shared {
            print("created a group-shared store (mode 0\(mode), group \(group); its -wal and -shm files too): \(path)")
            print("everyone in group \(group) can open it; if that is not your team's group: chgrp TEAM '\(path)'*")
        } else {
            print("created a private store (mode 0\(mode)): \(path)")
        }
    }
}
