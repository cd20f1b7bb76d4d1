import CNcursesw

/// How curses draws a style: attribute bits and a colour pair, the arguments of `setcchar`.
struct CellRendition: Equatable {
    var attributes: attr_t
    var pair: Int16
}
