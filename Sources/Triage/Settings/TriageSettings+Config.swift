import Foundation
import Store

extension TriageSettings {
    /// Applies one config line, split into words, when it is a triage directive:
    /// ```
    /// hours mon-fri 09:00-17:30        # opening times; the first hours line replaces the defaults
    /// hours sat 10:00-14:00            # days not given are closed; 'closed' or several ranges a,b
    /// set timezone Europe/London       # the time zone of the hours (default: UTC, as the store's days)
    /// set first-response 4h            # open time to the first response, every severity
    /// set resolution.critical 1d       # ... or one severity; h, m, d (a day = the longest opening day)
    /// set urgency.overdue 3.0          # a follow-up urgency weight (due, overdue, severity,
    ///                                  # sentiment, rating, age, history)
    /// ```
    public mutating func apply(directive words: [String]) -> TriageDirective {
        guard let first = words.first else { return .notMine }
        if first == "hours" { return hoursLine(Array(words.dropFirst())) }
        guard first == "set", words.count >= 2 else { return .notMine }
        let name = words[1]
        guard name == "timezone" || name.hasPrefix("urgency.") || Self.deadlineName(name) != nil else { return .notMine }
        guard words.count == 3 else { return .invalid("expected: set \(name) VALUE") }
        return setting(name, words[2])
    }

    /// The triage settings of a whole config file, with a line-numbered message for each
    /// mistake in them (other directives are left alone).
    public static func parse(_ text: String, source: String) -> (settings: TriageSettings, errors: [String]) {
        var settings = TriageSettings()
        var errors: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            if case .invalid(let message) = settings.apply(directive: words) {
                errors.append("\(source):\(index + 1): \(message)")
            }
        }
        return (settings, errors)
    }

    /// The settings of `$XDG_CONFIG_HOME/earshot/config` (else `~/.config/earshot/config`);
    /// the defaults when there is no such file.
    public static func load(environment: [String: String]) -> (settings: TriageSettings, errors: [String]) {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        let path = base + "/earshot/config"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return (TriageSettings(), []) }
        return parse(text, source: path)
    }

    private mutating func setting(_ name: String, _ value: String) -> TriageDirective {
        if name == "timezone" {
            guard let zone = TimeZone(identifier: value) else {
                return .invalid("'\(value)' is not a time zone: write one like Europe/London or UTC")
            }
            hours.timeZone = zone
            return .applied
        }
        if name.hasPrefix("urgency.") {
            let term = String(name.dropFirst("urgency.".count))
            guard urgency[term] != nil else {
                return .invalid("unknown urgency weight '\(term)'; known: \(UrgencyWeights.names.joined(separator: ", "))")
            }
            guard let weight = Double(value), weight.isFinite, (0...100).contains(weight) else {
                return .invalid("urgency.\(term) takes a number from 0 to 100, like 1.5")
            }
            urgency[term] = weight
            return .applied
        }
        return deadline(name, value)
    }

    private mutating func deadline(_ name: String, _ value: String) -> TriageDirective {
        guard let (clock, severity) = Self.deadlineName(name) else { return .notMine }
        guard let duration = BusinessDuration(parsing: value) else {
            return .invalid("\(name) takes open time like 4h, 30m, 3d or 1d4h")
        }
        for level in severity.map({ [$0] }) ?? ComplaintSeverity.allCases {
            var current = deadlines[level] ?? ComplaintDeadlines.defaults[level] ?? ComplaintDeadlines(firstResponse: duration, resolution: duration)
            if clock == "first-response" { current.firstResponse = duration } else { current.resolution = duration }
            deadlines[level] = current
        }
        return .applied
    }

    /// `first-response`, `resolution`, or either with `.SEVERITY`.
    private static func deadlineName(_ name: String) -> (String, ComplaintSeverity?)? {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard let clock = parts.first, clock == "first-response" || clock == "resolution" else { return nil }
        guard parts.count == 2 else { return (clock, nil) }
        guard let severity = ComplaintSeverity(rawValue: parts[1]) else { return nil }
        return (clock, severity)
    }
}
