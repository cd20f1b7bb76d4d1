import Testing
@testable import Sentiment

/// The lexicon's hash table as the tokenizer reads it: a slot's number comes from the slot, and
/// an empty slot is never found, whatever the hash looked up (0 included).
@Suite("lexicon table")
struct LexiconTableTests {
    static let lexicon = Lexicon(terms: ["good", "bad", "not", "very", "can't stand", "fed up", "ok", "5"].map {
        (key: Array($0.utf8), entry: LexiconEntry(valence: 1))
    })

    @Test func termsAreFoundAtTheirSlotNumber() {
        let table = Self.lexicon.table
        for key in ["good", "bad", "not", "very", "ok", "5"] {
            let hash = TermHash.key(Array(key.utf8))
            let slot = table.findSlot(hash: hash)
            #expect(table.missBit(slot: slot) == 0, "\(key)")
            #expect(table.entryIndex(slot: slot) == Int32(slot), "\(key)")
            #expect(Self.lexicon.find(hash: hash) == Int32(slot), "\(key)")
        }
    }

    @Test func aSlotIsHalfACacheLine() {
        #expect(MemoryLayout<LexiconSlot>.stride == 32)
    }

    @Test func theSharedLexiconFillsAtLeastThreeSlotsInEight() {
        let table = Lexicon.shared.table
        #expect(table.slotCount * 3 <= Lexicon.shared.count * 8)
        #expect(table.slotCount * 3 >= Lexicon.shared.count * 4)
    }

    @Test func emptySlotsAreNeverFound() {
        let table = Self.lexicon.table
        var empty = 0
        for slot in 1..<table.slotCount where table.slots[slot].index < 0 {
            empty += 1
            #expect(table.findSlot(hash: table.slots[slot].hash) != slot)
        }
        #expect(empty > 0)
        for hash: UInt64 in [0, 1, 2, UInt64.max] {
            let slot = table.findSlot(hash: hash)
            #expect(slot == LexiconTable.missSlot)
            #expect(table.entryIndex(slot: slot) == -1)
        }
    }
}
