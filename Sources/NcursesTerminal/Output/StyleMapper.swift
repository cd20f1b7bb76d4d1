import CNcursesw
import TerminalUI

/// Turns a ``Style`` into what curses draws, within what the terminal can show.
///
/// - `Color.terminalDefault` is colour -1 (so light and transparent terminals look right), or
///   white on black when the terminal cannot use its default colours.
/// - Palette colours above the terminal's count degrade (256 → 16 → 8).
/// - Without colours (a monochrome terminal, or `NO_COLOR`) only attributes are drawn, and a
///   coloured background becomes reverse video, so a selection bar stays visible.
struct StyleMapper {
    /// Colours in use: 0, 8, 16 or 256.
    let colors: Int
    let hasDefaultColors: Bool
    private var pairs: ColorPairCache
    private var renditions: [Style: CellRendition] = [:]

    init(colors: Int, colorPairs: Int, hasDefaultColors: Bool) {
        self.colors = colors
        self.hasDefaultColors = hasDefaultColors
        self.pairs = ColorPairCache(colorPairs: colors == 0 ? 0 : colorPairs)
    }

    /// The rendition of `style`; `allocate` defines a colour pair (curses' `init_pair`).
    mutating func rendition(for style: Style, allocate: (Int16, Int16, Int16) -> Bool) -> CellRendition {
        if let known = renditions[style] { return known }
        var attributes = Self.attributes(for: style.attributes)
        var pair: Int16 = 0
        if colors == 0 {
            if style.background != .terminalDefault && !style.attributes.contains(.reverse) {
                attributes |= cnc_a_reverse()
            }
        } else {
            pair = pairs.pair(foreground: colorNumber(style.foreground, isForeground: true),
                              background: colorNumber(style.background, isForeground: false),
                              allocate: allocate)
        }
        let rendition = CellRendition(attributes: attributes, pair: pair)
        renditions[style] = rendition
        return rendition
    }

    private func colorNumber(_ color: Color, isForeground: Bool) -> Int16 {
        switch color {
        case .terminalDefault:
            if hasDefaultColors { return -1 }
            return isForeground ? 7 : 0
        case .palette(let index):
            return PaletteDegradation.colorNumber(for: index, terminalColors: colors)
        }
    }

    static func attributes(for attributes: TextAttributes) -> attr_t {
        var bits = cnc_a_normal()
        if attributes.contains(.bold) { bits |= cnc_a_bold() }
        if attributes.contains(.dim) { bits |= cnc_a_dim() }
        if attributes.contains(.underline) { bits |= cnc_a_underline() }
        if attributes.contains(.reverse) { bits |= cnc_a_reverse() }
        if attributes.contains(.italic) { bits |= cnc_a_italic() }
        return bits
    }
}
