import Foundation

/// Who is making changes: recorded in every history event.
enum StoreUser {
    /// `$EARSHOT_USER`, else the login name, else the account name of the process, else its uid.
    static func current(environment: [String: String]) -> String {
        if let named = environment["EARSHOT_USER"], !named.isEmpty {
            return named
        }
        if let login = getlogin(), let name = String(validatingCString: login), !name.isEmpty {
            return name
        }
        if let entry = getpwuid(getuid()), let name = String(validatingCString: entry.pointee.pw_name), !name.isEmpty {
            return name
        }
        for key in ["USER", "LOGNAME"] {
            if let name = environment[key], !name.isEmpty {
                return name
            }
        }
        return "uid\(getuid())"
    }
}
