/// Orders short ids as people count: R2 before R10.
enum ShortIDOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        let (pa, na) = split(a)
        let (pb, nb) = split(b)
        return pa != pb ? pa < pb : na < nb
    }

    private static func split(_ id: String) -> (String, Int) {
        let prefix = String(id.prefix { !$0.isNumber })
        return (prefix, Int(id.dropFirst(prefix.count)) ?? 0)
    }
}
