/// One check `doctor` ran: its name, whether it passed, and what it found.
public struct DoctorCheck: Sendable, Hashable {
    public var name: String
    public var passed: Bool
    /// "ok", or what is wrong in one line.
    public var detail: String

    public init(name: String, passed: Bool, detail: String) {
        self.name = name
        self.passed = passed
        self.detail = detail
    }
}
