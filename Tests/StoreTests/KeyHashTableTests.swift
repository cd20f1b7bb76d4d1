import Testing
@testable import Store

/// The table of content-key numbers an import keeps: it holds every number put in, 0 and
/// negative ones too, through growth, and no other.
@Suite struct KeyHashTableTests {
    @Test(arguments: [0, 1, 700, 5_000])
    func holdsWhatWasInsertedAndNothingElse(count: Int) {
        var table = KeyHashTable()
        // Numbers that share their low bits crowd one slot and the ones after it.
        let numbers = (0..<count).map { Int64($0) << 20 ^ (Int64($0 % 3) - 1) }
        for number in numbers {
            table.insert(number)
        }
        for number in numbers {
            #expect(table.contains(number))
        }
        let others = (count..<count + 200).map { Int64($0) << 20 ^ 5 }
        #expect(others.allSatisfy { !table.contains($0) })
    }

    @Test(arguments: [Int64(0), Int64.min, Int64.max, -1])
    func takesAnyNumber(number: Int64) {
        var table = KeyHashTable(expected: 10)
        #expect(!table.contains(number))
        table.insert(number)
        table.insert(number)
        #expect(table.contains(number))
        #expect(!table.contains(number &+ 1))
    }
}
