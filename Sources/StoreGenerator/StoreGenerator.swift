/// Writes a realistic store of any size as import files, the same bytes for the same seed:
/// one own brand and its competitors, customers with handles, items across sources, kinds and
/// languages over a year (ratings agree with what the text says), tags, notes, complaints and
/// follow-ups.
///
/// ```swift
/// let store = try StoreGenerator.generate(GeneratorConfiguration(items: 10_000, seed: 7), into: "generated")
/// // store.jsonLines: import these in order; store.csv: the items as CSV
/// ```
public struct StoreGenerator {
    var configuration: GeneratorConfiguration
    var random: SeededRandom
    /// Complaint and follow-up lines, written after the items they refer to.
    var complaintLines: [String] = []
    var followUpLines: [String] = []
    /// Customer number → their handle on each source, for linked items' authors.
    var customerHandles: [Int: (google: String, social: String)] = [:]

    init(_ configuration: GeneratorConfiguration) {
        self.configuration = configuration
        random = SeededRandom(seed: configuration.seed)
    }

    /// The JSON Lines files a run writes, in import order.
    public static let jsonLinesNames = ["01-brands.jsonl", "02-customers.jsonl", "03-items.jsonl",
                                        "04-complaints.jsonl", "05-followups.jsonl"]
    /// The items as CSV.
    public static let csvName = "items.csv"

    /// Writes `01-brands.jsonl`, `02-customers.jsonl`, `03-items.jsonl`, `04-complaints.jsonl`,
    /// `05-followups.jsonl` and (unless turned off) `items.csv` into `directory`, which must exist.
    public static func generate(_ configuration: GeneratorConfiguration, into directory: String)
        throws(GeneratorError) -> GeneratedStore {
        var generator = StoreGenerator(configuration)
        return try generator.write(into: directory)
    }

    private mutating func write(into directory: String) throws(GeneratorError) -> GeneratedStore {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        var result = GeneratedStore()
        let names = Self.jsonLinesNames
        let brands = try BufferedFile(path: base + names[0])
        result.brands = try writeBrands(to: brands)
        let customers = try BufferedFile(path: base + names[1])
        result.customers = try writeCustomers(to: customers)
        let items = try BufferedFile(path: base + names[2])
        let csv = configuration.writesCSV ? try BufferedFile(path: base + Self.csvName) : nil
        result.items = try writeItems(to: items, csv: csv)
        let complaints = try BufferedFile(path: base + names[3])
        for line in complaintLines { try complaints.write(line) }
        let followUps = try BufferedFile(path: base + names[4])
        for line in followUpLines { try followUps.write(line) }
        result.complaints = complaintLines.count
        result.followUps = followUpLines.count
        let files = [brands, customers, items, complaints, followUps]
        for file in files { try file.flush() }
        try csv?.flush()
        result.jsonLines = files.map(\.path)
        result.csv = csv?.path
        result.jsonBytes = files.reduce(0) { $0 + $1.bytesWritten }
        return result
    }

    /// Brand `B1` is the own brand; competitors follow.
    static func brandName(_ number: Int) -> String {
        if number == 1 { return GeneratorWords.ownBrand.0 }
        let stems = GeneratorWords.competitorStems
        let stem = stems[(number - 2) % stems.count]
        let round = (number - 2) / stems.count
        return round == 0 ? stem : "\(stem) \(round + 1)"
    }

    private mutating func writeBrands(to file: BufferedFile) throws(GeneratorError) -> Int {
        let count = 1 + configuration.competitors
        for number in 1...count {
            var line = RecordLine(type: "brand")
            line.string("id", "B\(number)")
            line.string("name", Self.brandName(number))
            line.bool("own", number == 1)
            let name = Self.brandName(number)
            line.strings("aliases", number == 1 ? GeneratorWords.ownBrand.1 : [name.aliasForm])
            try file.write(line.line)
        }
        return count
    }

    private mutating func writeCustomers(to file: BufferedFile) throws(GeneratorError) -> Int {
        for number in 1...configuration.customers {
            let first = random.pick(GeneratorWords.firstNames)
            let last = random.pick(GeneratorWords.lastNames)
            let google = "\(first) \(last.prefix(1)). \(number)"
            let social = "@\(random.pick(GeneratorWords.socialWords))_\(first.lowercased())\(number)"
            customerHandles[number] = (google, social)
            var line = RecordLine(type: "customer")
            line.string("id", "P\(number)")
            line.string("name", "\(first) \(last)")
            line.raw("handles", "{\"google\":\(JSONText.quoted(google)),\"social\":\(JSONText.quoted(social))}")
            line.string("contact", "\(first.lowercased()).\(last.lowercased())\(number)@example.com")
            line.string("notes", random.chance(0.3) ? "Likes a \(random.pick(GeneratorWords.drinks)); " +
                        "usually comes \(random.pick(GeneratorWords.days))" : nil)
            try file.write(line.line)
        }
        return configuration.customers
    }

    private mutating func writeItems(to file: BufferedFile, csv: BufferedFile?) throws(GeneratorError) -> Int {
        try csv?.write(ItemLines.csvHeader)
        for number in 1...max(1, configuration.items) where configuration.items > 0 {
            let item = makeItem(number)
            try file.write(ItemLines.json(item))
            try csv?.write(ItemLines.csv(item))
            addCases(for: item)
        }
        return configuration.items
    }
}

extension String {
    /// An alias people type: "Bap & Go" → "Bap and Go", "Daily Grind" → "dailygrind".
    var aliasForm: String {
        if contains("&") { return split(separator: "&", omittingEmptySubsequences: false).joined(separator: "and") }
        return lowercased().split(separator: " ").joined()
    }
}
