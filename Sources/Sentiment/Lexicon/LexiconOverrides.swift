/// A user's own valences for their trade ("sick" is praise at a skate shop), applied over the
/// built-in lexicon.
///
/// The file format is one `term<TAB or spaces>valence` per line; the valence is the last field
/// and lies in -4...4 (VADER's scale: 2 is "good", -2.5 "bad"); the term may be a phrase of
/// several words. Blank lines and lines starting with `#` are ignored.
public struct LexiconOverrides: Sendable, Hashable {
    /// One term and the valence the user gives it.
    public struct Entry: Sendable, Hashable {
        public var term: String
        public var valence: Double

        public init(term: String, valence: Double) {
            self.term = term
            self.valence = valence
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// Parses override lines; `source` names the file in error messages.
    public static func parse(_ text: String, source: String) throws(LexiconOverrideError) -> LexiconOverrides {
        var entries: [Entry] = []
        for (offset, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let line = raw.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            entries.append(try parseLine(line, source: source, lineNumber: offset + 1))
        }
        return LexiconOverrides(entries: entries)
    }

    private static func parseLine(_ line: Substring, source: String, lineNumber: Int) throws(LexiconOverrideError) -> Entry {
        let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard fields.count >= 2, let last = fields.last else {
            throw LexiconOverrideError(source: source, line: lineNumber,
                                       message: "expected 'term<TAB>valence', e.g. 'sick\t2.5'")
        }
        guard let valence = Double(last), valence.isFinite else {
            throw LexiconOverrideError(source: source, line: lineNumber,
                                       message: "valence '\(last)' is not a number; write a number from -4 to 4")
        }
        guard (-4...4).contains(valence) else {
            throw LexiconOverrideError(source: source, line: lineNumber,
                                       message: "valence \(last) is outside -4...4; use 2 for 'good', -2.5 for 'bad'")
        }
        let term = fields.dropLast().joined(separator: " ")
        return Entry(term: term, valence: valence)
    }
}
