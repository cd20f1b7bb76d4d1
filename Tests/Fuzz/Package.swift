// swift-tools-version:6.0
import PackageDescription

// Coverage-guided fuzzing of earshot's input-facing code with libFuzzer and AddressSanitizer.
// A package of its own so the sanitizer flags never touch the main build; `Tests/Fuzz/run` builds and
// runs it. The modules under test are the main package's own sources (symbolic links in
// Sources/): SwiftPM instruments only the root package's targets for coverage, so a dependency on
// the main package would leave libFuzzer blind.
let package = Package(
    name: "earshot-fuzz",
    targets: [
        .target(name: "CLibcWidth"),
        .target(name: "TerminalUI", dependencies: ["CLibcWidth"]),
        .target(name: "CSentimentScan"),
        .target(name: "Sentiment", dependencies: ["CSentimentScan"], exclude: ["Lexicon/Data"]),
        // S7: whatever text arrives, the screen chokepoint passes only allowed glyphs, and no row
        // drawn from it is wider than the screen.
        .executableTarget(name: "FuzzScreenText", dependencies: ["TerminalUI"]),
        // Any bytes: the tagger never traps, scores stay in -1...1, and the fast score path agrees
        // with the full analysis.
        .executableTarget(name: "FuzzSentiment", dependencies: ["Sentiment"]),
    ],
    swiftLanguageModes: [.v6]
)
