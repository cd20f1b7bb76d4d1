/// One checked record of any type, with where it came from.
struct ImportRecord: Sendable {
    enum Body: Sendable {
        case brand(BrandRecord)
        case customer(CustomerRecord)
        case item(ItemRecord)
        case complaint(ComplaintRecord)
        case followUp(FollowUpRecord)
    }

    var origin: RecordOrigin
    var body: Body
}
