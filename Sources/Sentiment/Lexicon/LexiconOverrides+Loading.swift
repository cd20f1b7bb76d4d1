#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LexiconOverrides {
    /// Where the user's lexicon lives: `$XDG_CONFIG_HOME/earshot/lexicon`, else
    /// `$HOME/.config/earshot/lexicon`; nil when neither variable is set.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            return config + "/earshot/lexicon"
        }
        if let home = environment["HOME"], !home.isEmpty {
            return home + "/.config/earshot/lexicon"
        }
        return nil
    }

    /// Reads and parses an override file.
    public static func load(path: String) throws(LexiconOverrideError) -> LexiconOverrides {
        guard let bytes = readFile(path) else {
            throw LexiconOverrideError(source: path, line: 0,
                                       message: "cannot read the file: \(String(cString: strerror(errno)))")
        }
        return try parse(String(decoding: bytes, as: UTF8.self), source: path)
    }

    /// The user's overrides from the default path, or nil when there is no such file.
    public static func loadDefault(environment: [String: String]) throws(LexiconOverrideError) -> LexiconOverrides? {
        guard let path = defaultPath(environment: environment), access(path, F_OK) == 0 else { return nil }
        return try load(path: path)
    }

    private static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count > 0 { bytes.append(contentsOf: chunk[0..<count]) }
            if count < chunk.count {
                return ferror(file) != 0 ? nil : bytes
            }
        }
    }
}
