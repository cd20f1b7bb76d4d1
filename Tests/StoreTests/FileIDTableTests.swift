import Testing
@testable import Store

/// The import's id map keeps plain ids in arrays and every other id apart, with the same answers.
@Suite struct FileIDTableTests {
    @Test func plainAndOtherIDsAreKeptApart() {
        var table = FileIDTable(kind: .item)
        let keys = ["R1", "R01", "R10", "R2000000", "R999999999", "RX", "R", "P5", "R1 ", "R100000"]
        for (offset, key) in keys.enumerated() {
            #expect(table[key] == nil, "\(key)")
            table.bind(key, id: Int64(offset + 100), line: offset + 1)
        }
        for (offset, key) in keys.enumerated() {
            #expect(table[key]?.id == Int64(offset + 100), "\(key)")
            #expect(table[key]?.line == offset + 1, "\(key)")
        }
        #expect(table["R3"] == nil)
        #expect(table["R001"] == nil)
    }

    @Test func aHugeLineIsKept() {
        var table = FileIDTable(kind: .item)
        table.bind("R7", id: 7, line: Int(Int32.max) + 5)
        #expect(table["R7"]?.line == Int(Int32.max) + 5)
    }

    @Test(arguments: [1, 63, 64, 65, 1_000_000, 1 << 26, (1 << 26) + 1, Int64.max] as [Int64])
    func numberSetHoldsWhatWasInserted(number: Int64) {
        var set = NumberSet()
        #expect(!set.contains(number))
        set.insert(number)
        #expect(set.contains(number))
        #expect(!set.contains(number - 1))
    }
}
