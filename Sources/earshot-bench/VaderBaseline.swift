import Foundation

/// Runs VADER 3.3.2 through `python3 vader_baseline.py` (beside this file) on the same sentences.
enum VaderBaseline {
    struct Output {
        var version: String
        /// The interpreter that ran it ("CPython 3.11.7"): VADER's speed depends on it.
        var python: String
        var compound: [Double]
        /// Wall time of each timed pass over all sentences, measured inside Python.
        var seconds: [Double]
    }

    static let installHint = "python3 -m pip install vaderSentiment==3.3.2"

    static var scriptPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("vader_baseline.py").path
    }

    /// Scores `sentences` `runs` + 1 times in one Python process (the first pass gives the scores).
    static func run(sentences: [String], runs: Int, python: String) throws -> Output {
        guard FileManager.default.fileExists(atPath: scriptPath) else {
            throw BenchError("VADER helper not found at \(scriptPath); run the benchmark from its checkout")
        }
        let request = try JSONSerialization.data(withJSONObject: ["sentences": sentences, "runs": runs])
        // A helper that dies early must not take the benchmark down with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, scriptPath]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw BenchError("cannot start \(python): \(error.localizedDescription); install Python 3 and \(installHint)")
        }
        let writer = Thread {
            try? input.fileHandleForWriting.write(contentsOf: request)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 3 {
                throw BenchError("vaderSentiment is not installed for \(python): run '\(installHint)' (or pass --no-vader)")
            }
            let reason = errorText.split(whereSeparator: \.isNewline).first.map(String.init) ?? "no message"
            throw BenchError("the VADER helper failed (exit \(process.terminationStatus)): \(reason); check --python and '\(installHint)'")
        }
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let compound = object["compound"] as? [Double], let seconds = object["seconds"] as? [Double] else {
            throw BenchError("the VADER helper printed something that is not its JSON result")
        }
        return Output(version: object["version"] as? String ?? "unknown", python: object["python"] as? String ?? python,
                      compound: compound, seconds: seconds)
    }

    /// Installs the baseline with pip (for `--install-vader`).
    static func install(python: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-m", "pip", "install", "--quiet", "vaderSentiment==3.3.2"]
        do {
            try process.run()
        } catch {
            return false
        }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
