/// What the write transaction did.
struct ImportOutcome {
    var counts = ImportCounts()
    var duplicates = 0
    var rejections: [Rejection] = []
    var warnings: [String] = []
    var committed = false
}
