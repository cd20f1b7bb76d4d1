import ArgumentParser
import Store

/// Runs a command's work, turning the store's and the query's errors into one line on stderr
/// and the contract's exit code: 1 user error, 3 conflict, 4 store damaged or locked.
enum CommandFailure {
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            CommandOutput.error(error.description)
            throw ExitCode(error.exitCode)
        } catch let error as QueryError {
            CommandOutput.error("bad query at \(error): see 'earshot help reviews' for the query language")
            throw ExitCode(1)
        } catch let error as UserError {
            CommandOutput.error(error.message)
            throw ExitCode(1)
        }
    }
}

/// A mistake in what the user asked for, with what to do instead.
struct UserError: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
