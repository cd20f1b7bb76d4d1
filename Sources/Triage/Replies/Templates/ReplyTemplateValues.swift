import Foundation
import Store

/// The values a template's placeholders are filled with, for one item.
public struct ReplyTemplateValues: Sendable, Hashable {
    public var firstName: String
    public var brand: String
    public var aspect: String
    public var owner: String
    public var itemDate: String

    public init(firstName: String, brand: String, aspect: String, owner: String, itemDate: String) {
        self.firstName = firstName
        self.brand = brand
        self.aspect = aspect
        self.owner = owner
        self.itemDate = itemDate
    }

    /// The values for a reply to `subject`, written by `user`.
    public init(subject: ReplySubject, user: String) {
        self.init(firstName: Self.firstName(of: subject.personName), brand: subject.brandName,
                  aspect: subject.aspect ?? "visit", owner: subject.owner ?? user, itemDate: Self.day(subject.posted))
    }

    func value(of placeholder: ReplyPlaceholder) -> String {
        switch placeholder {
        case .firstName: return firstName
        case .brand: return brand
        case .aspect: return aspect
        case .owner: return owner
        case .itemDate: return itemDate
        }
    }

    /// The first word of a person's name; "there" for a handle, an initial or no name at all.
    static func firstName(of name: String) -> String {
        let first = name.split(whereSeparator: { $0.isWhitespace }).first.map(String.init) ?? ""
        let letters = first.trimmingCharacters(in: .punctuationCharacters)
        guard letters.count > 1, letters.first?.isLetter == true, !first.contains("@"),
              !["anonymous", "a", "guest", "customer"].contains(letters.lowercased()) else { return "there" }
        return letters
    }

    /// "12 March 2026" (UTC, the store's days), without the system's locale.
    static func day(_ date: Date) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        let parts = StoreTime.day(date).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return StoreTime.day(date) }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }
}
