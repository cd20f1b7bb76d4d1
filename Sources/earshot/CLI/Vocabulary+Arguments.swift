import ArgumentParser
import Store

// The store's closed vocabularies as option values: a wrong one is a usage error listing the
// choices.
extension ItemPriority: ExpressibleByArgument {}
extension ComplaintSeverity: ExpressibleByArgument {}
extension FollowUpChannel: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
