/// Assembles a `Lexicon`: VADER's terms, emoji valued by their descriptions, the project's rule
/// tables, then the user's overrides, each layer overriding the one before.
struct LexiconBuilder {
    private var entries: [[UInt8]: LexiconEntry] = [:]
    /// Malformed rule-table lines ("table:line: message"); empty in a correct build.
    private(set) var problems: [String] = []
    /// Where each term's table valence was set ("table:line"): a second one is a problem, since
    /// the later table would silently win.
    private var valenceOrigins: [[UInt8]: String] = [:]

    /// The standard layers: VADER, emoji and the project's tables.
    static func standard() -> LexiconBuilder {
        var builder = LexiconBuilder()
        builder.addVader()
        builder.addEmoji()
        for table in RuleTables.all {
            builder.addTable(table.text, named: table.name)
        }
        return builder
    }

    /// Adds VADER's words and emoticons, leaving out bare numbers ("86", "143": slang that
    /// reviews use as plain numbers).
    mutating func addVader() {
        for (term, valence) in EmbeddedLexicon.vaderValences() {
            if term.utf8.allSatisfy({ (0x30...0x39).contains($0) }) { continue }
            var entry = LexiconEntry(valence: valence)
            if !(term.first?.isLetter ?? false) { entry.roles.insert(.emoticon) }
            set(TermKey.normalize(term), entry)
        }
    }

    /// Values each single-scalar emoji by the VADER valences of the words that describe it.
    mutating func addEmoji() {
        for (emoji, description) in EmbeddedLexicon.emojiDescriptions() {
            var base = String.UnicodeScalarView()
            base.append(contentsOf: emoji.unicodeScalars.filter { !(0x1F3FB...0x1F3FF).contains($0.value) })
            let key = TermKey.normalize(String(base))
            guard String(decoding: key, as: UTF8.self).unicodeScalars.count == 1, entries[key] == nil else { continue }
            var valence: Float = 0
            for word in description.lowercased().split(whereSeparator: { !$0.isLetter }) {
                valence += entries[Array(word.utf8)]?.valence ?? 0
            }
            entries[key] = LexiconEntry(valence: max(-4, min(4, valence)), roles: .emoticon)
        }
    }

    /// Adds one rule table; its valences replace earlier ones and its tags add to them.
    mutating func addTable(_ text: String, named name: String) {
        for line in RuleTableParser.parse(text, table: name, problems: &problems) {
            let key = TermKey.normalize(line.term)
            guard !key.isEmpty else {
                problems.append("\(name):\(line.lineNumber): empty term")
                continue
            }
            var entry = entries[key] ?? LexiconEntry()
            if let valence = line.valence {
                let origin = "\(name):\(line.lineNumber)"
                if let earlier = valenceOrigins[key] {
                    problems.append("\(origin): '\(line.term)' already has a valence at \(earlier)")
                }
                valenceOrigins[key] = origin
                entry.valence = valence
            }
            RuleTableParser.apply(line.tags, to: &entry, at: "\(name):\(line.lineNumber)", problems: &problems)
            entries[key] = entry
        }
    }

    /// Sets the user's valences; they win over everything else.
    mutating func addOverrides(_ overrides: LexiconOverrides) {
        for override in overrides.entries {
            let key = TermKey.normalize(override.term)
            guard !key.isEmpty else { continue }
            var entry = entries[key] ?? LexiconEntry()
            entry.valence = Float(override.valence)
            entries[key] = entry
        }
    }

    /// Freezes the terms into a hash table, marking the first and second word of every phrase,
    /// and adding the apostrophe-less spelling of phrases with "n't" ("cant stand").
    func build() -> Lexicon {
        var all = entries
        for (key, entry) in entries where key.contains(0x20) && key.contains(0x27) {
            let variant = key.filter { $0 != 0x27 }
            if all[variant] == nil { all[variant] = entry }
        }
        for key in all.keys where key.contains(0x20) {
            let words = key.split(separator: 0x20).map(Array.init)
            var first = all[words[0]] ?? LexiconEntry()
            first.longestPhrase = max(first.longestPhrase, UInt8(min(words.count, 8)))
            all[words[0]] = first
            var second = all[words[1]] ?? LexiconEntry()
            second.roles.insert(.phraseSecond)
            all[words[1]] = second
        }
        for (key, entry) in all {
            var roles = entry.roles
            if entry.valence != 0 || !roles.isDisjoint(with: .acting) { roles.insert(.active) }
            if entry.valence != 0 { roles.insert(.valenced) }
            if entry.languages.rawValue > 1 && !entry.languages.contains(.english) { roles.insert(.foreignOnly) }
            if entry.longestPhrase > 1 { roles.insert(.startsPhrase) }
            all[key]?.roles = roles
        }
        let terms = all.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { (key: $0.key, entry: $0.value) }
        return Lexicon(terms: terms)
    }

    private mutating func set(_ key: [UInt8], _ entry: LexiconEntry) {
        guard !key.isEmpty else { return }
        entries[key] = entry
    }
}

extension Lexicon {
    /// The standard lexicon, built on first use and shared by every tagger without overrides.
    static let shared: Lexicon = LexiconBuilder.standard().build()
}
