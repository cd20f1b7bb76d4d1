/// The sentiment labels a query may name.
enum QuerySentiment {
    /// The stored label ("pos", "neu", "neg") for a written one, nil when it is not one.
    static func label(_ value: String) -> String? {
        switch value.lowercased() {
        case "pos", "positive", "+": return "pos"
        case "neu", "neutral", "0": return "neu"
        case "neg", "negative", "-": return "neg"
        default: return nil
        }
    }
}
