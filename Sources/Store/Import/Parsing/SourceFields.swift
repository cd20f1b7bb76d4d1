/// The fields of one source record that some decoder reads, by name: a few entries in file
/// order and a mask of the names present, so a lookup is a bit test and a short scan instead of
/// hashing a string. Fields no decoder reads are not kept.
struct SourceFields: Sendable {
    /// The names of `fields`, apart so that a lookup scans bytes without copying a field.
    private var names: [FieldName] = []
    private var fields: [SourceField] = []
    private var present: UInt64 = 0

    /// Room for `capacity` fields without growing.
    init(capacity: Int = 0) {
        names.reserveCapacity(capacity)
        fields.reserveCapacity(capacity)
    }

    /// Empties the fields, keeping the storage for the next record's (when no copy holds it).
    mutating func removeAll() {
        names.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
        present = 0
    }

    /// The field called `name`, nil when the record has none.
    subscript(name: FieldName) -> SourceField? {
        guard present & name.bit != 0, let index = names.firstIndex(of: name) else { return nil }
        return fields[index]
    }

    /// Whether the record has a field called `name` (even a null one).
    func contains(_ name: FieldName) -> Bool {
        present & name.bit != 0
    }

    /// Sets the field called `name`, replacing one set before.
    mutating func set(_ name: FieldName, _ field: SourceField) {
        if present & name.bit != 0, let index = names.firstIndex(of: name) {
            fields[index] = field
            return
        }
        present |= name.bit
        names.append(name)
        fields.append(field)
    }
}
