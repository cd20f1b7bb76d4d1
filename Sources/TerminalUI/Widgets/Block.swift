/// Line-drawing characters for borders: Unicode box drawing, or ASCII when the locale is not UTF-8.
public struct BorderGlyphs: Hashable, Sendable {
    public var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: Unicode.Scalar

    public static let unicode = BorderGlyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                             bottomLeft: "└", bottomRight: "┘")
    public static let ascii = BorderGlyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                           bottomLeft: "+", bottomRight: "+")
}

/// A bordered box with a title, like ratatui's `Block`.
public struct Block {
    public var title: String
    public var borderStyle: Style
    public var titleStyle: Style
    public var glyphs: BorderGlyphs

    public init(title: String, borderStyle: Style = .plain, titleStyle: Style = .plain, glyphs: BorderGlyphs = .unicode) {
        self.title = title
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
        self.glyphs = glyphs
    }

    /// Draws the border and the title into `area`; returns the inside.
    @discardableResult
    public func render(in area: Rect, buffer: inout ScreenBuffer) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let top = area.y, bottom = area.maxY - 1, left = area.x, right = area.maxX - 1
        for x in (left + 1)..<right {
            buffer.set(glyphs.horizontal, x: x, y: top, style: borderStyle)
            buffer.set(glyphs.horizontal, x: x, y: bottom, style: borderStyle)
        }
        for y in (top + 1)..<bottom {
            buffer.set(glyphs.vertical, x: left, y: y, style: borderStyle)
            buffer.set(glyphs.vertical, x: right, y: y, style: borderStyle)
        }
        buffer.set(glyphs.topLeft, x: left, y: top, style: borderStyle)
        buffer.set(glyphs.topRight, x: right, y: top, style: borderStyle)
        buffer.set(glyphs.bottomLeft, x: left, y: bottom, style: borderStyle)
        buffer.set(glyphs.bottomRight, x: right, y: bottom, style: borderStyle)
        if !title.isEmpty, area.width > 4 {
            let label = TextWrap.truncate(" \(title) ", width: area.width - 2)
            buffer.put(label, x: left + 1, y: top, style: titleStyle, maxWidth: area.width - 2)
        }
        return area.inset(by: 1)
    }
}
