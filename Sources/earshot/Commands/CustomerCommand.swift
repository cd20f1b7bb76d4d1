import ArgumentParser
import Store

/// `earshot customer export|forget ID`: everything held about one customer, or forget them.
struct CustomerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer",
        abstract: "Export everything held about one customer, or forget them.",
        subcommands: [CustomerExportCommand.self, CustomerForgetCommand.self])

    @ParentCommand var root: Earshot

    /// The store a subcommand works on, once `id` is known to be a customer's id.
    func open(for id: String, store: String?) throws -> EarshotStore {
        guard ShortID(id, kind: .customer) != nil else {
            throw UserError("'\(id)' is not a customer id: customers are P1, P2… ('earshot show R12' names an item's)")
        }
        return try StoreAccess.open(option: store, root: root)
    }
}
