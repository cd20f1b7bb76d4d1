import Foundation
import TerminalTestSupport
import TerminalUI
import Testing

/// The list commands' tables as a person reads them in a terminal: every row fits the width of
/// the terminal, its text cut with "…" where the other columns leave no more room, instead of
/// wrapping; through a pipe the text keeps its fixed width whatever the terminal.
@Suite("list tables in a terminal")
struct ListTablesEndToEndTests {
    @Test("rows fit the terminal, the text cut to the room the other columns leave",
          arguments: ["reviews", "complaints", "followups"], [80, 132])
    func rowsFitTheTerminal(list: String, columns: Int) throws {
        DisplayWidth.prepareLocale()
        let (scratch, store) = try Self.demoStore("list-\(list)-\(columns)")
        defer { scratch.remove() }
        let pty = try PseudoTerminal.start(try BuiltProducts.earshot(), ["--store", store, list],
                                           environment: scratch.environment(), columns: columns, rows: 24)
        let exit = pty.waitForExit(seconds: 30)
        let lines = String(decoding: pty.output, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(exit?.status == .exited(0))
        #expect(lines.count >= 3, "\(lines)")
        let widths = lines.map(DisplayWidth.of)
        #expect(widths.allSatisfy { $0 <= columns }, "wider than \(columns): \(zip(lines, widths).filter { $0.1 > columns })")
        #expect(lines.contains { $0.contains("…") }, "no text was cut at \(columns) columns")
        if columns > 80 {
            #expect(widths.contains { $0 > 80 }, "the text does not take the room of a wide terminal")
        }
    }

    @Test("through a pipe, the text is not cut to any terminal")
    func pipedTextIsWhole() throws {
        DisplayWidth.prepareLocale()
        let (scratch, store) = try Self.demoStore("list-piped")
        defer { scratch.remove() }
        let output = try Command.run(try BuiltProducts.earshot(), ["--store", store, "reviews"])
        #expect(output.split(separator: "\n").contains { DisplayWidth.of(String($0)) > 132 })
    }

    /// A scratch folder with a store of the demo data.
    private static func demoStore(_ label: String) throws -> (ScratchFolder, String) {
        let scratch = try ScratchFolder.make(label)
        let store = scratch.path("list.db")
        try Command.run(try BuiltProducts.earshot(), ["--store", store, "import"] + BuiltProducts.seedFiles())
        return (scratch, store)
    }
}
