import Foundation
import Store

/// A row of the Reviews pane: sentiment mark and score, stars, date, source, author, signal
/// marks, first line.
enum ReviewLine {
    static func spans(_ row: ReviewRow, width: Int, now: Date, glyphs: Glyphs) -> StyledLine {
        let sentimentRole = Formatters.role(for: row.label)
        var line: StyledLine = [
            Span(glyphs.mark, sentimentRole),
            Span(" " + Formatters.score(row.score), sentimentRole),
            Span(" " + Formatters.stars(row.rating, glyphs: glyphs), .rating),
            Span(" " + Formatters.shortDate(row.posted, now: now), .muted),
        ]
        if width >= 90 { line.append(Span(" " + Formatters.fit(row.source, 10, glyphs: glyphs), .muted)) }
        line.append(Span(" " + Formatters.fit(row.author, width >= 90 ? 16 : 12, glyphs: glyphs), .text))
        if row.isUrgent { line.append(Span(" !", .urgent)) }
        if let spam = spamMark(row) { line.append(Span(" " + spam, .muted)) }
        let preview = [row.title, Formatters.firstLine(row.text)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " — ")
        line.append(Span(" " + preview, row.status == "new" ? .text : .muted))
        return line
    }

    /// "spam" for an item marked spam, "spam?" for a new one the tagger took for spam (a pitch or
    /// a phishing bill reads like any other new item otherwise), else nil: once someone has given
    /// the item another status, they have judged it.
    static func spamMark(_ row: ReviewRow) -> String? {
        if row.status == ItemStatus.spam.name { return "spam" }
        return row.isSpam && row.status == ItemStatus.new.name ? "spam?" : nil
    }
}
