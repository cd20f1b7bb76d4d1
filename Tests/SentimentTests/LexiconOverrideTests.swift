import Foundation
import Testing
import Sentiment

/// The user's lexicon file: format, errors with line numbers, and its effect.
@Suite("Lexicon overrides")
struct LexiconOverrideTests {
    @Test("parses words and phrases, tabs or spaces, comments and blank lines")
    func parses() throws {
        let text = "# skate shop words\nsick\t2.5\n\ngnarly   2\nbail out -1.5\r\n"
        let overrides = try LexiconOverrides.parse(text, source: "lexicon")
        #expect(overrides.entries == [
            LexiconOverrides.Entry(term: "sick", valence: 2.5),
            LexiconOverrides.Entry(term: "gnarly", valence: 2),
            LexiconOverrides.Entry(term: "bail out", valence: -1.5),
        ])
    }

    struct BadLine: CustomStringConvertible, Sendable {
        var text: String
        var line: Int
        var fragment: String
        var description: String { text }
    }

    @Test("bad lines are reported with their line number", arguments: [
        BadLine(text: "good 1\nsick\n", line: 2, fragment: "expected"),
        BadLine(text: "sick lots\n", line: 1, fragment: "not a number"),
        BadLine(text: "# c\n\nsick 9\n", line: 3, fragment: "outside -4...4"),
        BadLine(text: "sick nan\n", line: 1, fragment: "not a number"),
    ])
    func badLines(_ bad: BadLine) {
        do {
            _ = try LexiconOverrides.parse(bad.text, source: "my-lexicon")
            Issue.record("expected an error for \(bad.text)")
        } catch {
            #expect(error.line == bad.line)
            #expect(error.description.hasPrefix("my-lexicon:\(bad.line): "))
            #expect(error.description.contains(bad.fragment), "\(error.description)")
        }
    }

    @Test("an override changes the score: 'sick' is praise at a skate shop")
    func overrideChangesScore() throws {
        #expect(sharedTagger.analyze("That board is sick").label == .negative)
        let skate = SentimentTagger(overrides: try LexiconOverrides.parse("sick 2.5\n", source: "test"))
        #expect(skate.analyze("That board is sick").label == .positive)
        #expect(skate.analyze("That board is not sick").label == .negative)
        #expect(skate.analyze("The staff were rude").label == .negative)
    }

    @Test("a phrase override")
    func phraseOverride() throws {
        let tagger = SentimentTagger(overrides: try LexiconOverrides.parse("fresh tracks\t3\n", source: "test"))
        #expect(tagger.analyze("fresh tracks today").score > sharedTagger.analyze("fresh tracks today").score)
    }

    @Test("the default path follows XDG_CONFIG_HOME, then HOME")
    func defaultPath() {
        #expect(LexiconOverrides.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/earshot/lexicon")
        #expect(LexiconOverrides.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/earshot/lexicon")
        #expect(LexiconOverrides.defaultPath(environment: [:]) == nil)
    }

    @Test("loads the default file when present, nothing when absent")
    func loadDefault() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-lexicon-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = ["XDG_CONFIG_HOME": directory.path]
        #expect(try LexiconOverrides.loadDefault(environment: environment) == nil)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("earshot"), withIntermediateDirectories: true)
        try "sick 2.5\n".write(to: directory.appendingPathComponent("earshot/lexicon"), atomically: true, encoding: .utf8)
        let loaded = try #require(try LexiconOverrides.loadDefault(environment: environment))
        #expect(loaded.entries.count == 1)
    }

    @Test("an unreadable file is an error naming the file")
    func unreadable() {
        do {
            _ = try LexiconOverrides.load(path: "/nonexistent/earshot/lexicon")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("/nonexistent/earshot/lexicon: cannot read the file"))
        }
    }
}
