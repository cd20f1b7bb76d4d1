/// One slot of the lexicon's table: a term's hash beside its entry, 32 bytes in all, so that a
/// look-up reads one cache line (the table is 64-byte aligned) and never two (a test checks the
/// size: padding that made it 40 put every other slot across two lines). An empty slot keeps a
/// hash that never leads to it (`Lexicon.unreachableHash`).
struct LexiconSlot {
    var hash: UInt64 = 0
    var entry = LexiconEntry()
    /// The settle bits a plain ASCII word or number with this entry gets from it (see
    /// `Settler.entryBits`); the word adds its own.
    var settleBits: UInt8 = 0
    /// The slot's number as tokens keep it (`LexiconTable.entryIndex`): -1 for the miss slot
    /// and empty slots, so that a look-up reads it instead of working it out.
    var index: Int32 = -1
}
