/// Stand-ins for non-ASCII characters when the locale is not UTF-8, so nothing prints as garbage.
///
/// Widgets already pick ASCII borders when ``TerminalCapabilities/unicode`` is false; this catches
/// whatever still arrives (a placeholder, a symbol in a theme) at the last moment.
enum ASCIIFallback {
    static func scalar(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII { return scalar }
        switch scalar.value {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576, 0x2578, 0x257A:
            return "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579, 0x257B:
            return "|"
        case 0x2500...0x257F:
            return "+"
        case 0x2190: return "<"
        case 0x2191: return "^"
        case 0x2192: return ">"
        case 0x2193: return "v"
        case 0x2026, 0x00B7: return "."
        case 0x2010...0x2015, 0x2212: return "-"
        case 0x2018, 0x2019, 0x201A, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x2033: return "\""
        case 0x2022, 0x25CF, 0x25CB, 0x2605, 0x2606: return "*"
        case 0x00A0: return " "
        default: return "?"
        }
    }
}
