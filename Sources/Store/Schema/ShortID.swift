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
        let trimmed = text.trimmingSpaces
        guard let first = trimmed.unicodeScalars.first,
              let kind = EntityKind(rawValue: String(first).uppercased()) else { return nil }
        let digits = trimmed.unicodeScalars.dropFirst()
        guard !digits.isEmpty, digits.count <= 18,
              digits.allSatisfy({ $0.value >= 48 && $0.value <= 57 }),
              let number = Int64(String(String.UnicodeScalarView(digits))), number > 0 else { return nil }
        self.init(kind: kind, number: number)
    }

    /// Parses a short id that must be of `kind`.
    public init?(_ text: String, kind: EntityKind) {
        guard let parsed = ShortID(text), parsed.kind == kind else { return nil }
        self = parsed
    }

    public var description: String { kind.prefix + String(number) }
}
