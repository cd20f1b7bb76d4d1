/// The project's own rule words and customer-service lexicon, as tables compiled into the binary.
///
/// Each table is lines of `term | valence | tags`: `term` is a word, a phrase (words separated by
/// single spaces) or an emoticon; `valence` is a mean rating on VADER's -4...4 scale, or empty to
/// keep the VADER value; `tags` are space-separated roles and attributes (see
/// `RuleTableParser`). Lines starting with `#` are comments. Later tables override earlier ones,
/// and all of them override the VADER lexicon.
enum RuleTables {
    /// Every table, in the order they are applied.
    static var all: [(name: String, text: String)] {
        [
            ("negation", negation), ("intensity", intensity), ("contrast", contrast),
            ("idioms", idioms), ("customer-service", customerService), ("reviews", reviews),
            ("aspects", aspects), ("signals", signals), ("languages", languages), ("emoji", emoji),
            ("disambiguation", disambiguation),
        ]
    }
}
