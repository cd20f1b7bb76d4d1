import GRDB

/// A compiled query: conditions to AND into a WHERE clause, with their arguments in order.
struct QuerySQL {
    var conditions: [String] = []
    var arguments: [(any DatabaseValueConvertible)?] = []

    mutating func add(_ condition: String, _ values: [(any DatabaseValueConvertible)?] = []) {
        conditions.append(condition)
        arguments += values
    }

    /// ` WHERE a AND b`, or nothing for no conditions.
    var whereSQL: String {
        conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    }

    var statementArguments: StatementArguments {
        StatementArguments(arguments)
    }
}
