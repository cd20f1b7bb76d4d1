import Foundation
import Testing
import TerminalUI

/// OSC 52: the text base64-encoded exactly, the sequence well formed, long texts refused, GNU
/// screen's passthrough chunked, and nothing in the text able to end the sequence early.
@Suite struct ClipboardSequenceTests {
    /// The payload between `ESC ] 52 ; c ;` and BEL, decoded.
    func decoded(_ bytes: [UInt8]) throws -> String {
        let prefix = Array("\u{1B}]52;c;".utf8)
        #expect(Array(bytes.prefix(prefix.count)) == prefix)
        #expect(bytes.last == 0x07)
        let payload = String(decoding: bytes[prefix.count..<(bytes.count - 1)], as: UTF8.self)
        let data = try #require(Data(base64Encoded: payload), "not base64: \(payload)")
        return String(decoding: data, as: UTF8.self)
    }

    @Test(arguments: ["", "a", "ab", "abc", "abcd", "Hi Maya, thank you!", "Ça coûte 3 € ☕ 🥐 田中", "line one\nline two\t end"])
    func theTextArrivesExactly(text: String) throws {
        let bytes = try #require(ClipboardSequence.bytes(for: text))
        #expect(try decoded(bytes) == text)
    }

    @Test func paddingFollowsRFC4648() throws {
        let cases = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=", "foobar": "Zm9vYmFy"]
        for (text, encoded) in cases {
            let bytes = try #require(ClipboardSequence.bytes(for: text))
            #expect(String(decoding: bytes.dropFirst(7).dropLast(), as: UTF8.self) == encoded, "base64 of \(text)")
        }
    }

    @Test func controlCharactersInTheTextCannotEndTheSequence() throws {
        let hostile = "\u{07}\u{1B}]0;pwned\u{07}\u{1B}\\\u{9C}"
        let bytes = try #require(ClipboardSequence.bytes(for: hostile))
        let body = bytes.dropFirst(7).dropLast()
        #expect(!body.contains(0x07) && !body.contains(0x1B) && !body.contains(0x9C))
        #expect(try decoded(bytes) == hostile)
    }

    @Test func textsBeyondTheLimitAreRefusedNotCut() {
        let fits = String(repeating: "x", count: ClipboardSequence.maximumEncodedBytes / 4 * 3)
        #expect(ClipboardSequence.bytes(for: fits) != nil)
        #expect(ClipboardSequence.bytes(for: fits + "x") == nil)
    }

    @Test func screenGetsThePassthroughInChunks() throws {
        let text = String(repeating: "Thank you for coming back. ", count: 100)
        let plain = try #require(ClipboardSequence.bytes(for: text))
        let wrapped = try #require(ClipboardSequence.bytes(for: text, wrapping: .screen))
        var unwrapped: [UInt8] = []
        var index = 0
        var chunks = 0
        while index < wrapped.count {
            #expect(Array(wrapped[index..<index + 2]) == [0x1B, 0x50], "a chunk should open with ESC P")
            let end = try #require((index + 2..<wrapped.count - 1).first { wrapped[$0] == 0x1B && wrapped[$0 + 1] == 0x5C })
            #expect(end - index - 2 <= 768)
            unwrapped += wrapped[(index + 2)..<end]
            index = end + 2
            chunks += 1
        }
        #expect(unwrapped == plain)
        #expect(chunks == (plain.count + 767) / 768)
    }

    @Test(arguments: [(["STY": "1234.pts-0.host"], ClipboardSequence.Wrapping.screen),
                      (["STY": "1234.pts-0.host", "TMUX": "default-socket,1,0"], .none),
                      (["TMUX": "default-socket,1,0"], .none), ([:], .none)])
    func wrappingFollowsTheMultiplexer(environment: [String: String], expected: ClipboardSequence.Wrapping) {
        #expect(ClipboardSequence.wrapping { environment[$0] } == expected)
    }
}
