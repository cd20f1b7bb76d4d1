/// Writes an item's text in a given tone: one to four sentences about aspects of the visit,
/// with the food, drink, staff and day filled in.
enum ItemText {
    /// The text and the aspect it dwells on.
    static func make(_ tone: ItemTone, random: inout SeededRandom) -> (text: String, aspect: String) {
        let aspect = random.pick(GeneratorWords.aspects)
        var sentences: [String] = []
        switch tone {
        case .spam:
            return (random.pick(GeneratorWords.spam), aspect)
        case .positive:
            sentences.append(sentence(GeneratorWords.positive, aspect, &random))
            for _ in 0..<random.below(3) { sentences.append(sentence(GeneratorWords.positive, random.pick(GeneratorWords.aspects), &random)) }
        case .negative:
            sentences.append(sentence(GeneratorWords.negative, aspect, &random))
            for _ in 0..<random.below(3) { sentences.append(sentence(GeneratorWords.negative, random.pick(GeneratorWords.aspects), &random)) }
            if random.chance(0.08) { sentences.append(random.pick(GeneratorWords.urgent)) }
        case .mixed:
            sentences.append(sentence(GeneratorWords.positive, random.pick(GeneratorWords.aspects), &random))
            sentences.append("But " + lowercasedFirst(sentence(GeneratorWords.negative, aspect, &random)))
        case .neutral:
            sentences.append(fill(random.pick(GeneratorWords.neutral), &random))
        }
        if random.chance(0.3) { sentences.insert(fill(random.pick(GeneratorWords.neutral), &random), at: 0) }
        return (sentences.joined(separator: " "), aspect)
    }

    private static func sentence(_ pool: [String: [String]], _ aspect: String, _ random: inout SeededRandom) -> String {
        fill(random.pick(pool[aspect] ?? GeneratorWords.neutral), &random)
    }

    /// The template with each `{f}`, `{d}`, `{s}` and `{w}` replaced by a word of that kind.
    private static func fill(_ template: String, _ random: inout SeededRandom) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let slot = rest[rest.index(after: open)]
            text += random.pick(words(for: slot))
            rest = rest[rest.index(open, offsetBy: 3)...]
        }
        text += rest
        return capitalisedFirst(text)
    }

    private static func words(for slot: Character) -> [String] {
        switch slot {
        case "f": return GeneratorWords.foods
        case "d": return GeneratorWords.drinks
        case "s": return GeneratorWords.staff
        default: return GeneratorWords.days
        }
    }

    private static func capitalisedFirst(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    private static func lowercasedFirst(_ text: String) -> String {
        text.hasPrefix("I ") ? text : text.prefix(1).lowercased() + text.dropFirst()
    }
}
