import GRDB

/// One term's SQL: a boolean expression and its arguments.
struct QueryCondition {
    var sql: String
    var arguments: [(any DatabaseValueConvertible)?]

    init(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []) {
        self.sql = sql
        self.arguments = arguments
    }

    /// The negation, true also where the condition is NULL (`-rating:<=2` keeps unrated items).
    var negated: QueryCondition {
        QueryCondition("NOT COALESCE((\(sql)), 0)", arguments)
    }
}
