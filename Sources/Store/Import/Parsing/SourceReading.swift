/// What reading one file produced: records to check, records already rejected, and notices.
struct SourceReading: Sendable {
    var records: [SourceRecord] = []
    var rejections: [Rejection] = []
    var warnings: [String] = []
}
