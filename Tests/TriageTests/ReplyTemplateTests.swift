import Foundation
import Store
import Testing
import Triage

/// Reply templates: placeholders filled, mistakes with their line, the config folder, the pick by tone.
@Suite struct ReplyTemplateTests {
    static let values = ReplyTemplateValues(firstName: "Tom", brand: "Crumb & Kettle", aspect: "speed", owner: "Sam",
                                            itemDate: "12 March 2026")

    @Test func placeholdersAreFilled() throws {
        let template = try ReplyTemplate(name: "t", source: "t.txt", text: """
            # a comment for whoever edits this
            Hi {first_name}, about {aspect} at {brand} on {item_date}. {{not a placeholder}}
            {owner}

            """)
        #expect(template.filled(with: Self.values)
            == "Hi Tom, about speed at Crumb & Kettle on 12 March 2026. {not a placeholder}\nSam")
        #expect(template.placeholders == [.firstName, .aspect, .brand, .itemDate, .owner])
    }

    @Test(arguments: [
        ("Hi {frist_name},", 1, "unknown placeholder {frist_name}: use {first_name}"),
        ("# comment\nHello\nHi {first_name} {brnad}", 3, "unknown placeholder {brnad}"),
        ("Hi {first_name", 1, "'{' is not closed"),
    ])
    func mistakesNameTheirLine(text: String, line: Int, message: String) {
        #expect {
            _ = try ReplyTemplate(name: "bad", source: "templates/bad.txt", text: text)
        } throws: { error in
            guard let error = error as? ReplyTemplateError else { return false }
            return error.line == line && error.description.hasPrefix("templates/bad.txt:\(line): \(message)")
        }
    }

    @Test func theBuiltInsUseOnlyKnownPlaceholdersAndFitTheirTone() throws {
        let library = ReplyTemplateLibrary.builtIn
        #expect(library.names == "apology, neutral, thanks")
        let apology = try #require(library.template(for: .complaint))
        let text = apology.filled(with: Self.values)
        #expect(text.hasPrefix("Hi Tom, I'm sorry about your visit on 12 March 2026: the speed"))
        let context = ReplyCheckContext(source: "google", rating: 1, score: -0.7, isComplaint: true, competitors: [])
        #expect(ReplyCheck.flags(for: text, context: context).isEmpty)
        let thanks = try #require(library.template(for: .praise)).filled(with: Self.values)
        let happy = ReplyCheckContext(source: "google", rating: 5, score: 0.9, isComplaint: false, competitors: [])
        #expect(ReplyCheck.flags(for: thanks, context: happy).isEmpty)
        // The cheerful template on a one-star complaint is exactly what the tone check catches.
        #expect(!ReplyCheck.flags(for: thanks, context: context).filter { $0.kind == .tone }.isEmpty)
    }

    @Test(arguments: [
        (Int?.some(1), 0.5, false, ReplyTone.complaint),
        (2, 0.0, false, .complaint),
        (3, 0.0, false, .neutral),
        (3, 0.0, true, .complaint),
        (5, 0.9, false, .praise),
        (5, 0.9, true, .complaint),
        (nil, -0.5, false, .complaint),
        (nil, 0.6, false, .praise),
        (nil, 0.1, false, .neutral),
    ])
    func theToneFollowsRatingThenSentiment(rating: Int?, score: Double, complaint: Bool, tone: ReplyTone) {
        #expect(ReplyTone(rating: rating, score: score, isComplaint: complaint) == tone)
    }

    @Test func filesInTheConfigFolderReplaceAndAddAndMistakesAreReported() throws {
        let base = NSTemporaryDirectory() + "earshot-templates-\(UUID().uuidString)"
        let folder = base + "/earshot/templates"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        try "Dear {first_name}, we are sorry.\n".write(toFile: folder + "/apology.txt", atomically: true, encoding: .utf8)
        try "Hi {first_name}, see you Friday.".write(toFile: folder + "/regular.txt", atomically: true, encoding: .utf8)
        try "Line one\nHi {nmae}".write(toFile: folder + "/broken.txt", atomically: true, encoding: .utf8)
        try "not a template".write(toFile: folder + "/README.md", atomically: true, encoding: .utf8)
        let (library, errors) = ReplyTemplateLibrary.load(environment: ["XDG_CONFIG_HOME": base, "HOME": "/nonexistent"])
        #expect(library.names == "apology, neutral, regular, thanks")
        #expect(library.template(for: .complaint)?.filled(with: Self.values) == "Dear Tom, we are sorry.")
        #expect(errors.map(\.description) == ["\(folder)/broken.txt:2: unknown placeholder {nmae}: use \(["first_name", "brand", "aspect", "owner", "item_date"].map { "{\($0)}" }.joined(separator: ", "))"])
    }

    @Test(arguments: [
        ("Tom Reed", "Tom"), ("Maya O.", "Maya"), ("@leobakesbread", "there"), ("Anonymous", "there"),
        ("J.", "there"), ("", "there"), ("田中愛子", "田中愛子"),
    ])
    func firstNames(name: String, first: String) {
        let subject = ReplySubject(itemID: "R1", brandName: "B", personName: name, rating: nil, score: 0, source: "google",
                                   url: nil, posted: Date(timeIntervalSince1970: 1_773_273_600), aspect: nil, owner: nil,
                                   isComplaint: false, competitors: [])
        let values = ReplyTemplateValues(subject: subject, user: "sam")
        #expect(values.firstName == first)
        #expect(values.itemDate == "12 March 2026" && values.owner == "sam" && values.aspect == "visit")
    }
}
