import ArgumentParser

/// The `earshot` command: opens the dashboard, or runs one of the subcommands for scripts.
@main
struct Earshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "earshot",
        abstract: "Keep your business within earshot of its customers.",
        subcommands: [
        ]
    )

    func run() throws {
        print("earshot")
    }
}
