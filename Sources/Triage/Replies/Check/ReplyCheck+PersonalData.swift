extension ReplyCheck {
    /// Phone numbers (9 to 15 digits, spaces, dots, dashes and brackets between), email
    /// addresses, street addresses (a number, capitalised words and a street word) and UK
    /// postcodes: a public reply must not publish the customer's details.
    static func personalData(_ text: LocatedText) -> [ReplyFlag] {
        let email = #/\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}/#
        let phone = #/\+?\(?\b\d[\d ()\-.]{7,}\d\b/#
        let street = #/\b\d{1,4}[A-Za-z]?,?[ \t]+(?:[A-Z][A-Za-z'’\-]*[ \t]+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Place|Pl|Boulevard|Blvd|Crescent|Terrace|Square|Sq|Gardens|Grove|Hill|Parade|Row|Mews|Walk)\b/#
        let postcode = #/\b[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[ABD-HJLNP-UW-Z]{2}\b/#
        let keepPhone = { (match: Substring) -> Bool in
            let digits = match.filter(\.isNumber).count
            return (9...15).contains(digits) && match.firstMatch(of: #/\d{4}-\d{2}-\d{2}/#) == nil
        }
        return text.flags(.personalData, email, reason: "an email address: a public reply must not publish a customer's; take it out or ask them to write to you")
            + text.flags(.personalData, phone, reason: "a phone number: if it is the customer's, take it out (your own is fine)", keep: keepPhone)
            + text.flags(.personalData, street, reason: "a street address: a public reply must not say where a customer lives")
            + text.flags(.personalData, postcode, reason: "a postcode: a public reply must not say where a customer lives")
    }
}
