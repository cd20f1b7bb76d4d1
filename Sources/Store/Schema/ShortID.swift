/// A typeable id such as R123: the kind's prefix and the row's number.
public struct ShortID: Sendable, Hashable, CustomStringConvertible {
    public let kind: EntityKind
    public let number: Int64

    public init(kind: EntityKind, number: Int64) {
        self.kind = kind
        self.number = number
    }

    /// Parses "R123" (any letter case, surrounding spaces ignored); nil when it is not one.
    public init?(_ text: String) {
        if let parsed = Self.plain(text) {
            self = parsed
            return
        }
        let trimmed = text.trimmingSpaces
        guard let first = trimmed.unicodeScalars.first,
              let kind = EntityKind(rawValue: String(first).uppercased()) else { return nil }
        let digits = trimmed.unicodeScalars.dropFirst()
        guard !digits.isEmpty, digits.count <= 18,
              digits.allSatisfy({ $0.value >= 48 && $0.value <= 57 }),
              let number = Int64(String(String.UnicodeScalarView(digits))), number > 0 else { return nil }
        self.init(kind: kind, number: number)
    }

    /// "R123" written plainly (a letter, then up to 18 digits, nothing around), read byte by byte;
    /// nil for anything else, which the general parse then looks at. Imports read millions of these.
    private static func plain(_ text: String) -> ShortID? {
        let bytes = text.utf8
        guard bytes.count >= 2, bytes.count <= 19, let first = bytes.first else { return nil }
        let letter = first & 0xDF
        guard let kind = EntityKind.allCases.first(where: { $0.rawValue.utf8.first == letter }) else { return nil }
        var number: Int64 = 0
        for byte in bytes.dropFirst() {
            guard byte >= 48, byte <= 57 else { return nil }
            number = number * 10 + Int64(byte - 48)
        }
        return number > 0 ? ShortID(kind: kind, number: number) : nil
    }

    /// Parses a short id that must be of `kind`.
    public init?(_ text: String, kind: EntityKind) {
        guard let parsed = ShortID(text), parsed.kind == kind else { return nil }
        self = parsed
    }

    public var description: String { kind.prefix + String(number) }
}
