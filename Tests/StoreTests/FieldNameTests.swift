import Foundation
import Testing
@testable import Store

/// Record keys matched to the field names decoders read: the same answer as lower-casing the key
/// and comparing it with the name, which is what reading did before.
@Suite struct FieldNameTests {
    @Test func everyNameMatchesItsSpellingInAnyCase() {
        for name in FieldName.allCases {
            #expect(FieldName(key: name.spelling) == name)
            #expect(FieldName(key: name.spelling.uppercased()) == name)
            #expect(FieldName(key: name.spelling.prefix(1).uppercased() + name.spelling.dropFirst()) == name)
        }
    }

    @Test(arguments: ["", "x", "texts", "tex", "text ", " text", "te_xt", "external-id", "ExternalID", "textü", "тext"])
    func otherKeysMatchNothing(_ key: String) {
        #expect(FieldName(key: key) == nil)
    }

    @Test func aKeyThatLowerCasesToANameMatchesIt() {
        // U+212A KELVIN SIGN lower-cases to an ASCII "k".
        #expect("\u{212A}ind".lowercased() == "kind")
        #expect(FieldName(key: "\u{212A}ind") == .kind)
    }

    @Test func everyItemAliasIsAName() {
        for names in FieldAliases.item.values {
            for name in names { #expect(FieldName(key: name)?.spelling == name) }
        }
    }

    @Test func fieldsAreFoundByNameAndReplaced() {
        var fields = SourceFields()
        #expect(fields[.text] == nil)
        fields.set(.text, SourceField(label: "Text", value: .string("a"), line: 1))
        fields.set(.rating, SourceField(label: "rating", value: .null, line: 2))
        #expect(fields[.text]?.label == "Text")
        #expect(fields.contains(.rating))
        #expect(!fields.contains(.title))
        fields.set(.text, SourceField(label: "text", value: .string("b"), line: 3))
        #expect(fields[.text]?.line == 3)
    }

    @Test func onlyAKeySpelledExactlyAsANameIsSpelled() {
        func spelled(_ key: String) -> FieldName? {
            Array(key.utf8).withUnsafeBufferPointer { FieldName.spelled($0) }
        }
        for name in FieldName.allCases {
            #expect(spelled(name.spelling) == name)
            #expect(spelled(name.spelling.uppercased()) == nil)
            #expect(spelled(String(name.spelling.dropLast())) != name)
            #expect(spelled(name.spelling + "s") != name)
        }
        for key in ["", "x", "tex", "text ", " text", "te_xt", "external-id", "textü", "first_response_due_"] {
            #expect(spelled(key) == nil)
        }
    }

    @Test func emptiedFieldsHoldNothingAndTakeNewOnes() {
        var fields = SourceFields(capacity: 4)
        fields.set(.text, SourceField(label: "text", value: .string("a"), line: 1))
        fields.removeAll()
        #expect(!fields.contains(.text))
        #expect(fields[.text] == nil)
        fields.set(.rating, SourceField(label: "rating", value: .null, line: 2))
        #expect(fields[.rating]?.line == 2)
        #expect(!fields.contains(.text))
    }

    @Test(arguments: [
        (#"{"kind": "review", "\u212Aind": "mention"}"#, 1),
        (#"{"Text": "a", "other": 1, "OTHER": 2}"#, 1),
        (#"{"x": 1, "X": 2}"#, 1),
        (#"{"text": "a", "other": 1, "Other2": 2}"#, 0),
    ])
    func keysThatLowerCaseAlikeAreRepeats(_ line: String, repeats: Int) {
        let bytes = Array(line.utf8)
        let failed = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer)
            do {
                _ = try parser.parseValue()
                return 0
            } catch {
                return 1
            }
        }
        #expect(failed == repeats)
    }
}
