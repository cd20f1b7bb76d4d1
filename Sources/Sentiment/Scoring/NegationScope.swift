/// The state of the negation currently in force.
struct NegationScope {
    /// Negators in force (an even number cancels out).
    var active = 0
    /// Words the scope may still reach.
    var reachLeft = 0
    /// "never so" / "never this": intensify instead of negating.
    var intensify = false
    /// The negator is a counterfactual ("wish"): only praise is negated.
    var counterfactual = false
    /// Where the negator starts in the text, and its unit.
    var start: Int32 = 0
    var unit = -1
    var clause: Int32 = -1

    /// After a negated sentiment word: a comma and another sentiment word carry the negation on
    /// ("not smart, handsome, nor funny"). Holds the negators in force, 0 when nothing carries.
    var carried = 0
    /// The negator is "never" (see VADER's "never so" rule).
    var fromNever = false

    var isOpen: Bool { active > 0 || intensify }

    mutating func reset() {
        active = 0
        intensify = false
    }
}
