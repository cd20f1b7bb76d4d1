import Foundation

/// The labelled development sentences: `sentence<TAB>0|1` per line, one file per source.
struct DevSet {
    struct File {
        var name: String
        var sentences: [String]
        /// 1 positive, 0 negative.
        var gold: [Int]
    }

    var directory: String
    var files: [File]
    /// Dev sentences joined into each text (`joined(every:)`): above 1 the texts have no gold
    /// label of their own.
    var sentencesPerText = 1

    var allSentences: [String] { files.flatMap(\.sentences) }
    var allGold: [Int] { files.flatMap(\.gold) }

    /// The default place: `../shared/sentiment-dev` beside the checkout this benchmark was built from.
    static var defaultDirectory: String {
        let source = URL(fileURLWithPath: #filePath)
        let checkout = source.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return checkout.deletingLastPathComponent().appendingPathComponent("shared/sentiment-dev").path
    }

    /// Reads every `*.txt` file of `directory`, sorted by name. Throws a message naming the file
    /// and line of the first malformed record.
    static func load(directory: String) throws -> DevSet {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
                .filter { $0.hasSuffix(".txt") }.sorted()
        } catch {
            throw BenchError("cannot list \(directory): \(error.localizedDescription); pass --dev-dir DIR")
        }
        guard !names.isEmpty else { throw BenchError("no *.txt files in \(directory); pass --dev-dir DIR") }
        var files: [File] = []
        for name in names {
            files.append(try loadFile(directory + "/" + name, name: name))
        }
        return DevSet(directory: directory, files: files)
    }

    private static func loadFile(_ path: String, name: String) throws -> File {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("cannot read \(path)") }
        let text = String(decoding: data, as: UTF8.self)
        var file = File(name: name.replacingOccurrences(of: ".txt", with: ""), sentences: [], gold: [])
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            guard let tab = line.lastIndex(of: "\t"), let label = Int(line[line.index(after: tab)...]),
                  label == 0 || label == 1 else {
                throw BenchError("\(path):\(offset + 1): expected 'sentence<TAB>0|1'")
            }
            file.sentences.append(line[..<tab].trimmingCharacters(in: .whitespaces))
            file.gold.append(label)
        }
        return file
    }
}
