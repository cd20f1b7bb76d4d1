import Foundation

// earshot-bench: the project's benchmarks, one subcommand each (release build:
// `swift run -c release earshot-bench <name>`).

let arguments = Array(CommandLine.arguments.dropFirst())
exit(Benchmarks.run(arguments))
