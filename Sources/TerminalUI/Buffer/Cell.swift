/// One cell of the screen, modelled on ncurses' `cchar_t`.
///
/// A cell holds one spacing scalar and at most four zero-width scalars that combine with it.
/// The right half of a wide character is a continuation cell, which the back end skips.
public struct Cell: Hashable, Sendable {
    /// The scalars shown in this cell: a spacing scalar first, then combining ones.
    public var scalars: [Unicode.Scalar]
    public var style: Style
    /// True for the second column of a two-column character.
    public var isContinuation: Bool
    /// Columns this cell's character takes: 1 or 2 (0 on a continuation).
    public var width: Int

    /// Most zero-width scalars one cell carries (ncurses' CCHARW_MAX is 5 in all).
    public static let maxCombining = 4

    public init(_ scalar: Unicode.Scalar = " ", width: Int = 1, style: Style = .plain) {
        self.scalars = [scalar]
        self.style = style
        self.isContinuation = false
        self.width = width
    }

    static func continuation(style: Style) -> Cell {
        var cell = Cell(" ", width: 0, style: style)
        cell.isContinuation = true
        return cell
    }

    public static let blank = Cell()

    /// The cell's text, as a terminal would show it.
    public var text: String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }
}
