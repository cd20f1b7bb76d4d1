/// What the rules decided about a unit.
struct RuleMarks: OptionSet {
    let rawValue: UInt8

    /// No mark. (Hot code writes `.empty` rather than `[]`, which can build an array at run time.)
    static let empty = RuleMarks(rawValue: 0)

    static let negated = RuleMarks(rawValue: 1 << 0)
    static let intensified = RuleMarks(rawValue: 1 << 1)
    /// A contrastive conjunction takes effect here (what follows is emphasised).
    static let contrastHere = RuleMarks(rawValue: 1 << 2)
    /// Inside a conceded clause ("although …").
    static let conceded = RuleMarks(rawValue: 1 << 3)
    /// A customer refuses to come back or buy again ("never buy from them again"): urgency=churn.
    static let refusedReturn = RuleMarks(rawValue: 1 << 4)
}
