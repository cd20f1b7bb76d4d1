/// Why an end-to-end test could not set up or drive its terminal.
struct E2EError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
