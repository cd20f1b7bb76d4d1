import Testing
@testable import Store

/// Short ids read the same whether written plainly (read byte by byte) or not.
@Suite struct ShortIDTests {
    @Test(arguments: [
        ("R12", EntityKind.item, Int64(12)), ("r12", .item, 12), (" R12 ", .item, 12), ("R007", .item, 7),
        ("B1", .brand, 1), ("p3", .customer, 3), ("C999999999999999999", .complaint, 999_999_999_999_999_999),
        ("f4", .followUp, 4), ("\tF4\n", .followUp, 4),
    ])
    func parses(text: String, kind: EntityKind, number: Int64) {
        #expect(ShortID(text) == ShortID(kind: kind, number: number))
    }

    @Test(arguments: ["", "R", "R0", "X12", "12", "R1 2", "R-1", "R1x", "RR1", "R1234567890123456789", "Ŗ12", "R１"])
    func refuses(text: String) {
        #expect(ShortID(text) == nil)
    }

    @Test(arguments: [("item", "item"), ("followup", "followup"), (" Follow-Up ", "followup"), ("COMPLAINT", "complaint"),
                      ("follow_up", "followup"), ("other", "other")])
    func recordTypesAreNormalized(written: String, type: String) {
        #expect(RecordDecoder.normalizedType(written) == type)
    }
}
