/// What `export` writes: JSON Lines in the import format (lossless), or CSV of the items for a
/// spreadsheet.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    case jsonl, csv
}
