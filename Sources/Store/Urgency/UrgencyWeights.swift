/// The coefficients of a follow-up's urgency score, from the config file
/// (`set urgency.overdue 3.0`); the defaults rank every overdue follow-up above every one
/// that is not (their score is above 2).
///
/// urgency = due × closeness to the due day (1 when due today or overdue, falling to 0 two
///             weeks out)
///         + overdue × (1 + days overdue / 14, at most 2) when overdue
///         + severity × the linked complaint's severity (critical 1, high 0.6, normal 0.3, low 0.1)
///         + sentiment × how negative the item is (0…1)
///         + rating × how low the item's rating is ((5 − stars) / 4; 0 when unrated)
///         + age × how long the item has waited (days since posted / 30, at most 1)
///         + history × the customer's earlier complaints and negative items (each 0.25, at most 1)
public struct UrgencyWeights: Sendable, Hashable {
    public var due: Double
    public var overdue: Double
    public var severity: Double
    public var sentiment: Double
    public var rating: Double
    public var age: Double
    public var history: Double

    public init(due: Double = 1.0, overdue: Double = 1.5, severity: Double = 0.5, sentiment: Double = 0.3,
                rating: Double = 0.2, age: Double = 0.1, history: Double = 0.2) {
        self.due = due
        self.overdue = overdue
        self.severity = severity
        self.sentiment = sentiment
        self.rating = rating
        self.age = age
        self.history = history
    }

    /// The terms' names, as the config file (`urgency.NAME`) and the breakdown write them.
    public static let names = ["due", "overdue", "severity", "sentiment", "rating", "age", "history"]

    /// The weight called `name`; nil for an unknown name.
    public subscript(name: String) -> Double? {
        get {
            switch name {
            case "due": return due
            case "overdue": return overdue
            case "severity": return severity
            case "sentiment": return sentiment
            case "rating": return rating
            case "age": return age
            case "history": return history
            default: return nil
            }
        }
        set {
            guard let newValue else { return }
            switch name {
            case "due": due = newValue
            case "overdue": overdue = newValue
            case "severity": severity = newValue
            case "sentiment": sentiment = newValue
            case "rating": rating = newValue
            case "age": age = newValue
            case "history": history = newValue
            default: break
            }
        }
    }
}
