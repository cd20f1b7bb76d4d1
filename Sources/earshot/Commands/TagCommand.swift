import ArgumentParser
import Foundation
import Sentiment

/// `earshot tag [--json] [TEXT...]`: the sentiment of each argument, or of each line of stdin.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Print the sentiment of each argument, or of each line of standard input.",
        discussion: """
            Prints one line per text, in order: the score (-1 to 1, four decimals), a tab and the \
            label (pos, neu or neg). With --json, one JSON object per line instead, with the score, \
            label, language, whether the text was scored, the words that drove the score, the \
            aspects and the signals. Output is flushed whenever the input pauses, so it works in a \
            pipe. Your own lexicon ($XDG_CONFIG_HOME/earshot/lexicon, else \
            ~/.config/earshot/lexicon: one 'word<TAB>valence' per line, valence -4 to 4) is used \
            when it exists.
            """
    )

    @Flag(help: "Print one JSON object per text with score, label, aspects, signals, language and drivers.")
    var json = false

    @Option(help: "A lexicon file to use instead of the one in your config directory.")
    var lexicon: String?

    @Argument(help: "Texts to tag. Without any, each line of standard input is one text.")
    var texts: [String] = []

    func run() throws {
        let tagger = try UserLexicon.tagger(path: lexicon)
        var output = TagOutput(json: json)
        if texts.isEmpty {
            // Someone at the keyboard, not a pipe: say what is being read and how to end it.
            if isatty(STDIN_FILENO) == 1 { CommandOutput.note("tagging each line you type; Ctrl-D ends") }
            TagLineReader.forEachLine(of: STDIN_FILENO, onPause: { output.flush() }) { line in
                output.write(tagger, utf8: line)
            }
        } else {
            for text in texts { output.write(tagger, text) }
        }
        output.flush()
    }
}
