import CNcursesw
import Testing
import TerminalUI
@testable import NcursesTerminal

/// Every code a terminal may send for a key lands on the same `Key`, whatever the terminal.
struct KeyDecoderTests {
    @Test(arguments: [
        (UInt32(0x0D), Key.enter), (0x0A, .enter), (0x09, .tab), (0x1B, .escape),
        (0x7F, .backspace), (0x08, .backspace),
        (0x01, .ctrl("a")), (0x0C, .ctrl("l")), (0x1A, .ctrl("z")), (0x03, .ctrl("c")),
        (0x20, .char(" ")), (0x6A, .char("j")), (0x47, .char("G")), (0x3F, .char("?")),
        (0xE9, .char("é")), (0x65E5, .char("日")), (0x1F355, .char("🍕")),
    ])
    func characters(code: UInt32, expected: Key) {
        #expect(KeyDecoder.key(forCharacter: code) == expected)
    }

    @Test(arguments: [UInt32(0x00), 0x1C, 0x1F, 0x80, 0x9B, 0xD800])
    func charactersThatAreNotKeys(code: UInt32) {
        #expect(KeyDecoder.key(forCharacter: code) == nil)
    }

    @Test(arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
        (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace),
        (KEY_DC, .delete), (KEY_IC, .insert), (KEY_A1, .home), (KEY_C3, .pageDown),
    ])
    func functionKeys(code: Int32, expected: Key) {
        #expect(KeyDecoder.key(forKeyCode: code) == expected)
    }

    @Test(arguments: 1...24)
    func numberedFunctionKeys(number: Int) {
        #expect(KeyDecoder.key(forKeyCode: cnc_key_f(Int32(number))) == .function(number))
    }

    @Test func resizeAndMouseAreNotKeys() {
        #expect(KeyDecoder.key(forKeyCode: KEY_RESIZE) == nil)
        #expect(KeyDecoder.key(forKeyCode: KEY_MOUSE) == nil)
    }
}
