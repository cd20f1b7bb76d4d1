import Testing
@testable import Dashboard

/// A review row says what the tagger and the team made of the item before its text.
@Suite struct ReviewLineTests {
    @Test(arguments: [
        ("new", false, false, "● +0.40 ★★★★★ Nov 21 Tom B. Dear Customer, confirm payment"),
        ("new", true, false, "● +0.40 ★★★★★ Nov 21 Tom B. spam? Dear Customer, confirm payment"),
        ("new", true, true, "● +0.40 ★★★★★ Nov 21 Tom B. ! spam? Dear Customer, confirm payment"),
        ("spam", true, false, "● +0.40 ★★★★★ Nov 21 Tom B. spam Dear Customer, confirm payment"),
        ("spam", false, false, "● +0.40 ★★★★★ Nov 21 Tom B. spam Dear Customer, confirm payment"),
        ("open", true, false, "● +0.40 ★★★★★ Nov 21 Tom B. Dear Customer, confirm payment"),
        ("done", true, false, "● +0.40 ★★★★★ Nov 21 Tom B. Dear Customer, confirm payment"),
    ])
    func spamIsMarked(status: String, isSpam: Bool, isUrgent: Bool, expected: String) {
        var row = Fixtures.review("R9", "Tom B.", "Dear Customer, confirm payment", rating: 5, score: 0.4, daysAgo: 1)
        row.status = status
        row.isSpam = isSpam
        row.isUrgent = isUrgent
        let line = ReviewLine.spans(row, width: 80, now: Fixtures.now, glyphs: .unicode)
        #expect(line.map(\.text).joined().split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") == expected)
    }

    @Test func theSpamMarkIsMuted() {
        var row = Fixtures.review("R9", "Tom B.", "Free SEO audit", rating: nil, score: 0.5, daysAgo: 1)
        row.isSpam = true
        let line = ReviewLine.spans(row, width: 80, now: Fixtures.now, glyphs: .unicode)
        #expect(line.contains(Span(" spam?", .muted)))
    }
}
