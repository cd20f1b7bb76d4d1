import Foundation

extension Reducer {
    /// The `:` verb for the selected item's customer.
    static let customerVerb = "customer"

    /// `:customer export` writes the customer's record to a file; `:customer forget` asks, then forgets them.
    static func customerCommand(_ argument: String, _ state: inout AppState) -> [Effect] {
        guard state.focus == .reviews, let id = state.selectedID(in: .reviews) else {
            state.message = StatusMessage("customer works on the selected review's customer: select one in the Reviews pane (2)", kind: .error)
            return []
        }
        switch argument {
        case "export": return [.exportCustomer(itemID: id)]
        case "forget": return [.forgetCustomer(itemID: id, confirmed: false)]
        default:
            state.message = StatusMessage("customer export or customer forget, not 'customer \(argument)'", kind: .error)
            return []
        }
    }
}
