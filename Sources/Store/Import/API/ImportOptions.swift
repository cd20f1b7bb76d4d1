import Foundation
import Sentiment

/// How an import runs.
public struct ImportOptions: Sendable {
    /// Check and count everything, then roll back: the store is not changed.
    public var dryRun: Bool
    /// Import the good records and write the rejected ones, with reasons, to this file
    /// (JSON Lines); without it, one bad record stops the whole import.
    public var skipBadTo: String?
    /// Seconds added to every time and date in the records before they are stored (the demo
    /// uses it to move its data to today). Dates move by the shift rounded to whole days.
    public var dateShift: TimeInterval
    /// The brand (name or id) of items that name none, e.g. a CSV without a brand column;
    /// created as a brand if no brand has that name. Without it such items go to the own brand.
    public var defaultBrand: String?
    /// `--map field=COLUMN`: CSV columns to read as item fields (text, rating, author, posted,
    /// source, external_id, title, url, brand, lang, …), matched ignoring case, before the usual
    /// aliases. Check it with `ImportOptions.checkColumnMap`.
    public var columnMap: [String: String] = [:]
    /// Tags each imported item; carries the user's lexicon when the command loaded one.
    public var tagger = SentimentTagger()
    /// Called from the importing thread as work advances, for a progress line.
    public var progress: (@Sendable (ImportProgress) -> Void)?
    /// The fewest records (judged by input size) for which an import into a store smaller than
    /// itself builds the secondary indexes at its end (`IndexDeferral`); tests lower it.
    var indexDeferralMinimum = 16_384
    /// Where a big import into an empty store builds its search index aside (`ItemSearchBuild`);
    /// tests choose their own.
    var temporaryFolder = NSTemporaryDirectory()

    public init(dryRun: Bool = false, skipBadTo: String? = nil, dateShift: TimeInterval = 0,
                defaultBrand: String? = nil, progress: (@Sendable (ImportProgress) -> Void)? = nil) {
        self.dryRun = dryRun
        self.skipBadTo = skipBadTo
        self.dateShift = dateShift
        self.defaultBrand = defaultBrand
        self.progress = progress
    }
}

extension ImportOptions {
    /// Reads `field=COLUMN` pairs (`--map text=Body`), refusing unknown fields and repeats.
    ///
    /// - Throws: `ImportError` (file "--map") saying what is wrong.
    public static func columnMap(_ pairs: [String]) throws(ImportError) -> [String: String] {
        var map: [String: String] = [:]
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ImportError(file: "--map", line: 0, message: "'\(pair)' is not field=COLUMN, like --map text=Body")
            }
            let field = parts[0].lowercased()
            guard let canonical = FieldAliases.canonicalByName[field], canonical == field else {
                let fields = FieldAliases.item.keys.sorted().joined(separator: ", ")
                throw ImportError(file: "--map", line: 0, message: "'\(parts[0])' is not an item field: use one of \(fields)")
            }
            guard map[field] == nil else {
                throw ImportError(file: "--map", line: 0, message: "\(field) is mapped twice: give one column per field")
            }
            map[field] = parts[1].lowercased()
        }
        return map
    }
}
