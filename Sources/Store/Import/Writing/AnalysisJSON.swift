import Foundation
import Sentiment

/// Writes a `SentimentAnalysis` as the JSON its `Codable` conformance reads back, about ten
/// times faster than `JSONEncoder` (which was a quarter of an import's time).
///
/// The keys are the properties' names, as synthesised `Codable` uses; a test decodes the output
/// with `JSONDecoder` and compares the key sets with `JSONEncoder`'s, so a field added to the
/// analysis fails the test rather than being dropped silently.
enum AnalysisJSON {
    static func encode(_ analysis: SentimentAnalysis) -> String? {
        guard allFinite(analysis) else { return nil }
        var out = "{\"aspects\":["
        for (index, aspect) in analysis.aspects.enumerated() {
            if index > 0 { out += "," }
            out += "{\"aspect\":"
            string(aspect.aspect.rawValue, into: &out)
            out += ",\"mentions\":"
            strings(aspect.mentions, into: &out)
            out += ",\"score\":\(aspect.score.description)}"
        }
        out += "],\"drivers\":["
        for (index, driver) in analysis.drivers.enumerated() {
            if index > 0 { out += "," }
            out += "{\"contribution\":\(driver.contribution.description),\"phrase\":"
            string(driver.phrase, into: &out)
            out += "}"
        }
        out += "],\"label\":"
        string(analysis.label.rawValue, into: &out)
        out += ",\"language\":"
        string(analysis.language, into: &out)
        out += ",\"score\":\(analysis.score.description),\"scored\":\(analysis.scored),\"sentences\":["
        for (index, sentence) in analysis.sentences.enumerated() {
            if index > 0 { out += "," }
            out += "{\"end\":\(sentence.end),\"score\":\(sentence.score.description),\"start\":\(sentence.start)}"
        }
        out += "],\"signals\":{\"complaint\":\(analysis.signals.complaint),\"spam\":"
        strings(analysis.signals.spam.map(\.rawValue), into: &out)
        out += ",\"urgency\":"
        strings(analysis.signals.urgency.map(\.rawValue), into: &out)
        out += "}}"
        return out
    }

    /// JSON has no infinity or NaN; such an analysis is stored without its JSON.
    private static func allFinite(_ analysis: SentimentAnalysis) -> Bool {
        analysis.score.isFinite
            && analysis.aspects.allSatisfy { $0.score.isFinite }
            && analysis.drivers.allSatisfy { $0.contribution.isFinite }
            && analysis.sentences.allSatisfy { $0.score.isFinite }
    }

    private static func strings(_ values: [String], into out: inout String) {
        out += "["
        for (index, value) in values.enumerated() {
            if index > 0 { out += "," }
            string(value, into: &out)
        }
        out += "]"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259 §7).
    private static func string(_ value: String, into out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
