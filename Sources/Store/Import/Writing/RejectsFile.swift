import Foundation

/// Writes rejected records, with their reasons, as JSON Lines:
/// `{"file": …, "line": …, "errors": ["line 3: rating: …"], "record": "<the record as in the file>"}`.
enum RejectsFile {
    private struct Line: Encodable {
        var file: String
        var line: Int
        var errors: [String]
        var record: String?
    }

    static func write(_ rejections: [Rejection], to path: String) throws(ImportError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var output = Data()
        for rejection in rejections {
            let line = Line(file: rejection.file, line: rejection.line,
                            errors: rejection.errors.map(\.description), record: rejection.raw)
            guard let encoded = try? encoder.encode(line) else { continue }
            output.append(encoded)
            output.append(0x0A)
        }
        guard FileManager.default.createFile(atPath: path, contents: output) else {
            throw ImportError(file: path, line: 0, field: "--skip-bad",
                              message: "cannot write the rejects file: check the folder exists and is writable")
        }
    }
}
