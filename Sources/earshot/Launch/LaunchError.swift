/// A reason the program cannot go on, said in one line that tells the user what to do.
struct LaunchError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
