// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "earshot",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "earshot", targets: ["earshot"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // C shims. Only NcursesTerminal imports CNcursesw.
        // A C target, not a system library: its session.c holds the one copy of the saved terminal
        // state that the signal handlers need (a static in a header would be copied per Swift file).
        .target(name: "CNcursesw", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "CLibcWidth"),
        // The tokenizer's byte classifier (SSE2 when there is SSE2): static inline, for Sentiment only.
        .target(name: "CSentimentScan"),

        // Pure core: cells, screen buffer, widths, keys, the Terminal protocol, widgets.
        .target(name: "TerminalUI", dependencies: ["CLibcWidth"]),
        // The in-memory terminal: the test double behind the same protocol.
        .target(name: "InMemoryTerminal", dependencies: ["TerminalUI"]),
        // The real back end: the only code that imports curses.
        .target(name: "NcursesTerminal", dependencies: ["CNcursesw", "TerminalUI"]),

        .target(name: "Sentiment", dependencies: ["CSentimentScan"], exclude: ["Lexicon/Data"]),
        .target(name: "Store", dependencies: [
            "Sentiment",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // Triage actions, their command line, runner and undo, and the queues' figures: what the
        // dashboard and the CLI's update/complain/followup/done/undo both run.
        .target(name: "Triage", dependencies: ["Store"]),
        .target(name: "Dashboard", dependencies: ["TerminalUI", "Store", "Sentiment", "Triage"]),

        .executableTarget(name: "earshot", dependencies: [
            "Dashboard", "NcursesTerminal", "Store", "Sentiment", "TerminalUI", "Triage",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Realistic stores of any size, the same bytes for the same seed (benchmarks and tests).
        .target(name: "StoreGenerator"),
        // Benchmarks: release build, medians of repeated runs, each figure printed with its method.
        .executableTarget(name: "earshot-bench", dependencies: ["Sentiment", "StoreGenerator", "Store", "TerminalTestSupport", "Dashboard"],
                          exclude: ["vader_baseline.py"]),

        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "InMemoryTerminal"]),
        .testTarget(name: "SentimentTests", dependencies: ["Sentiment", "CSentimentScan"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "TerminalTestSupport"]),
        // A store session in its own process (the same write API the dashboard calls), which
        // StoreTests starts several of at once; test code only.
        .executableTarget(name: "earshot-store-worker", dependencies: ["Store"], path: "Tests/StoreWorker"),
        .testTarget(name: "TriageTests", dependencies: ["Triage", "Store", "Dashboard"]),
        // A triage session in its own process (the runner the dashboard and CLI call), which
        // TriageTests starts beside its own; test code only.
        .executableTarget(name: "earshot-triage-worker", dependencies: ["Triage", "Store"], path: "Tests/TriageWorker"),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "InMemoryTerminal", "TerminalUI", "Store"]),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "TerminalUI"]),
        // Helpers of the terminal tests (pseudo-terminals, tmux, processes); test code only.
        .target(name: "CPseudoTerminal", path: "Tests/CPseudoTerminal"),
        .target(name: "TerminalTestSupport", dependencies: ["CPseudoTerminal"], path: "Tests/TerminalTestSupport"),
        .testTarget(name: "EndToEndTests", dependencies: ["TerminalTestSupport", "TerminalUI"]),
        // The real binary under a pseudo-terminal: hostile text, signals, hang-ups, resizes, bytes per key.
        .testTarget(name: "TerminalReliabilityTests", dependencies: ["TerminalTestSupport", "Store"]),
        // The store generator, and the benchmarks run small end to end (never checked on timing).
        .testTarget(name: "BenchTests", dependencies: ["StoreGenerator", "Store", "TerminalTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
