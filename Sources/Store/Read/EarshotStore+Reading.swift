import GRDB

extension EarshotStore {
    /// Runs a read on a reader connection (a consistent snapshot), translating failures.
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
