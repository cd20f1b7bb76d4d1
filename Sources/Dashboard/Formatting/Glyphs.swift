import TerminalUI

/// The characters the dashboard draws with: Unicode, or plain ASCII when the locale is not UTF-8.
public struct Glyphs: Sendable, Equatable {
    public var border: BorderGlyphs
    public var starFull: String
    public var starEmpty: String
    public var mark: String
    public var sparks: [String]
    public var bar: String
    public var ellipsis: String
    public var up: String
    public var down: String
    public var pointer: String

    public static let unicode = Glyphs(border: .unicode, starFull: "★", starEmpty: "☆", mark: "●",
                                       sparks: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], bar: "█",
                                       ellipsis: "…", up: "▲", down: "▼", pointer: "▶")
    public static let ascii = Glyphs(border: .ascii, starFull: "*", starEmpty: ".", mark: "o",
                                     sparks: ["_", ".", "-", "~", "=", "+", "*", "#"], bar: "#",
                                     ellipsis: "~", up: "^", down: "v", pointer: ">")
}
