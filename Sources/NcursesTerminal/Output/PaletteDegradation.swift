/// Maps xterm palette colours onto terminals that have fewer colours: 256, then 16, then 8.
///
/// A colour the terminal has is kept. Otherwise the nearest of the 16 basic colours (by RGB
/// distance in the xterm default palette) is used, and on an 8-colour terminal a bright colour
/// becomes its normal one — dark grey becomes white, not black, so muted text stays readable.
enum PaletteDegradation {
    /// The colour number to give curses for palette entry `index` on a terminal with `colors` colours.
    static func colorNumber(for index: UInt8, terminalColors colors: Int) -> Int16 {
        if Int(index) < colors { return Int16(index) }
        let basic = index < 16 ? Int(index) : nearestBasic(to: rgb(of: index))
        if colors >= 16 || basic < 8 { return Int16(basic) }
        return basic == 8 ? 7 : Int16(basic - 8)
    }

    private static func nearestBasic(to target: (Int, Int, Int)) -> Int {
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<16 {
            let distance = squaredDistance(target, basic[candidate])
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    /// The xterm default RGB value of a palette entry.
    static func rgb(of index: UInt8) -> (Int, Int, Int) {
        switch index {
        case 0..<16:
            return basic[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
        default:
            let grey = 8 + (Int(index) - 232) * 10
            return (grey, grey, grey)
        }
    }

    private static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    private static func squaredDistance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let red = a.0 - b.0, green = a.1 - b.1, blue = a.2 - b.2
        return red * red + green * green + blue * blue
    }
}
