import TerminalUI

/// libFuzzer's entry: one input, checked against the screen's allow-list.
///
/// The input's first byte picks a screen width (1-64) and the rest is the text, decoded as UTF-8
/// (invalid bytes become U+FFFD, as they do when earshot reads a file). Every glyph the chokepoint
/// lets through must be printable and harmless; the text drawn into a buffer of that width must
/// never make a row wider than the buffer. A breach traps, which libFuzzer reports as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScreenText(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    guard let first = bytes.first else { return 0 }
    let width = Int(first % 64) + 1
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    ScreenText.forEachGlyph(in: text) { scalar, columns in
        if let reason = ScreenTextAllowList.violation(scalar, width: columns) {
            fatalError("ScreenText let through U+\(String(scalar.value, radix: 16, uppercase: true)): \(reason)")
        }
    }
    var buffer = ScreenBuffer(size: Size(width: width, height: 2))
    let written = buffer.put(text, x: 0, y: 0, maxWidth: width)
    if written > width { fatalError("put wrote \(written) columns into \(width)") }
    for line in buffer.lines where DisplayWidth.of(line) > width {
        fatalError("a row of \(DisplayWidth.of(line)) columns in a buffer \(width) wide")
    }
    return 0
}

/// Sets the UTF-8 locale that `wcwidth` needs, once, as earshot does at start.
@_cdecl("LLVMFuzzerInitialize")
public func initializeScreenTextFuzzer(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>) -> CInt {
    _ = DisplayWidth.prepareLocale()
    return 0
}
