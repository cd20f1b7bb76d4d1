extension StoreGenerator {
    static let year = 365 * GeneratorTime.day
    /// source, its weight, and the kind of item it brings.
    static let sources: [(source: String, weight: Double, kind: String)] = [
        ("google", 35, "review"), ("yelp", 10, "review"), ("trustpilot", 10, "review"), ("email", 10, "message"),
        ("survey", 10, "survey"), ("social", 20, "mention"), ("other", 5, "mention"),
    ]
    /// Weights of ratings 1 to 5 (online reviews lean to the ends).
    static let ratingWeights: [Double] = [14, 9, 12, 25, 40]

    /// Item `number`, posted in its place in the year (items are written oldest first).
    mutating func makeItem(_ number: Int) -> GeneratedItem {
        let start = configuration.end - Self.year
        let posted = start + (Double(number - 1) + random.unit()) / Double(configuration.items) * Self.year
        let brand = pickBrand()
        let source = Self.sources[random.weighted(Self.sources.map(\.weight))]
        let rating = pickRating(kind: source.kind)
        let tone = pickTone(rating: rating, source: source.source)
        var (text, aspect) = ItemText.make(tone, random: &random)
        var language: String? = random.chance(0.8) ? "en" : nil
        if tone != .spam, random.chance(0.03) {
            let foreign = random.pick(GeneratorWords.foreign)
            text = random.pick(foreign.texts)
            language = foreign.lang
        }
        let customer = random.chance(0.15) ? 1 + random.below(configuration.customers) : nil
        var item = GeneratedItem(
            number: number, brand: brand, kind: source.kind, source: source.source,
            externalID: nil, url: nil, author: author(source: source.source, customer: customer),
            customer: customer, rating: rating, title: nil, text: text, language: language, posted: posted,
            status: "new", waitingUntil: nil, duplicateOf: nil, priority: "normal", assignee: nil,
            tags: [], notes: [], tone: tone, aspect: aspect)
        identify(&item)
        triage(&item)
        decorate(&item)
        return item
    }

    /// The own brand has 40 % of the items; competitors share the rest, the first ones more.
    private mutating func pickBrand() -> Int {
        guard configuration.competitors > 0, !random.chance(0.4) else { return 1 }
        let weights = (0..<configuration.competitors).map { 1.0 / Double($0 + 2) }
        return 2 + random.weighted(weights)
    }

    private mutating func pickRating(kind: String) -> Int? {
        switch kind {
        case "review": return 1 + random.weighted(Self.ratingWeights)
        case "survey": return random.chance(0.7) ? 1 + random.weighted(Self.ratingWeights) : nil
        default: return nil
        }
    }

    /// A tone that agrees with the rating (a 5 is mostly praise, a 1 mostly complaint).
    private mutating func pickTone(rating: Int?, source: String) -> ItemTone {
        if ["social", "other", "email"].contains(source), random.chance(0.02) { return .spam }
        let weights: [Double]  // positive, negative, mixed, neutral
        switch rating {
        case 5: weights = [90, 1, 8, 1]
        case 4: weights = [70, 2, 25, 3]
        case 3: weights = [15, 20, 45, 20]
        case 2: weights = [2, 75, 20, 3]
        case 1: weights = [1, 95, 3, 1]
        default: weights = [45, 30, 10, 15]
        }
        return [ItemTone.positive, .negative, .mixed, .neutral][random.weighted(weights)]
    }

    private mutating func author(source: String, customer: Int?) -> String {
        if let customer, let handles = customerHandles[customer] {
            return source == "social" ? handles.social : handles.google
        }
        let first = random.pick(GeneratorWords.firstNames)
        switch source {
        case "social": return "@\(random.pick(GeneratorWords.socialWords))_\(first.lowercased())\(random.below(1000))"
        case "survey": return random.chance(0.5) ? "Anonymous" : first
        case "email": return "\(first.lowercased()).\(random.pick(GeneratorWords.lastNames).lowercased())@example.com"
        default: return "\(first) \(random.pick(GeneratorWords.lastNames).prefix(1))."
        }
    }

    /// External ids (unique: a bijection of the item number) and links for platform items; a
    /// title for some reviews and every email.
    private mutating func identify(_ item: inout GeneratedItem) {
        let hex = Self.hex12(UInt64(item.number) &* 0x9E37_79B9_7F4A_7C15)
        switch item.source {
        case "google":
            item.externalID = "g-" + hex
            item.url = "https://maps.google.com/?cid=\(7_316_220_491 + item.brand)&review=\(hex)"
        case "yelp", "trustpilot":
            item.externalID = String(item.source.prefix(1)) + "-" + hex
            item.url = "https://www.\(item.source).com/review/\(hex)"
            if random.chance(0.6) { item.title = random.pick(GeneratorWords.titles) }
        case "social":
            item.externalID = "s-" + hex
        case "survey":
            item.externalID = "sv-" + String(item.number)
        case "email":
            item.title = random.pick(GeneratorWords.emailSubjects)
        default:
            break
        }
    }

    /// Status, priority and assignee as a team would have left them: most of the old items done,
    /// most of the last month's still new.
    private mutating func triage(_ item: inout GeneratedItem) {
        let age = configuration.end - item.posted
        let recent = age < 30 * GeneratorTime.day
        if item.tone == .spam {
            item.status = recent ? "new" : "spam"
        } else if item.number > 10, random.chance(0.005) {
            item.status = "duplicate"
            item.duplicateOf = 1 + random.below(item.number - 1)
        } else {
            let states = ["new", "open", "waiting", "done"]
            item.status = states[random.weighted(recent ? [75, 15, 5, 5] : [22, 4, 1, 73])]
        }
        if item.status == "waiting" {
            item.waitingUntil = configuration.end + Double(1 + random.below(14)) * GeneratorTime.day
        }
        if item.tone == .negative {
            item.priority = random.chance(0.2) ? (random.chance(0.3) ? "urgent" : "high") : "normal"
        } else if random.chance(0.05) {
            item.priority = "low"
        }
        if ["open", "waiting"].contains(item.status) || random.chance(0.05) {
            item.assignee = random.pick(GeneratorWords.owners)
        }
    }

    /// A few tags and notes.
    private mutating func decorate(_ item: inout GeneratedItem) {
        if random.chance(0.1) {
            let first = random.pick(GeneratorWords.tags)
            let second = random.pick(GeneratorWords.tags)
            item.tags = first == second || random.chance(0.6) ? [first] : [first, second]
        }
        if random.chance(0.03) {
            item.notes = [(random.pick(GeneratorWords.owners), item.posted + Double(1 + random.below(48)) * 3600,
                           random.pick(GeneratorWords.noteTexts))]
        }
    }

    static func hex12(_ value: UInt64) -> String {
        let digits = String(value & 0xFFFF_FFFF_FFFF, radix: 16)
        return String(repeating: "0", count: 12 - digits.count) + digits
    }
}
