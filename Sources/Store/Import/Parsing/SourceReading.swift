/// What reading one file produced: each record is handed to `accept` as soon as it is read (so
/// records are not all held twice), and the rejected records and notices are kept.
struct SourceReading {
    var accept: (SourceRecord) -> Void
    var rejections: [Rejection] = []
    var warnings: [String] = []
}
