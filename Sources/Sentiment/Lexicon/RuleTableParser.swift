/// Reads the project's rule tables (`term | valence | tags`, see `RuleTables`).
///
/// Tags: the role names of `TermRoles` (`negator`, `contrastive`, …), `booster=N`,
/// `aspect=NAME`, `urgency=KIND`, `lang=fr,es`, and the cues `complaint`, `promotion`,
/// `offTopic`.
enum RuleTableParser {
    /// One parsed line: the term, its valence if given, and how it changes the entry.
    struct Line {
        var term: String
        var valence: Float?
        var tags: [Substring]
        var lineNumber: Int
    }

    /// Splits a table into lines; malformed lines go to `problems` as "table:line: message".
    static func parse(_ text: String, table: String, problems: inout [String]) -> [Line] {
        var lines: [Line] = []
        for (offset, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let content = raw.trimmingSpaces()
            if content.isEmpty || content.hasPrefix("#") { continue }
            let fields = content.split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count == 3 else {
                problems.append("\(table):\(offset + 1): expected 'term | valence | tags'")
                continue
            }
            let term = String(fields[0].trimmingSpaces())
            let valenceText = fields[1].trimmingSpaces()
            var valence: Float?
            if !valenceText.isEmpty {
                guard let value = Float(valenceText), (-4...4).contains(value) else {
                    problems.append("\(table):\(offset + 1): valence '\(valenceText)' is not a number in -4...4")
                    continue
                }
                valence = value
            }
            let tags = fields[2].split(separator: " ")
            lines.append(Line(term: term, valence: valence, tags: tags, lineNumber: offset + 1))
        }
        return lines
    }

    /// Applies one line's tags to an entry; unknown tags go to `problems`.
    static func apply(_ tags: [Substring], to entry: inout LexiconEntry, at location: String,
                      problems: inout [String]) {
        for tag in tags {
            if let role = roleNames[tag] {
                entry.roles.insert(role)
                continue
            }
            let parts = tag.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, apply(key: parts[0], value: parts[1], to: &entry) else {
                problems.append("\(location): unknown tag '\(tag)'")
                continue
            }
        }
    }

    private static func apply(key: Substring, value: Substring, to entry: inout LexiconEntry) -> Bool {
        switch key {
        case "booster":
            guard let amount = Float(value) else { return false }
            entry.booster = amount
            entry.roles.insert(.booster)
        case "aspect":
            guard let aspect = Aspect(rawValue: String(value)) else { return false }
            entry.aspect = aspect
        case "urgency":
            guard let kind = UrgencyKind(rawValue: String(value)) else { return false }
            entry.urgency |= kind.bit
        case "lang":
            for code in value.split(separator: ",") {
                guard let language = LanguageSet(code: code) else { return false }
                entry.languages.insert(language)
            }
        default:
            return false
        }
        return true
    }

    private static let roleNames: [Substring: TermRoles] = [
        "negator": .negator, "boosterOrWord": .boosterOrWord, "contrastive": .contrastive,
        "concessive": .concessive, "clauseBreak": .clauseBreak, "negationBlocker": .negationBlocker,
        "likeAmbiguous": .likeAmbiguous, "likeSubject": .likeSubject, "functionVerb": .functionVerb,
        "least": .least, "negatorWithOwnValence": .negatorWithOwnValence, "emoticon": .emoticon,
        "complaint": .complaintCue, "promotion": .promotionCue, "offTopic": .offTopicCue,
        "neverWord": .neverWord, "neverTarget": .neverIntensifierTarget,
        "neverIntensifierTarget": .neverIntensifierTarget, "leastException": .leastException,
        "trailingContrast": .trailingContrast, "stopword": .stopword,
        "clauseInitialOnly": .clauseInitialOnly, "coordinator": .coordinator, "excess": .excess,
        "counterfactual": .counterfactual, "patronage": .patronage, "returnIntent": .returnIntent,
    ]
}
