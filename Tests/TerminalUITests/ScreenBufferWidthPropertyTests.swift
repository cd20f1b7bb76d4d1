import CLibcWidth
import Testing
@testable import TerminalUI

/// S5 (research/reliability.md §1): whatever text is drawn, no row is wider than the buffer and
/// nothing lands outside the area it was drawn into.
///
/// 10,000 random strings of CJK, emoji with ZWJ and VS16, flags, 20 stacked combining marks,
/// C0/C1 controls, bidi and zero-width characters, tabs and ASCII are drawn at random places
/// with random clip widths into buffers 1 to 200 columns wide. The seed is fixed, so a failure
/// names a case that can be replayed.
@Suite struct ScreenBufferWidthPropertyTests {
    init() { DisplayWidth.prepareLocale() }

    static let trials = 10_000

    @Test("S5: random hostile strings never make a row wider than the buffer or bleed outside their area")
    func randomStringsStayInsideTheirArea() {
        var random = SplitMix64(seed: 0x5EED_0005)
        var failures: [String] = []
        var widest = 0
        var cellsChecked = 0
        for trial in 0..<Self.trials {
            let width = random.next(in: 1...200)
            let height = random.next(in: 1...3)
            let text = Self.randomText(&random)
            let x = random.next(in: -3...(width + 1))
            let y = random.next(in: 0...(height - 1))
            let maxWidth = random.next(in: 0...(width + 4))
            var buffer = ScreenBuffer(size: Size(width: width, height: height))
            let written = buffer.put(text, x: x, y: y, maxWidth: maxWidth)
            cellsChecked += width * height
            let problems = Self.problems(in: buffer, drawnAt: x, y: y, maxWidth: maxWidth, written: written)
            if !problems.isEmpty, failures.count < 5 {
                failures.append("trial \(trial) (\(width)x\(height), x \(x), maxWidth \(maxWidth), text \(text.unicodeScalars.map { String($0.value, radix: 16) })): \(problems.joined(separator: "; "))")
            }
            widest = max(widest, buffer.lines.map { DisplayWidth.of($0) }.max() ?? 0)
        }
        print("S5: \(Self.trials) random strings (CJK, ZWJ emoji, VS16, 20 stacked marks, controls) in buffers 1-200 wide: "
              + "\(failures.count) with a row wider than the buffer or a cell outside the drawn area (\(cellsChecked) cells checked, widest row \(widest))")
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// What is wrong with `buffer` after `put(text, x, y, maxWidth)` returned `written`.
    static func problems(in buffer: ScreenBuffer, drawnAt x: Int, y: Int, maxWidth: Int, written: Int) -> [String] {
        var problems: [String] = []
        let width = buffer.size.width
        for (row, line) in buffer.lines.enumerated() where DisplayWidth.of(line) > width {
            problems.append("row \(row) is \(DisplayWidth.of(line)) columns wide")
        }
        let left = max(0, x)
        let right = min(width, x + maxWidth)
        if written > max(0, right - x) { problems.append("put reported \(written) columns, more than the \(right - x) allowed") }
        for row in 0..<buffer.size.height {
            var column = 0
            while column < width {
                let cell = buffer[column, row]
                let inside = row == y && column >= left && column < right
                if !inside && cell != .blank { problems.append("cell \(column),\(row) outside the area was drawn") }
                if cell.isContinuation {
                    problems.append("continuation at \(column),\(row) without a wide character before it")
                    column += 1
                    continue
                }
                problems += cellProblems(cell, column: column, row: row, width: width)
                if cell.width == 2 {
                    if column + 1 >= width || !buffer[column + 1, row].isContinuation {
                        problems.append("wide character at \(column),\(row) has no second column")
                    } else if inside && column + 1 >= right {
                        problems.append("wide character at \(column),\(row) straddles the area's edge")
                    }
                    column += 2
                } else {
                    column += 1
                }
            }
        }
        return problems
    }

    /// A cell holds only scalars that are safe to send, and its width is glibc's.
    static func cellProblems(_ cell: Cell, column: Int, row: Int, width: Int) -> [String] {
        var problems: [String] = []
        guard let base = cell.scalars.first else { return ["cell \(column),\(row) is empty"] }
        let expected = Int(clw_wcwidth(base.value))
        if expected != cell.width { problems.append("cell \(column),\(row) U+\(String(base.value, radix: 16)) is \(cell.width) wide, wcwidth says \(expected)") }
        if cell.scalars.count > Cell.maxCombining + 1 { problems.append("cell \(column),\(row) holds \(cell.scalars.count) scalars") }
        for scalar in cell.scalars where !isSafe(scalar) {
            problems.append("cell \(column),\(row) holds U+\(String(scalar.value, radix: 16)), which must not reach the terminal")
        }
        return problems
    }

    static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return false }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .control, .surrogate, .privateUse, .unassigned: return false
        default: return true
        }
    }

    // MARK: - Random text

    static let pieces: [[UInt32]] = [
        [0x65E5, 0x672C, 0x8A9E],                    // 日本語
        [0xD55C, 0xAD6D],                            // 한국
        [0x1F355], [0x1F600], [0x1F44D, 0x1F3FD],    // 🍕 😀 👍🏽
        [0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467], // family, ZWJ
        [0x1F3F3, 0xFE0F, 0x200D, 0x1F308],          // rainbow flag
        [0x2764, 0xFE0F], [0x263A, 0xFE0E],          // ❤️ ☺︎
        [0x1F1EC, 0x1F1E7],                          // regional indicators
        [0x1B, 0x5D, 0x30, 0x3B, 0x70, 0x07],        // OSC 0 title
        [0x1B, 0x5B, 0x32, 0x4A], [0x9B, 0x32, 0x4A], // CSI 2J, 8-bit CSI
        [0x0D], [0x0A], [0x08], [0x09], [0x7F], [0x00], [0x85],
        [0x202E], [0x2066], [0x200B], [0xFEFF], [0x2028], [0xFFF9],
        [0xE000], [0x0378],                          // private use, unassigned
        [0x17000],                                   // Tangut (glibc: wide)
        [0x0E01, 0x0E31],                            // Thai with a mark
    ]

    static func randomText(_ random: inout SplitMix64) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<random.next(in: 0...24) {
            switch random.next(in: 0...9) {
            case 0...2:
                let word = (0..<random.next(in: 1...8)).map { _ in Unicode.Scalar(UInt8(random.next(in: 0x61...0x7A))) }
                scalars.append(contentsOf: word)
                scalars.append(" ")
            case 3:
                // A base with up to 20 stacked combining marks.
                scalars.append(Unicode.Scalar(UInt8(random.next(in: 0x41...0x5A))))
                for _ in 0..<random.next(in: 1...20) {
                    scalars.append(Unicode.Scalar(UInt32(random.next(in: 0x300...0x36F))) ?? "\u{301}")
                }
            case 4:
                // Any scalar of the first planes, assigned or not.
                let value = UInt32(random.next(in: 0...0x2FFFF))
                if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
            default:
                let piece = pieces[random.next(in: 0...(pieces.count - 1))]
                scalars.append(contentsOf: piece.compactMap(Unicode.Scalar.init))
            }
        }
        return String(scalars)
    }
}

/// A small deterministic random number generator (SplitMix64), so failures can be replayed.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}
