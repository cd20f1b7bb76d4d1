/// A 64-bit number for an item's content key (`ContentKey`), kept in `item.key_hash` and
/// indexed there instead of the key text itself.
///
/// An index of 8-byte numbers is less than half the size of one of ~31-character keys (at a
/// million items ~43 MB, over the import's page cache, whose random inserts and lookups were a
/// fifth of the writer's time). The number only finds candidates: an item is the same only
/// when its stored key text is equal too, so two keys with the same number stay two items.
///
/// The value is stored, so it must never change: FNV-1a over the key's UTF-8, then the
/// MurmurHash3 finaliser to spread short keys that differ in their last bytes.
enum ContentKeyHash {
    static func of(_ key: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash = hash &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return Int64(bitPattern: hash)
    }
}
