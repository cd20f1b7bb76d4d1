import ArgumentParser
import Foundation
import Sentiment

/// The tagger with the user's lexicon laid over the built-in one, for `tag` and `import` alike.
enum UserLexicon {
    /// `path` (from `--lexicon`), else the config directory's `lexicon` file, else none.
    /// A bad line is a one-line error naming file and line, and exit 1.
    static func tagger(path: String?) throws -> SentimentTagger {
        do {
            if let path {
                return SentimentTagger(overrides: try LexiconOverrides.load(path: path))
            }
            let environment = ProcessInfo.processInfo.environment
            guard let overrides = try LexiconOverrides.loadDefault(environment: environment) else {
                return SentimentTagger()
            }
            return SentimentTagger(overrides: overrides)
        } catch {
            FileHandle.standardError.write(Data("earshot: \(error.description); fix the line or move the file aside\n".utf8))
            throw ExitCode(1)
        }
    }
}
