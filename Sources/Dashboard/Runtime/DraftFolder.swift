import Foundation

/// The folder where typed text survives a hang-up: `$XDG_STATE_HOME/earshot/drafts`, else
/// `~/.local/state/earshot/drafts`. One JSON file per draft, readable only by the user.
public struct DraftFolder: Sendable {
    public let path: String
    /// Drafts are offered only for this store (its file path).
    public let store: String

    public init(path: String, store: String) {
        self.path = path
        self.store = store
    }

    /// The standard folder for `environment`.
    public static func standardPath(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/earshot/drafts" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/state/earshot/drafts"
    }

    /// Writes `draft` to a new file; returns its path.
    @discardableResult
    public func save(_ draft: Draft) throws -> String {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let name = "draft-\(Int(draft.savedAt.timeIntervalSince1970))-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).json"
        let file = path + "/" + name
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(draft)
        guard FileManager.default.createFile(atPath: file, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return file
    }

    /// The oldest draft for this store, with its file.
    public func oldest() -> DraftOffer? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        for name in names {
            let file = path + "/" + name
            guard let data = FileManager.default.contents(atPath: file),
                  let draft = try? decoder.decode(Draft.self, from: data), draft.store == store else { continue }
            return DraftOffer(draft: draft, path: file)
        }
        return nil
    }

    public func remove(_ file: String) {
        try? FileManager.default.removeItem(atPath: file)
    }
}
