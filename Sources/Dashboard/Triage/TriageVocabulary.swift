import Foundation
import Triage

/// The triage verbs as the dashboard sees them: one place that asks the `Triage` layer, so the
/// `:` line, key bindings, completion and help all use the runner's own list.
enum TriageVocabulary {
    /// The verb whose text the editor supplies when it is given none.
    static let noteVerb = "note"

    /// Every triage verb's name, in the runner's order.
    static var names: [String] { TriageCommandLine.verbs.map(\.name) }

    static func isVerb(_ name: String) -> Bool { names.contains(name) }

    /// The argument synopsis and one-line help of `verb`.
    static func help(for verb: String) -> (synopsis: String, summary: String)? {
        TriageCommandLine.verbs.first { $0.name == verb }.map { ($0.synopsis, $0.help) }
    }

    /// Parses a command line into the action it asks for.
    static func parse(_ line: String, user: String, now: Date) throws -> TriageAction {
        try TriageCommandLine.parse(line, user: user, now: now)
    }

    /// What is wrong with `line`, or nil when it parses.
    static func problem(in line: String) -> String? {
        do {
            _ = try parse(line, user: "me", now: Date())
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// Completions of the last word of `line` after a verb (values such as statuses, channels).
    static func completions(for line: String) -> [String] {
        TriageCommandLine.completions(for: line)
    }

    /// The verb or command name nearest to a mistyped one, when one is close.
    static func closestName(to name: String) -> String? {
        let candidates = names + Command.allCases.map(\.rawValue)
        return candidates.first { $0.hasPrefix(name) || name.hasPrefix($0) }
    }
}
