/// What a forgotten customer keeps in place of their name key: a one-way digest of the name
/// and contact they were imported with, so importing the same records again finds them (and
/// their complaints and follow-ups) instead of bringing the customer back as someone new.
///
/// The digest names nobody by itself; it only matches a record that already holds the same
/// name and contact, which is what the import must recognise.
enum ForgottenCustomerKey {
    /// The key for a customer with `nameKey` (`NameKey.make` of the name) and `contact`.
    static func make(nameKey: String, contact: String?) -> String {
        "forgotten:" + SHA256.hex((nameKey + "\u{1F}" + (contact ?? "")).utf8)
    }
}
