/// The summary a complaint opened from an item gets when none is given.
enum ComplaintSummary {
    static let maximumLength = 80

    /// The item's title, else the first line of its text, cut at a word before 80 characters.
    static func make(title: String?, text: String) -> String {
        if let title = title?.trimmingSpaces, !title.isEmpty { return shortened(title) }
        let firstLine = text.trimmingSpaces.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let summary = shortened(firstLine.trimmingSpaces)
        return summary.isEmpty ? "Complaint" : summary
    }

    private static func shortened(_ text: String) -> String {
        guard text.count > maximumLength else { return text }
        let cut = text.prefix(maximumLength - 1)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(atWord).trimmingSpaces + "…"
    }
}
