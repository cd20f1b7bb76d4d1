/// How a `rating:` value compares: `rating:4`, `rating:<=2`, `rating:>3`.
public enum QueryComparison: String, Sendable, Hashable {
    case equal = "="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}
