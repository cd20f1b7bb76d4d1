/// What `doctor` found: each check, the schema version, and whether the store is healthy.
public struct DoctorReport: Sendable, Hashable {
    public var path: String
    /// Migrations applied to the store (its schema version is their count).
    public var migrations: [String]
    /// The schema version this earshot writes.
    public var knownSchemaVersion: Int
    public var checks: [DoctorCheck]
    public var isReadOnly: Bool

    public init(path: String, migrations: [String], knownSchemaVersion: Int, checks: [DoctorCheck], isReadOnly: Bool) {
        self.path = path
        self.migrations = migrations
        self.knownSchemaVersion = knownSchemaVersion
        self.checks = checks
        self.isReadOnly = isReadOnly
    }

    public var schemaVersion: Int { migrations.count }

    public var isHealthy: Bool { checks.allSatisfy(\.passed) }

    /// The damage in one line, with what to do; nil when healthy.
    public var problem: String? {
        let failed = checks.filter { !$0.passed }
        guard !failed.isEmpty else { return nil }
        let what = failed.map { "\($0.name): \($0.detail)" }.joined(separator: "; ")
        return "store \(path) is damaged (\(what)): copy what you can with 'earshot export', then restore a backup"
    }
}
