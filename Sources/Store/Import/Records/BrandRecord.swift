/// A brand to import: own or a competitor, with the other names it goes by.
struct BrandRecord: Sendable {
    var fileID: String?
    var name: String
    var own: Bool
    var aliases: [String]
}
