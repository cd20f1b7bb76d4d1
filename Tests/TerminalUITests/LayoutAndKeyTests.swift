import Testing
@testable import TerminalUI

@Suite struct LayoutTests {
    @Test func fixedPartsFirstThenFillsShareTheRest() {
        let rects = Layout.vertical([.length(3), .fill(min: 1), .length(2)], in: Rect(x: 0, y: 0, width: 10, height: 20))
        #expect(rects.map(\.height) == [3, 15, 2])
        #expect(rects.map(\.y) == [0, 3, 18])
    }

    @Test func neverHandsOutMoreThanThereIs() {
        let rects = Layout.horizontal([.length(8), .length(8), .fill(min: 4)], in: Rect(x: 0, y: 0, width: 10, height: 1))
        #expect(rects.map(\.width).reduce(0, +) == 10)
    }
}

@Suite struct KeyTests {
    @Test(arguments: ["j", "G", "?", "<Down>", "<C-l>", "<Space>", "<Enter>", "<Esc>", "<Tab>", "<S-Tab>", "<PgUp>", "<F5>", "<lt>"])
    func namesRoundTrip(name: String) throws {
        let key = try #require(Key(name: name))
        #expect(key.description == name)
    }

    @Test(arguments: ["", "jj", "<Nope>", "<C-1>", "<F99>"])
    func badNamesAreRejected(name: String) {
        #expect(Key(name: name) == nil)
    }
}
