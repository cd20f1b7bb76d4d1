extension Glyphs {
    /// Drawn in the gutter of a marked row.
    public var marked: String { border == .unicode ? "✓" : "*" }
}
